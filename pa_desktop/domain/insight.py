"""The school's own absence data, analysed: the numbers behind the "Inzicht" view.

The guideline asks schools to work with their own absence data ("Data-analyse is een belangrijk
instrument") to find the risk factors that matter at their school. This module turns every pupil's
absent half days (YearFigures.absent), class, trajectory state and the signals the pupil had on a
cut-off date into the aggregates the view draws, each cell with the pupil ids behind it.

Two steps, for speed: `summarise` reads the absences once into a small summary per pupil (the
costly part, once per school year), `aggregate` merges the summaries a filter admits (cheap, at
every filter change). Pure: no I/O, no Qt.

Definitions (the tests check each by hand):
- the pupils counted are those enrolled for at least one lesson half day up to the reference date;
- a rate is absent half days divided by the lesson half days those pupils were enrolled for;
- a band counts pupils with at least N B half days by the reference date; "persistent" counts
  pupils whose absence rate (all codes) is 10% or more;
- "crossed later" means under the threshold on the cut-off date and at or over it by the reference.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta
from typing import TypeVar

from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.insight_shapes import (
    ALL_PUPILS,
    ANY_SIGNAL,
    NO_SIGNAL,
    PERSISTENT,
    SCHOOL_MONTHS,
    STACK_ORDER,
    BandRow,
    Cell,
    Comparison,
    EarlyYear,
    HeatCell,
    Insight,
    InsightFilter,
    InsightSettings,
    MonthBar,
    SignalRow,
    SignalTable,
    band_key,
)
from pa_desktop.domain.insight_summary import (
    SLOTS,
    Enrolment,
    Exposure,
    PupilInput,
    PupilSummary,
    Slot,
    YearData,
    admits,
    summarise,
)
from pa_desktop.domain.signals import SIGNAL_IDS
from pa_desktop.domain.text import class_sort_key

__all__ = [
    "PupilInput",
    "YearData",
    "aggregate",
    "compare",
    "summarise",
]
K = TypeVar("K")


# aggregating ---------------------------------------------------------------------------------
def aggregate(data: YearData, chosen: InsightFilter | None = None) -> Insight:
    """Every chart's numbers for the pupils the filter admits."""
    wanted = chosen or InsightFilter()
    pupils = [p for p in data.pupils if admits(wanted, p)]
    return Insight(
        year=data.year,
        reference=data.reference,
        complete=data.complete,
        chosen=wanted,
        population=Cell.of_pupils({p.pupil_id: p.total for p in pupils}),
        months=_months(data, pupils),
        heatmap=_heatmap(data, pupils, lambda p: p.slots),
        heatmap_b=_heatmap(data, pupils, lambda p: p.b_slots),
        bands=_bands(data, pupils),
        early=_early(data, pupils),
        signals=_signals(data, pupils),
        settings=data.settings,
    )


def _exposure_sum(
    data: YearData, pupils: Sequence[PupilSummary], part: Callable[[Exposure], Mapping[K, int]]
) -> dict[K, int]:
    """Lesson half days of all the pupils: pupils with the same enrolment share one count."""
    per_enrolment: dict[Enrolment, int] = {}
    for pupil in pupils:
        per_enrolment[pupil.enrolment] = per_enrolment.get(pupil.enrolment, 0) + 1
    total: dict[K, int] = {}
    for enrolment, count in per_enrolment.items():
        for key, value in part(data.exposures[enrolment]).items():
            total[key] = total.get(key, 0) + value * count
    return total


def _months(data: YearData, pupils: Sequence[PupilSummary]) -> tuple[MonthBar, ...]:
    members: dict[tuple[int, CodeGroup], dict[int, int]] = {
        (m, g): {} for m in SCHOOL_MONTHS for g in STACK_ORDER
    }
    for pupil in pupils:
        for key, count in pupil.month_groups.items():
            members[key][pupil.pupil_id] = count
    exposure = _exposure_sum(data, pupils, lambda e: e.months)
    bars = []
    for month in SCHOOL_MONTHS:
        year = data.year.start_year + (0 if month >= 9 else 1)
        bars.append(
            MonthBar(
                year=year,
                month=month,
                exposure=exposure.get(month, 0),
                cells={g: Cell.of_half_days(members[(month, g)]) for g in STACK_ORDER},
                started=date(year, month, 1) <= data.reference,
            )
        )
    return tuple(bars)


def _heatmap(
    data: YearData,
    pupils: Sequence[PupilSummary],
    part: Callable[[PupilSummary], Mapping[Slot, int]],
) -> tuple[HeatCell, ...]:
    members: dict[Slot, dict[int, int]] = {slot: {} for slot in SLOTS}
    for pupil in pupils:
        for slot, count in part(pupil).items():
            if slot in members:
                members[slot][pupil.pupil_id] = count
    exposure = _exposure_sum(data, pupils, lambda e: e.slots)
    return tuple(
        HeatCell(w, h, exposure.get((w, h), 0), Cell.of_half_days(members[(w, h)]))
        for w, h in SLOTS
    )


