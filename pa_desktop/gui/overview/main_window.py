"""The main window: the pupil overview, the ones that need action first."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from pa_desktop import __version__
from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.signals import SIGNAL_IDS
from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.i18n import chosen_language, install_language
from pa_desktop.gui.common.operations import ChangeHub, OpChanges, QueryOp, wait_for_changes
from pa_desktop.gui.common.texts import signal_label, tr
from pa_desktop.gui.forms.ui_main_window import Ui_MainWindow
from pa_desktop.gui.overview.model import (
    NAME,
    PATTERN,
    PUPIL_ID_ROLE,
    SCHOOL,
    SIGNALS,
    STATE,
    OverviewFilter,
    OverviewModel,
    PreparedRows,
    SignalBadgeDelegate,
)
from pa_desktop.gui.overview.pupil_dialog import PupilDialog
from pa_desktop.gui.schools.chooser import SchoolChooser
from pa_desktop.services.session import VaultSession

if TYPE_CHECKING:  # the dialogs load when first opened: start-up stays light
    from pa_desktop.gui.common.user_guide import UserGuideDialog
    from pa_desktop.gui.dossier.window import DossierWindow
    from pa_desktop.gui.importing.dialog import ImportDialog
    from pa_desktop.gui.insight.window import InsightWindow
    from pa_desktop.gui.overview.follow_ups_dialog import FollowUpsDialog
    from pa_desktop.gui.referral.signal_list_dialog import SignalListDialog
    from pa_desktop.gui.schools.move_dialog import MovePupilDialog
    from pa_desktop.gui.schools.settings_dialog import SchoolSettingsDialog
    from pa_desktop.gui.transfer.dialogs import TransferImportDialog

_YEARS_BACK = 4


class MainWindow(QMainWindow):
    replaced = Signal(object)  # the new MainWindow, after a change of interface language

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.session = session
        self._loading_generation = 0
        self._select_after_load: int | None = None
        self._dossiers: dict[int, DossierWindow] = {}
        self._keep_session_open = False
        self.model = OverviewModel(self)
        self.proxy = OverviewFilter(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.pupilTable
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(SIGNALS, SignalBadgeDelegate(table))
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setObjectName("columns")  # its widths are remembered per user
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(64)  # size columns on a sample, not on 2,000 rows
        header.setSectionResizeMode(SIGNALS, QHeaderView.ResizeMode.Stretch)
        # long words (pattern, trajectory state) are elided so the signals keep their room;
        # hovering such a cell shows its full text
        metrics = header.fontMetrics()
        for column, sample in ((PATTERN, "geconcentreerd"), (STATE, "Gesignaleerd aan CLB")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSortIndicatorShown(True)
        table.sortByColumn(SIGNALS, Qt.SortOrder.DescendingOrder)

        self._show_title()
        self._fill_years()
        self._add_school_chooser()

        self.ui.yearCombo.currentIndexChanged.connect(self.refresh)
        self.ui.searchEdit.textChanged.connect(self._search_changed)
        self.ui.signalsOnlyCheck.toggled.connect(self._signals_only_changed)
        self.ui.addPupilButton.clicked.connect(self.add_pupil)
        self.ui.editPupilButton.clicked.connect(self.edit_pupil)
        self.ui.actionAddPupil.triggered.connect(self.add_pupil)
        self.ui.actionEditPupil.triggered.connect(self.edit_pupil)
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionSignalsHelp.triggered.connect(self._signals_help)
        self.ui.actionUserGuide.triggered.connect(partial(self.show_user_guide, "overview"))
        table.doubleClicked.connect(partial(self.open_dossier, None))
        table.activated.connect(partial(self.open_dossier, None))
        self.ui.actionOpenDossier.triggered.connect(partial(self.open_dossier, None))
        self.ui.openDossierButton.clicked.connect(partial(self.open_dossier, None))
        self.ui.actionFollowUps.triggered.connect(self.show_follow_ups)
        self.ui.actionSignalList.triggered.connect(self.show_signal_list)
        self.ui.actionInsight.triggered.connect(self.show_insight)
        self.ui.actionImport.triggered.connect(partial(self.import_absences, None))
        self.ui.actionReceiveDossier.triggered.connect(partial(self.receive_dossier, None))
        self.setAcceptDrops(True)
        self._language_menu()
        self.empty_label = QLabel(self.ui.pupilTable)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setStyleSheet("font-size: 13pt; color: palette(text);")
        self.empty_label.setAccessibleName(tr("What to do next"))
        self.empty_label.hide()
        ChangeHub.of(session).changed.connect(self._vault_changed)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.ui.searchEdit.setFocus)
        self.ui.addPupilButton.setToolTip(tr("Add a pupil (Ctrl+N)"))
        self.ui.editPupilButton.setToolTip(tr("Edit the selected pupil (Ctrl+E)"))
        fit_window(self, "main", QSize(1200, 720))
        QTimer.singleShot(0, self, self.refresh)  # dropped if the window is gone first

    # data ------------------------------------------------------------------------------------
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
        self.ui.pupilTable.horizontalHeader().setSectionResizeMode(
            SCHOOL, QHeaderView.ResizeMode.ResizeToContents
        )
        settings = QAction(tr("School &settings…"), self)
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

    def refresh(self) -> None:
        """Recompute the overview off the GUI thread; a newer request wins over an older one."""
        self._loading_generation += 1
        generation = self._loading_generation
        year = self.selected_year()
        school = self.selected_school()
        session = self.session
        self.statusBar().showMessage(tr("Computing the overview…"))
        across = school is None and self.school_chooser.several
        self.ui.pupilTable.setColumnHidden(SCHOOL, not across)

        def done(rows: PreparedRows) -> None:
            if generation == self._loading_generation:
                self._show_rows(rows)

        QueryOp(
            self,
            lambda _progress: OverviewModel.prepare(session.overview(year, school=school)),
            done,
        ).failure(self._failed).run_in_background()

    def _vault_changed(self, changes: OpChanges, _source: object) -> None:
        """A change made anywhere: every row when it concerns every pupil, else only the rows of
        the pupils it touched (recomputed off the GUI thread, redrawn where they stand)."""
        if changes.every_pupil:
            self.refresh()
        elif changes.pupils:
            self.refresh_rows(sorted(changes.pupils))

    def refresh_rows(self, pupil_ids: list[int]) -> None:
        generation = self._loading_generation  # a full refresh asked meanwhile wins
        year, school = self.selected_year(), self.selected_school()
        session = self.session

        def done(rows: PreparedRows) -> None:
            if generation == self._loading_generation:
                self.model.update_rows(rows)
                self._update_status()

        QueryOp(
            self,
            lambda _progress: OverviewModel.prepare(
                session.overview(year, only=pupil_ids, school=school)
            ),
            done,
        ).failure(self._failed).run_in_background()

    def _show_rows(self, rows: PreparedRows) -> None:
        selected = self._select_after_load or self.selected_pupil_id()
        self._select_after_load = None
        self.model.set_rows(rows)
        self._update_status()
        if selected is not None:
            self.select_pupil(selected)
        self._selection_changed()

    def _failed(self, error: Exception) -> None:
        if not self.isVisible():
            return  # the window closed (and its vault with it) while the overview was computed
        self.statusBar().clearMessage()
        QMessageBox.warning(
            self,
            tr("Overview"),
            tr("The overview could not be computed ({kind}).").format(kind=type(error).__name__),
        )

    def _update_status(self) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        with_signals = sum(1 for row in rows if row.signals)
        due = sum(1 for row in rows if "clb_signal_due" in row.signal_ids)
        shown = self.proxy.rowCount()
        self.statusBar().showMessage(
            tr(
                "{year}: {shown} of {total} pupils shown · {signals} with warning signals · "
                "{due} to signal to the CLB"
            ).format(
                year=self.selected_year().label,
                shown=shown,
                total=len(rows),
                signals=with_signals,
                due=due,
            )
        )
        self._update_empty_state(len(rows), shown)

    def _update_empty_state(self, total: int, shown: int) -> None:
        """An empty table says what to do, instead of leaving a newcomer in front of nothing."""
        if total == 0:
            text = tr(
                "No pupils in this vault yet.\n\nAdd a pupil (Ctrl+N), or import the absences "
                "exported from Informat or Smartschool (Ctrl+I, or drop the file here): the "
                "pupils come with them."
            )
        elif shown == 0:
            text = tr(
                "No pupil matches the search or the filter. Clear the search field to see everyone."
            )
        else:
            text = ""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self._place_empty_label()

    def _place_empty_label(self) -> None:
        if self.empty_label.isVisible():
            area = self.ui.pupilTable.viewport().geometry()
            self.empty_label.setGeometry(area.adjusted(40, 60, -40, -40))
            self.empty_label.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_empty_label()

    # filters ---------------------------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_status()

    def _signals_only_changed(self, on: bool) -> None:
        self.proxy.set_signals_only(on)
        self._update_status()

    # selection and editing --------------------------------------------------------------------
    def selected_pupil_id(self) -> int | None:
        indexes = self.ui.pupilTable.selectionModel().selectedRows(NAME)
        return int(indexes[0].data(PUPIL_ID_ROLE)) if indexes else None

    def select_pupil(self, pupil_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, NAME)
            if index.data(PUPIL_ID_ROLE) == pupil_id:
                self.ui.pupilTable.selectRow(row)
                self.ui.pupilTable.scrollTo(index)
                return

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        has = self.selected_pupil_id() is not None
        for widget in (
            self.ui.editPupilButton,
            self.ui.actionEditPupil,
            self.ui.openDossierButton,
            self.ui.actionOpenDossier,
        ):
            widget.setEnabled(has)

    def open_dossier(self, pupil_id: int | None = None) -> DossierWindow | None:
        """One dossier window per pupil; a second request raises the open one."""
        from pa_desktop.gui.dossier.window import DossierWindow

        pupil_id = pupil_id if pupil_id is not None else self.selected_pupil_id()
        if pupil_id is None:
            return None
        window = self._dossiers.get(pupil_id)
        if window is None:
            window = DossierWindow(self.session, pupil_id, self.selected_year())
            window.destroyed.connect(partial(self._dossier_closed, pupil_id))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._dossiers[pupil_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_fresh_data(self) -> None:
        """After a restore or a purge: close the windows this one opened (dossiers, insight: they
        show data from before) and reload the overview. Dialogs stay: the restore or purge
        dialog that asked is one of them."""
        for window in list(self._dossiers.values()):
            window.close()
        for child in self.findChildren(QWidget):
            if child.isWindow() and child.isVisible() and not isinstance(child, QDialog | QMenu):
                child.close()
        self.refresh()

    def _dossier_closed(self, pupil_id: int) -> None:
        self._dossiers.pop(pupil_id, None)

    def show_follow_ups(self) -> FollowUpsDialog:
        """The to-do list of follow-up dates across all pupils; a pupil opens in its dossier."""
        from pa_desktop.gui.overview.follow_ups_dialog import FollowUpsDialog

        dialog = FollowUpsDialog(self.session, self)
        dialog.open_pupil.connect(self.open_dossier)
        dialog.show()
        return dialog

    # interface language ----------------------------------------------------------------------
    def _language_menu(self) -> None:
        """Named in all three languages, so anyone finds it whatever language is showing."""
        menu = self.menuBar().addMenu("&Taal / Langue / Language")
        group = QActionGroup(self)
        current = chosen_language()
        for code, name in (("nl", "Nederlands"), ("fr", "Français"), ("en", "English")):
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(partial(self.switch_language, code))
            group.addAction(action)

    def switch_language(self, language: str) -> MainWindow:
        """Show the interface in another language at once: a fresh window on the same open
        vault replaces this one (open dossiers close; nothing unsaved is lost, every change is
        saved when it is made)."""
        QSettings().setValue("interface/language", language)
        install_language(language)
        replacement = MainWindow(self.session)
        replacement.setGeometry(self.geometry())
        replacement.ui.yearCombo.setCurrentIndex(self.ui.yearCombo.currentIndex())
        replacement.ui.searchEdit.setText(self.ui.searchEdit.text())
        replacement.show()
        self._keep_session_open = True
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # not one window per switch
        self.close()
        self.replaced.emit(replacement)
        return replacement

    def import_absences(self, path: Path | None = None) -> ImportDialog:
        """Absences from the school's administration software (CSV, XLSX, Informat, Smartschool)."""
        from pa_desktop.gui.importing.dialog import ImportDialog

        dialog = ImportDialog(self.session, path, self, self.selected_school())
        dialog.imported.connect(self.refresh)
        dialog.show()
        return dialog

    def _dossier_received(self, pupil_id: int) -> None:
        self.refresh()
        self.open_dossier(pupil_id)

    def receive_dossier(self, path: Path | None = None) -> TransferImportDialog:
        """A dossier handed over by another school or CLB worker (a .padossier file)."""
        from pa_desktop.gui.transfer.dialogs import TransferImportDialog

        dialog = TransferImportDialog(self.session, path, self)
        dialog.imported.connect(self._dossier_received)
        dialog.show()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A file dropped on the window starts its import (the preview comes first)."""
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            if files[0].suffix.lower() == ".padossier":
                self.receive_dossier(files[0])
            else:
                self.import_absences(files[0])

    def show_insight(self) -> InsightWindow:
        """The school's own absence data, analysed (the guideline's "data-analyse")."""
        from pa_desktop.gui.insight.window import InsightWindow

        window = InsightWindow(self.session, self.selected_year(), self, self.selected_school())
        window.open_pupil.connect(self.open_dossier)
        window.show()
        return window

    def show_signal_list(self) -> SignalListDialog:
        """The pupils to signal to the CLB (5+ B half days), as PDF or CSV."""
        from pa_desktop.gui.referral.signal_list_dialog import SignalListDialog

        dialog = SignalListDialog(self.session, self.selected_year(), self, self.selected_school())
        dialog.show()
        return dialog

    def add_pupil(self) -> None:
        dialog = PupilDialog(self.session, parent=self, school_id=self.selected_school())
        if dialog.exec() and dialog.saved is not None:
            self._after_save(dialog.saved.id)

    def edit_pupil(self, _index: QModelIndex | None = None) -> None:
        pupil_id = self.selected_pupil_id()
        if pupil_id is None:
            return
        dialog = PupilDialog(self.session, self.session.pupil(pupil_id), parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._after_save(pupil_id)

    def _after_save(self, pupil_id: int) -> None:
        self._select_after_load = pupil_id
        self.refresh()

    # help ------------------------------------------------------------------------------------
    def _signals_help(self) -> None:
        lines = [f"<b>{signal_label(sid)}</b>: {_signal_help(sid)}" for sid in SIGNAL_IDS]
        QMessageBox.information(self, tr("Warning signals"), "<br><br>".join(lines))

    def show_user_guide(self, section: str | None = None) -> UserGuideDialog:
        from pa_desktop.gui.common.user_guide import UserGuideDialog

        dialog = UserGuideDialog(section, self)
        dialog.show()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr("About PA Desktop"),
            tr(
                "PA Desktop {version}<br>Follow-up of problematic absences according to the "
                "Brussels guideline (May 2021, updated January 2025).<br>Your data stay on this "
                "computer, encrypted."
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self._dossiers.values()):
            window.close()
        if not self._keep_session_open:
            # a change still being written, or a query still running in a worker, must finish
            # before its connection is closed
            wait_for_changes()
            QThreadPool.globalInstance().waitForDone(30_000)
            self.session.close()
        super().closeEvent(event)


def _signal_help(signal_id: str) -> str:
    explanations = {
        "clb_signal_due": tr(
            "5 or more B half days and not yet signalled to the CLB (a legal duty)."
        ),
        "early_year_b": tr(
            "A B half day in September or October (luxeverzuim left out): early "
            "B codes predict escalation."
        ),
        "fast_accumulation": tr("10 or more absent half days, every code, in the last 6 weeks."),
        "same_moment": tr("Absences often fall on the same weekday and half day."),
        "unknown_code": tr(
            "An absence with code '-' older than 3 lesson days: the reason must be clarified."
        ),
        "sick_note_limit": tr(
            "More than 4 sickness periods on a parent's note, or one longer than 3 days."
        ),
        "parents_unreachable": tr(
            "The last contact attempts did not reach the parents (check their contact details)."
        ),
        "known_problem": tr("A known problem, or 5 or more B half days in an earlier school year."),
        "allowance_at_risk": tr(
            "30 or more B half days last year and 20 or more this year: the school allowance is at risk."
        ),
        "allowance_lost": tr(
            "30 or more B half days in this and last school year: the school allowance is lost."
        ),
        "relapse_after_closure": tr("Absences again after the follow-up was closed."),
        "no_contact_after_b": tr(
            "The last B half day is more than 3 lesson days old and no contact with the pupil "
            "or the parents was logged since."
        ),
    }
    return explanations.get(signal_id, signal_id)
