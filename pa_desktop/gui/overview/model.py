"""The pupil overview as a Qt model: one row per pupil, sortable and filterable.

Display strings and sort keys are computed once per row when the data arrive, so sorting 2,000
rows and painting never call back into the services.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pa_desktop.domain.text import class_sort_key, fold
from pa_desktop.gui.common.texts import (
    SIGNAL_STYLES,
    format_date,
    format_percent,
    pattern_name,
    signal_label,
    signal_reason,
    step_label,
    tr,
)
from pa_desktop.services.overview import OverviewRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SIGNALS_ROLE = Qt.ItemDataRole.UserRole + 2
PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4

NAME, CLASS, B_COUNT, TOTAL, LAST_WEEKS, RATE, FIFTH_B, PATTERN, STATE, FOLLOW_UP, SIGNALS = range(
    11
)
SCHOOL = SIGNALS + 1  # shown only across the schools of a CLB worker's vault
NUMERIC_COLUMNS = {B_COUNT, TOTAL, LAST_WEEKS, RATE}
LONGEST = 20  # texts per column that `prepare` keeps for sizing the column

# the roles `data` answers, as plain ints: a view asks for a dozen roles per cell and paint,
# some 15,000 calls for one screen of 2,000 rows, so the others are turned away at once
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_SORT, _SIGNALS, _PUPIL_ID, _SEARCH = (
    int(SORT_ROLE),
    int(SIGNALS_ROLE),
    int(PUPIL_ID_ROLE),
    int(SEARCH_ROLE),
)
_ANSWERED = frozenset(
    {_DISPLAY, _TOOLTIP, _ACCESSIBLE, _ALIGNMENT, _SORT, _SIGNALS, _PUPIL_ID, _SEARCH}
)
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class _Cells:
    display: tuple[str, ...]
    sort: tuple[Any, ...]
    signals: tuple[tuple[str, str], ...]  # (id, label)
    search: str
    due: bool = False  # to signal to the CLB (the status bar counts them)


def _cells(row: OverviewRow) -> _Cells:
    f = row.figures
    pupil = row.pupil
    severity = sum(SIGNAL_STYLES[s.id].severity for s in row.signals if s.id in SIGNAL_STYLES)
    pattern = f.pattern.value if f.pattern else None
    # the gravest first: when the cell is too narrow, what gets cut is the least urgent
    ordered = sorted(
        row.signals, key=lambda s: -SIGNAL_STYLES[s.id].severity if s.id in SIGNAL_STYLES else 0
    )
    labels = tuple((s.id, signal_label(s.id)) for s in ordered)
    return _Cells(
        display=(
            pupil.display_name,
            pupil.class_name,
            f"{f.b_count} + {row.carried_b}" if row.carried_b else str(f.b_count),
            str(f.total),
            str(f.last_6_weeks),
            format_percent(f.absence_rate),
            format_date(f.b_fifth_date),
            pattern_name(pattern),
            step_label(row.state) + (" ⚑" if row.attention else ""),
            format_date(row.next_follow_up),
            ", ".join(label for _, label in labels),
            row.school,
        ),
        # plain numbers and strings, so the proxy sorts in C++ without calling back into Python
        sort=(
            f"{pupil.last_name.casefold()}\t{pupil.first_name.casefold()}",
            class_sort_key(pupil.class_name),
            row.b_this_year,
            f.total,
            f.last_6_weeks,
            f.absence_rate,
            f.b_fifth_date.toordinal() if f.b_fifth_date else 10**7,
            pattern or "",
            step_label(row.state),
            row.next_follow_up.toordinal() if row.next_follow_up else 10**7,
            ((severity * 100 + len(row.signals)) * 1000 + min(f.b_count, 999)) * 1000
            + min(f.last_6_weeks, 999),
            row.school.casefold(),
        ),
        signals=labels,
        search=fold(f"{pupil.last_name} {pupil.first_name} {pupil.class_name}"),
        due="clb_signal_due" in row.signal_ids,
    )


def _tooltip(row: OverviewRow) -> str:
    """Why each signal fired; built only when someone hovers (2,000 rows stay cheap)."""
    reasons = "\n".join(f"• {signal_label(s.id)}: {signal_reason(s)}" for s in row.signals)
    return reasons or tr("No warning signals.")


@dataclass(frozen=True)
class PreparedRows:
    """Overview rows with their cells already worded (see `OverviewModel.prepare`)."""

    rows: list[OverviewRow]
    cells: list[_Cells]
    # per column, the longest few display texts: the window sizes its columns on these
    longest: dict[int, tuple[str, ...]] = field(default_factory=dict)


class OverviewModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OverviewRow] = []
        self._cells: list[_Cells] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def headers(self) -> list[str]:
        return [
            tr("Pupil"),
            tr("Class"),
            tr("B"),
            tr("Absent"),
            tr("Last 6 wk"),
            tr("Rate"),
            tr("5th B"),
            tr("Pattern"),
            tr("Trajectory"),
            tr("Follow-up"),
            tr("Signals"),
            tr("School"),
        ]

    def header_tooltips(self) -> list[str]:
        return [
            tr("Last name, first name"),
            tr("Class"),
            tr("Problematic (B) half days this school year"),
            tr("All absent half days this school year, every code"),
            tr("Absent half days (every code) in the last 6 weeks"),
            tr("Absent half days as a share of lesson half days so far"),
            tr(
                "The date of the 5th B half day: from then on the school must signal the pupil to the CLB"
            ),
            tr("Spread over a longer term, concentrated in a short term, or often the same moment"),
            tr("Where the pupil stands in the trajectory; ⚑ marks a school change (warm transfer)"),
            tr("The next follow-up date from the guidance-measure log"),
            tr("Warning signals; hover for why each one fired"),
            tr("The school where the pupil is enrolled this school year"),
        ]

    @staticmethod
    def prepare(
        rows: list[OverviewRow], order: tuple[int, Qt.SortOrder] | None = None
    ) -> PreparedRows:
        """Word every cell of the rows, pick each column's longest texts and, given the view's
        `order` (column, order), sort them: thread-safe, so a worker does it, and the GUI
        thread's own sort of the rows then finds them in order (a single pass)."""
        cells = [_cells(row) for row in rows]
        if order is not None and 0 <= order[0] <= SCHOOL:
            column = order[0]
            pairs = sorted(
                zip(rows, cells, strict=True),
                key=lambda pair: pair[1].sort[column],
                reverse=order[1] == Qt.SortOrder.DescendingOrder,
            )
            rows, cells = [row for row, _ in pairs], [cell for _, cell in pairs]
        longest = {
            column: tuple(heapq.nlargest(LONGEST, (c.display[column] for c in cells), key=len))
            for column in range(SCHOOL + 1)
        }
        return PreparedRows(rows, cells, longest)

    @property
    def order(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the rows are sorted by (for `prepare` in a worker)."""
        return self._sort

    def counts(self) -> tuple[int, int]:
        """(pupils with warning signals, pupils to signal to the CLB) among all rows."""
        return sum(1 for c in self._cells if c.signals), sum(1 for c in self._cells if c.due)

    def set_rows(self, rows: list[OverviewRow] | PreparedRows) -> None:
        prepared = rows if isinstance(rows, PreparedRows) else self.prepare(rows)
        self.beginResetModel()
        self._rows = list(prepared.rows)
        self._cells = list(prepared.cells)
        self.endResetModel()
        column, order = self._sort
        if column >= 0:
            self.sort(column, order)

    def update_rows(self, rows: list[OverviewRow] | PreparedRows) -> None:
        """Replace the rows of these pupils where they stand (new pupils are added at the end):
        after one edit one row is redrawn, the order and the selection stay."""
        prepared = rows if isinstance(rows, PreparedRows) else self.prepare(rows)
        where = {row.pupil.id: i for i, row in enumerate(self._rows)}
        for row, cells in zip(prepared.rows, prepared.cells, strict=True):
            index = where.get(row.pupil.id)
            if index is None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._rows.append(row)
                self._cells.append(cells)
                self.endInsertRows()
                continue
            self._rows[index] = row
            self._cells[index] = cells
            self.dataChanged.emit(self.index(index, 0), self.index(index, SIGNALS))

    def row_at(self, index: int) -> OverviewRow:
        return self._rows[index]

    def cells_at(self, index: int) -> _Cells:
        return self._cells[index]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by the column's sort key, keeping selections on the same pupils."""
        if not 0 <= column <= SCHOOL or not self._rows:
            self._sort = (column, order)
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_positions = {id(row): i for i, row in enumerate(self._rows)}
        pairs = sorted(
            zip(self._rows, self._cells, strict=True),
            key=lambda pair: pair[1].sort[column],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [row for row, _ in pairs]
        self._cells = [cells for _, cells in pairs]
        new_row = {old_positions[id(row)]: i for i, row in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row[i.row()], i.column()) if i.isValid() else i for i in persistent],
        )
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else SCHOOL + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        cells = self._cells[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return cells.display[column]
        if role == _SORT:
            return cells.sort[column]
        if role == _TOOLTIP:
            if column in (SIGNALS, NAME):
                return _tooltip(self._rows[index.row()])
            if column in (PATTERN, STATE):
                return cells.display[column] or None  # these columns may be too narrow
            if column == B_COUNT and self._rows[index.row()].carried_b:
                return tr("{own} here + {carried} at the previous school").format(
                    own=self._rows[index.row()].figures.b_count,
                    carried=self._rows[index.row()].carried_b,
                )
            return None
        if role == _ACCESSIBLE:
            if column == SIGNALS:
                return _tooltip(self._rows[index.row()])
            return cells.display[column]
        if role == _SIGNALS:
            return cells.signals
        if role == _PUPIL_ID:
            return self._rows[index.row()].pupil.id
        if role == _SEARCH:
            return cells.search
        if role == _ALIGNMENT and column in NUMERIC_COLUMNS:
            return _RIGHT_ALIGNED
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltips()[section]
        return None


class OverviewFilter(QSortFilterProxyModel):
    """Search by name or class (every word must match) and "only with signals"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._signals_only = False
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self._words = fold(text).split()
        self._filter_changed()

    def set_signals_only(self, on: bool) -> None:
        self._signals_only = on
        self._filter_changed()

    def _filter_changed(self) -> None:
        """Qt 6.10 replaced invalidateRowsFilter with begin/endFilterChange; support both."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the source model, in Python on precomputed keys (a C++ sort
        calling back into Python for every comparison is far slower); this proxy only filters
        and keeps the source's order."""
        model = self.sourceModel()
        if isinstance(model, OverviewModel):
            model.sort(column, order)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words and not self._signals_only:
            return True  # no filter: every row, without a look at it
        model = self.sourceModel()
        if not isinstance(model, OverviewModel):
            return True
        cells = model.cells_at(source_row)
        if self._signals_only and not cells.signals:
            return False
        return all(word in cells.search for word in self._words)


class SignalBadgeDelegate(QStyledItemDelegate):
    """Signals as small labelled badges; the label, not the colour, carries the meaning."""

    PADDING = 4
    GAP = 4

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        signals = index.data(SIGNALS_ROLE) or ()
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        x = option.rect.x() + self.GAP
        height = metrics.height() + 2
        y = option.rect.y() + (option.rect.height() - height) // 2
        for signal_id, label in signals:
            width = metrics.horizontalAdvance(label) + 2 * self.PADDING
            if x + width > option.rect.right():
                painter.setPen(option.palette.text().color())
                painter.drawText(QRect(x, y, 20, height), Qt.AlignmentFlag.AlignVCenter, "…")
                break
            colours = SIGNAL_STYLES.get(signal_id)
            badge = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.background if colours else "#555555"))
            painter.drawRoundedRect(badge, 4, 4)
            painter.setPen(QColor(colours.foreground if colours else "#FFFFFF"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
            x += width + self.GAP
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        signals = index.data(SIGNALS_ROLE) or ()
        metrics = QFontMetrics(option.font)
        width = sum(
            metrics.horizontalAdvance(label) + 2 * self.PADDING + self.GAP for _, label in signals
        )
        return QSize(max(width + self.GAP, 80), metrics.height() + 8)
