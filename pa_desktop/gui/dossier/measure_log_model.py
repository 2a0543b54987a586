"""The guidance-measure log's table model (the pupil's measures, newest first, in words) and
its undo command.

The command is pushed after the service has written the change, not before: the service must be
able to refuse a draft, and the dialog show why, before anything is on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFontMetrics, QUndoCommand
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QWidget

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
_SIZE_HINT = int(Qt.ItemDataRole.SizeHintRole)
# one-line columns: their size is their text's; purposes and agreements may wrap (Qt sizes them)
ONE_LINE = frozenset(range(9)) - {PURPOSE, AGREEMENTS}
_ONE_LINE = ONE_LINE


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
        self._cell_size: Callable[[str], QSize] | None = None
        self._sizes: list[tuple[QSize | None, ...] | None] = []

    def size_cells_with(self, cell_size: Callable[[str], QSize]) -> None:
        """Answer the size of one-line cells from their text, as `cell_size` says (the view's
        own measure of a text cell): a table sized to its contents then asks one role per cell
        instead of a dozen, for every row after every change (a log of 200 measures: 13,000
        calls, 50 ms, on each save)."""
        self._cell_size = cell_size
        self._sizes = [None] * len(self._measures)

    def set_measures(self, measures: list[Measure], today: date) -> None:
        """Show `measures` (the log read again after a change): only the rows that changed are
        told to the view, so a save does not lay out every wrapped row of a long log again (a
        reset did: 135 ms of the GUI thread for 195 measures). An empty log is simply reset."""
        ordered = sorted(measures, key=_newest_first, reverse=True)
        pending = _pending_words(measures, ordered, today)
        if not self._measures or not ordered:
            self.beginResetModel()
            self._measures, self._pending = ordered, pending
            self._words = [None] * len(ordered)
            self._sizes = [None] * len(ordered)
            self.endResetModel()
            return
        wanted = {m.id: m for m in ordered}
        # a removed measure, or one whose date or time moved it, leaves its row; what remains is
        # then in the new order already, and the merge below only inserts and refreshes
        for row in range(len(self._measures) - 1, -1, -1):
            old = self._measures[row]
            new = wanted.get(old.id)
            if new is None or _newest_first(new) != _newest_first(old):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._measures[row], self._words[row], self._sizes[row]
                self.endRemoveRows()
        old_pending, self._pending = self._pending, pending
        for row, measure in enumerate(ordered):
            if row < len(self._measures) and self._measures[row].id == measure.id:
                old = self._measures[row]
                if old != measure or _tag(old_pending, old.id) != _tag(pending, measure.id):
                    self._measures[row] = measure
                    self._words[row] = self._sizes[row] = None
                    self.dataChanged.emit(self.index(row, 0), self.index(row, 8))
                continue
            self.beginInsertRows(QModelIndex(), row, row)
            self._measures.insert(row, measure)
            self._words.insert(row, None)
            self._sizes.insert(row, None)
            self.endInsertRows()

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
        if role == _SIZE_HINT:
            return self._size(index) if index.isValid() else None
        if (role != _DISPLAY and role != _TOOLTIP) or not index.isValid():
            return None
        measure = self._measures[index.row()]
        if role == _DISPLAY:
            return self._row_words(index.row())[index.column()]
        if role == _TOOLTIP:
            return (
                describe(measure.draft)
                + "\n"
                + tr("Logged by {author}.").format(author=measure.author)
            )
        return None

    def _row_words(self, row: int) -> tuple[str, ...]:
        words = self._words[row]
        if words is None:
            measure = self._measures[row]
            words = self._words[row] = self._row_texts(measure)
        return words

    def _size(self, index: QModelIndex | QPersistentModelIndex) -> QSize | None:
        """None where Qt measures itself: wrapping columns, or no measure given."""
        if self._cell_size is None or index.column() not in _ONE_LINE:
            return None
        row = index.row()
        sizes = self._sizes[row]
        if sizes is None:
            measure = self._cell_size
            sizes = self._sizes[row] = tuple(
                measure(text) if column in _ONE_LINE else None
                for column, text in enumerate(self._row_words(row))
            )
        return sizes[index.column()]

    def _row_texts(self, measure: Measure) -> tuple[str, ...]:
        """The row's nine cells in words, each worded once (in column order)."""
        draft = measure.draft
        follow_up = format_date(draft.follow_up)
        if self._pending is not None and self._pending[0] == measure.id and self._pending[1]:
            follow_up += " · " + self._pending[1]
        return (
            format_date(draft.day),
            format_time(draft.at),
            towards_name(draft.towards),
            channel_name(draft.channel),
            purpose_name(draft.purpose),
            outcome_name(draft.outcome),
            one_line(draft.agreements),
            follow_up,
            measure.author,
        )


def _newest_first(measure: Measure) -> tuple[date, time, int]:
    """The log's sort key (used reversed): day, then time of day, then the order logged."""
    return (measure.draft.day, measure.draft.at or time(0), measure.id)


def _pending_words(
    measures: list[Measure], ordered: list[Measure], today: date
) -> tuple[int, str] | None:
    """The measure whose follow-up is the next one due, and how due it is in words."""
    due = next_follow_up(measures)
    if due is None:
        return None
    owner = next(m for m in ordered if m.draft.follow_up == due)
    return (owner.id, follow_up_short(due, today))


def _tag(pending: tuple[int, str] | None, measure_id: int) -> str | None:
    """The due-words a row shows after its follow-up date (None: none)."""
    return pending[1] if pending is not None and pending[0] == measure_id else None


def text_cell_size(view: QAbstractItemView) -> Callable[[str], QSize]:
    """The size the view's delegate gives a one-line text cell, measured once from the style
    (its margins) and then from the text alone."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    option.font = view.font()
    option.text = "x"
    size = view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view)
    metrics = QFontMetrics(view.font())
    margin = size.width() - metrics.horizontalAdvance("x")
    height = size.height()
    return lambda text: QSize(metrics.horizontalAdvance(text) + margin, height)


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
