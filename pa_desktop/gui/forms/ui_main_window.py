# Generated from ui/main_window.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMainWindow, QMenu, QMenuBar, QPushButton,
    QSizePolicy, QSpacerItem, QStatusBar, QTableView,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 720)
        self.actionAddPupil = QAction(MainWindow)
        self.actionAddPupil.setObjectName(u"actionAddPupil")
        self.actionOpenDossier = QAction(MainWindow)
        self.actionOpenDossier.setObjectName(u"actionOpenDossier")
        self.actionOpenDossier.setEnabled(False)
        self.actionFollowUps = QAction(MainWindow)
        self.actionFollowUps.setObjectName(u"actionFollowUps")
        self.actionEditPupil = QAction(MainWindow)
        self.actionEditPupil.setObjectName(u"actionEditPupil")
        self.actionEditPupil.setEnabled(False)
        self.actionReceiveDossier = QAction(MainWindow)
        self.actionReceiveDossier.setObjectName(u"actionReceiveDossier")
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionInsight = QAction(MainWindow)
        self.actionInsight.setObjectName(u"actionInsight")
        self.actionSignalList = QAction(MainWindow)
        self.actionSignalList.setObjectName(u"actionSignalList")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionSignalsHelp = QAction(MainWindow)
        self.actionSignalsHelp.setObjectName(u"actionSignalsHelp")
        self.actionUserGuide = QAction(MainWindow)
        self.actionUserGuide.setObjectName(u"actionUserGuide")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.filterBar = QHBoxLayout()
        self.filterBar.setObjectName(u"filterBar")
        self.yearLabel = QLabel(self.centralWidget)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterBar.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(self.centralWidget)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterBar.addWidget(self.yearCombo)

        self.searchLabel = QLabel(self.centralWidget)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterBar.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.centralWidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumWidth(240)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterBar.addWidget(self.searchEdit)

        self.signalsOnlyCheck = QCheckBox(self.centralWidget)
        self.signalsOnlyCheck.setObjectName(u"signalsOnlyCheck")

        self.filterBar.addWidget(self.signalsOnlyCheck)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterBar.addItem(self.filterSpacer)

        self.addPupilButton = QPushButton(self.centralWidget)
        self.addPupilButton.setObjectName(u"addPupilButton")

        self.filterBar.addWidget(self.addPupilButton)

        self.openDossierButton = QPushButton(self.centralWidget)
        self.openDossierButton.setObjectName(u"openDossierButton")
        self.openDossierButton.setEnabled(False)

        self.filterBar.addWidget(self.openDossierButton)

        self.editPupilButton = QPushButton(self.centralWidget)
        self.editPupilButton.setObjectName(u"editPupilButton")
        self.editPupilButton.setEnabled(False)

        self.filterBar.addWidget(self.editPupilButton)


        self.centralLayout.addLayout(self.filterBar)

        self.pupilTable = QTableView(self.centralWidget)
        self.pupilTable.setObjectName(u"pupilTable")
        self.pupilTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.pupilTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.pupilTable.setSortingEnabled(True)
        self.pupilTable.setAlternatingRowColors(True)
        self.pupilTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.pupilTable.setWordWrap(False)
        self.pupilTable.setTabKeyNavigation(False)

        self.centralLayout.addWidget(self.pupilTable)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuPupil = QMenu(self.menuBar)
        self.menuPupil.setObjectName(u"menuPupil")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.signalsOnlyCheck)
        QWidget.setTabOrder(self.signalsOnlyCheck, self.openDossierButton)
        QWidget.setTabOrder(self.openDossierButton, self.addPupilButton)
        QWidget.setTabOrder(self.addPupilButton, self.editPupilButton)
        QWidget.setTabOrder(self.editPupilButton, self.pupilTable)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuPupil.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionReceiveDossier)
        self.menuFile.addAction(self.actionSignalList)
        self.menuFile.addAction(self.actionInsight)
        self.menuFile.addAction(self.actionRefresh)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuPupil.addAction(self.actionOpenDossier)
        self.menuPupil.addAction(self.actionFollowUps)
        self.menuPupil.addAction(self.actionAddPupil)
        self.menuPupil.addAction(self.actionEditPupil)
        self.menuHelp.addAction(self.actionUserGuide)
        self.menuHelp.addAction(self.actionSignalsHelp)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"PA Desktop", None))
        self.actionAddPupil.setText(QCoreApplication.translate("MainWindow", u"&Add pupil\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionAddPupil.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpenDossier.setText(QCoreApplication.translate("MainWindow", u"&Open dossier", None))
#if QT_CONFIG(shortcut)
        self.actionOpenDossier.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionFollowUps.setText(QCoreApplication.translate("MainWindow", u"&Follow-ups due\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionFollowUps.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+T", None))
#endif // QT_CONFIG(shortcut)
        self.actionEditPupil.setText(QCoreApplication.translate("MainWindow", u"&Edit pupil\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionEditPupil.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionReceiveDossier.setText(QCoreApplication.translate("MainWindow", u"&Receive a dossier\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionReceiveDossier.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"&Import absences\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionImport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionInsight.setText(QCoreApplication.translate("MainWindow", u"I&nsight for the school\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionInsight.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+I", None))
#endif // QT_CONFIG(shortcut)
        self.actionSignalList.setText(QCoreApplication.translate("MainWindow", u"&Signalling list for the CLB\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSignalList.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+S", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"Re&fresh", None))
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionSignalsHelp.setText(QCoreApplication.translate("MainWindow", u"What do the &signals mean?", None))
#if QT_CONFIG(shortcut)
        self.actionSignalsHelp.setShortcut(QCoreApplication.translate("MainWindow", u"Shift+F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionUserGuide.setText(QCoreApplication.translate("MainWindow", u"&User guide", None))
#if QT_CONFIG(shortcut)
        self.actionUserGuide.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About PA Desktop", None))
        self.yearLabel.setText(QCoreApplication.translate("MainWindow", u"School &year", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"School year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("MainWindow", u"The school year whose figures the overview shows", None))
#endif // QT_CONFIG(tooltip)
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&Search", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Name or class", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search pupils", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("MainWindow", u"Show only pupils whose name or class contains this text (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.signalsOnlyCheck.setText(QCoreApplication.translate("MainWindow", u"Only pupils with si&gnals", None))
#if QT_CONFIG(accessibility)
        self.signalsOnlyCheck.setAccessibleName(QCoreApplication.translate("MainWindow", u"Only pupils with signals", None))
#endif // QT_CONFIG(accessibility)
        self.addPupilButton.setText(QCoreApplication.translate("MainWindow", u"&Add pupil\u2026", None))
#if QT_CONFIG(accessibility)
        self.addPupilButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Add pupil", None))
#endif // QT_CONFIG(accessibility)
        self.openDossierButton.setText(QCoreApplication.translate("MainWindow", u"&Open dossier", None))
#if QT_CONFIG(accessibility)
        self.openDossierButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Open the dossier of the selected pupil", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.openDossierButton.setToolTip(QCoreApplication.translate("MainWindow", u"Open the dossier with the absence timeline (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.editPupilButton.setText(QCoreApplication.translate("MainWindow", u"&Edit pupil\u2026", None))
#if QT_CONFIG(accessibility)
        self.editPupilButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Edit pupil", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pupilTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Pupil overview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pupilTable.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Every pupil with absence figures and warning signals; the ones that need action first", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuPupil.setTitle(QCoreApplication.translate("MainWindow", u"&Pupil", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

