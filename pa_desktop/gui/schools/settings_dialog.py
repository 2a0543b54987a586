"""A school's own settings: its lesson-free days and half days (picked on a calendar), its own
absence codes with the official code each counts as, Wednesday afternoon, the lesson hour where
the afternoon starts, and the thresholds (with the guideline's defaults and a reset).

Everything is saved at once through the services, which check it; nothing is written until
"Save". The chosen school's name and institution number are edited here too, and "New
school…" adds one (a CLB worker's vault): the overview's chooser follows at once through
`schools_changed`, and appears the moment a vault gets its second school. Days without lessons are greyed on the calendar, as in the dossier's timeline.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.schools import SchoolSettings
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.common.user_guide import add_help_key
from pa_desktop.gui.schools.chooser import SchoolChooser
from pa_desktop.gui.schools.codes_box import CodesBox
from pa_desktop.gui.schools.free_days_box import FreeDaysBox
from pa_desktop.gui.schools.new_school_dialog import (
    NewSchoolDialog,
    name_edit,
    number_edit,
    school_problem,
)
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.importer import Importer
from pa_desktop.services.resources import default_thresholds
from pa_desktop.services.session import VaultSession

# the thresholds a school most often adapts; the others keep the vault's values
THRESHOLDS = (
    "clb_signal_b",
    "fast_accumulation",
    "same_moment_min",
    "unknown_code_lesson_days",
    "parents_unreachable_attempts",
    "known_problem_previous_b",
    "allowance_risk_current_b",
    "allowance_lost_b",
)


def _threshold_label(name: str) -> str:
    labels = {
        "clb_signal_b": tr("Signal to the CLB from (B half days)"),
        "fast_accumulation": tr("Fast accumulation: absent half days in 6 weeks"),
        "same_moment_min": tr("Same moment: at least (absent half days)"),
        "unknown_code_lesson_days": tr("Code '-' to clarify within (lesson days)"),
        "parents_unreachable_attempts": tr("Parents unreachable after (attempts)"),
        "known_problem_previous_b": tr("Known problem: B half days in an earlier year"),
        "allowance_risk_current_b": tr("Allowance at risk from (B half days)"),
        "allowance_lost_b": tr("Allowance lost at (B half days, two years)"),
    }
    return labels.get(name, name)


def _problem(problem: str, name: str = "") -> str:
    texts = {
        "range_reversed": tr("The last day lies before the first day."),
        "range_spans_years": tr("The days must lie in one school year."),
        "code_invalid": tr("An own code is 1 to 8 letters or digits."),
        "code_is_official": tr("That code already is an official code."),
        "maps_to_unknown": tr("Choose the official code it counts as."),
        "threshold_invalid": tr("A threshold must be a positive number."),
        "reason_too_long": tr("The reason is too long (120 characters at most)."),
    }
    return texts.get(problem, school_problem(problem, name))


class SchoolSettingsDialog(QDialog):
    saved = Signal()
    schools_changed = Signal()  # a school was added or renamed: choosers elsewhere reload

    def __init__(
        self, session: VaultSession, school: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        add_help_key(self, "schools")
        self.session = session
        self.setWindowTitle(tr("School settings"))
        self._loaded: tuple[str, str, SchoolSettings] | None = None
        self._shown_school = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.school_combo = SchoolChooser(session, with_all=False)
        self.school_combo.select_school(school)
        self.school_label = QLabel(tr("&School:"))
        self.school_label.setBuddy(self.school_combo)
        self.name_edit = name_edit()
        self.number_edit = number_edit()
        name_label = QLabel(tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        number_label = QLabel(tr("&Institution number:"))
        number_label.setBuddy(self.number_edit)
        self.new_school_button = QPushButton(tr("N&ew school…"))
        self.new_school_button.setToolTip(tr("Add a school to this vault (a CLB serves several)"))
        self.new_school_button.clicked.connect(lambda: self.new_school())
        for widget in (self.school_label, self.school_combo, name_label, self.name_edit):
            top.addWidget(widget)
        top.addWidget(number_label)
        top.addWidget(self.number_edit)
        top.addStretch(1)
        top.addWidget(self.new_school_button)
        self.school_label.setVisible(self.school_combo.several)
        layout.addLayout(top)
        self.status = QLabel()
        self.status.setWordWrap(True)
        columns = QHBoxLayout()
        self.free_days_box = FreeDaysBox()
        self.free_days_box.refused.connect(
            lambda problems: self.status.setText(" ".join(_problem(p) for p in problems))
        )
        self.free_days_box.edited.connect(
            lambda: self.status.setText(tr("Not saved yet: choose Save."))
        )
        columns.addWidget(self.free_days_box, 3)
        right = QVBoxLayout()
        right.addWidget(self._lessons_box())
        self.codes_box = CodesBox()
        right.addWidget(self.codes_box)
        right.addWidget(self._thresholds_box())
        columns.addLayout(right, 2)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.school_combo.currentIndexChanged.connect(lambda _i: self._school_chosen())
        self.resize(1060, 700)
        self.load()

    # building --------------------------------------------------------------------------------
    def _lessons_box(self) -> QGroupBox:
        box = QGroupBox(tr("Lessons"))
        form = QFormLayout(box)
        self.wednesday_check = QCheckBox(tr("Lessons on &Wednesday afternoon"))
        form.addRow(self.wednesday_check)
        self.hour_spin = QSpinBox()
        self.hour_spin.setRange(2, 12)
        self.hour_spin.setAccessibleName(tr("Lesson hour where the afternoon starts"))
        form.addRow(tr("The afternoon starts at lesson &hour:"), self.hour_spin)
        return box

    def _thresholds_box(self) -> QGroupBox:
        box = QGroupBox(tr("Thresholds"))
        form = QFormLayout(box)
        self.threshold_spins: dict[str, QSpinBox] = {}
        for name in THRESHOLDS:
            spin = QSpinBox()
            spin.setRange(1, 500)
            spin.setAccessibleName(_threshold_label(name))
            form.addRow(_threshold_label(name), spin)
            self.threshold_spins[name] = spin
        self.reset_button = QPushButton(tr("Reset to the &guideline's defaults"))
        self.reset_button.clicked.connect(self.reset_thresholds)
        form.addRow(self.reset_button)
        return box

    # values ----------------------------------------------------------------------------------
    def school_id(self) -> int:
        chosen = self.school_combo.selected_school()
        return chosen if chosen is not None else self.session.default_school_id()

    def load(self) -> None:
        """Show the chosen school's settings as stored (unsaved edits of another are dropped)."""
        school = self.school_id()
        own = self.session.school_settings(school)
        found = self.session.find_school(school)
        self.name_edit.setText(found.name)
        self.number_edit.setText(found.number or "")
        self.free_days_box.set_free_days(own.free_days)
        year = self.session.current_school_year()
        calendar = self.session.calendar(year, school)
        self.wednesday_check.setChecked(not calendar.settings.wednesday_afternoon_free)
        hour = own.first_afternoon_hour or Importer(self.session).first_afternoon_hour()
        self.hour_spin.setValue(hour)
        self.codes_box.set_codes(own.codes)
        limits = self.session.thresholds(school).as_dict()
        for name, spin in self.threshold_spins.items():
            spin.setValue(int(limits[name]))
        self.status.clear()
        self._loaded = self._shown()
        self._shown_school = school

    def _shown(self) -> tuple[str, str, SchoolSettings]:
        return (self.name_edit.text(), self.number_edit.text(), self.settings())

    def unsaved(self) -> bool:
        """Whether the dialog shows edits not saved yet (compared with what was loaded)."""
        return self._loaded is not None and self._shown() != self._loaded

    def _keep_or_drop_edits(self) -> bool:
        """Before showing another school: save, drop or keep (False) the unsaved edits."""
        if not self.unsaved():
            return True
        answer = QMessageBox.question(
            self,
            tr("School settings"),
            tr("Save the changes to {school} first?").format(school=self._loaded_name()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self._store(self._shown_school)
        return answer == QMessageBox.StandardButton.Discard

    def _loaded_name(self) -> str:
        return self._loaded[0] if self._loaded is not None else ""

    def _school_chosen(self) -> None:
        if self._keep_or_drop_edits():
            self.load()
        else:  # stay on the school whose edits are kept
            self.school_combo.blockSignals(True)
            self.school_combo.select_school(self._shown_school)
            self.school_combo.blockSignals(False)

    def new_school(self) -> NewSchoolDialog | None:
        """Add a school (name, optional number) and show it, ready for its calendar and codes."""
        if not self._keep_or_drop_edits():
            return None
        dialog = NewSchoolDialog(self.session, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.school is None:
            return dialog
        self._schools_reloaded(dialog.school.id)
        self.status.setText(
            tr("{school} was added. Set up its days without lessons and codes, then Save.").format(
                school=dialog.school.name
            )
        )
        return dialog

    def _schools_reloaded(self, chosen: int) -> None:
        self.school_combo.reload(keep=chosen)
        self.school_label.setVisible(self.school_combo.several)
        self.load()
        self.schools_changed.emit()

    def reset_thresholds(self) -> None:
        defaults = default_thresholds().as_dict()
        for name, spin in self.threshold_spins.items():
            spin.setValue(int(defaults[name]))

    def settings(self) -> SchoolSettings:
        """What the dialog shows, as the school's own settings."""
        vault = self.session.vault_thresholds().as_dict()
        thresholds = {
            name: spin.value()
            for name, spin in self.threshold_spins.items()
            if spin.value() != vault[name]
        }
        return SchoolSettings(
            wednesday_afternoon_free=not self.wednesday_check.isChecked(),
            free_days=self.free_days_box.free_days,
            codes=self.codes_box.codes(),
            thresholds=thresholds,
            first_afternoon_hour=self.hour_spin.value(),
        )

    def _store(self, school: int) -> bool:
        """Save what the dialog shows for `school`; a refusal is said in the status line."""
        renamed = (self.name_edit.text(), self.number_edit.text()) != (
            self._loaded[:2] if self._loaded is not None else ("", "")
        )
        try:
            self.session.save_school(
                school, self.name_edit.text(), self.number_edit.text(), self.settings()
            )
        except InvalidInputError as error:
            name = str(error.details.get("name", ""))
            self.status.setText(" ".join(_problem(p, name) for p in error.problems))
            return False
        if renamed:
            self.school_combo.reload()  # the new name; the chosen school stays chosen
            self.schools_changed.emit()
        self._loaded = self._shown()
        self.saved.emit()
        return True

    def save(self) -> None:
        if self._store(self.school_id()):
            self.accept()
