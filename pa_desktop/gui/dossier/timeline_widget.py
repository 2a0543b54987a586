"""The school year of one pupil, one cell per half day: months as rows, days 1-31 as columns.

Each day cell is split in a morning (left) and an afternoon (right) half. Absences are coloured by
code group and carry their code letter; weekends, holidays, free days and afternoons without
lessons are greyed; the reference day ("today") is outlined. Select half days with the mouse (click,
drag, shift-click, ctrl-click) or the keyboard (arrows, shift+arrows), then type a code letter, or
press Delete to clear. The widget only reports intentions; the dossier applies them with undo.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from pa_desktop.domain.calendar import DayKind
from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.dossier import timeline_palette as palette
from pa_desktop.gui.dossier.timeline_texts import describe_half_day, year_summary
from pa_desktop.services.dossier import PupilYear, Slot

MONTHS = (9, 10, 11, 12, 1, 2, 3, 4, 5, 6)


class TimelineWidget(QWidget):
    selection_changed = Signal(list)  # list[Slot]
    code_typed = Signal(str)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: PupilYear | None = None
        self._lessons: list[Slot] = []
        self._position: dict[Slot, int] = {}
        self._selected: set[Slot] = set()
        self._anchor: Slot | None = None
        self._cursor: Slot | None = None
        self._kept_metrics: tuple[int, int, int, int] | None = None  # until the font changes
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Absence calendar"))

    # data ------------------------------------------------------------------------------------
    def set_view(self, view: PupilYear) -> None:
        """Show a (new) state of the pupil's year; the selection survives a reload."""
        same_year = self._view is not None and self._view.year == view.year
        self._view = view
        self._lessons = view.calendar.lesson_half_days()
        self._position = {slot: i for i, slot in enumerate(self._lessons)}
        if not same_year:
            self._selected.clear()
            self._anchor = self._cursor = None
        self.setAccessibleDescription(year_summary(view))
        self.updateGeometry()
        self.update()

    def selected_slots(self) -> list[Slot]:
        return sorted(self._selected, key=lambda s: self._position.get(s, 0))

    def select_range(self, first: Slot, last: Slot) -> None:
        self._anchor, self._cursor = first, last
        self._select_between(first, last)

    # geometry --------------------------------------------------------------------------------
    def _metrics(self) -> tuple[int, int, int, int]:
        """(cell width, cell height, left margin, top margin), derived from the font: scales.
        Kept per font: a paint asks for them once per half day (some 8,000 times a year)."""
        if self._kept_metrics is not None:
            return self._kept_metrics
        fm = QFontMetrics(self.font())
        letter = QFontMetrics(self._letter_font()).horizontalAdvance("W")
        cell_w = max(20, 2 * (letter + 2))
        cell_h = max(20, fm.height() + 6)
        left = fm.horizontalAdvance("sept. 2026") + 12
        top = fm.height() + 6
        self._kept_metrics = (cell_w, cell_h, left, top)
        return self._kept_metrics

    def _shade(self, name: str) -> QColor:
        """Greys for days without lessons that stay quieter than lesson days in a light or a
        dark theme, and a "today" outline in the theme's text colour."""
        if name == "TODAY":
            return self.palette().text().color()
        if self.palette().base().color().lightness() >= 128:
            return QColor(getattr(palette, name))
        dark = {
            "WEEKEND": "#4A4A4A",
            "HOLIDAY": "#565656",
            "NO_LESSON": "#3C3C3C",
            "OUTSIDE": "#303030",
        }
        return QColor(dark[name])

    def _letter_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.85))
        return small

    def sizeHint(self) -> QSize:
        cell_w, cell_h, left, top = self._metrics()
        legend = QFontMetrics(self.font()).height() * 2 + 16
        return QSize(left + 31 * cell_w + 2, top + len(MONTHS) * cell_h + legend)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _month_date(self, row: int, day: int) -> date | None:
        if self._view is None:
            return None
        month = MONTHS[row]
        year = self._view.year.start_year + (0 if month >= 9 else 1)
        try:
            return date(year, month, day)
        except ValueError:
            return None

    def _cell_rect(self, day: date) -> QRect:
        cell_w, cell_h, left, top = self._metrics()
        row = MONTHS.index(day.month)
        return QRect(left + (day.day - 1) * cell_w, top + row * cell_h, cell_w, cell_h)

    def _half_rect(self, slot: Slot) -> QRect:
        cell = self._cell_rect(slot[0])
        half_w = cell.width() // 2
        if slot[1] is HalfDay.VM:
            return QRect(cell.x(), cell.y(), half_w, cell.height())
        return QRect(cell.x() + half_w, cell.y(), cell.width() - half_w, cell.height())

    def slot_at(self, point: QPoint) -> Slot | None:
        cell_w, cell_h, left, top = self._metrics()
        if point.x() < left or point.y() < top:
            return None
        column, row = (point.x() - left) // cell_w, (point.y() - top) // cell_h
        if not (0 <= column < 31 and 0 <= row < len(MONTHS)):
            return None
        day = self._month_date(row, column + 1)
        if day is None:
            return None
        half = HalfDay.VM if (point.x() - left) % cell_w < cell_w // 2 else HalfDay.NM
        return (day, half)

    # painting --------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        if self._view is None:
            return
        cell_w, cell_h, left, top = self._metrics()
        text_pen = QPen(self.palette().text().color())
        painter.setPen(text_pen)
        small = self._letter_font()
        for day_number in range(1, 32):
            header = QRect(left + (day_number - 1) * cell_w, 0, cell_w, top)
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter, str(day_number))
        locale_month = self.locale()
        for row, month in enumerate(MONTHS):
            first = self._month_date(row, 1)
            assert first is not None
            short = locale_month.standaloneMonthName(month, locale_month.FormatType.ShortFormat)
            label = f"{short} {first.year}"
            painter.setPen(text_pen)
            painter.drawText(
                QRect(0, top + row * cell_h, left - 6, cell_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            for day_number in range(1, 32):
                day = self._month_date(row, day_number)
                if day is not None:
                    self._paint_day(painter, day, small)
        self._paint_selection(painter)
        self._paint_legend(painter, top + len(MONTHS) * cell_h + 6)
        if self.hasFocus():
            # where typed code letters go: a frame in the theme's highlight colour
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def _paint_day(self, painter: QPainter, day: date, small: QFont) -> None:
        view = self._view
        assert view is not None
        cell = self._cell_rect(day)
        kind = view.calendar.day_kind(day)
        if kind is DayKind.WEEKEND:
            painter.fillRect(cell, self._shade("WEEKEND"))
        elif kind in (DayKind.HOLIDAY, DayKind.FREE_DAY):
            painter.fillRect(cell, self._shade("HOLIDAY"))
            painter.fillRect(cell, QBrush(palette.GRID, Qt.BrushStyle.BDiagPattern))
        elif kind is DayKind.OUTSIDE or not self._enrolled(day):
            painter.fillRect(cell, self._shade("OUTSIDE"))
        else:
            for half in (HalfDay.VM, HalfDay.NM):
                self._paint_half(painter, (day, half), small)
        painter.setPen(QPen(palette.GRID, 1))
        painter.drawRect(cell.adjusted(0, 0, -1, -1))
        if day == view.reference:
            painter.setPen(QPen(self._shade("TODAY"), 3))
            painter.drawRect(cell.adjusted(1, 1, -2, -2))

    def _paint_half(self, painter: QPainter, slot: Slot, small: QFont) -> None:
        view = self._view
        assert view is not None
        rect = self._half_rect(slot)
        if slot not in self._position:
            painter.fillRect(rect, self._shade("NO_LESSON"))
            return
        absence = view.absences.get(slot)
        if absence is None:
            return
        entry = view.codes.get(absence.code) if absence.code in view.codes else None
        group = entry.group if entry else CodeGroup.UNKNOWN
        fill, letter = palette.colours_for(group, entry.counts_as_absent if entry else True)
        painter.fillRect(rect.adjusted(1, 1, -1, -1), fill)
        painter.setPen(letter)
        painter.setFont(small)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, absence.code)
        painter.setFont(self.font())
        if absence.marks:
            painter.setBrush(letter)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRect(rect.right() - 5, rect.top() + 2, 4, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_selection(self, painter: QPainter) -> None:
        for slot in self._selected:
            if slot[0].month in MONTHS:
                rect = self._half_rect(slot)
                painter.fillRect(rect, palette.SELECTION)
                painter.setPen(QPen(palette.SELECTION_EDGE, 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if self._cursor is not None and self.hasFocus():
            painter.setPen(QPen(palette.SELECTION_EDGE, 1, Qt.PenStyle.DashLine))
            painter.drawRect(self._half_rect(self._cursor).adjusted(2, 2, -3, -3))

    def _paint_legend(self, painter: QPainter, y: int) -> None:
        fm = QFontMetrics(self.font())
        x = 4
        swatch = fm.height()
        entries = [(palette.colours_for(g, True)[0], palette.group_name(g)) for g in CodeGroup]
        entries += [
            (self._shade("WEEKEND"), tr("weekend")),
            (self._shade("HOLIDAY"), tr("holiday or free day")),
            (self._shade("NO_LESSON"), tr("no lessons")),
        ]
        for colour, label in entries:
            width = swatch + 6 + fm.horizontalAdvance(label) + 14
            if x + width > self.width():
                x, y = 4, y + swatch + 6
            painter.fillRect(QRect(x, y, swatch, swatch), colour)
            painter.setPen(palette.GRID)
            painter.drawRect(QRect(x, y, swatch, swatch))
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRect(x + swatch + 6, y, width, swatch), Qt.AlignmentFlag.AlignVCenter, label
            )
            x += width

    def _enrolled(self, day: date) -> bool:
        view = self._view
        if view is None:
            return True
        since, until = view.enrolment or (view.pupil.enrolled_from, view.pupil.enrolled_until)
        if since and day < since:
            return False
        return not (until and day > until)

    # interaction -----------------------------------------------------------------------------
    def _select_between(self, first: Slot, last: Slot) -> None:
        low, high = sorted((self._position[first], self._position[last]))
        self._selected = set(self._lessons[low : high + 1])
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.update()
        self.selection_changed.emit(self.selected_slots())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        slot = self.slot_at(event.position().toPoint())
        if slot is None or slot not in self._position:
            return
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self._selected ^= {slot}
            self._anchor = self._cursor = slot
            self._selection_changed()
        elif modifiers & Qt.KeyboardModifier.ShiftModifier and self._anchor is not None:
            self._cursor = slot
            self._select_between(self._anchor, slot)
        else:
            self.select_range(slot, slot)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not event.buttons() & Qt.MouseButton.LeftButton or self._anchor is None:
            return
        slot = self.slot_at(event.position().toPoint())
        if slot is not None and slot in self._position and slot != self._cursor:
            self._cursor = slot
            self._select_between(self._anchor, slot)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shortcut = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        if event.modifiers() & (shortcut | Qt.KeyboardModifier.MetaModifier):
            super().keyPressEvent(event)  # Alt+letter, Ctrl+letter: a shortcut, never a code
            return
        steps: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        weeks: dict[int, int] = {Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in steps or key in weeks:
            self._move(
                steps.get(key, 0),
                weeks.get(key, 0),
                bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier),
            )
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self._selected:
                self.clear_requested.emit()
        elif event.text() and (event.text().isalpha() or event.text() == "-"):
            if self._selected:
                self.code_typed.emit(event.text().upper())
        else:
            super().keyPressEvent(event)

    def _move(self, half_steps: int, days: int, extend: bool) -> None:
        if not self._lessons:
            return
        if self._cursor is None:
            target = self._nearest(self._view.reference if self._view else self._lessons[0][0])
        elif half_steps:
            index = self._position[self._cursor] + half_steps
            target = self._lessons[max(0, min(index, len(self._lessons) - 1))]
        else:
            target = self._nearest(self._cursor[0] + timedelta(days=days), self._cursor[1])
        if extend and self._anchor is not None:
            self._cursor = target
            self._select_between(self._anchor, target)
        else:
            self.select_range(target, target)

    def _nearest(self, day: date, half: HalfDay = HalfDay.VM) -> Slot:
        """The lesson half day at or just after (day, half), else the last one."""
        key = day.toordinal() * 2 + half.order
        for slot in self._lessons:
            if slot[0].toordinal() * 2 + slot[1].order >= key:
                return slot
        return self._lessons[-1]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._kept_metrics = None  # measured again with the new font
        super().changeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            slot = self.slot_at(event.pos())
            text = self.describe(slot) if slot else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]

    def describe(self, slot: Slot) -> str:
        """What a half day holds, in words (tooltip and accessible text)."""
        if self._view is None:
            return ""
        return describe_half_day(self._view, slot, slot in self._position, self.locale().name()[:2])
