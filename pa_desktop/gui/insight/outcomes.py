"""Insight charts that check the guideline's claims on the school's own data: do early B codes
predict 5 or more, and which warning signals came before the pupils who crossed 5 or 30?

Both are tables of bars (insight_charts.draw_bar_table): a share needs its "k of n" beside it to be
read honestly, and a school sees at once where the numbers are too small to mean much.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from pa_desktop.domain.insight_shapes import (
    ALL_PUPILS,
    ANY_SIGNAL,
    NO_SIGNAL,
    Cell,
    EarlyYear,
    Insight,
    SignalRow,
    is_small,
)
from pa_desktop.gui.common.texts import format_date, signal_label, tr
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

REACHED = QColor("#D55E00")
NOT_REACHED = QColor("#56B4E9")
SHARE = QColor("#0072B2")
SHARE_BEFORE = QColor("#999999")


def share_text(canvas: Canvas, part: Cell, whole: Cell) -> tuple[str, float]:
    """ "k of n · p%" and the bar's length; in an export a share of too few pupils is hidden."""
    if not whole.pupils:
        return "—", 0.0
    small = is_small(part.pupils, canvas.threshold) or is_small(whole.pupils, canvas.threshold)
    if canvas.protected and small:
        return tr("{k} of {n}").format(k=canvas.number(part), n=canvas.number(whole)), 0.0
    share = part.pupils / whole.pupils
    return tr("{k} of {n} · {share}").format(
        k=part.pupils, n=whole.pupils, share=percent(share)
    ), share


class EarlyYearChart(InsightChart):
    """Pupils with B in September-October beside the others: who reached 5 B half days?"""

    chart_id = "early_year"

    def accessible_name(self) -> str:
        return tr("Early-year B codes and later escalation")

    def title(self) -> str:
        return tr("B codes in September and October, and who reached 5 B half days")

    def caption(self) -> str:
        return tr(
            "The guideline says the first B codes of the year predict escalation. Compare the "
            "pupils with a B half day in September or October (luxeverzuim left out) with the "
            "others: how many of each reached 5 or more B half days?"
        )

    def _years(self) -> list[Insight]:
        assert self.report is not None
        years = [self.report.insight]
        if self.report.comparison is not None:
            years.append(self.report.comparison.previous)
        return years

    def chart_height(self, width: float) -> float:
        rows = 3 * (len(self._years()) if self.report is not None else 1)
        return table_height(self.fontMetrics().height(), rows) + self.fontMetrics().height() + 8

    @staticmethod
    def _until(insight: Insight) -> str:
        if insight.complete:
            return tr("{year} (whole year)").format(year=insight.year.label)
        return tr("{year} (up to {day})").format(
            year=insight.year.label, day=format_date(insight.reference)
        )

    def draw(self, canvas: Canvas) -> None:
        years = self._years()
        threshold = years[0].early.threshold
        headers = [
            tr("reached {n}+ B half days").format(n=threshold),
            tr("stayed under {n}").format(n=threshold),
        ]
        rows: list[BarRow] = []
        for index, insight in enumerate(years):
            early = insight.early
            rows.append(BarRow(self._until(insight), [], rule_above=index > 0))
            for label, reached, missed in self._groups(early):
                whole = Cell.of_pupils({**reached.members, **missed.members})
                cells = []
                for part, colour, pattern, name in (
                    (reached, REACHED, Qt.BrushStyle.NoBrush, headers[0]),
                    (missed, NOT_REACHED, Qt.BrushStyle.BDiagPattern, headers[1]),
                ):
                    text, share = share_text(canvas, part, whole)
                    pick = Pick(
                        f"{self._until(insight)} · {label}: {name}", part, tr("B half days")
                    )
                    cells.append(BarCell(text, share, pick, colour, pattern))
                group = tr("{group} ({n})").format(group=label, n=canvas.number(whole))
                rows.append(BarRow(group, cells, indent=True))
        bottom = canvas.rect.adjusted(0, 0, 0, -canvas.metrics.height() - 6)
        draw_bar_table(
            self,
            Canvas(
                canvas.painter, bottom, canvas.protected, canvas.threshold, canvas.ink, canvas.paper
            ),
            headers,
            rows,
        )
        current = years[0].early
        if not current.window_complete:
            canvas.text(
                QPointF(canvas.rect.left() + 8, canvas.rect.bottom() - 6),
                tr("September and October are not over yet in {year}.").format(
                    year=years[0].year.label
                ),
                MUTED,
            )

    @staticmethod
    def _groups(early: EarlyYear) -> list[tuple[str, Cell, Cell]]:
        return [
            (tr("B in Sep-Oct"), early.early_reached, early.early_not),
            (tr("no B in Sep-Oct"), early.other_reached, early.other_not),
        ]


