"""The figures the guideline looks at for one pupil in one school year.

Total absences (every code) matter as much as B codes; speed matters more than the total. All
counting is over *absent half days*: lesson half days carrying a code that counts as absent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from operator import attrgetter
from typing import Any

from pa_desktop.domain.absences import Absence
from pa_desktop.domain.calendar import SchoolCalendar
from pa_desktop.domain.codes import CodeGroup, CodeTable
from pa_desktop.domain.halfday import HalfDay


@dataclass(frozen=True)
class Thresholds:
    """Every number a rule uses; the defaults are DOMAIN.md's, a vault may change them."""

    clb_signal_b: int = 5
    fast_window_days: int = 42
    fast_accumulation: int = 10
    same_moment_min: int = 4
    same_moment_share: float = 0.4
    unknown_code_lesson_days: int = 3
    sick_note_max_periods: int = 4
    sick_note_max_days: int = 3
    parents_unreachable_attempts: int = 2
    known_problem_previous_b: int = 5
    allowance_previous_b: int = 30
    allowance_risk_current_b: int = 20
    allowance_lost_b: int = 30
    pattern_min_absences: int = 3
    concentrated_window_days: int = 42
    concentrated_share: float = 0.5

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Thresholds:
        """Take known keys, ignore the rest (a newer file may add keys), refuse wrong types."""
        values: dict[str, Any] = {}
        for name, default in cls().__dict__.items():
            if name in data:
                raw = data[name]
                if isinstance(raw, bool) or not isinstance(raw, int | float):
                    raise ValueError(f"threshold {name} must be a number, got {raw!r}")
                values[name] = type(default)(raw)
                if values[name] < 0:
                    raise ValueError(f"threshold {name} cannot be negative")
        return cls(**values)

    def as_dict(self) -> dict[str, int | float]:
        return dict(self.__dict__)


class Pattern(StrEnum):
    SPREAD = "spread"
    CONCENTRATED = "concentrated"
    SAME_MOMENT = "same_moment"


@dataclass(frozen=True)
class SlotShare:
    """The (weekday, half day) that holds the most absent half days."""

    weekday: int  # Monday = 0
    half: HalfDay
    count: int
    of_total: int


@dataclass(frozen=True)
class YearFigures:
    """One pupil, one school year, up to a reference date."""

    totals: dict[CodeGroup, int]
    total: int
    b_count: int
    b_fifth_date: date | None
    last_6_weeks: int
    lesson_half_days: int
    absence_rate: float
    pattern: Pattern | None
    busiest_slot: SlotShare | None
    absent: tuple[Absence, ...] = field(repr=False, default=())

    @property
    def same_moment(self) -> bool:
        return self.pattern is Pattern.SAME_MOMENT


def absent_half_days(
    absences: Iterable[Absence], calendar: SchoolCalendar, codes: CodeTable, until: date
) -> list[Absence]:
    """Absences on lesson half days up to `until` whose code counts, in time order."""
    absent_codes = codes.absent_codes()
    lesson = calendar.lesson_slots()
    kept = [
        a
        for a in absences
        if a.day <= until and a.code in absent_codes and (a.day, a.half) in lesson
    ]
    kept.sort(key=_half, reverse=True)  # "VM" before "NM" within a day (stable sorts)
    kept.sort(key=_day)
    return kept


_half = attrgetter("half")
_day = attrgetter("day")


def busiest_slot(absent: list[Absence]) -> SlotShare | None:
    if not absent:
        return None
    afternoon = HalfDay.NM
    counter = Counter(a.day.weekday() * 2 + (a.half is afternoon) for a in absent)
    # the most absences; on a tie the earliest slot of the week
    slot, count = max(counter.items(), key=lambda kv: (kv[1], -kv[0]))
    weekday, half_order = divmod(slot, 2)
    return SlotShare(weekday, HalfDay.VM if half_order == 0 else HalfDay.NM, count, len(absent))


def is_same_moment(slot: SlotShare | None, thresholds: Thresholds) -> bool:
    if slot is None or slot.of_total == 0:
        return False
    return (
        slot.count >= thresholds.same_moment_min
        and slot.count / slot.of_total >= thresholds.same_moment_share
    )


def max_in_window(days: list[date], window_days: int) -> int:
    """The most dates (sorted) that fit in any window of `window_days` calendar days."""
    ordinals = [day.toordinal() for day in days]
    best, low = 0, 0
    for high, ordinal in enumerate(ordinals):
        while ordinal - ordinals[low] >= window_days:
            low += 1
        if high - low + 1 > best:
            best = high - low + 1
    return best


def classify_pattern(
    absent: list[Absence], slot: SlotShare | None, thresholds: Thresholds
) -> Pattern | None:
    if len(absent) < thresholds.pattern_min_absences:
        return None
    if is_same_moment(slot, thresholds):
        return Pattern.SAME_MOMENT
    in_window = max_in_window([a.day for a in absent], thresholds.concentrated_window_days)
    if in_window >= thresholds.concentrated_share * len(absent):
        return Pattern.CONCENTRATED
    return Pattern.SPREAD


def year_figures(
    absences: Iterable[Absence],
    calendar: SchoolCalendar,
    codes: CodeTable,
    reference: date,
    thresholds: Thresholds | None = None,
    enrolled_from: date | None = None,
    enrolled_until: date | None = None,
) -> YearFigures:
    """Compute the figures; the rate counts only the days the pupil was enrolled."""
    limits = thresholds or Thresholds()
    year = calendar.school_year
    until = min(reference, year.last_date)
    if enrolled_until is not None:
        until = min(until, enrolled_until)
    first = max(year.first_date, enrolled_from) if enrolled_from else year.first_date
    absent = absent_half_days((a for a in absences if first <= a.day), calendar, codes, until)

    totals = dict.fromkeys(CodeGroup, 0)
    b_fifth: date | None = None
    b_count = 0
    groups = codes.groups()
    for absence in absent:
        group = groups[absence.code]
        totals[group] += 1
        if group is CodeGroup.B:
            b_count += 1
            if b_count == limits.clb_signal_b:
                b_fifth = absence.day

    window_start = reference - timedelta(days=limits.fast_window_days - 1)
    last_weeks = sum(1 for a in absent if window_start <= a.day <= reference)

    start = max(calendar.first_day, enrolled_from) if enrolled_from else calendar.first_day
    lesson = calendar.count_lesson_half_days(start, until) if until >= start else 0
    slot = busiest_slot(absent)
    return YearFigures(
        totals=totals,
        total=len(absent),
        b_count=b_count,
        b_fifth_date=b_fifth,
        last_6_weeks=last_weeks,
        lesson_half_days=lesson,
        absence_rate=(len(absent) / lesson) if lesson else 0.0,
        pattern=classify_pattern(absent, slot, limits),
        busiest_slot=slot,
        absent=tuple(absent),
    )
