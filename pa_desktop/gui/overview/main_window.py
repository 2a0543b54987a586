"""The main window: the pupil overview, the ones that need action first.

Assembled from its parts: this module holds the overview table (its model, refreshes, status
and selection) and the interface language; `window_schools` the school year and school choice,
`window_dialogs` the windows and dialogs it opens."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSettings, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QWidget

from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.i18n import chosen_language, install_language
from pa_desktop.gui.common.operations import ChangeHub, OpChanges, QueryOp, wait_for_changes
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.forms.ui_main_window import Ui_MainWindow
from pa_desktop.gui.overview.model import (
    B_COUNT,
    CLASS,
    FIFTH_B,
    FOLLOW_UP,
    LAST_WEEKS,
    NAME,
    PATTERN,
    PUPIL_ID_ROLE,
    RATE,
    SCHOOL,
    SIGNALS,
    STATE,
    TOTAL,
    OverviewFilter,
    OverviewModel,
    PreparedRows,
    SignalBadgeDelegate,
)
from pa_desktop.gui.overview.window_dialogs import OpenedWindowsMixin
from pa_desktop.gui.overview.window_dialogs import signal_help as _signal_help
from pa_desktop.gui.overview.window_schools import SchoolsAndYearsMixin
from pa_desktop.services.session import VaultSession

if TYPE_CHECKING:
    from pa_desktop.gui.dossier.window import DossierWindow

__all__ = ["MainWindow", "_signal_help"]

# sized to their contents when rows arrive; the pattern and trajectory columns keep a fixed
# width (their long words are elided), the signals stretch
_FITTED_COLUMNS = (NAME, CLASS, B_COUNT, TOTAL, LAST_WEEKS, RATE, FIFTH_B, FOLLOW_UP, SCHOOL)


class MainWindow(SchoolsAndYearsMixin, OpenedWindowsMixin):
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
        self._column_modes()
        # long words (pattern, trajectory state) are elided so the signals keep their room;
        # hovering such a cell shows its full text
        metrics = header.fontMetrics()
        for column, sample in ((PATTERN, "geconcentreerd"), (STATE, "Gesignaleerd aan CLB")):
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
        self._column_modes()  # a width remembered from an older version may bring its mode
        QTimer.singleShot(0, self, self.refresh)  # dropped if the window is gone first

    # data ------------------------------------------------------------------------------------
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

        order = self.model.order

        def done(rows: PreparedRows) -> None:
            if generation == self._loading_generation:
                self._show_rows(rows)

        QueryOp(
            self,
            lambda _progress: OverviewModel.prepare(session.overview(year, school=school), order),
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
                self._fit_columns(rows, widen_only=True)
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
        self._fit_columns(rows)
        self._update_status()
        if selected is not None:
            self.select_pupil(selected)
        self._selection_changed()

    def _column_modes(self) -> None:
        """The signals take the room left; every other column is sized by `_fit_columns` (or
        by the user), never by Qt's ResizeToContents: that asks the model for a dozen roles of
        64 rows in every column after every change, 13 ms of GUI thread per edited row."""
        header = self.ui.pupilTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SIGNALS, QHeaderView.ResizeMode.Stretch)

    def _fit_columns(self, rows: PreparedRows, widen_only: bool = False) -> None:
        """Each column as wide as its widest text or title, measured on the few longest texts
        of the column; after an edit (`widen_only`) a column only grows."""
        header = self.ui.pupilTable.horizontalHeader()
        metrics = self.ui.pupilTable.fontMetrics()
        title_metrics = header.fontMetrics()
        titles = self.model.headers()
        for column in _FITTED_COLUMNS:
            longest = rows.longest.get(column, ())  # picked in the worker (`prepare`)
            text = max((metrics.horizontalAdvance(t) for t in longest), default=0) + 12
            title = title_metrics.horizontalAdvance(titles[column]) + 24  # and the sort arrow
            wanted = max(text, title)
            if not widen_only or header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)

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
        total = self.model.rowCount()
        with_signals, due = self.model.counts()
        shown = self.proxy.rowCount()
        self.statusBar().showMessage(
            tr(
                "{year}: {shown} of %n pupil(s) shown · {signals} with warning signals · "
                "{due} to signal to the CLB",
                "",
                total,
            ).format(
                year=self.selected_year().label,
                shown=shown,
                signals=with_signals,
                due=due,
            )
        )
        self._update_empty_state(total, shown)

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
