# Generated from ui/wizard_profile_page.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_profile_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

class Ui_ProfilePage(object):
    def setupUi(self, ProfilePage):
        if not ProfilePage.objectName():
            ProfilePage.setObjectName(u"ProfilePage")
        self.form = QFormLayout(ProfilePage)
        self.form.setObjectName(u"form")
        self.schoolLabel = QLabel(ProfilePage)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.schoolEdit = QLineEdit(ProfilePage)
        self.schoolEdit.setObjectName(u"schoolEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schoolEdit)

        self.clbLabel = QLabel(ProfilePage)
        self.clbLabel.setObjectName(u"clbLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clbLabel)

        self.clbEdit = QLineEdit(ProfilePage)
        self.clbEdit.setObjectName(u"clbEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clbEdit)

        self.userLabel = QLabel(ProfilePage)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(ProfilePage)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.roleLabel = QLabel(ProfilePage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(ProfilePage)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleCombo)

#if QT_CONFIG(shortcut)
        self.schoolLabel.setBuddy(self.schoolEdit)
        self.clbLabel.setBuddy(self.clbEdit)
        self.userLabel.setBuddy(self.userEdit)
        self.roleLabel.setBuddy(self.roleCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProfilePage)
    # setupUi

    def retranslateUi(self, ProfilePage):
        self.schoolLabel.setText(QCoreApplication.translate("ProfilePage", u"&School", None))
#if QT_CONFIG(accessibility)
        self.schoolEdit.setAccessibleName(QCoreApplication.translate("ProfilePage", u"School", None))
#endif // QT_CONFIG(accessibility)
        self.schoolEdit.setPlaceholderText(QCoreApplication.translate("ProfilePage", u"e.g. Sint-Guido-Instituut", None))
        self.clbLabel.setText(QCoreApplication.translate("ProfilePage", u"&CLB", None))
#if QT_CONFIG(accessibility)
        self.clbEdit.setAccessibleName(QCoreApplication.translate("ProfilePage", u"CLB", None))
#endif // QT_CONFIG(accessibility)
        self.clbEdit.setPlaceholderText(QCoreApplication.translate("ProfilePage", u"e.g. CLB GO! Brussel", None))
        self.userLabel.setText(QCoreApplication.translate("ProfilePage", u"Your na&me", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("ProfilePage", u"Your &role", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Your role", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