class SignalChart(InsightChart):
    """Of the pupils with a signal on 31 October, still under 5 (or 30) B, how many crossed?"""

    chart_id = "signals"

    def accessible_name(self) -> str:
        return tr("Signals and later escalation")

    def title(self) -> str:
        return tr("Which warning signals came before 5 or 30 B half days?")

    def caption(self) -> str:
        cutoff = self.report.insight.signals.cutoff if self.report else None
        return tr(
            "For each signal: the pupils who had it on {day} while still under the threshold, "
            "and how many of them reached it later in the year. The dashed line is the share "
            "among all pupils: a signal far to its right is a risk factor at this school."
        ).format(day=format_date(cutoff) if cutoff else "31/10")

    def _columns(self) -> list[tuple[Insight, int]]:
        assert self.report is not None
        years = [self.report.insight]
        if self.report.comparison is not None:
            years.append(self.report.comparison.previous)
        return [(y, t) for y in years for t in y.signals.thresholds if y.signals.available]

    def chart_height(self, width: float) -> float:
        rows = len(self.report.insight.signals.rows) if self.report is not None else 3
        return table_height(self.fontMetrics().height(), rows, header_lines=3) + 8

    def _label(self, key: str) -> str:
        names = {
            ALL_PUPILS: tr("All pupils"),
            NO_SIGNAL: tr("No signal"),
            ANY_SIGNAL: tr("Any signal"),
        }
        return names.get(key) or signal_label(key)

    def draw(self, canvas: Canvas) -> None:
        assert self.report is not None
        columns = self._columns()
        if not columns:
            canvas.boxed(
                canvas.rect.adjusted(12, 12, -12, -12),
                tr(
                    "This table fills in after {day}: it takes the signals of that day and "
                    "looks at who crossed a threshold afterwards."
                ).format(day=format_date(self.report.insight.signals.cutoff)),
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                MUTED,
            )
            return
        headers = [
            tr("{year}: reached {n}+ B after {day}").format(
                year=insight.year.label, n=threshold, day=format_date(insight.signals.cutoff)
            )
            for insight, threshold in columns
        ]
        by_year = {id(insight): {r.key: r for r in insight.signals.rows} for insight, _ in columns}
        keys = [row.key for row in self.report.insight.signals.rows]
        references: list[float | None] = [
            by_year[id(insight)][ALL_PUPILS].share(threshold) for insight, threshold in columns
        ]
        rows = []
        for key in keys:
            cells = []
            for index, (insight, threshold) in enumerate(columns):
                row: SignalRow = by_year[id(insight)][key]
                base, crossed = row.at_risk[threshold], row.crossed[threshold]
                text, share = share_text(canvas, crossed, base)
                colour = SHARE if insight is self.report.insight else SHARE_BEFORE
                pick = Pick(f"{self._label(key)} · {headers[index]}", base, tr("B half days"))
                cells.append(BarCell(text, share, pick, colour))
            rows.append(
                BarRow(
                    self._label(key),
                    cells,
                    bold=key == ALL_PUPILS,
                    rule_above=key not in (ALL_PUPILS, NO_SIGNAL, ANY_SIGNAL) and key == keys[3],
                )
            )
        draw_bar_table(self, canvas, headers, rows, references)
