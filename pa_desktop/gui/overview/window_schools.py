"""The main window's choice of school year and school: the year list, the school chooser of a
CLB worker's vault, the school settings and moving a pupil to another school."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.overview.window_base import OverviewWindowBase
from pa_desktop.gui.schools.chooser import SchoolChooser

if TYPE_CHECKING:  # the dialogs load when first opened: start-up stays light
    from pa_desktop.gui.schools.move_dialog import MovePupilDialog
    from pa_desktop.gui.schools.settings_dialog import SchoolSettingsDialog

_YEARS_BACK = 4


class SchoolsAndYearsMixin(OverviewWindowBase):
    """Which school year and which school(s) the overview shows."""

    school_label: QLabel
    school_chooser: SchoolChooser
    action_school_settings: QAction
    action_move_pupil: QAction

    def _fill_years(self) -> None:
        current = self.session.current_school_year()
        self.ui.yearCombo.blockSignals(True)
        for offset in range(_YEARS_BACK):
            year = SchoolYear(current.start_year - offset)
            self.ui.yearCombo.addItem(year.label, year.start_year)
        self.ui.yearCombo.blockSignals(False)

    def selected_year(self) -> SchoolYear:
        return SchoolYear(int(self.ui.yearCombo.currentData()))

    def _add_school_chooser(self) -> None:
        """One school or all of them (a CLB worker's vault); hidden in a school's own vault."""
        self.school_label = QLabel(tr("S&chool:"), self.ui.centralWidget)
        self.school_chooser = SchoolChooser(self.session, True, self.ui.centralWidget)
        self.school_label.setBuddy(self.school_chooser)
        position = self.ui.filterBar.indexOf(self.ui.yearCombo) + 1
        self.ui.filterBar.insertWidget(position, self.school_label)
        self.ui.filterBar.insertWidget(position + 1, self.school_chooser)
        self.school_label.setVisible(self.school_chooser.several)
        self.school_chooser.currentIndexChanged.connect(self.refresh)
        settings = QAction(tr("Sc&hool settings…"), self)
        settings.triggered.connect(lambda: self.show_school_settings())
        self.ui.menuFile.insertAction(self.ui.actionRefresh, settings)
        self.action_school_settings = settings
        move = QAction(tr("&Move to another school…"), self)
        move.triggered.connect(lambda: self.move_pupil())
        move.setVisible(self.school_chooser.several)  # only a vault of several schools
        self.ui.menuPupil.addAction(move)
        self.action_move_pupil = move

    def move_pupil(self) -> MovePupilDialog | None:
        """The selected pupil to another school of the vault (one dossier, two enrolments)."""
        from pa_desktop.gui.schools.move_dialog import MovePupilDialog

        pupil_id = self.selected_pupil_id()
        if pupil_id is None:
            return None
        dialog = MovePupilDialog(self.session, self.session.pupil(pupil_id), self)
        dialog.accepted.connect(self.refresh)
        dialog.show()
        return dialog

    def selected_school(self) -> int | None:
        """The chosen school, or None for every school of the vault."""
        return self.school_chooser.selected_school()

    def show_school_settings(self) -> SchoolSettingsDialog:
        """A school's own calendar, codes and thresholds."""
        from pa_desktop.gui.schools.settings_dialog import SchoolSettingsDialog

        dialog = SchoolSettingsDialog(self.session, self.selected_school(), self)
        dialog.saved.connect(self.refresh)
        dialog.schools_changed.connect(self._schools_changed)
        dialog.show()
        return dialog

    def _schools_changed(self) -> None:
        """A school added or renamed: the chooser shows it at once (and appears at the second)."""
        self.school_chooser.reload()
        self.school_label.setVisible(self.school_chooser.several)
        self.action_move_pupil.setVisible(self.school_chooser.several)
        self._show_title()  # renaming a vault's only school renames the profile's school
        self.refresh()

    def _show_title(self) -> None:
        profile = self.session.profile()
        place = " · ".join(part for part in (profile.school, profile.clb) if part)
        self.setWindowTitle(f"PA Desktop — {place}" if place else "PA Desktop")
