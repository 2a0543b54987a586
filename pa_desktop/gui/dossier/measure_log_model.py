"""The guidance-measure log's table model (the pupil's measures, newest first, in words) and
its undo command.

The command is pushed after the service has written the change, not before: the service must be
able to refuse a draft, and the dialog show why, before anything is on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from pa_desktop.domain.measures import Measure, next_follow_up
from pa_desktop.gui.common.texts import format_date, tr
from pa_desktop.gui.dossier.measure_words import (
    channel_name,
    describe,
    follow_up_short,
    format_time,
    one_line,
    outcome_name,
    purpose_name,
    towards_name,
)

DATE, TIME, TOWARDS, CHANNEL, PURPOSE, OUTCOME, AGREEMENTS, FOLLOW_UP, AUTHOR = range(9)

# plain ints: a table sized to its contents asks for a dozen roles per cell, thousands of calls
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


class MeasureModel(QAbstractTableModel):
    """The pupil's measures, newest first, in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measures: list[Measure] = []
        self._pending: tuple[int, str] | None = None  # (measure id, "overdue"/"today" words)
        # each row's words, made on its first paint: a view that sizes its rows to their
        # contents asks for every cell many times, and wording one (dates, tr) is not free
        self._words: list[tuple[str, ...] | None] = []
        self._titles: list[str] = []

    def set_measures(self, measures: list[Measure], today: date) -> None:
        self.beginResetModel()
        self._measures = sorted(
            measures, key=lambda m: (m.draft.day, m.draft.at or time(0), m.id), reverse=True
        )
        self._pending = None
        due = next_follow_up(measures)
        if due is not None:
            owner = next(m for m in self._measures if m.draft.follow_up == due)
            self._pending = (owner.id, follow_up_short(due, today))
        self._words = [None] * len(self._measures)
        self.endResetModel()

    def measure_at(self, row: int) -> Measure:
        return self._measures[row]

    def row_of(self, measure_id: int) -> int | None:
        return next((i for i, m in enumerate(self._measures) if m.id == measure_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._measures)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not self._titles:  # asked for a thousand times while the table sizes itself
            self._titles = self._headers()
        return self._titles[section]

    @staticmethod
    def _headers() -> list[str]:
        return [
            tr("Date"),
            tr("Time"),
            tr("Towards"),
            tr("Channel"),
            tr("Purpose"),
            tr("Outcome"),
            tr("Agreements"),
            tr("Follow-up"),
            tr("Author"),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if (role != _DISPLAY and role != _TOOLTIP) or not index.isValid():
            return None
        measure = self._measures[index.row()]
        if role == _DISPLAY:
            words = self._words[index.row()]
            if words is None:
                words = self._words[index.row()] = tuple(
                    self._text(measure, column) for column in range(9)
                )
            return words[index.column()]
        if role == _TOOLTIP:
            return (
                describe(measure.draft)
                + "\n"
                + tr("Logged by {author}.").format(author=measure.author)
            )
        return None

    def _text(self, measure: Measure, column: int) -> str:
        draft = measure.draft
        if column == FOLLOW_UP:
            text = format_date(draft.follow_up)
            if self._pending is not None and self._pending[0] == measure.id and self._pending[1]:
                text += " · " + self._pending[1]
            return text
        cells = {
            DATE: format_date(draft.day),
            TIME: format_time(draft.at),
            TOWARDS: towards_name(draft.towards),
            CHANNEL: channel_name(draft.channel),
            PURPOSE: purpose_name(draft.purpose),
            OUTCOME: outcome_name(draft.outcome),
            AGREEMENTS: one_line(draft.agreements),
            AUTHOR: measure.author,
        }
        return cells[column]


class MeasureCommand(QUndoCommand):
    """A change already written when pushed; later redos and undos call the service again,
    through `run` (the log's handler: it reports a failure and shows the vault as it is)."""

    def __init__(
        self,
        text: str,
        apply: Callable[[], object],
        revert: Callable[[], object],
        run: Callable[[Callable[[], object]], None],
    ) -> None:
        super().__init__(text)
        self._run = run
        self._apply = apply
        self._revert = revert
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._apply)

    def undo(self) -> None:
        self._run(self._revert)
