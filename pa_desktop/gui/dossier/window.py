"""A pupil's dossier: the absences, measures, trajectory and checklist tabs of one pupil's year.

Every edit is saved at once and pushed on the tab's undo stack (Ctrl+Z / Ctrl+Y), so a slip
of the mouse costs nothing. The window reads the pupil's year and writes the calendar's changes
off the GUI thread; the absences tab (absences_tab.py) shows them and plans the edits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.operations import (
    ChangeHub,
    CollectionOp,
    OpChanges,
    OpProgress,
    QueryOp,
    show_failure,
)
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.common.user_guide import UserGuideDialog
from pa_desktop.gui.dossier.absences_tab import AbsencesTab
from pa_desktop.gui.dossier.checklist_tab import ChecklistTab
from pa_desktop.gui.dossier.measures_tab import MeasuresTab
from pa_desktop.gui.dossier.trajectory_tab import TrajectoryTab
from pa_desktop.gui.dossier.undo import undo_actions
from pa_desktop.services.dossier import (
    AbsenceChange,
    PupilYear,
    apply_change,
    load_pupil_year,
)
from pa_desktop.services.session import VaultSession

if TYPE_CHECKING:  # loaded when first opened (reportlab, PDFium, the transfer crypto)
    from pa_desktop.gui.referral.referral_dialog import ReferralDialog
    from pa_desktop.gui.schools.move_dialog import MovePupilDialog
    from pa_desktop.gui.transfer.dialogs import TransferExportDialog

_YEARS_BACK = 4


class DossierWindow(QWidget):
    changed = Signal(int)  # pupil id, after any saved change

    def __init__(
        self, session: VaultSession, pupil_id: int, year: SchoolYear, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.pupil_id = pupil_id
        self._pending = 0  # changes being written
        self._reads = 0  # reads of the pupil's year on their way
        self._generation = 0  # the newest read wins
        # one undo history per tab; Ctrl+Z acts on the tab in front (see dossier/undo.py)
        self.undo_group = QUndoGroup(self)
        self.undo_stack = QUndoStack(self.undo_group)  # the absences tab
        self._build(year)
        self.reload()
        fit_window(self, "dossier", QSize(1280, 760))
        ChangeHub.of(session).changed.connect(self._vault_changed)

    def _vault_changed(self, changes: OpChanges, source: object) -> None:
        """Another window changed this pupil (the signalling list marked it, say): show it."""
        if source is not self and changes.touches(self.pupil_id):
            self.reload_later()
            if self._trajectory is not None:
                self._trajectory.reload()
            if self._measures is not None:
                self._measures.reload()

    # layout ----------------------------------------------------------------------------------
    def _build(self, year: SchoolYear) -> None:
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        header.addWidget(self.title, 1)
        year_label = QLabel(tr("School &year"))
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(tr("School year"))
        year_label.setBuddy(self.year_combo)
        current = self.session.current_school_year()
        for offset in range(_YEARS_BACK):
            option = SchoolYear(current.start_year - offset)
            self.year_combo.addItem(option.label, option.start_year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(year.start_year)))
        self.year_combo.currentIndexChanged.connect(self.reload_later)
        header.addWidget(year_label)
        header.addWidget(self.year_combo)
        self.move_button = QPushButton(tr("S&witch school…"))
        self.move_button.setToolTip(
            tr("Move the pupil to another school of this vault from a date; one dossier")
        )
        self.move_button.clicked.connect(lambda: self.move_to_school())
        self.move_button.setVisible(len(self.session.schools()) > 1)  # a CLB worker's vault
        header.addWidget(self.move_button)
        self.referral_button = QPushButton(tr("Referral to the C&LB…"))
        self.referral_button.setToolTip(tr("Make the referral PDF for the CLB, with a preview"))
        self.referral_button.clicked.connect(self.open_referral)
        header.addWidget(self.referral_button)
        self.transfer_button = QPushButton(tr("&Hand over…"))
        self.transfer_button.setToolTip(
            tr("Warm transfer: the dossier as one encrypted file for a new school or CLB worker")
        )
        self.transfer_button.clicked.connect(self.open_transfer)
        header.addWidget(self.transfer_button)
        layout.addLayout(header)

        self.undo_action, self.redo_action = undo_actions(self.undo_group, self)
        self.addActions([self.undo_action, self.redo_action])
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.show_user_guide)
        for keys in ("Esc", "Ctrl+W", "Ctrl+F4"):  # close the dossier like a document
            QShortcut(QKeySequence(keys), self, self.close)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Parts of the dossier"))
        self.timeline_tab = AbsencesTab(self.session, self.undo_stack, self.write)
        # the calendar's parts, by the names tests and the other windows know them by
        self.timeline = self.timeline_tab.timeline
        self.chart = self.timeline_tab.chart
        self.figures_label = self.timeline_tab.figures_label
        self.code_combo = self.timeline_tab.code_combo
        self.mark_checks = self.timeline_tab.mark_checks
        self.tabs.addTab(self.timeline_tab, tr("&Absences"))
        # the measures, the trajectory and the checklist are built when first shown: opening
        # a dossier shows the absences at once and pays for the other tabs only when they are
        # opened (the measure log alone, sized to its contents, doubled the first paint)
        self._measures: MeasuresTab | None = None
        self._trajectory: TrajectoryTab | None = None
        self._checklist: ChecklistTab | None = None
        self._measures_page = QWidget()
        self._trajectory_page = QWidget()
        self._checklist_page = QWidget()
        self._page_titles = {
            self._measures_page: tr("&Guidance measures"),
            self._trajectory_page: tr("T&rajectory"),
            self._checklist_page: tr("PA &checklist"),
        }
        for page, title in self._page_titles.items():
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed()

    def _tab_changed(self) -> None:
        """The undo history of the tab in front becomes the one Ctrl+Z and Ctrl+Y act on.
        The focus goes to the tab bar, not into the page: a text typed after switching tabs
        (by Alt+letter or Ctrl+Tab) never lands in the calendar as absence codes."""
        focused = QApplication.focusWidget()
        if self.isVisible() and focused is not None and self.tabs.isAncestorOf(focused):
            self.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
        stacks: dict[QWidget, QUndoStack] = {self.timeline_tab: self.undo_stack}
        if self._measures is not None:  # built when first shown
            stacks[self._measures] = self._measures.undo_stack
        if self._trajectory is not None:  # built when first shown
            stacks[self._trajectory] = self._trajectory.undo_stack
        # None (the checklist tab): nothing to undo there; Qt accepts it, its stub does not
        self.undo_group.setActiveStack(stacks.get(self.tabs.currentWidget()))  # type: ignore[arg-type]

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self._measures_page:
            self.measures_tab  # noqa: B018  (built on first sight)
        elif page is self._trajectory_page:
            self.trajectory_tab  # noqa: B018  (built on first sight)
        elif page is self._checklist_page:
            self.checklist_tab  # noqa: B018

    def _replace_page(self, page: QWidget, tab: QWidget) -> None:
        """Put the built tab where its empty page stood, keeping the tab in front."""
        index = self.tabs.indexOf(page)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, self._page_titles[page])
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        page.deleteLater()

    @property
    def measures_tab(self) -> MeasuresTab:
        if self._measures is None:
            tab = MeasuresTab(self.session, self.pupil_id, QUndoStack(self.undo_group))
            tab.changed.connect(self._guidance_changed)
            self._measures = tab
            self._replace_page(self._measures_page, tab)
            self._measures_page = tab
            self._tab_changed()  # its undo history, when it is the tab in front
        return self._measures

    @property
    def trajectory_tab(self) -> TrajectoryTab:
        if self._trajectory is None:
            stack = QUndoStack(self.undo_group)  # its own history (see dossier/undo.py)
            tab = TrajectoryTab(self.session, self.pupil_id, stack, self.selected_year())
            tab.changed.connect(self._guidance_changed)
            self._trajectory = tab
            self._replace_page(self._trajectory_page, tab)
            self._trajectory_page = tab
        return self._trajectory

    @property
    def checklist_tab(self) -> ChecklistTab:
        if self._checklist is None:
            tab = ChecklistTab(self.session, self.pupil_id, self.selected_year())
            self._checklist = tab
            self._replace_page(self._checklist_page, tab)
            self._checklist_page = tab
        return self._checklist

    # data ------------------------------------------------------------------------------------
    @property
    def view(self) -> PupilYear | None:
        """The year shown, with the changes on their way to the vault."""
        return self.timeline_tab.view

    def selected_year(self) -> SchoolYear:
        return SchoolYear(int(self.year_combo.currentData()))

    def reload(self) -> None:
        year = self.selected_year()
        if self.view is not None and self.view.year != year:
            self.undo_stack.clear()
        self._show_view(load_pupil_year(self.session, self.pupil_id, year))

    def reload_later(self) -> None:
        """Read the pupil's year again off the GUI thread (after a change of year, a measure or
        a step); `loading` says whether a read is still on its way."""
        year = self.selected_year()
        if self.view is not None and self.view.year != year:
            self.undo_stack.clear()
        session, pupil_id = self.session, self.pupil_id
        self._reads += 1
        self._generation += 1
        generation = self._generation

        def show(view: PupilYear) -> None:
            self._reads -= 1
            if generation == self._generation and self._pending == 0:
                self._show_view(view)

        def failed(error: Exception) -> None:
            self._reads -= 1
            show_failure(self, error)

        QueryOp(self, lambda _progress: load_pupil_year(session, pupil_id, year), show).failure(
            failed
        ).run_in_background()

    @property
    def loading(self) -> bool:
        return self._reads > 0

    def _show_view(self, view: PupilYear) -> None:
        year = view.year
        if getattr(self, "_trajectory", None) is not None and self.trajectory_tab.year != year:
            self.trajectory_tab.set_year(year)
        if getattr(self, "_checklist", None) is not None:
            self.checklist_tab.set_year(year)
        pupil = view.pupil
        place = f"{pupil.class_name} · {view.school_name}" if view.school_name else pupil.class_name
        self.title.setText(f"{pupil.display_name} — {place}")
        self.setWindowTitle(tr("Dossier: {name}").format(name=pupil.display_name))
        self.timeline_tab.show_view(view)

    def show_user_guide(self) -> UserGuideDialog:
        """F1 opens the guide at the section of the tab in front."""
        tab = self.tabs.currentWidget()
        section = {
            self._measures_page: "measures",
            self._trajectory_page: "trajectory",
            self._checklist_page: "checklist",
        }.get(tab, "absences")
        dialog = UserGuideDialog(section, self)
        dialog.show()
        return dialog

    def open_transfer(self) -> TransferExportDialog:
        from pa_desktop.gui.transfer.dialogs import TransferExportDialog

        dialog = TransferExportDialog(self.session, self.pupil_id, self)
        dialog.show()
        return dialog

    def move_to_school(self) -> MovePupilDialog:
        """Another school of the vault from an arrival date; the dossier (and every other
        window) reads again once the move is saved (the dialog announces it)."""
        from pa_desktop.gui.schools.move_dialog import MovePupilDialog

        dialog = MovePupilDialog(self.session, self.session.pupil(self.pupil_id), self)
        dialog.show()
        return dialog

    def open_referral(self) -> ReferralDialog:
        from pa_desktop.gui.referral.referral_dialog import ReferralDialog

        dialog = ReferralDialog(self.session, self.pupil_id, self.selected_year(), self)
        dialog.show()
        return dialog

    def _guidance_changed(self) -> None:
        """Measures and steps change signals (unreachable parents, signalled, relapse), the
        trajectory's advice and the checklist's pre-filled answers."""
        self.reload_later()
        if self._trajectory is not None:
            self._trajectory.reload()
        self._announce("measures", "trajectory", "flags")

    @property
    def saving(self) -> bool:
        """Whether changes are still being written (the calendar already shows them)."""
        return self._pending > 0

    def write(self, change: AbsenceChange) -> None:
        """Save one change (a redo or an undo) off the GUI thread, in order with every other
        change. The calendar shows it at once; figures, chart and signals follow when it is
        saved, and the overview then redraws this pupil's row (ChangeHub)."""
        self.timeline_tab.show_change(change)
        self._pending += 1
        session, pupil_id, year = self.session, self.pupil_id, self.selected_year()

        def work(_progress: OpProgress) -> PupilYear:
            apply_change(session, change)
            return load_pupil_year(session, pupil_id, year)

        def saved(view: PupilYear) -> None:
            self._pending -= 1
            if self._pending == 0 and view.year == self.selected_year():
                self._show_view(view)  # a later change still on its way would be undone here
            self.changed.emit(self.pupil_id)

        def failed(error: Exception) -> None:
            self._pending -= 1
            show_failure(self, error)
            self.reload()  # show what the vault holds

        CollectionOp(self, session, work, OpChanges.of_pupil(pupil_id, "absences")).success(
            saved
        ).failure(failed).run_in_background()

    def _announce(self, *kinds: str) -> None:
        """Tell the other windows (the overview: this pupil's row only) what changed here."""
        self.changed.emit(self.pupil_id)
        ChangeHub.of(self.session).announce(OpChanges.of_pupil(self.pupil_id, *kinds), self)

    def set_code(self, code: str) -> None:
        """The code on the half days selected in the calendar, as typing its letter does."""
        self.timeline_tab.set_code(code)
