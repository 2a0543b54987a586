# Generated from ui/measure_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measure_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_MeasureDialog(object):
    def setupUi(self, MeasureDialog):
        if not MeasureDialog.objectName():
            MeasureDialog.setObjectName(u"MeasureDialog")
        MeasureDialog.resize(560, 560)
        self.layout = QVBoxLayout(MeasureDialog)
        self.layout.setObjectName(u"layout")
        self.versionLabel = QLabel(MeasureDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setWordWrap(True)

        self.layout.addWidget(self.versionLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.dateLabel = QLabel(MeasureDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(MeasureDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timeCheck = QCheckBox(MeasureDialog)
        self.timeCheck.setObjectName(u"timeCheck")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeCheck)

        self.timeEdit = QTimeEdit(MeasureDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setEnabled(False)
        self.timeEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.towardsLabel = QLabel(MeasureDialog)
        self.towardsLabel.setObjectName(u"towardsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.towardsLabel)

        self.towardsCombo = QComboBox(MeasureDialog)
        self.towardsCombo.setObjectName(u"towardsCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.towardsCombo)

        self.channelLabel = QLabel(MeasureDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(MeasureDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.purposeLabel = QLabel(MeasureDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeCombo = QComboBox(MeasureDialog)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.outcomeLabel = QLabel(MeasureDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(MeasureDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.agreementsLabel = QLabel(MeasureDialog)
        self.agreementsLabel.setObjectName(u"agreementsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.agreementsLabel)

        self.agreementsEdit = QPlainTextEdit(MeasureDialog)
        self.agreementsEdit.setObjectName(u"agreementsEdit")
        self.agreementsEdit.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.agreementsEdit)

        self.followUpCheck = QCheckBox(MeasureDialog)
        self.followUpCheck.setObjectName(u"followUpCheck")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.followUpCheck)

        self.followUpEdit = QDateEdit(MeasureDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setEnabled(False)
        self.followUpEdit.setCalendarPopup(True)
        self.followUpEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.followUpEdit)

        self.noteLabel = QLabel(MeasureDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(MeasureDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.form)

        self.warningLabel = QLabel(MeasureDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.layout.addWidget(self.warningLabel)

        self.problemLabel = QLabel(MeasureDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttons = QDialogButtonBox(MeasureDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.towardsLabel.setBuddy(self.towardsCombo)
        self.channelLabel.setBuddy(self.channelCombo)
        self.purposeLabel.setBuddy(self.purposeCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.agreementsLabel.setBuddy(self.agreementsEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.timeCheck)
        QWidget.setTabOrder(self.timeCheck, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.towardsCombo)
        QWidget.setTabOrder(self.towardsCombo, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.purposeCombo)
        QWidget.setTabOrder(self.purposeCombo, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.agreementsEdit)
        QWidget.setTabOrder(self.agreementsEdit, self.followUpCheck)
        QWidget.setTabOrder(self.followUpCheck, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.noteEdit)

        self.retranslateUi(MeasureDialog)
    # setupUi

    def retranslateUi(self, MeasureDialog):
        MeasureDialog.setWindowTitle(QCoreApplication.translate("MeasureDialog", u"Guidance measure", None))
        self.versionLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("MeasureDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Date of the measure", None))
#endif // QT_CONFIG(accessibility)
        self.timeCheck.setText(QCoreApplication.translate("MeasureDialog", u"&Time", None))
#if QT_CONFIG(accessibility)
        self.timeCheck.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Record a time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Time of the measure", None))
#endif // QT_CONFIG(accessibility)
        self.towardsLabel.setText(QCoreApplication.translate("MeasureDialog", u"To&wards", None))
#if QT_CONFIG(accessibility)
        self.towardsCombo.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Towards whom", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("MeasureDialog", u"&Channel", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Channel", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("MeasureDialog", u"&Purpose", None))
#if QT_CONFIG(accessibility)
        self.purposeCombo.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("MeasureDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.agreementsLabel.setText(QCoreApplication.translate("MeasureDialog", u"&Agreements", None))
#if QT_CONFIG(accessibility)
        self.agreementsEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Agreements", None))
#endif // QT_CONFIG(accessibility)
        self.agreementsEdit.setPlaceholderText(QCoreApplication.translate("MeasureDialog", u"What was agreed, with whom, by when", None))
        self.followUpCheck.setText(QCoreApplication.translate("MeasureDialog", u"&Follow-up on", None))
#if QT_CONFIG(accessibility)
        self.followUpCheck.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Plan a follow-up date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.followUpCheck.setToolTip(QCoreApplication.translate("MeasureDialog", u"The date appears in the to-do list of follow-ups until a later measure is logged", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.followUpEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("MeasureDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("MeasureDialog", u"optional", None))
        self.warningLabel.setText("")
#if QT_CONFIG(accessibility)
        self.warningLabel.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("MeasureDialog", u"Problems", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

