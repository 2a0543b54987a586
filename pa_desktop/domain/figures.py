"""The figures the guideline looks at for one pupil in one school year.

Total absences (every code) matter as much as B codes; speed matters more than the total. All
counting is over *absent half days*: lesson half days carrying a code that counts as absent.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from operator import attrgetter, sub
from typing import Any

from pa_desktop.domain.absences import Absence, Mark
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
    concentrated_min: int = 4
    concentrated_lesson_factor: float = 2.0
    doubtful_certificate_advice: int = 2
    no_contact_lesson_days: int = 3

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
class WindowShare:
    """The busiest window of `days` calendar days: its absent and its lesson half days.

    `lesson_half_days` counts only the part of the window inside the pupil's year so far, so
    its share compares with the pupil's own lesson half days.
    """

    first: date
    last: date
    count: int
    lesson_half_days: int
    of_total: int
    of_lesson_half_days: int

    @property
    def absence_share(self) -> float:
        return self.count / self.of_total if self.of_total else 0.0

    @property
    def lesson_share(self) -> float:
        return self.lesson_half_days / self.of_lesson_half_days if self.of_lesson_half_days else 1.0


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
    absent: Sequence[Absence] = field(repr=False, default=())
    busiest_window: WindowShare | None = None
    doubtful_certificates: int = 0

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


def busiest_window(
    absent: list[Absence],
    calendar: SchoolCalendar,
    start: date,
    until: date,
    window_days: int,
) -> WindowShare | None:
    """The window of `window_days` calendar days with the most absent half days.

    Windows start or end on an absence; of equally busy ones, the one with the fewest lesson
    half days (inside start..until) wins, as it is the most concentrated reading of the data.
    The overview does this for every pupil of a school, so it slides over day numbers once and
    asks the calendar only about the busiest windows.
    """
    if not absent or until < start or window_days < 1:
        return None
    days = list(map(date.toordinal, map(_day, absent)))
    span = window_days - 1
    # the window starting on each absence ends before the first absence past it (C-level loops)
    ends = [bisect_right(days, day + span) for day in days]
    counts = list(map(sub, ends, range(len(days))))
    most = max(counts)
    busiest = [i for i, count in enumerate(counts) if count == most]
    first_day, last_day = start.toordinal(), until.toordinal()

    def lesson_in(first: int) -> int:
        low_day, high_day = max(first, first_day), min(first + span, last_day)
        if high_day < low_day:
            return 0
        return calendar.count_lesson_half_days(
            date.fromordinal(low_day), date.fromordinal(high_day)
        )

    candidates = {days[i] for i in busiest} | {days[ends[i] - 1] - span for i in busiest}
    lesson, first = min((lesson_in(first), first) for first in candidates)
    total_lesson = calendar.count_lesson_half_days(start, until)
    return WindowShare(
        date.fromordinal(first),
        date.fromordinal(first + span),
        most,
        lesson,
        len(absent),
        total_lesson,
    )


def classify_pattern(
    absent: list[Absence],
    slot: SlotShare | None,
    thresholds: Thresholds,
    window: WindowShare | None = None,
) -> Pattern | None:
    """DOMAIN.md: same moment first; concentrated when the busiest 6 weeks hold at least 4
    absences, at least half of them, and at least twice the share those weeks' lesson half days
    make of the pupil's lesson half days so far (absences a month apart, or the first weeks of a
    year, are not "concentrated"); else spread."""
    if len(absent) < thresholds.pattern_min_absences:
        return None
    if is_same_moment(slot, thresholds):
        return Pattern.SAME_MOMENT
    if (
        window is not None
        and window.count >= thresholds.concentrated_min
        and window.count >= thresholds.concentrated_share * len(absent)
        and window.absence_share >= thresholds.concentrated_lesson_factor * window.lesson_share
    ):
        return Pattern.CONCENTRATED
    return Pattern.SPREAD


def certificate_periods(absent: Sequence[Absence], calendar: SchoolCalendar, mark: Mark) -> int:
    """How many runs of consecutive lesson half days carry `mark`: one certificate each."""
    runs = 0
    previous: int | None = None
    for absence in absent:
        if not absence.has(mark):
            continue
        index = calendar.lesson_position(absence.day, absence.half)
        if index is None or previous is None or index != previous + 1:
            runs += 1
        previous = index
    return runs


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
    window = (
        busiest_window(absent, calendar, start, until, limits.concentrated_window_days)
        if len(absent) >= limits.pattern_min_absences
        else None
    )
    return YearFigures(
        totals=totals,
        total=len(absent),
        b_count=b_count,
        b_fifth_date=b_fifth,
        last_6_weeks=last_weeks,
        lesson_half_days=lesson,
        absence_rate=(len(absent) / lesson) if lesson else 0.0,
        pattern=classify_pattern(absent, slot, limits, window),
        busiest_slot=slot,
        absent=tuple(absent),
        busiest_window=window,
        # a mark a vault stored on another code before marks went with codes does not count
        doubtful_certificates=certificate_periods(
            [a for a in absent if groups[a.code] is CodeGroup.Z],
            calendar,
            Mark.DOUBTFUL_CERTIFICATE,
        ),
    )
