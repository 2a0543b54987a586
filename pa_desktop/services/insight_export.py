"""The numbers behind each insight chart as CSV, with the small-number protection applied.

An exported table leaves the vault (a staff meeting, the CLB, a school board), so every number
that rests on fewer pupils than the vault's threshold is written as "<5": a class with two pupils
at 30 B half days points at them. Semicolons and UTF-8 with BOM, as Belgian Excel opens them;
decimal commas in Dutch and French. The words follow the language chosen for the export.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path

from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.insight_shapes import (
    ALL_PUPILS,
    ANY_SIGNAL,
    NO_SIGNAL,
    STACK_ORDER,
    Cell,
    Insight,
    is_small,
    protect,
    protect_cell,
)
from pa_desktop.services import audit
from pa_desktop.services.document_texts import HALVES, WEEKDAYS, day_text
from pa_desktop.services.insight import InsightReport
from pa_desktop.services.names import SIGNAL_NAMES
from pa_desktop.services.outputs import write_private
from pa_desktop.services.session import VaultSession

CHARTS = ("months", "heatmap", "bands", "early_year", "signals")
Row = list[str]

WORDS: dict[str, dict[str, str]] = {
    "year": {"nl": "Schooljaar", "fr": "Année scolaire", "en": "School year"},
    "month": {"nl": "Maand", "fr": "Mois", "en": "Month"},
    "total": {"nl": "Totaal", "fr": "Total", "en": "Total"},
    "pupils": {"nl": "Leerlingen", "fr": "Élèves", "en": "Pupils"},
    "lessons": {
        "nl": "Lesdagdelen van de leerlingen",
        "fr": "Demi-journées de cours des élèves",
        "en": "Lesson half days of the pupils",
    },
    "rate": {"nl": "% afwezig", "fr": "% absent", "en": "% absent"},
    "weekday": {"nl": "Weekdag", "fr": "Jour", "en": "Weekday"},
    "half": {"nl": "Dagdeel", "fr": "Demi-journée", "en": "Half day"},
    "all_codes": {"nl": "alle codes", "fr": "tous les codes", "en": "all codes"},
    "half_days": {"nl": "halve dagen", "fr": "demi-journées", "en": "half days"},
    "class": {"nl": "Klas", "fr": "Classe", "en": "Class"},
    "all_classes": {"nl": "Alle klassen", "fr": "Toutes les classes", "en": "All classes"},
    "band": {"nl": "{n}+ B", "fr": "{n}+ B", "en": "{n}+ B"},
    "persistent": {
        "nl": "{n}%+ afwezig (alle codes)",
        "fr": "{n}%+ absent (tous les codes)",
        "en": "{n}%+ absent (all codes)",
    },
    "on_day": {"nl": "{year} op {day}", "fr": "{year} au {day}", "en": "{year} on {day}"},
    "group": {"nl": "Groep", "fr": "Groupe", "en": "Group"},
    "early": {"nl": "B in sep-okt", "fr": "B en sept-oct", "en": "B in Sep-Oct"},
    "not_early": {"nl": "geen B in sep-okt", "fr": "pas de B en sept-oct", "en": "no B in Sep-Oct"},
    "reached": {"nl": "{n}+ B bereikt", "fr": "{n}+ B atteint", "en": "reached {n}+ B"},
    "not_reached": {"nl": "niet bereikt", "fr": "pas atteint", "en": "not reached"},
    "share": {"nl": "aandeel %", "fr": "part %", "en": "share %"},
    "until": {"nl": "tot en met", "fr": "jusqu'au", "en": "up to"},
    "signal": {"nl": "Signaal op {day}", "fr": "Signal au {day}", "en": "Signal on {day}"},
    "at_risk": {
        "nl": "met signaal, onder {n} B",
        "fr": "avec signal, sous {n} B",
        "en": "with signal, under {n} B",
    },
    "crossed": {
        "nl": "daarna {n}+ B",
        "fr": "ensuite {n}+ B",
        "en": "later {n}+ B",
    },
    ALL_PUPILS: {"nl": "alle leerlingen", "fr": "tous les élèves", "en": "all pupils"},
    NO_SIGNAL: {"nl": "geen signaal", "fr": "aucun signal", "en": "no signal"},
    ANY_SIGNAL: {"nl": "minstens één signaal", "fr": "au moins un signal", "en": "any signal"},
}
GROUPS: dict[CodeGroup, dict[str, str]] = {
    CodeGroup.B: {"nl": "B", "fr": "B", "en": "B"},
    CodeGroup.UNKNOWN: {
        "nl": "code onbekend (-)",
        "fr": "code inconnu (-)",
        "en": "code unknown (-)",
    },
    CodeGroup.Z: {"nl": "Z", "fr": "Z", "en": "Z"},
    CodeGroup.R: {"nl": "R", "fr": "R", "en": "R"},
    CodeGroup.P: {"nl": "P", "fr": "P", "en": "P"},
    CodeGroup.OTHER: {"nl": "andere", "fr": "autres", "en": "other"},
}


class _Writer:
    """The words, number format and protection of one export."""

    def __init__(self, language: str, threshold: int) -> None:
        self.language = language if language in ("nl", "fr", "en") else "nl"
        self.threshold = threshold

    def word(self, key: str, **values: object) -> str:
        text = WORDS[key][self.language]
        return text.format(**values) if values else text

    def percent(self, value: float) -> str:
        text = f"{100 * value:.1f}"
        return text if self.language == "en" else text.replace(".", ",")

    def cell(self, cell: Cell) -> str:
        return protect_cell(cell, self.threshold)

    def pupils(self, count: int) -> str:
        return protect(count, self.threshold)

    def rate(self, cell: Cell, value: float) -> str:
        return protect_cell(cell, self.threshold, self.percent(value))

    def share(self, part: Cell, whole: Cell) -> str:
        if not whole.pupils:
            return ""
        if is_small(part.pupils, self.threshold) or is_small(whole.pupils, self.threshold):
            return f"<{self.threshold}"
        return self.percent(part.pupils / whole.pupils)


def _years(report: InsightReport) -> Iterator[Insight]:
    yield report.insight
    if report.comparison is not None:
        yield report.comparison.previous


def _months(report: InsightReport, w: _Writer) -> Iterator[Row]:
    yield [
        w.word("year"),
        w.word("month"),
        *(GROUPS[g][w.language] for g in STACK_ORDER),
        w.word("total"),
        w.word("pupils"),
        w.word("lessons"),
        w.word("rate"),
    ]
    for insight in _years(report):
        for bar in insight.months:
            label = [insight.year.label, f"{bar.year}-{bar.month:02d}"]
            if not bar.started:
                yield label
                continue
            whole = bar.whole
            yield [
                *label,
                *(w.cell(bar.cells[g]) for g in STACK_ORDER),
                w.cell(whole),
                w.pupils(whole.pupils),
                str(bar.exposure),
                w.rate(whole, bar.rate()),
            ]


def _heatmap(report: InsightReport, w: _Writer) -> Iterator[Row]:
    kinds = (w.word("all_codes"), "B")
    yield [
        w.word("year"),
        w.word("weekday"),
        w.word("half"),
        w.word("lessons"),
        *(
            f"{kind}: {what}"
            for kind in kinds
            for what in (w.word("half_days"), w.word("pupils"), w.word("rate"))
        ),
    ]
    for insight in _years(report):
        for every, only_b in zip(insight.heatmap, insight.heatmap_b, strict=True):
            label = [
                insight.year.label,
                WEEKDAYS[w.language][every.weekday],
                HALVES[w.language][every.half.value],
            ]
            if not every.has_lessons:
                yield label
                continue
            values = [str(every.exposure)]
            for heat in (every, only_b):
                values += [
                    w.cell(heat.cell),
                    w.pupils(heat.cell.pupils),
                    w.rate(heat.cell, heat.rate),
                ]
            yield [*label, *values]


def _bands(report: InsightReport, w: _Writer) -> Iterator[Row]:
    settings = report.insight.settings
    yield [
        w.word("year"),
        w.word("class"),
        w.word("pupils"),
        *(w.word("band", n=n) for n in settings.bands),
        w.word("persistent", n=round(100 * settings.persistent_share)),
    ]
    keys = settings.band_keys
    for year in _years(report):
        for row in year.bands:
            yield [
                year.year.label,
                row.class_name or w.word("all_classes"),
                w.pupils(row.pupils.pupils),
                *(w.cell(row.cells[key]) for key in keys),
            ]
    if report.comparison is not None:
        comparison = report.comparison
        label = w.word(
            "on_day", year=comparison.previous.year.label, day=day_text(comparison.same_date)
        )
        yield [
            label,
            w.word("all_classes"),
            "",
            *(w.cell(comparison.bands_same_date[key]) for key in keys),
        ]


def _early(report: InsightReport, w: _Writer) -> Iterator[Row]:
    threshold = report.insight.early.threshold
    yield [
        w.word("year"),
        w.word("group"),
        w.word("pupils"),
        w.word("reached", n=threshold),
        w.word("not_reached"),
        w.word("share"),
        w.word("until"),
    ]
    for insight in _years(report):
        early = insight.early
        for key, reached, missed in (
            ("early", early.early_reached, early.early_not),
            ("not_early", early.other_reached, early.other_not),
        ):
            whole = Cell.of_pupils({**reached.members, **missed.members})
            yield [
                insight.year.label,
                w.word(key),
                w.pupils(whole.pupils),
                w.pupils(reached.pupils),
                w.pupils(missed.pupils),
                w.share(reached, whole),
                day_text(insight.reference),
            ]


def _signals(report: InsightReport, w: _Writer) -> Iterator[Row]:
    table = report.insight.signals
    yield [
        w.word("year"),
        w.word("signal", day=f"{table.cutoff.day:02d}/{table.cutoff.month:02d}"),
        *(
            text
            for n in table.thresholds
            for text in (w.word("at_risk", n=n), w.word("crossed", n=n), w.word("share"))
        ),
        w.word("until"),
    ]
    for insight in _years(report):
        if not insight.signals.available:
            continue
        for row in insight.signals.rows:
            name = WORDS[row.key] if row.key in WORDS else SIGNAL_NAMES.get(row.key, {})
            values: Row = []
            for n in insight.signals.thresholds:
                base, crossed = row.at_risk[n], row.crossed[n]
                values += [w.pupils(base.pupils), w.pupils(crossed.pupils), w.share(crossed, base)]
            yield [
                insight.year.label,
                name.get(w.language, row.key),
                *values,
                day_text(insight.reference),
            ]


_TABLES: dict[str, Callable[[InsightReport, _Writer], Iterator[Row]]] = {
    "months": _months,
    "heatmap": _heatmap,
    "bands": _bands,
    "early_year": _early,
    "signals": _signals,
}


def chart_rows(
    report: InsightReport, chart: str, language: str = "nl", protected: bool = True
) -> list[Row]:
    """The table behind one chart; `protected=False` only for the screen, never for a file."""
    writer = _Writer(language, report.small_number_threshold if protected else 0)
    return list(_TABLES[chart](report, writer))


def chart_csv(report: InsightReport, chart: str, language: str = "nl") -> bytes:
    """The protected table as CSV bytes (UTF-8 with BOM, semicolons)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(chart_rows(report, chart, language))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def default_file_name(report: InsightReport, chart: str, suffix: str) -> str:
    """No personal data in a file name: the chart and the school year only."""
    return f"inzicht-{chart.replace('_', '-')}-{report.insight.year.label}.{suffix}"


def export_chart_csv(report: InsightReport, chart: str, target: Path, language: str = "nl") -> Path:
    """Write the protected CSV owner-only; a folder gets the default file name."""
    path = target / default_file_name(report, chart, "csv") if target.is_dir() else target
    write_private(path, chart_csv(report, chart, language))
    return path


def log_chart_export(session: VaultSession, report: InsightReport, chart: str, kind: str) -> None:
    """A chart left the vault (PNG, clipboard or CSV): aggregates only, but a narrow filter can
    still point at few pupils, so the audit log says which chart, which filter and which rule."""
    chosen = report.insight.chosen
    audit.record(
        session,
        "export_insight",
        chart=chart,
        kind=kind,
        year=report.insight.year.label,
        classes=sorted(chosen.classes),
        states=sorted(chosen.states),
        small_number_threshold=report.small_number_threshold,
    )
