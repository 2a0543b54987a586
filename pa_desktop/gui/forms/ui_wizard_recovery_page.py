# Generated from ui/wizard_recovery_page.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_recovery_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryPage(object):
    def setupUi(self, RecoveryPage):
        if not RecoveryPage.objectName():
            RecoveryPage.setObjectName(u"RecoveryPage")
        self.layout = QVBoxLayout(RecoveryPage)
        self.layout.setObjectName(u"layout")
        self.explainLabel = QLabel(RecoveryPage)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.layout.addWidget(self.explainLabel)

        self.codeLabel = QLabel(RecoveryPage)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setAlignment(Qt.AlignCenter)
        self.codeLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.layout.addWidget(self.codeLabel)

        self.copyButton = QPushButton(RecoveryPage)
        self.copyButton.setObjectName(u"copyButton")

        self.layout.addWidget(self.copyButton)

        self.confirmCheck = QCheckBox(RecoveryPage)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.layout.addWidget(self.confirmCheck)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)


        self.retranslateUi(RecoveryPage)
    # setupUi

    def retranslateUi(self, RecoveryPage):
        self.explainLabel.setText(QCoreApplication.translate("RecoveryPage", u"If you ever forget your passphrase, this recovery code is the only other way into your vault. Write it down on paper now and keep it somewhere safe, away from this laptop. It is shown only once.", None))
        self.codeLabel.setText("")
#if QT_CONFIG(accessibility)
        self.codeLabel.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"Recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("RecoveryPage", u"&Copy the code", None))
#if QT_CONFIG(accessibility)
        self.copyButton.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"Copy the recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.confirmCheck.setText(QCoreApplication.translate("RecoveryPage", u"I have &written the recovery code down", None))
#if QT_CONFIG(accessibility)
        self.confirmCheck.setAccessibleName(QCoreApplication.translate("RecoveryPage", u"I have written the recovery code down", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

