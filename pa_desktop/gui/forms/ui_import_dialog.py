# Generated from ui/import_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QStackedWidget, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 600)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.pages = QStackedWidget(ImportDialog)
        self.pages.setObjectName(u"pages")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.filePageLayout = QVBoxLayout(self.filePage)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.introLabel = QLabel(self.filePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.filePageLayout.addWidget(self.introLabel)

        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.formatLabel = QLabel(self.filePage)
        self.formatLabel.setObjectName(u"formatLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(self.filePage)
        self.formatCombo.setObjectName(u"formatCombo")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formatCombo)


        self.filePageLayout.addLayout(self.fileForm)

        self.fileInfoLabel = QLabel(self.filePage)
        self.fileInfoLabel.setObjectName(u"fileInfoLabel")
        self.fileInfoLabel.setWordWrap(True)

        self.filePageLayout.addWidget(self.fileInfoLabel)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePageLayout.addItem(self.fileSpacer)

        self.pages.addWidget(self.filePage)
        self.mappingPage = QWidget()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingPageLayout = QVBoxLayout(self.mappingPage)
        self.mappingPageLayout.setObjectName(u"mappingPageLayout")
        self.mappingIntroLabel = QLabel(self.mappingPage)
        self.mappingIntroLabel.setObjectName(u"mappingIntroLabel")
        self.mappingIntroLabel.setWordWrap(True)

        self.mappingPageLayout.addWidget(self.mappingIntroLabel)

        self.savedRow = QHBoxLayout()
        self.savedRow.setObjectName(u"savedRow")
        self.savedLabel = QLabel(self.mappingPage)
        self.savedLabel.setObjectName(u"savedLabel")

        self.savedRow.addWidget(self.savedLabel)

        self.savedCombo = QComboBox(self.mappingPage)
        self.savedCombo.setObjectName(u"savedCombo")
        self.savedCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.savedRow.addWidget(self.savedCombo)

        self.savedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.savedRow.addItem(self.savedSpacer)


        self.mappingPageLayout.addLayout(self.savedRow)

        self.mappingRow = QHBoxLayout()
        self.mappingRow.setObjectName(u"mappingRow")
        self.mappingForm = QFormLayout()
        self.mappingForm.setObjectName(u"mappingForm")
        self.numberLabel = QLabel(self.mappingPage)
        self.numberLabel.setObjectName(u"numberLabel")

        self.mappingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberCombo = QComboBox(self.mappingPage)
        self.numberCombo.setObjectName(u"numberCombo")

        self.mappingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberCombo)

        self.lastNameLabel = QLabel(self.mappingPage)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.mappingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameCombo = QComboBox(self.mappingPage)
        self.lastNameCombo.setObjectName(u"lastNameCombo")

        self.mappingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameCombo)

        self.firstNameLabel = QLabel(self.mappingPage)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.mappingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameCombo = QComboBox(self.mappingPage)
        self.firstNameCombo.setObjectName(u"firstNameCombo")

        self.mappingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstNameCombo)

        self.classLabel = QLabel(self.mappingPage)
        self.classLabel.setObjectName(u"classLabel")

        self.mappingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.classCombo = QComboBox(self.mappingPage)
        self.classCombo.setObjectName(u"classCombo")

        self.mappingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.classCombo)

        self.dateLabel = QLabel(self.mappingPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.mappingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateCombo = QComboBox(self.mappingPage)
        self.dateCombo.setObjectName(u"dateCombo")

        self.mappingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateCombo)

        self.halfLabel = QLabel(self.mappingPage)
        self.halfLabel.setObjectName(u"halfLabel")

        self.mappingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.halfLabel)

        self.halfCombo = QComboBox(self.mappingPage)
        self.halfCombo.setObjectName(u"halfCombo")

        self.mappingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.halfCombo)

        self.hourLabel = QLabel(self.mappingPage)
        self.hourLabel.setObjectName(u"hourLabel")

        self.mappingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hourLabel)

        self.hourCombo = QComboBox(self.mappingPage)
        self.hourCombo.setObjectName(u"hourCombo")

        self.mappingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hourCombo)

        self.codeLabel = QLabel(self.mappingPage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.mappingForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeCombo = QComboBox(self.mappingPage)
        self.codeCombo.setObjectName(u"codeCombo")

        self.mappingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.codeCombo)

        self.codeAmLabel = QLabel(self.mappingPage)
        self.codeAmLabel.setObjectName(u"codeAmLabel")

        self.mappingForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.codeAmLabel)

        self.codeAmCombo = QComboBox(self.mappingPage)
        self.codeAmCombo.setObjectName(u"codeAmCombo")

        self.mappingForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.codeAmCombo)

        self.codePmLabel = QLabel(self.mappingPage)
        self.codePmLabel.setObjectName(u"codePmLabel")

        self.mappingForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.codePmLabel)

        self.codePmCombo = QComboBox(self.mappingPage)
        self.codePmCombo.setObjectName(u"codePmCombo")

        self.mappingForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.codePmCombo)

        self.afternoonLabel = QLabel(self.mappingPage)
        self.afternoonLabel.setObjectName(u"afternoonLabel")

        self.mappingForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.afternoonLabel)

        self.afternoonSpin = QSpinBox(self.mappingPage)
        self.afternoonSpin.setObjectName(u"afternoonSpin")
        self.afternoonSpin.setMinimum(2)
        self.afternoonSpin.setMaximum(12)
        self.afternoonSpin.setValue(5)

        self.mappingForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.afternoonSpin)


        self.mappingRow.addLayout(self.mappingForm)

        self.sampleTable = QTableWidget(self.mappingPage)
        self.sampleTable.setObjectName(u"sampleTable")
        self.sampleTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.sampleTable.setAlternatingRowColors(True)
        self.sampleTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.mappingRow.addWidget(self.sampleTable)


        self.mappingPageLayout.addLayout(self.mappingRow)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveLabel = QLabel(self.mappingPage)
        self.saveLabel.setObjectName(u"saveLabel")

        self.saveRow.addWidget(self.saveLabel)

        self.mappingNameEdit = QLineEdit(self.mappingPage)
        self.mappingNameEdit.setObjectName(u"mappingNameEdit")
        self.mappingNameEdit.setMaxLength(60)

        self.saveRow.addWidget(self.mappingNameEdit)


        self.mappingPageLayout.addLayout(self.saveRow)

        self.mappingProblemLabel = QLabel(self.mappingPage)
        self.mappingProblemLabel.setObjectName(u"mappingProblemLabel")
        self.mappingProblemLabel.setWordWrap(True)

        self.mappingPageLayout.addWidget(self.mappingProblemLabel)

        self.pages.addWidget(self.mappingPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewPageLayout = QVBoxLayout(self.previewPage)
        self.previewPageLayout.setObjectName(u"previewPageLayout")
        self.summaryLabel = QLabel(self.previewPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.previewPageLayout.addWidget(self.summaryLabel)

        self.previewRow = QHBoxLayout()
        self.previewRow.setObjectName(u"previewRow")
        self.countsForm = QFormLayout()
        self.countsForm.setObjectName(u"countsForm")
        self.rowsReadLabel = QLabel(self.previewPage)
        self.rowsReadLabel.setObjectName(u"rowsReadLabel")

        self.countsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.rowsReadLabel)

        self.rowsReadValue = QLabel(self.previewPage)
        self.rowsReadValue.setObjectName(u"rowsReadValue")
        self.rowsReadValue.setText(u"0")

        self.countsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.rowsReadValue)

        self.newLabel = QLabel(self.previewPage)
        self.newLabel.setObjectName(u"newLabel")

        self.countsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newValue = QLabel(self.previewPage)
        self.newValue.setObjectName(u"newValue")
        self.newValue.setText(u"0")

        self.countsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newValue)

        self.unchangedLabel = QLabel(self.previewPage)
        self.unchangedLabel.setObjectName(u"unchangedLabel")

        self.countsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unchangedLabel)

        self.unchangedValue = QLabel(self.previewPage)
        self.unchangedValue.setObjectName(u"unchangedValue")
        self.unchangedValue.setText(u"0")

        self.countsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unchangedValue)

        self.conflictsLabel = QLabel(self.previewPage)
        self.conflictsLabel.setObjectName(u"conflictsLabel")

        self.countsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.conflictsLabel)

        self.conflictsValue = QLabel(self.previewPage)
        self.conflictsValue.setObjectName(u"conflictsValue")
        self.conflictsValue.setText(u"0")

        self.countsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.conflictsValue)

        self.duplicatesLabel = QLabel(self.previewPage)
        self.duplicatesLabel.setObjectName(u"duplicatesLabel")

        self.countsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.duplicatesLabel)

        self.duplicatesValue = QLabel(self.previewPage)
        self.duplicatesValue.setObjectName(u"duplicatesValue")
        self.duplicatesValue.setText(u"0")

        self.countsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.duplicatesValue)

        self.refusedLabel = QLabel(self.previewPage)
        self.refusedLabel.setObjectName(u"refusedLabel")

        self.countsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.refusedLabel)

        self.refusedValue = QLabel(self.previewPage)
        self.refusedValue.setObjectName(u"refusedValue")
        self.refusedValue.setText(u"0")

        self.countsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.refusedValue)

        self.unknownLabel = QLabel(self.previewPage)
        self.unknownLabel.setObjectName(u"unknownLabel")

        self.countsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.unknownLabel)

        self.unknownValue = QLabel(self.previewPage)
        self.unknownValue.setObjectName(u"unknownValue")
        self.unknownValue.setText(u"0")

        self.countsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.unknownValue)


        self.previewRow.addLayout(self.countsForm)

        self.choicesColumn = QVBoxLayout()
        self.choicesColumn.setObjectName(u"choicesColumn")
        self.conflictBox = QGroupBox(self.previewPage)
        self.conflictBox.setObjectName(u"conflictBox")
        self.conflictLayout = QVBoxLayout(self.conflictBox)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.keepRadio = QRadioButton(self.conflictBox)
        self.keepRadio.setObjectName(u"keepRadio")
        self.keepRadio.setChecked(True)

        self.conflictLayout.addWidget(self.keepRadio)

        self.replaceRadio = QRadioButton(self.conflictBox)
        self.replaceRadio.setObjectName(u"replaceRadio")

        self.conflictLayout.addWidget(self.replaceRadio)


        self.choicesColumn.addWidget(self.conflictBox)

        self.createPupilsCheck = QCheckBox(self.previewPage)
        self.createPupilsCheck.setObjectName(u"createPupilsCheck")

        self.choicesColumn.addWidget(self.createPupilsCheck)

        self.skipRowsCheck = QCheckBox(self.previewPage)
        self.skipRowsCheck.setObjectName(u"skipRowsCheck")

        self.choicesColumn.addWidget(self.skipRowsCheck)

        self.choicesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choicesColumn.addItem(self.choicesSpacer)


        self.previewRow.addLayout(self.choicesColumn)


        self.previewPageLayout.addLayout(self.previewRow)

        self.detailsTabs = QTabWidget(self.previewPage)
        self.detailsTabs.setObjectName(u"detailsTabs")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemTable = QTableWidget(self.problemsTab)
        self.problemTable.setObjectName(u"problemTable")
        self.problemTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problemTable.setAlternatingRowColors(True)
        self.problemTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.problemsLayout.addWidget(self.problemTable)

        self.detailsTabs.addTab(self.problemsTab, "")
        self.conflictsTab = QWidget()
        self.conflictsTab.setObjectName(u"conflictsTab")
        self.conflictsLayout = QVBoxLayout(self.conflictsTab)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictTable = QTableWidget(self.conflictsTab)
        self.conflictTable.setObjectName(u"conflictTable")
        self.conflictTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.conflictTable.setAlternatingRowColors(True)
        self.conflictTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.conflictsLayout.addWidget(self.conflictTable)

        self.detailsTabs.addTab(self.conflictsTab, "")
        self.pupilsTab = QWidget()
        self.pupilsTab.setObjectName(u"pupilsTab")
        self.pupilsLayout = QVBoxLayout(self.pupilsTab)
        self.pupilsLayout.setObjectName(u"pupilsLayout")
        self.pupilTable = QTableWidget(self.pupilsTab)
        self.pupilTable.setObjectName(u"pupilTable")
        self.pupilTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.pupilTable.setAlternatingRowColors(True)
        self.pupilTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.pupilsLayout.addWidget(self.pupilTable)

        self.detailsTabs.addTab(self.pupilsTab, "")

        self.previewPageLayout.addWidget(self.detailsTabs)

        self.previewPageLayout.setStretch(2, 1)
        self.pages.addWidget(self.previewPage)
        self.progressPage = QWidget()
        self.progressPage.setObjectName(u"progressPage")
        self.progressPageLayout = QVBoxLayout(self.progressPage)
        self.progressPageLayout.setObjectName(u"progressPageLayout")
        self.progressLabel = QLabel(self.progressPage)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setWordWrap(True)

        self.progressPageLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(self.progressPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressPageLayout.addWidget(self.progressBar)

        self.progressSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.progressPageLayout.addItem(self.progressSpacer)

        self.pages.addWidget(self.progressPage)

        self.layout.addWidget(self.pages)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.busyBar = QProgressBar(ImportDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumSize(QSize(120, 16777215))

        self.buttonRow.addWidget(self.busyBar)

        self.errorLabel = QLabel(ImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.buttonRow.addWidget(self.errorLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.browseButton)
        self.formatLabel.setBuddy(self.formatCombo)
        self.savedLabel.setBuddy(self.savedCombo)
        self.numberLabel.setBuddy(self.numberCombo)
        self.lastNameLabel.setBuddy(self.lastNameCombo)
        self.firstNameLabel.setBuddy(self.firstNameCombo)
        self.classLabel.setBuddy(self.classCombo)
        self.dateLabel.setBuddy(self.dateCombo)
        self.halfLabel.setBuddy(self.halfCombo)
        self.hourLabel.setBuddy(self.hourCombo)
        self.codeLabel.setBuddy(self.codeCombo)
        self.codeAmLabel.setBuddy(self.codeAmCombo)
        self.codePmLabel.setBuddy(self.codePmCombo)
        self.afternoonLabel.setBuddy(self.afternoonSpin)
        self.saveLabel.setBuddy(self.mappingNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        self.nextButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import absences", None))
        self.introLabel.setText(QCoreApplication.translate("ImportDialog", u"Import absences from Informat, Smartschool or a spreadsheet (CSV or Excel). Nothing is written before you have seen and approved the preview.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"&File", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"File to import", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Choose a file, or drop one on this window", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"C&hoose\u2026", None))
        self.formatLabel.setText(QCoreApplication.translate("ImportDialog", u"F&ormat", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"File format", None))
#endif // QT_CONFIG(accessibility)
        self.fileInfoLabel.setText("")
        self.mappingIntroLabel.setText(QCoreApplication.translate("ImportDialog", u"Say which column holds what. Columns with a known name are filled in already; a saved mapping is chosen by itself when it fits.", None))
        self.savedLabel.setText(QCoreApplication.translate("ImportDialog", u"Saved &mapping", None))
#if QT_CONFIG(accessibility)
        self.savedCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Saved mapping", None))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(QCoreApplication.translate("ImportDialog", u"School num&ber", None))
#if QT_CONFIG(accessibility)
        self.numberCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"School number column", None))
#endif // QT_CONFIG(accessibility)
        self.lastNameLabel.setText(QCoreApplication.translate("ImportDialog", u"&Last name (or name)", None))
#if QT_CONFIG(accessibility)
        self.lastNameCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Last name column", None))
#endif // QT_CONFIG(accessibility)
        self.firstNameLabel.setText(QCoreApplication.translate("ImportDialog", u"&First name", None))
#if QT_CONFIG(accessibility)
        self.firstNameCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"First name column", None))
