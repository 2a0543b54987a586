"""Absent half days per month of the school year, stacked per code group, or as a rate.

The month is the unit schools plan in (a staff meeting, a report to the board); the stack shows
whether B codes rise with the "justified" absences, and a diamond per month marks the previous
school year, so "is October worse than last year?" is answered at a glance.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QWidget

from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.insight_shapes import STACK_ORDER, MonthBar
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.dossier import timeline_palette as palette
from pa_desktop.gui.insight.charts import (
    MUTED,
    Canvas,
    InsightChart,
    Pick,
    diamond,
    draw_legend,
    fill_swatch,
    group_fill,
    month_name,
    nice_ceiling,
    percent,
)


class MonthChart(InsightChart):
    """Absent half days per month, stacked per code group; or the same as a rate."""

    chart_id = "months"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_rate = False

    def accessible_name(self) -> str:
        return tr("Absences per month chart")

    def set_as_rate(self, on: bool) -> None:
        self.as_rate = on
        self.update()

    def title(self) -> str:
        if self.as_rate:
            return tr("Absences per month, as a share of lesson half days")
        return tr("Absent half days per month and code group")

    def caption(self) -> str:
        return tr(
            "Each bar is one month of the school year, stacked per code group (B at the bottom). "
            "The rate divides by the lesson half days of the pupils counted. A diamond marks the "
            "same month of the previous school year."
        )

    def chart_height(self, width: float) -> float:
        return 340.0 if width > 600 else 300.0

    def _value(self, bar: MonthBar, group: CodeGroup | None = None) -> float:
        return (
            bar.rate(group)
            if self.as_rate
            else float(bar.total if group is None else bar.cells[group].value)
        )

    def draw(self, canvas: Canvas) -> None:
        assert self.report is not None
        insight = self.report.insight
        previous = self.report.comparison.previous if self.report.comparison else None
        fm = canvas.metrics
        rect = canvas.rect
        items: list[tuple[Callable[[QRectF], None], str]] = []
        for group in STACK_ORDER:
            colour, pattern = group_fill(group)
            items.append(
                (
                    partial(fill_swatch, canvas.painter, colour=colour, pattern=pattern),
                    palette.group_name(group),
                )
            )
        if previous is not None:
            items.append(
                (
                    lambda box: diamond(canvas.painter, box.center(), 5, canvas.ink),
                    tr("previous school year ({year})").format(year=previous.year.label),
                )
            )
        legend = draw_legend(canvas, QPointF(rect.left() + 8, rect.top() + 4), items)
        values = [self._value(bar) for bar in insight.months]
        if previous is not None:
            values += [self._value(bar) for bar in previous.months if bar.exposure]
        top = nice_ceiling(max(values, default=0.0) * 1.08)
        axis_width = fm.horizontalAdvance("100.0%" if self.as_rate else "00000") + 12
        plot = QRectF(
            rect.left() + axis_width,
            rect.top() + legend + fm.height() + 8,
            rect.width() - axis_width - 12,
            rect.height() - legend - fm.height() * 3.4 - 12,
        )
        painter = canvas.painter

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / top

        for step in range(6):
            value = top * step / 5
            y = y_of(value)
            painter.setPen(QPen(palette.GRID, 0.8, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = percent(value) if self.as_rate else f"{value:g}"
            canvas.boxed(
                QRectF(rect.left(), y - fm.height() / 2, axis_width - 6, fm.height()),
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
        slot = plot.width() / len(insight.months)
        for index, bar in enumerate(insight.months):
            x = plot.left() + slot * index
            body = QRectF(x + slot * 0.2, plot.top(), slot * 0.6, plot.height())
            name = month_name(bar.month)
            canvas.boxed(
                QRectF(x, plot.bottom() + 4, slot, fm.height()),
                name,
                Qt.AlignmentFlag.AlignHCenter,
                canvas.ink if bar.started else MUTED,
            )
            canvas.boxed(
                QRectF(x, plot.bottom() + 4 + fm.height(), slot, fm.height()),
                str(bar.year),
                Qt.AlignmentFlag.AlignHCenter,
                MUTED,
            )
            self.hit(
                QRectF(x, plot.bottom(), slot, fm.height() * 2 + 6),
                Pick(
                    tr("{month}: all codes").format(month=month_name(bar.month, bar.year)),
                    bar.whole,
                    tr("half days"),
                ),
            )
            if not bar.started:
                canvas.boxed(
                    QRectF(x, plot.bottom() - fm.height() - 2, slot, fm.height()),
                    "—",
                    Qt.AlignmentFlag.AlignHCenter,
                    MUTED,
                )
                continue
            base = 0.0
            for group in STACK_ORDER:
                value = self._value(bar, group)
                cell = bar.cells[group]
                if value <= 0 or canvas.hidden(cell):
                    continue
                segment = QRectF(
                    body.left(), y_of(base + value), body.width(), y_of(base) - y_of(base + value)
                )
                colour, pattern = group_fill(group)
                fill_swatch(painter, segment, colour, pattern)
                self.hit(
                    segment,
                    Pick(
                        tr("{month}: {group}").format(
                            month=month_name(bar.month, bar.year), group=palette.group_name(group)
                        ),
                        cell,
                        tr("half days"),
                    ),
                )
                base += value
            label = percent(bar.rate()) if self.as_rate else str(bar.total)
            canvas.boxed(
                QRectF(x, y_of(base) - fm.height() - 2, slot, fm.height()),
                canvas.number(bar.whole, label),
                Qt.AlignmentFlag.AlignHCenter,
            )
        if previous is not None:
            for index, bar in enumerate(previous.months):
                if not bar.exposure:
                    continue
                centre = QPointF(plot.left() + slot * (index + 0.5), y_of(self._value(bar)))
                painter.setPen(QPen(canvas.ink, 1.6))
                painter.drawLine(
                    QPointF(centre.x() - slot * 0.36, centre.y()),
                    QPointF(centre.x() + slot * 0.36, centre.y()),
                )
                diamond(painter, centre, 5, canvas.ink)
        painter.setPen(QPen(canvas.ink, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
