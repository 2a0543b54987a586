# Generated from ui/pupil_dialog.ui by packaging/compile_forms.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pupil_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PupilDialog(object):
    def setupUi(self, PupilDialog):
        if not PupilDialog.objectName():
            PupilDialog.setObjectName(u"PupilDialog")
        PupilDialog.resize(440, 340)
        self.layout = QVBoxLayout(PupilDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.lastNameLabel = QLabel(PupilDialog)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(PupilDialog)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.firstNameLabel = QLabel(PupilDialog)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(PupilDialog)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(120)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.classLabel = QLabel(PupilDialog)
        self.classLabel.setObjectName(u"classLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.classEdit = QLineEdit(PupilDialog)
        self.classEdit.setObjectName(u"classEdit")
        self.classEdit.setMaxLength(20)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.classEdit)

        self.birthDateCheck = QCheckBox(PupilDialog)
        self.birthDateCheck.setObjectName(u"birthDateCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthDateCheck)

        self.birthDateEdit = QDateEdit(PupilDialog)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setEnabled(False)
        self.birthDateEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.numberLabel = QLabel(PupilDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(PupilDialog)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaxLength(40)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.enrolledFromCheck = QCheckBox(PupilDialog)
        self.enrolledFromCheck.setObjectName(u"enrolledFromCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.enrolledFromCheck)

        self.enrolledFromEdit = QDateEdit(PupilDialog)
        self.enrolledFromEdit.setObjectName(u"enrolledFromEdit")
        self.enrolledFromEdit.setEnabled(False)
        self.enrolledFromEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.enrolledFromEdit)

        self.enrolledUntilCheck = QCheckBox(PupilDialog)
        self.enrolledUntilCheck.setObjectName(u"enrolledUntilCheck")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.enrolledUntilCheck)

        self.enrolledUntilEdit = QDateEdit(PupilDialog)
        self.enrolledUntilEdit.setObjectName(u"enrolledUntilEdit")
        self.enrolledUntilEdit.setEnabled(False)
        self.enrolledUntilEdit.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.enrolledUntilEdit)


        self.layout.addLayout(self.form)

        self.problemLabel = QLabel(PupilDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttons = QDialogButtonBox(PupilDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.classLabel.setBuddy(self.classEdit)
        self.numberLabel.setBuddy(self.numberEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lastNameEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.classEdit)
        QWidget.setTabOrder(self.classEdit, self.birthDateCheck)
        QWidget.setTabOrder(self.birthDateCheck, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.enrolledFromCheck)
        QWidget.setTabOrder(self.enrolledFromCheck, self.enrolledFromEdit)
        QWidget.setTabOrder(self.enrolledFromEdit, self.enrolledUntilCheck)
        QWidget.setTabOrder(self.enrolledUntilCheck, self.enrolledUntilEdit)

        self.retranslateUi(PupilDialog)
    # setupUi

    def retranslateUi(self, PupilDialog):
        PupilDialog.setWindowTitle(QCoreApplication.translate("PupilDialog", u"Pupil", None))
        self.lastNameLabel.setText(QCoreApplication.translate("PupilDialog", u"&Last name", None))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("PupilDialog", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.firstNameLabel.setText(QCoreApplication.translate("PupilDialog", u"&First name", None))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("PupilDialog", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.classLabel.setText(QCoreApplication.translate("PupilDialog", u"&Class", None))
#if QT_CONFIG(accessibility)
        self.classEdit.setAccessibleName(QCoreApplication.translate("PupilDialog", u"Class", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateCheck.setText(QCoreApplication.translate("PupilDialog", u"&Birth date", None))
#if QT_CONFIG(accessibility)
        self.birthDateCheck.setAccessibleName(QCoreApplication.translate("PupilDialog", u"Record a birth date", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateEdit.setDisplayFormat(QCoreApplication.translate("PupilDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.birthDateEdit.setAccessibleName(QCoreApplication.translate("PupilDialog", u"Birth date", None))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(QCoreApplication.translate("PupilDialog", u"School &number", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("PupilDialog", u"School number", None))
#endif // QT_CONFIG(accessibility)
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("PupilDialog", u"optional", None))
        self.enrolledFromCheck.setText(QCoreApplication.translate("PupilDialog", u"Arrived &during the year", None))
#if QT_CONFIG(accessibility)
        self.enrolledFromCheck.setAccessibleName(QCoreApplication.translate("PupilDialog", u"Arrived during the school year", None))
#endif // QT_CONFIG(accessibility)
        self.enrolledFromEdit.setDisplayFormat(QCoreApplication.translate("PupilDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.enrolledFromEdit.setAccessibleName(QCoreApplication.translate("PupilDialog", u"Arrival date", None))
#endif // QT_CONFIG(accessibility)
        self.enrolledUntilCheck.setText(QCoreApplication.translate("PupilDialog", u"Left the sc&hool", None))
#if QT_CONFIG(accessibility)
        self.enrolledUntilCheck.setAccessibleName(QCoreApplication.translate("PupilDialog", u"Left the school", None))
#endif // QT_CONFIG(accessibility)
        self.enrolledUntilEdit.setDisplayFormat(QCoreApplication.translate("PupilDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.enrolledUntilEdit.setAccessibleName(QCoreApplication.translate("PupilDialog", u"Date the pupil left", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("PupilDialog", u"Problems", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

