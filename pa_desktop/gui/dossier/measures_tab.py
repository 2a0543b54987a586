"""The dossier's guidance-measure log (begeleidende maatregelen): the dossier of measures the
guideline asks a school to keep from the first B code on.

Every add, edit and delete is saved at once and pushed on the dossier's undo stack, so Ctrl+Z and
Ctrl+Y work over measures and absences alike. Each command is already done when it is pushed: the
service must be able to refuse a draft (and the dialog show why) before anything is on the stack.
The two hand-set warning signals and the contact check sit below the log (measure_flags.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from functools import partial

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.measures import (
    Channel,
    Measure,
    MeasureDraft,
    Outcome,
    Purpose,
    Towards,
)
from pa_desktop.gui.common.texts import format_date, tr
from pa_desktop.gui.dossier.measure_dialog import MeasureDialog, MeasureHistoryDialog
from pa_desktop.gui.dossier.measure_flags import HandSetFlags
from pa_desktop.gui.dossier.measure_log_model import (
    AGREEMENTS,
    ONE_LINE,
    PURPOSE,
    MeasureCommand,
    MeasureModel,
    text_cell_size,
)
from pa_desktop.gui.dossier.measure_words import describe, purpose_name
from pa_desktop.gui.dossier.undo import follow, undo_actions
from pa_desktop.services import guidance
from pa_desktop.services.errors import ServiceError
from pa_desktop.services.session import VaultSession


class MeasuresTab(QWidget):
    changed = Signal()  # after every saved change (including undo and redo)

    def __init__(
        self,
        session: VaultSession,
        pupil_id: int,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.pupil_id = pupil_id
        self.undo_stack = undo_stack
        self.model = MeasureModel(self)
        self._build()
        self.reload()

    # layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        actions = QHBoxLayout()
        self.add_button = QPushButton(tr("A&dd…"))
        self.add_button.setToolTip(tr("Log a guidance measure"))
        self.edit_button = QPushButton(tr("&Edit…"))
        self.delete_button = QPushButton(tr("Dele&te"))
        self.delete_button.setToolTip(tr("Delete the selected measure (Ctrl+Z brings it back)"))
        self.history_button = QPushButton(tr("H&istory…"))
        self.history_button.setToolTip(tr("Who changed the selected measure, when, and how"))
        for button in (self.add_button, self.edit_button, self.delete_button, self.history_button):
            actions.addWidget(button)
        actions.addSpacing(24)
        actions.addWidget(QLabel(tr("Quick entry:")))
        self.not_reached_button = QPushButton(tr("Parents called: &not reached"))
        self.reached_button = QPushButton(tr("Parent&s called: reached"))
        quick_tip = tr("Logs at once: today, towards the parents, by phone, asked about the reason")
        for button in (self.not_reached_button, self.reached_button):
            button.setToolTip(quick_tip)
            actions.addWidget(button)
        actions.addStretch(1)
        undo_button = QPushButton(tr("Undo"))
        redo_button = QPushButton(tr("Redo"))
        undo, redo = undo_actions(self.undo_stack, self)
        follow(undo_button, undo)
        follow(redo_button, redo)
        actions.addWidget(undo_button)
        actions.addWidget(redo_button)
        layout.addLayout(actions)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Guidance measures, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Agreements are what one reads the log for: wrapped in full, never cut off.
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Rows are fitted to their wrapped text here, not by the header (ResizeToContents lays
        # out every row again on each inserted or changed one: a save in a log of 200 measures
        # took 135 ms of the GUI thread): a save fits only its own row (see _fit_rows).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PURPOSE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AGREEMENTS, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        # Purposes fit on one line, except the long CLB one, which wraps onto a second.
        header.resizeSection(
            PURPOSE,
            max(
                metrics.horizontalAdvance(purpose_name(p))
                for p in Purpose
                if p != Purpose.CLB_CONSULTATION
            )
            + 16,
        )
        self.table.verticalHeader().setMinimumSectionSize(metrics.height() + 12)
        self.model.size_cells_with(text_cell_size(self.table))
        self._refit_all = QTimer(self)
        self._refit_all.setSingleShot(True)
        self._refit_all.timeout.connect(self.table.resizeRowsToContents)
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.model.rowsInserted.connect(self._fit_rows)
        self.model.dataChanged.connect(self._fit_changed)
        # a column that changes width rewraps every row: fit them all, once the widths settle
        header.sectionResized.connect(lambda *_: self._refit_all.start(0))
        layout.addWidget(self.table, 1)
        self.flags = HandSetFlags(self.session, self.pupil_id)
        self.flags.changed.connect(self._after_change)
        self.flags.refused.connect(self._refused)
        layout.addWidget(self.flags)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.history_button.clicked.connect(self.show_history)
        self.not_reached_button.clicked.connect(partial(self.quick_call, Outcome.NOT_REACHED))
        self.reached_button.clicked.connect(partial(self.quick_call, Outcome.REACHED))
        # activated: Enter, and double-click (single click on styles that activate so);
        # doubleClicked as well would open two dialogs.
        self.table.activated.connect(self.edit)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete)

    def _fit_rows(self, _parent: object, first: int, last: int) -> None:
        """Fit the rows just inserted (or changed): a one-line column too narrow for one of
        their cells ("not reached" in a log of "reached") widens, as a reset would have made it
        (and then every row is fitted again, see sectionResized); their heights fit their
        wrapped text."""
        header = self.table.horizontalHeader()
        grid = 1 if self.table.showGrid() else 0
        for column in sorted(ONE_LINE):
            for row in range(first, last + 1):
                hint = self.model.index(row, column).data(Qt.ItemDataRole.SizeHintRole)
                if isinstance(hint, QSize) and hint.width() + grid > header.sectionSize(column):
                    self.table.resizeColumnToContents(column)
                    break
        for row in range(first, last + 1):
            self.table.resizeRowToContents(row)

    def _fit_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object) -> None:
        self._fit_rows(None, top_left.row(), bottom_right.row())

    # data ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the measures and flags again (after a change here or elsewhere)."""
        selected = self.selected_measure()
        self.model.set_measures(
            guidance.measures(self.session, self.pupil_id), self.session.today()
        )
        if selected is not None:
            self.select_measure(selected.id)
        self.flags.reload()
        self._selection_changed()

    def selected_measure(self) -> Measure | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.measure_at(rows[0].row()) if rows else None

    def select_measure(self, measure_id: int) -> None:
        row = self.model.row_of(measure_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, *_args: object) -> None:
        has = self.selected_measure() is not None
        for button in (self.edit_button, self.delete_button, self.history_button):
            button.setEnabled(has)

    def run(self, action: Callable[[], object]) -> None:
        """Redo or undo one change; the vault may have changed elsewhere, so say it if it fails."""
        try:
            action()
        except ServiceError as error:
            QMessageBox.warning(
                self,
                tr("Guidance measures"),
                tr("This change could not be made ({kind}).").format(kind=type(error).__name__),
            )
        self._after_change()

    def _after_change(self, select: int | None = None, status: str | None = None) -> None:
        self.reload()
        if select is not None:
            self.select_measure(select)
        self.status_label.setText(status or "")
        self.changed.emit()

    # measures --------------------------------------------------------------------------------
    def save_new(self, draft: MeasureDraft, what: str | None = None) -> Measure:
        """Write a new measure (or raise InvalidInputError) and push its undo command,
        named `what` (what Undo will say it takes back)."""
        measure = guidance.add_measure(self.session, self.pupil_id, draft)
        session, pupil_id = self.session, self.pupil_id
        self.undo_stack.push(
            MeasureCommand(
                what or tr("log measure of {date}").format(date=format_date(draft.day)),
                lambda: guidance.add_measure(session, pupil_id, draft, measure_id=measure.id),
                lambda: guidance.delete_measure(session, measure.id),
                self.run,
            )
        )
        self._after_change(measure.id, tr("Logged: {what}.").format(what=describe(draft)))
        return measure

    def save_edit(self, measure: Measure, draft: MeasureDraft) -> None:
        """Write an edit (or raise InvalidInputError); the old version goes to the history."""
        if draft == measure.draft:
            return
        guidance.update_measure(self.session, measure.id, draft)
        session, before = self.session, measure.draft
        self.undo_stack.push(
            MeasureCommand(
                tr("edit measure of {date}").format(date=format_date(draft.day)),
                lambda: guidance.update_measure(session, measure.id, draft),
                lambda: guidance.update_measure(session, measure.id, before),
                self.run,
            )
        )
        self._after_change(measure.id, tr("Saved: {what}.").format(what=describe(draft)))

    def add(self) -> MeasureDialog:
        dialog = MeasureDialog(self.session, self.pupil_id, self.save_new, parent=self)
        dialog.open()
        return dialog

    def edit(self) -> MeasureDialog | None:
        measure = self.selected_measure()
        if measure is None:
            return None
        dialog = MeasureDialog(
            self.session,
            self.pupil_id,
            lambda draft: self.save_edit(measure, draft),
            measure,
            parent=self,
        )
        dialog.open()
        return dialog

    def delete(self) -> None:
        """No question asked: the delete is undoable and the history keeps the measure."""
        measure = self.selected_measure()
        if measure is None:
            return
        try:
            guidance.delete_measure(self.session, measure.id)
        except ServiceError:
            self.run(lambda: None)  # gone already (changed elsewhere): show the vault as it is
            return
        session, pupil_id = self.session, self.pupil_id
        self.undo_stack.push(
            MeasureCommand(
                tr("delete measure of {date}").format(date=format_date(measure.day)),
                lambda: guidance.delete_measure(session, measure.id),
                lambda: guidance.add_measure(
                    session, pupil_id, measure.draft, measure_id=measure.id
                ),
                self.run,
            )
        )
        self._after_change(
            status=tr("Deleted the measure of {date} (Ctrl+Z brings it back).").format(
                date=format_date(measure.day)
            )
        )

    def quick_call(self, outcome: Outcome) -> Measure:
        """The common case in one click: the parents were called today about the reason."""
        today = self.session.today()
        now = datetime.now()
        draft = MeasureDraft(
            day=today,
            towards=Towards.PARENTS,
            channel=Channel.PHONE,
            purpose=Purpose.ASK_REASON,
            outcome=outcome,
            at=time(now.hour, now.minute) if now.date() == today else None,
        )
        return self.save_new(
            draft, tr("call to the parents {date}").format(date=format_date(today))
        )

    def show_history(self) -> MeasureHistoryDialog | None:
        measure = self.selected_measure()
        if measure is None:
            return None
        dialog = MeasureHistoryDialog(self.session, measure.id, measure, parent=self)
        dialog.open()
        return dialog

    def _refused(self, problem: str) -> None:
        """A hand-set flag or contact check was not saved: say why under the log."""
        self.status_label.setText(problem)
