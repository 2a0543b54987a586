"""Insight charts laid out as grids: the weekday x half-day heatmaps, and the AGODI bands per
class drawn as a table of bars (a school has twenty classes or more: rows stay readable where
grouped bars would not).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF

from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.insight_shapes import PERSISTENT, Cell, HeatCell
from pa_desktop.gui.common.texts import format_date, half_day_name, tr, weekday_name
from pa_desktop.gui.dossier import timeline_palette as palette
from pa_desktop.gui.insight.charts import (
    MUTED,
    BarCell,
    BarRow,
    Canvas,
    InsightChart,
    Pick,
    draw_bar_table,
    percent,
    table_height,
)

BAND_COLOURS = ["#E69F00", "#D55E00", "#CC79A7", "#000000"]  # Okabe-Ito, lighter to darker
PERSISTENT_COLOUR = "#0072B2"
HEAT_LOW = QColor("#FFFFFF")
HEAT_ALL = QColor("#0072B2")  # a single hue from white: safe for every colour vision
HEAT_B = QColor("#D55E00")


class BandChart(InsightChart):
    """Pupils per class in the AGODI bands (5, 10, 15, 30 B half days) and at 10%+ absence."""

    chart_id = "bands"

    def accessible_name(self) -> str:
        return tr("Pupils per band and class")

    def title(self) -> str:
        return tr("Pupils in the AGODI bands and with persistent absence, per class")

    def caption(self) -> str:
        return tr(
            "How many pupils of each class have 5, 10, 15 or 30 or more B half days (the bands "
            "AGODI reports), and how many missed 10% or more of their lesson half days, any code "
            "(persistent absence). Bars compare the classes within a column."
        )

    def _rows(self, canvas: Canvas) -> list[BarRow]:
        assert self.report is not None
        insight = self.report.insight
        keys = insight.settings.band_keys
        colours = [*BAND_COLOURS, PERSISTENT_COLOUR]
        patterns = [Qt.BrushStyle.NoBrush] * 4 + [Qt.BrushStyle.BDiagPattern]
        class_rows = insight.bands[:-1]
        widest = {k: max((r.cells[k].pupils for r in class_rows), default=0) or 1 for k in keys}
        rows: list[BarRow] = []

        def bar_row(
            label: str,
            cells: dict[str, Cell],
            pupils: int | None,
            scale: dict[str, int],
            bold: bool = False,
            rule: bool = False,
        ) -> BarRow:
            made = []
            for key, colour, pattern in zip(keys, colours, patterns, strict=True):
                cell = cells[key]
                text = str(cell.pupils)
                if pupils and cell.pupils:
                    text = tr("{n} · {share}").format(
                        n=cell.pupils, share=percent(cell.pupils / pupils)
                    )
                pick = Pick(
                    tr("{where}: {band}").format(where=label, band=self._band_name(key)),
                    cell,
                    tr("B half days") if key != PERSISTENT else tr("absent half days"),
                )
                made.append(
                    BarCell(
                        canvas.number(cell, text),
                        0.0 if canvas.hidden(cell) else cell.pupils / scale[key],
                        pick,
                        QColor(colour),
                        pattern,
                    )
                )
            return BarRow(label, made, bold, rule)

        for row in class_rows:
            label = tr("{name} ({n})").format(name=row.class_name, n=canvas.number(row.pupils))
            rows.append(bar_row(label, dict(row.cells), row.pupils.pupils, widest))
        total = insight.total_row
        summary = [total.cells]
        comparison = self.report.comparison
        if comparison is not None:
            summary += [comparison.bands_same_date, comparison.previous.total_row.cells]
        top = {k: max((c[k].pupils for c in summary), default=0) or 1 for k in keys}
        rows.append(
            bar_row(
                tr("All classes ({n})").format(n=canvas.number(total.pupils)),
                dict(total.cells),
                total.pupils.pupils,
                top,
                bold=True,
                rule=True,
            )
        )
        if comparison is not None:
            previous = comparison.previous
            rows.append(
                bar_row(
                    tr("{year} on {day}").format(
                        year=previous.year.label, day=format_date(comparison.same_date)
                    ),
                    dict(comparison.bands_same_date),
                    None,
                    top,
                )
            )
            rows.append(
                bar_row(
                    tr("{year}, whole year ({n})").format(
                        year=previous.year.label, n=previous.total_row.pupils.pupils
                    ),
                    dict(previous.total_row.cells),
                    previous.total_row.pupils.pupils,
                    top,
                )
            )
        return rows

    def _band_name(self, key: str) -> str:
        if key == PERSISTENT:
            return tr("10%+ absent")
        return tr("{n}+ B").format(n=key[1:])

    def chart_height(self, width: float) -> float:
        count = 1
        if self.report is not None:
            count = len(self.report.insight.bands) + (2 if self.report.comparison else 0)
        return table_height(self.fontMetrics().height(), count) + 8

    def draw(self, canvas: Canvas) -> None:
        assert self.report is not None
        headers = [self._band_name(k) for k in self.report.insight.settings.band_keys]
        draw_bar_table(self, canvas, headers, self._rows(canvas))


class HeatmapChart(InsightChart):
    """Where absences fall in the week: weekday x half day, all codes beside B alone."""

    chart_id = "heatmap"

    def accessible_name(self) -> str:
        return tr("Absences per weekday and half day")

    def title(self) -> str:
        return tr("Absences per weekday and half day")

    def caption(self) -> str:
        return tr(
            "Each cell shows the share of the lessons held then that pupils missed, with the "
            "number of absent half days. Darker is more. Left all codes, right B codes alone; "
            "an empty cell had no lessons."
        )

    def chart_height(self, width: float) -> float:
        fm = self.fontMetrics()
        return fm.height() * 11 + 60

    def draw(self, canvas: Canvas) -> None:
        assert self.report is not None
        insight = self.report.insight
        previous = self.report.comparison.previous if self.report.comparison else None
        rect = canvas.rect
        half_width = (rect.width() - 24) / 2
        for index, (cells, colour, name, before) in enumerate(
            (
                (
                    insight.heatmap,
                    HEAT_ALL,
                    tr("All codes"),
                    previous.heatmap if previous else None,
                ),
                (
                    insight.heatmap_b,
                    HEAT_B,
                    tr("B codes"),
                    previous.heatmap_b if previous else None,
                ),
            )
        ):
            box = QRectF(
                rect.left() + 8 + index * (half_width + 8), rect.top(), half_width, rect.height()
            )
            self._grid(canvas, box, cells, colour, name, before)

    def _grid(
        self,
        canvas: Canvas,
        box: QRectF,
        cells: tuple[HeatCell, ...],
        colour: QColor,
        name: str,
        before: tuple[HeatCell, ...] | None,
    ) -> None:
        painter, fm = canvas.painter, canvas.metrics
        plain = QFont(painter.font())
        bold = QFont(plain)
        bold.setBold(True)
        small = QFont(plain)
        small.setPointSizeF(plain.pointSizeF() * 0.85)
        painter.setFont(bold)
        canvas.text(QPointF(box.left(), box.top() + fm.ascent() + 4), name)
        painter.setFont(plain)
        label_width = max(fm.horizontalAdvance(half_day_name(h.value)) for h in HalfDay) + 10
        top = box.top() + fm.height() * 2 + 10
        width = (box.width() - label_width) / 5
        height = (box.bottom() - top - 8) / 2
        highest = max((c.rate for c in cells), default=0.0) or 1.0
        previous = {(c.weekday, c.half): c for c in before} if before else {}
        for weekday in range(5):
            canvas.boxed(
                QRectF(
                    box.left() + label_width + width * weekday,
                    top - fm.height() - 4,
                    width,
                    fm.height(),
                ),
                weekday_name(weekday),
                Qt.AlignmentFlag.AlignHCenter,
            )
        for row, half in enumerate((HalfDay.VM, HalfDay.NM)):
            canvas.boxed(
                QRectF(box.left(), top + height * row, label_width - 6, height),
                half_day_name(half.value),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
        for cell in cells:
            area = QRectF(
                box.left() + label_width + width * cell.weekday + 1,
                top + height * (0 if cell.half is HalfDay.VM else 1) + 1,
                width - 2,
                height - 2,
            )
            if not cell.has_lessons:
                painter.fillRect(area, palette.NO_LESSON)
                painter.fillRect(area, QBrush(palette.GRID, Qt.BrushStyle.BDiagPattern))
                canvas.boxed(area, tr("no lessons"), Qt.AlignmentFlag.AlignCenter, MUTED)
                continue
            strength = 0.0 if canvas.hidden(cell.cell) else cell.rate / highest
            shade = _blend(HEAT_LOW, colour, 0.08 + 0.92 * strength)
            painter.fillRect(area, shade)
            luminance = 0.2126 * shade.redF() + 0.7152 * shade.greenF() + 0.0722 * shade.blueF()
            ink = QColor("#FFFFFF") if luminance < 0.45 else canvas.ink
            lines = [(bold, canvas.number(cell.cell, percent(cell.rate)))]
            if not canvas.hidden(cell.cell):
                lines.append((small, tr("%n half day(s)", "", int(cell.cell.value))))
            earlier = previous.get((cell.weekday, cell.half))
            if earlier is not None and earlier.has_lessons:
                rate = canvas.number(earlier.cell, percent(earlier.rate))
                lines.append((small, tr("last year {rate}").format(rate=rate)))
            _centred_lines(canvas, area, lines, ink)
            self.hit(
                area,
                Pick(
                    tr("{name}: {weekday} {half}").format(
                        name=name,
                        weekday=weekday_name(cell.weekday),
                        half=half_day_name(cell.half.value),
                    ),
                    cell.cell,
                    tr("half days"),
                ),
            )


def _centred_lines(
    canvas: Canvas, area: QRectF, lines: list[tuple[QFont, str]], ink: QColor
) -> None:
    """Lines of text in their own fonts, centred in the cell, each cut to its width."""
    painter = canvas.painter
    kept = painter.font()
    heights = [QFontMetricsF(font).height() for font, _ in lines]
    y = area.center().y() - sum(heights) / 2
    for (font, text), height in zip(lines, heights, strict=True):
        painter.setFont(font)
        shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, area.width() - 4)
        canvas.boxed(
            QRectF(area.left(), y, area.width(), height), shown, Qt.AlignmentFlag.AlignCenter, ink
        )
        y += height
    painter.setFont(kept)


def _blend(low: QColor, high: QColor, amount: float) -> QColor:
    amount = max(0.0, min(1.0, amount))
    return QColor(
        round(low.red() + (high.red() - low.red()) * amount),
        round(low.green() + (high.green() - low.green()) * amount),
        round(low.blue() + (high.blue() - low.blue()) * amount),
    )
