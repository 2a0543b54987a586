"""Add or edit a pupil: only the fields the follow-up needs; problems shown beside the form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QWidget

from pa_desktop.domain.pupils import Pupil, PupilDraft
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.texts import problem_text, tr
from pa_desktop.gui.forms.ui_pupil_dialog import Ui_PupilDialog
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import VaultSession


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PupilDialog(QDialog):
    def __init__(
        self,
        session: VaultSession,
        pupil: Pupil | None = None,
        parent: QWidget | None = None,
        school_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PupilDialog()
        self.ui.setupUi(self)
        self._session = session
        self._pupil = pupil
        self._school_id = school_id  # a new pupil joins the school chosen in the overview
        self.saved: Pupil | None = None
        self.setWindowTitle(tr("Edit pupil") if pupil else tr("Add pupil"))
        style_label(self.ui.problemLabel, "error")
        self.ui.problemLabel.hide()
        today = QDate.currentDate()
        for check, edit in (
            (self.ui.birthDateCheck, self.ui.birthDateEdit),
            (self.ui.enrolledFromCheck, self.ui.enrolledFromEdit),
            (self.ui.enrolledUntilCheck, self.ui.enrolledUntilEdit),
        ):
            check.toggled.connect(edit.setEnabled)
            edit.setDate(today)
        self.ui.birthDateEdit.setDate(today.addYears(-14))
        self.ui.birthDateEdit.setMaximumDate(today)
        if pupil is not None:
            self._fill(pupil)
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.lastNameEdit.setFocus()

    def _fill(self, pupil: Pupil) -> None:
        self.ui.lastNameEdit.setText(pupil.last_name)
        self.ui.firstNameEdit.setText(pupil.first_name)
        self.ui.classEdit.setText(pupil.class_name)
        self.ui.numberEdit.setText(pupil.school_number or "")
        for value, check, edit in (
            (pupil.birth_date, self.ui.birthDateCheck, self.ui.birthDateEdit),
            (pupil.enrolled_from, self.ui.enrolledFromCheck, self.ui.enrolledFromEdit),
            (pupil.enrolled_until, self.ui.enrolledUntilCheck, self.ui.enrolledUntilEdit),
        ):
            check.setChecked(value is not None)
            if value is not None:
                edit.setDate(_to_qdate(value))

    def draft(self) -> PupilDraft:
        def optional(check_on: bool, edit: QDateEdit) -> date | None:
            return _from_qdate(edit.date()) if check_on else None

        return PupilDraft(
            last_name=self.ui.lastNameEdit.text(),
            first_name=self.ui.firstNameEdit.text(),
            class_name=self.ui.classEdit.text(),
            birth_date=optional(self.ui.birthDateCheck.isChecked(), self.ui.birthDateEdit),
            school_number=self.ui.numberEdit.text() or None,
            enrolled_from=optional(self.ui.enrolledFromCheck.isChecked(), self.ui.enrolledFromEdit),
            enrolled_until=optional(
                self.ui.enrolledUntilCheck.isChecked(), self.ui.enrolledUntilEdit
            ),
            school_id=self._school_id if self._pupil is None else None,
        )

    def _save(self) -> None:
        draft = self.draft()
        try:
            if self._pupil is None:
                self.saved = self._session.add_pupil(draft)
            else:
                self.saved = self._session.update_pupil(self._pupil.id, draft)
        except InvalidInputError as error:
            self.ui.problemLabel.setText("\n".join(problem_text(p) for p in error.problems))
            self.ui.problemLabel.show()
            return
        self.accept()