#endif // QT_CONFIG(accessibility)
        self.classLabel.setText(QCoreApplication.translate("ImportDialog", u"Cl&ass", None))
#if QT_CONFIG(accessibility)
        self.classCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Class column", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("ImportDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Date column", None))
#endif // QT_CONFIG(accessibility)
        self.halfLabel.setText(QCoreApplication.translate("ImportDialog", u"&Half day (VM/NM, AM/PM)", None))
#if QT_CONFIG(accessibility)
        self.halfCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Half-day column", None))
#endif // QT_CONFIG(accessibility)
        self.hourLabel.setText(QCoreApplication.translate("ImportDialog", u"Lesson ho&ur", None))
#if QT_CONFIG(accessibility)
        self.hourCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Lesson-hour column", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("ImportDialog", u"C&ode", None))
#if QT_CONFIG(accessibility)
        self.codeCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Code column", None))
#endif // QT_CONFIG(accessibility)
        self.codeAmLabel.setText(QCoreApplication.translate("ImportDialog", u"Code &in the morning", None))
#if QT_CONFIG(accessibility)
        self.codeAmCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Morning code column", None))
#endif // QT_CONFIG(accessibility)
        self.codePmLabel.setText(QCoreApplication.translate("ImportDialog", u"Code in the af&ternoon", None))
