"""Add or edit a pupil: only the fields the follow-up needs; problems shown beside the form.

In a vault of several schools (a CLB worker's) the dialog also asks for the school: a new pupil
joins the school chosen there (the overview's school by default, never silently). Choosing
another school for an existing pupil moves it (see `gui/schools/pupil_school.py`): the arrival
date starts the new enrolment, and the absences already recorded stay in the one dossier. In a
school's own vault the school row stays hidden.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QWidget

from pa_desktop.domain.pupils import Pupil, PupilDraft
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.forms.ui_pupil_dialog import Ui_PupilDialog
from pa_desktop.gui.schools.pupil_school import PupilSchoolRows, announce_move
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
        # the school row sits under the class (a class name means something at one school)
        self.school = PupilSchoolRows(session, pupil, school_id, self)
        self.school.add_to(self.ui.form, row=3)
        self.setTabOrder(self.ui.classEdit, self.school.combo)
        self.setTabOrder(self.school.combo, self.school.arrival_edit)
        self.setTabOrder(self.school.arrival_edit, self.ui.birthDateCheck)
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
            school_id=self.school.chosen() if self._pupil is None else None,
        )

    def _save(self) -> None:
        """Add, or edit (and move when another school is chosen). Every problem of the form is
        found before anything is written, so a refused move leaves the pupil as it was."""
        draft = self.draft()
        moved = False
        try:
            if self._pupil is None:
                self.saved = self._session.add_pupil(draft)
            else:
                problems = draft.problems()
                if problems:
                    raise InvalidInputError(problems)
                moved = self.school.move(self._pupil.id, draft.class_name)
                self.saved = self._session.update_pupil(self._pupil.id, draft)
        except InvalidInputError as error:
            self.ui.problemLabel.setText("\n".join(self.school.problem(p) for p in error.problems))
            self.ui.problemLabel.show()
            return
        if moved:
            announce_move(self._session, self)
        self.accept()
