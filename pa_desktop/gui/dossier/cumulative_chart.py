"""Cumulative absent half days over the school year: all codes and B, with the thresholds.

A steep stretch is the speed the guideline warns about; the two lines side by side show whether
B codes followed a rise in "justified" absences. Drawn with QPainter: crisp at any scale.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from pa_desktop.domain.measures import Outcome
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.dossier import timeline_palette as palette
from pa_desktop.services.dossier import PupilYear


class CumulativeChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: PupilYear | None = None
        self.setAccessibleName(tr("Cumulative absences chart"))
        self.setMinimumHeight(180)

    def set_view(self, view: PupilYear) -> None:
        self._view = view
        last = view.series[-1] if view.series else None
        self.setAccessibleDescription(
            tr(
                "By {day}: %n absent half day(s) (all codes), of which {b} B.",
                "",
                last.all_codes if last else 0,
            ).format(
                day=last.day.strftime("%d/%m/%Y") if last else "",
                b=last.b_codes if last else 0,
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(700, 220)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        view = self._view
        if view is None or not view.series:
            return
        fm = QFontMetrics(self.font())
        plot = QRectF(
            fm.horizontalAdvance("000") + 12,
            fm.height() * 2 + 6,
            self.width() - fm.horizontalAdvance("000") - 24,
            self.height() - fm.height() * 4 - 12,
        )
        first_day = view.calendar.first_day
        last_day = view.calendar.last_day
        span = max(1, (last_day - first_day).days)
        final = view.series[-1]
        limits = view.thresholds
        top_value = max(final.all_codes, limits.clb_signal_b + 1, 10)
        top_value = int((top_value + 4) // 5 * 5)

        def x_of(day: date) -> float:
            return plot.left() + plot.width() * (day - first_day).days / span

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / top_value

        text_colour = self.palette().text().color()
        painter.setPen(QPen(palette.GRID, 1))
        painter.drawRect(plot)
        step = max(1, top_value // 5)
        for value in range(0, top_value + 1, step):
            y = y_of(value)
            painter.setPen(QPen(palette.GRID, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        for month in (9, 10, 11, 12, 1, 2, 3, 4, 5, 6):
            start = date(view.year.start_year + (0 if month >= 9 else 1), month, 1)
            x = x_of(max(start, first_day))
            painter.setPen(QPen(palette.GRID, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text_colour)
            painter.drawText(
                QPointF(x + 3, plot.bottom() + fm.ascent() + 4),
                self.locale().standaloneMonthName(month, self.locale().FormatType.ShortFormat),
            )

        for threshold, label in (
            (limits.clb_signal_b, tr("signal CLB ({n} B)")),
            (limits.allowance_lost_b, tr("school allowance ({n} B)")),
        ):
            if threshold <= top_value:
                y = y_of(threshold)
                painter.setPen(QPen(palette.THRESHOLD_LINE, 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                painter.setPen(text_colour)
                painter.drawText(
                    QPointF(
                        plot.right() - fm.horizontalAdvance(label.format(n=threshold)) - 4, y - 3
                    ),
                    label.format(n=threshold),
                )

        x_today = x_of(view.reference)
        painter.setPen(QPen(palette.TODAY, 1, Qt.PenStyle.DashDotLine))
        painter.drawLine(QPointF(x_today, plot.top()), QPointF(x_today, plot.bottom()))

        self._draw_measures(painter, view, x_of, plot)

        for attribute, colour, style in (
            ("all_codes", palette.ALL_CODES_LINE, Qt.PenStyle.SolidLine),
            ("b_codes", palette.B_CODES_LINE, Qt.PenStyle.DashLine),
        ):
            path = QPainterPath(QPointF(x_of(view.series[0].day), y_of(0)))
            for point in view.series:
                path.lineTo(QPointF(x_of(point.day), y_of(getattr(point, attribute))))
            painter.setPen(QPen(colour, 2.5, style))
            painter.drawPath(path)

        legend_y = fm.height() + 2
        x = plot.left()
        for colour, style, label in (
            (
                palette.ALL_CODES_LINE,
                Qt.PenStyle.SolidLine,
                tr("all codes: {n}").format(n=final.all_codes),
            ),
            (palette.B_CODES_LINE, Qt.PenStyle.DashLine, tr("B: {n}").format(n=final.b_codes)),
        ):
            painter.setPen(QPen(colour, 2.5, style))
            painter.drawLine(
                QPointF(x, legend_y - fm.ascent() / 3), QPointF(x + 24, legend_y - fm.ascent() / 3)
            )
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 30, legend_y), label)
            x += 30 + fm.horizontalAdvance(label) + 24
        painter.drawText(
            QPointF(x, legend_y),
            tr("cumulative absent half days, school year {year}").format(year=view.year.label),
        )
        if view.measures:
            caption = tr("▲ guidance measure (hollow: not reached)")
            painter.drawText(QPointF(plot.left(), self.height() - 4), caption)

    def _draw_measures(self, painter: QPainter, view: PupilYear, x_of, plot: QRectF) -> None:  # type: ignore[no-untyped-def]
        """A triangle on the time axis per measure: does the curve flatten after it?"""
        size = 6.0
        for measure in view.measures:
            x = x_of(measure.day)
            triangle = QPolygonF(
                [
                    QPointF(x, plot.bottom() - 2 * size),
                    QPointF(x - size, plot.bottom()),
                    QPointF(x + size, plot.bottom()),
                ]
            )
            painter.setPen(QPen(palette.MEASURE, 1.5))
            reached = measure.draft.outcome is not Outcome.NOT_REACHED
            painter.setBrush(palette.MEASURE if reached else Qt.BrushStyle.NoBrush)
            painter.drawPolygon(triangle)
            painter.setPen(QPen(palette.MEASURE, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom() - 2 * size))
        painter.setBrush(Qt.BrushStyle.NoBrush)
