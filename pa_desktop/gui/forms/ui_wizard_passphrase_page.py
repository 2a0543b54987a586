# Generated from ui/wizard_passphrase_page.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_passphrase_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QProgressBar, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PassphrasePage(object):
    def setupUi(self, PassphrasePage):
        if not PassphrasePage.objectName():
            PassphrasePage.setObjectName(u"PassphrasePage")
        self.layout = QVBoxLayout(PassphrasePage)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passphraseLabel = QLabel(PassphrasePage)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(PassphrasePage)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(PassphrasePage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(PassphrasePage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthLabel = QLabel(PassphrasePage)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strengthLabel)

        self.strengthBar = QProgressBar(PassphrasePage)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strengthBar)


        self.layout.addLayout(self.form)

        self.hintLabel = QLabel(PassphrasePage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.rememberCheck = QCheckBox(PassphrasePage)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.layout.addWidget(self.rememberCheck)

        self.rememberNote = QLabel(PassphrasePage)
        self.rememberNote.setObjectName(u"rememberNote")
        self.rememberNote.setWordWrap(True)

        self.layout.addWidget(self.rememberNote)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.strengthLabel.setBuddy(self.strengthBar)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassphrasePage)
    # setupUi

    def retranslateUi(self, PassphrasePage):
        self.passphraseLabel.setText(QCoreApplication.translate("PassphrasePage", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("PassphrasePage", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("PassphrasePage", u"&Repeat", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("PassphrasePage", u"Repeat the passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.strengthLabel.setText(QCoreApplication.translate("PassphrasePage", u"Strength", None))
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("PassphrasePage", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText("")
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("PassphrasePage", u"Passphrase hint", None))
#endif // QT_CONFIG(accessibility)
        self.rememberCheck.setText(QCoreApplication.translate("PassphrasePage", u"Re&member on this device (open without passphrase)", None))
#if QT_CONFIG(accessibility)
        self.rememberCheck.setAccessibleName(QCoreApplication.translate("PassphrasePage", u"Remember on this device", None))
#endif // QT_CONFIG(accessibility)
        self.rememberNote.setText("")
        pass
    # retranslateUi