def _band_cells(
    settings: InsightSettings,
    pupils: Iterable[tuple[int, int, int, int]],  # (pupil id, B, absent, lesson half days)
) -> dict[str, Cell]:
    members: dict[str, dict[int, int]] = {key: {} for key in settings.band_keys}
    for pupil_id, b_count, absent, lesson in pupils:
        for threshold in settings.bands:
            if b_count >= threshold:
                members[band_key(threshold)][pupil_id] = b_count
        if lesson and absent / lesson >= settings.persistent_share:
            members[PERSISTENT][pupil_id] = absent
    return {key: Cell.of_pupils(value) for key, value in members.items()}


def _bands(data: YearData, pupils: Sequence[PupilSummary]) -> tuple[BandRow, ...]:
    by_class: dict[str, list[PupilSummary]] = {}
    for pupil in pupils:
        by_class.setdefault(pupil.class_name, []).append(pupil)
    rows = []
    for class_name in [*sorted(by_class, key=class_sort_key), ""]:
        members = by_class[class_name] if class_name else list(pupils)
        rows.append(
            BandRow(
                class_name,
                Cell.of_pupils({p.pupil_id: p.total for p in members}),
                _band_cells(
                    data.settings,
                    ((p.pupil_id, p.b_total, p.total, p.lesson_half_days) for p in members),
                ),
            )
        )
    return tuple(rows)


def _early(data: YearData, pupils: Sequence[PupilSummary]) -> EarlyYear:
    settings = data.settings
    last_month = max(settings.early_months, key=SCHOOL_MONTHS.index)
    year = data.year.start_year + (0 if last_month >= 9 else 1)
    window_end = (
        date(year + 1, 1, 1) if last_month == 12 else date(year, last_month + 1, 1)
    ) - timedelta(days=1)
    parts: dict[tuple[bool, bool], dict[int, int]] = {
        (e, r): {} for e in (True, False) for r in (True, False)
    }
    for pupil in pupils:
        parts[(pupil.early_b > 0, pupil.b_total >= settings.signal_b)][pupil.pupil_id] = (
            pupil.b_total
        )
    return EarlyYear(
        threshold=settings.signal_b,
        window_end=window_end,
        window_complete=data.reference > window_end,
        year_complete=data.complete,
        early_reached=Cell.of_pupils(parts[(True, True)]),
        early_not=Cell.of_pupils(parts[(True, False)]),
        other_reached=Cell.of_pupils(parts[(False, True)]),
        other_not=Cell.of_pupils(parts[(False, False)]),
    )


def _signals(data: YearData, pupils: Sequence[PupilSummary]) -> SignalTable:
    settings = data.settings
    cutoff = settings.cutoff(data.year)
    thresholds = settings.follow_thresholds
    keys = (ALL_PUPILS, NO_SIGNAL, ANY_SIGNAL, *SIGNAL_IDS)
    at_risk: dict[tuple[str, int], dict[int, int]] = {(k, t): {} for k in keys for t in thresholds}
    crossed: dict[tuple[str, int], dict[int, int]] = {(k, t): {} for k in keys for t in thresholds}
    available = data.reference > cutoff
    if available:
        for pupil in pupils:
            start, end = pupil.enrolment
            if (start is not None and start > cutoff) or (end is not None and end <= cutoff):
                continue  # not at this school on the cut-off date, or no time left to cross
            had = [s for s in pupil.signals_at_cutoff if s in SIGNAL_IDS]
            rows = [ALL_PUPILS, ANY_SIGNAL if had else NO_SIGNAL, *had]
            before = pupil.b_until(cutoff)
            for threshold in thresholds:
                if before >= threshold:
                    continue
                over = pupil.b_total >= threshold
                for key in rows:
                    at_risk[(key, threshold)][pupil.pupil_id] = pupil.b_total
                    if over:
                        crossed[(key, threshold)][pupil.pupil_id] = pupil.b_total
    return SignalTable(
        cutoff=cutoff,
        available=available,
        thresholds=thresholds,
        rows=tuple(
            SignalRow(
                key,
                {t: Cell.of_pupils(at_risk[(key, t)]) for t in thresholds},
                {t: Cell.of_pupils(crossed[(key, t)]) for t in thresholds},
            )
            for key in keys
        ),
    )


# comparing -----------------------------------------------------------------------------------
def same_date_a_year_earlier(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def compare(previous: YearData, chosen: InsightFilter | None, reference: date) -> Comparison:
    """The previous year (whole) for the same filter, and its bands a year before `reference`.

    Classes and states are the pupils' current ones: "3A last year" is this year's 3A, a cohort.
    """
    wanted = chosen or InsightFilter()
    same = min(same_date_a_year_earlier(reference), previous.reference)
    calendar = previous.calendar
    lessons: dict[Enrolment, int] = {}
    rows = []
    for pupil in previous.pupils:
        if not admits(wanted, pupil):
            continue
        start, end = pupil.enrolment
        if pupil.enrolment not in lessons:
            until = min(same, end) if end is not None else same
            first = max(calendar.first_day, start) if start is not None else calendar.first_day
            lessons[pupil.enrolment] = (
                calendar.count_lesson_half_days(first, until) if until >= first else 0
            )
        lesson = lessons[pupil.enrolment]
        if lesson:
            rows.append((pupil.pupil_id, pupil.b_until(same), pupil.absent_until(same), lesson))
    return Comparison(
        previous=aggregate(previous, wanted),
        same_date=same,
        bands_same_date=_band_cells(previous.settings, rows),
    )