#if QT_CONFIG(accessibility)
        self.codePmCombo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Afternoon code column", None))
#endif // QT_CONFIG(accessibility)
        self.afternoonLabel.setText(QCoreApplication.translate("ImportDialog", u"First afte&rnoon lesson hour", None))
#if QT_CONFIG(accessibility)
        self.afternoonSpin.setAccessibleName(QCoreApplication.translate("ImportDialog", u"First afternoon lesson hour", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.afternoonSpin.setToolTip(QCoreApplication.translate("ImportDialog", u"Lesson hours before this one count as the morning (VM), this one and later as the afternoon (NM). A setting of the school.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sampleTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"The first rows of the file", None))
#endif // QT_CONFIG(accessibility)
        self.saveLabel.setText(QCoreApplication.translate("ImportDialog", u"&Save this mapping as", None))
        self.mappingNameEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"a name, to reuse it for the next export (optional)", None))
#if QT_CONFIG(accessibility)
        self.mappingNameEdit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Name of the mapping", None))
#endif // QT_CONFIG(accessibility)
        self.mappingProblemLabel.setText("")
        self.summaryLabel.setText("")
        self.rowsReadLabel.setText(QCoreApplication.translate("ImportDialog", u"Rows read", None))
#if QT_CONFIG(accessibility)
        self.rowsReadValue.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Rows read", None))
#endif // QT_CONFIG(accessibility)
        self.newLabel.setText(QCoreApplication.translate("ImportDialog", u"New absences", None))
#if QT_CONFIG(accessibility)
        self.newValue.setAccessibleName(QCoreApplication.translate("ImportDialog", u"New absences", None))
#endif // QT_CONFIG(accessibility)
        self.unchangedLabel.setText(QCoreApplication.translate("ImportDialog", u"Already in the vault", None))
#if QT_CONFIG(accessibility)
        self.unchangedValue.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Already in the vault", None))
#endif // QT_CONFIG(accessibility)
        self.conflictsLabel.setText(QCoreApplication.translate("ImportDialog", u"Another code in the vault", None))
#if QT_CONFIG(accessibility)
        self.conflictsValue.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Another code in the vault", None))
#endif // QT_CONFIG(accessibility)
        self.duplicatesLabel.setText(QCoreApplication.translate("ImportDialog", u"Duplicates in the file", None))
#if QT_CONFIG(accessibility)
        self.duplicatesValue.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Duplicates in the file", None))
#endif // QT_CONFIG(accessibility)
        self.refusedLabel.setText(QCoreApplication.translate("ImportDialog", u"Rows with a problem", None))
#if QT_CONFIG(accessibility)
        self.refusedValue.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Rows with a problem", None))
#endif // QT_CONFIG(accessibility)
        self.unknownLabel.setText(QCoreApplication.translate("ImportDialog", u"Pupils not in the vault", None))
#if QT_CONFIG(accessibility)
        self.unknownValue.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Pupils not in the vault", None))
#endif // QT_CONFIG(accessibility)
        self.conflictBox.setTitle(QCoreApplication.translate("ImportDialog", u"When the vault has another code for a half day", None))
        self.keepRadio.setText(QCoreApplication.translate("ImportDialog", u"&Keep what is in the vault", None))
        self.replaceRadio.setText(QCoreApplication.translate("ImportDialog", u"&Replace it with the code in the file", None))
        self.createPupilsCheck.setText(QCoreApplication.translate("ImportDialog", u"&Create the pupils that are not in the vault", None))
        self.skipRowsCheck.setText(QCoreApplication.translate("ImportDialog", u"Skip the rows with a problem and im&port the others", None))
#if QT_CONFIG(accessibility)
        self.problemTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Rows with a problem", None))
#endif // QT_CONFIG(accessibility)
        self.detailsTabs.setTabText(self.detailsTabs.indexOf(self.problemsTab), QCoreApplication.translate("ImportDialog", u"Problems", None))
#if QT_CONFIG(accessibility)
        self.conflictTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Half days with another code in the vault", None))
#endif // QT_CONFIG(accessibility)
        self.detailsTabs.setTabText(self.detailsTabs.indexOf(self.conflictsTab), QCoreApplication.translate("ImportDialog", u"Other codes", None))
#if QT_CONFIG(accessibility)
        self.pupilTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Pupils not in the vault", None))
#endif // QT_CONFIG(accessibility)
        self.detailsTabs.setTabText(self.detailsTabs.indexOf(self.pupilsTab), QCoreApplication.translate("ImportDialog", u"Unknown pupils", None))
        self.progressLabel.setText("")
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import progress", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
        self.backButton.setText(QCoreApplication.translate("ImportDialog", u"< &Back", None))
        self.nextButton.setText(QCoreApplication.translate("ImportDialog", u"&Next >", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
    # retranslateUi

