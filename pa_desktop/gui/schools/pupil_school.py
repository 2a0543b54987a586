"""The school of a pupil in the pupil dialog, and moving a pupil from the GUI.

A CLB worker's vault holds several schools, and class names and pupil numbers repeat across
them, so the pupil dialog asks for the school: a new pupil joins the one chosen (by default the
school chosen in the overview). For an existing pupil, choosing another school is a move: the
dialog then asks for the date of arrival, the enrolment at the old school ends the day before,
and the absences already recorded stay where they are, in the one dossier
(`VaultSession.move_pupil`). A school's own vault never shows any of this.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QWidget

from pa_desktop.domain.pupils import Pupil
from pa_desktop.gui.common.operations import ChangeHub, OpChanges
from pa_desktop.gui.common.texts import problem_text, tr
from pa_desktop.gui.schools.chooser import SchoolChooser
from pa_desktop.services.session import VaultSession


def move_problem(problem: str) -> str:
    """A refused move in the user's words (shared with the move dialog)."""
    if problem == "same_school":
        return tr("The pupil already is at that school.")
    return problem_text(problem)


def announce_move(session: VaultSession, source: QObject | None) -> None:
    """A pupil changed school: every view that lists a school's pupils (the overview of one
    school, an open dossier's calendar, codes and header) reads again."""
    ChangeHub.of(session).announce(OpChanges.everything("pupils"), source)


class PupilSchoolRows(QObject):
    """The school row of the pupil dialog and, when an existing pupil's school is changed,
    the arrival row with a word on what a move keeps."""

    def __init__(
        self,
        session: VaultSession,
        pupil: Pupil | None,
        school_id: int | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.pupil = pupil
        self.several = len(session.schools()) > 1
        self.current = session.school_of(pupil) if pupil is not None else None
        self.combo = SchoolChooser(session, with_all=False, parent=parent)
        self.combo.setToolTip(tr("The school the pupil is enrolled at"))
        self.combo.select_school(self.current or school_id or session.default_school_id())
        self.label = QLabel(tr("&School"), parent)
        self.label.setBuddy(self.combo)
        self.arrival_edit = QDateEdit(parent)
        self.arrival_edit.setCalendarPopup(True)
        self.arrival_edit.setDisplayFormat("dd/MM/yyyy")
        self.arrival_edit.setAccessibleName(tr("Date of arrival at the new school"))
        today = session.today()
        self.arrival_edit.setDate(QDate(today.year, today.month, today.day))
        self.arrival_label = QLabel(tr("Arri&val at the new school"), parent)
        self.arrival_label.setBuddy(self.arrival_edit)
        self.note = QLabel(
            tr(
                "The pupil moves to the new school on that date and keeps one dossier: the "
                "absences already recorded stay."
            ),
            parent,
        )
        self.note.setWordWrap(True)
        self.combo.currentIndexChanged.connect(lambda _index: self._show_rows())

    def add_to(self, form: QFormLayout, row: int) -> None:
        form.insertRow(row, self.label, self.combo)
        form.insertRow(row + 1, self.arrival_label, self.arrival_edit)
        form.insertRow(row + 2, self.note)
        self._form = form
        self._show_rows()

    def _show_rows(self) -> None:
        self._form.setRowVisible(self.combo, self.several)
        moving = self.moving()
        self._form.setRowVisible(self.arrival_edit, moving)
        self._form.setRowVisible(self.note, moving)

    def chosen(self) -> int | None:
        """The school chosen (None in a school's own vault: its only school)."""
        return self.combo.selected_school() if self.several else None

    def moving(self) -> bool:
        """Whether the user chose another school for an existing pupil."""
        return self.several and self.pupil is not None and self.chosen() != self.current

    def arrival(self) -> date:
        value = self.arrival_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def move(self, pupil_id: int, class_name: str) -> bool:
        """Move the pupil when another school is chosen (InvalidInputError when refused)."""
        school = self.chosen()
        if not self.moving() or school is None:
            return False
        self.session.move_pupil(pupil_id, school, self.arrival(), class_name)
        return True

    def problem(self, problem: str) -> str:
        return move_problem(problem)
