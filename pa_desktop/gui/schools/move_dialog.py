"""Moving a pupil to another school of the vault (a CLB worker's vault): one dossier, two
enrolments. The current enrolment ends the day before the arrival; nothing else changes.

Opened from the overview's Pupil menu and from the dossier's header ("Switch school…"); the
pupil dialog offers the same move through its school field (`pupil_school.py`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from pa_desktop.domain.pupils import Pupil
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.schools.chooser import SchoolChooser
from pa_desktop.gui.schools.pupil_school import announce_move, move_problem
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import VaultSession


class MovePupilDialog(QDialog):
    def __init__(self, session: VaultSession, pupil: Pupil, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pupil = pupil
        self.setWindowTitle(tr("Move to another school"))
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                tr("{name} keeps one dossier; the new school counts from the arrival.").format(
                    name=pupil.display_name
                )
            )
        )
        self.school_combo = SchoolChooser(session, with_all=False)
        # the first school the pupil is not at yet: the one a move most likely means
        current = session.school_of(pupil)
        others = [s.id for s in session.schools() if s.id != current]
        self.school_combo.select_school(others[0] if others else current)
        form.addRow(tr("New &school:"), self.school_combo)
        self.arrival_edit = QDateEdit()
        self.arrival_edit.setCalendarPopup(True)
        self.arrival_edit.setDisplayFormat("dd/MM/yyyy")
        today = session.today()
        self.arrival_edit.setDate(QDate(today.year, today.month, today.day))
        form.addRow(tr("&Arrival:"), self.arrival_edit)
        self.class_edit = QLineEdit(pupil.class_name)
        form.addRow(tr("&Class there:"), self.class_edit)
        self.error = QLabel()
        self.error.setWordWrap(True)
        style_label(self.error, "error")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        school = self.school_combo.selected_school()
        arrival = self.arrival_edit.date().toPython()
        assert school is not None and isinstance(arrival, date)
        try:
            self.session.move_pupil(self.pupil.id, school, arrival, self.class_edit.text())
        except InvalidInputError as error:
            self.error.setText(" ".join(move_problem(p) for p in error.problems))
            return
        announce_move(self.session, self)
        self.accept()
