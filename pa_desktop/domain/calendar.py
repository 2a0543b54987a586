"""The school-year calendar of Dutch-language schools in Brussels (Flemish rules).

Holidays are computed from rules, never from a table, so every future year is right without an
update. A school adds its own free days and decides whether Wednesday afternoon has lessons.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import cached_property

from pa_desktop.domain.halfday import HalfDay

_MONDAY, _WEDNESDAY, _SATURDAY, _SUNDAY = 0, 2, 5, 6
_YEAR_LABEL = re.compile(r"^\s*(\d{4})\s*[-/]\s*(\d{2}|\d{4})\s*$")


def easter_sunday(year: int) -> date:
    """Gregorian Easter (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = (h + el - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, order=True)
class SchoolYear:
    """A school year, named by its first calendar year: 2026 is "2026-2027"."""

    start_year: int

    @classmethod
    def parse(cls, label: str) -> SchoolYear:
        """Read "2026-2027" (or "2026-27"); refuse a pair that is not two consecutive years."""
        match = _YEAR_LABEL.match(label)
        if not match:
            raise ValueError(f"not a school year: {label!r} (expected e.g. 2026-2027)")
        first = int(match.group(1))
        second_text = match.group(2)
        second = (
            int(second_text) if len(second_text) == 4 else (first // 100) * 100 + int(second_text)
        )
        if second != first + 1:
            raise ValueError(f"not a school year: {label!r} (years must follow each other)")
        return cls(first)

    @classmethod
    def containing(cls, day: date) -> SchoolYear:
        """July and August belong to the school year that starts in September."""
        return cls(day.year if day.month >= 7 else day.year - 1)

    @property
    def label(self) -> str:
        return f"{self.start_year}-{self.start_year + 1}"

    @property
    def first_date(self) -> date:
        return date(self.start_year, 9, 1)

    @property
    def last_date(self) -> date:
        return date(self.start_year + 1, 6, 30)

    def previous(self) -> SchoolYear:
        return SchoolYear(self.start_year - 1)

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class Holiday:
    """A school holiday, inclusive of both ends (weekends included, as schools announce them)."""

    name: str
    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass(frozen=True)
class FreeDay:
    """A single day without lessons: a public holiday or a school's own free day."""

    day: date
    name: str


class DayKind(StrEnum):
    LESSON = "lesson"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    FREE_DAY = "free_day"
    OUTSIDE = "outside"


@dataclass(frozen=True)
class FreeHalfDay:
    """A morning or an afternoon without lessons at one school (the rest of the day has lessons)."""

    day: date
    half: HalfDay
    name: str


@dataclass(frozen=True)
class CalendarSettings:
    """School-specific choices; the defaults are the common case in Brussels."""

    wednesday_afternoon_free: bool = True
    extra_free_days: tuple[FreeDay, ...] = ()
    free_half_days: tuple[FreeHalfDay, ...] = ()


def flemish_holidays(year: SchoolYear) -> list[Holiday]:
    """The four holidays inside a school year, by the Flemish rules (see DOMAIN.md)."""
    y1, y2 = year.start_year, year.start_year + 1

    all_saints = date(y1, 11, 1)
    autumn_start = (
        all_saints + timedelta(days=1)
        if all_saints.weekday() == _SUNDAY
        else _monday_of(all_saints)
    )

    christmas = date(y1, 12, 25)
    if christmas.weekday() >= _SATURDAY:
        winter_start = christmas + timedelta(days=7 - christmas.weekday())
    else:
        winter_start = _monday_of(christmas)

    easter = easter_sunday(y2)
    carnival_start = easter - timedelta(days=6 + 7 * 6)  # the 7th Monday before Easter

    april_first = date(y2, 4, 1)
    first_april_monday = april_first + timedelta(days=(_MONDAY - april_first.weekday()) % 7)
    if easter.month == 3:
        spring_start = easter + timedelta(days=1)
        spring_end = spring_start + timedelta(days=13)
    elif easter > date(y2, 4, 15):
        spring_start = easter - timedelta(days=13)
        spring_end = easter + timedelta(days=1)  # Easter Monday is added
    else:
        spring_start = first_april_monday
        spring_end = spring_start + timedelta(days=13)

    return [
        Holiday("herfstvakantie", autumn_start, autumn_start + timedelta(days=6)),
        Holiday("kerstvakantie", winter_start, winter_start + timedelta(days=13)),
        Holiday("krokusvakantie", carnival_start, carnival_start + timedelta(days=6)),
        Holiday("paasvakantie", spring_start, spring_end),
    ]


def public_free_days(year: SchoolYear) -> list[FreeDay]:
    """Public holidays that fall in the school year; the calendar drops those in a holiday."""
    y1, y2 = year.start_year, year.start_year + 1
    easter = easter_sunday(y2)
    ascension = easter + timedelta(days=39)
    return [
        FreeDay(date(y1, 11, 11), "wapenstilstand"),
        FreeDay(easter + timedelta(days=1), "paasmaandag"),
        FreeDay(date(y2, 5, 1), "dag van de arbeid"),
        FreeDay(ascension, "hemelvaart"),
        FreeDay(ascension + timedelta(days=1), "brugdag na hemelvaart"),
        FreeDay(easter + timedelta(days=50), "pinkstermaandag"),
    ]


@dataclass(frozen=True)
class SchoolCalendar:
    """Which half days of one school year have lessons."""

    school_year: SchoolYear
    settings: CalendarSettings = field(default_factory=CalendarSettings)

    @cached_property
    def holidays(self) -> list[Holiday]:
        return flemish_holidays(self.school_year)

    @cached_property
    def free_days(self) -> list[FreeDay]:
        """Free days on weekdays outside holidays, public ones first, sorted by date."""
        year = self.school_year
        seen: dict[date, FreeDay] = {}
        candidates = [*public_free_days(year), *self.settings.extra_free_days]
        for free in candidates:
            if not year.first_date <= free.day <= year.last_date:
                continue
            if free.day.weekday() >= _SATURDAY or self._holiday_of(free.day) is not None:
                continue
            seen.setdefault(free.day, free)
        return sorted(seen.values(), key=lambda f: f.day)

    @cached_property
    def _free_dates(self) -> frozenset[date]:
        return frozenset(f.day for f in self.free_days)

    def _holiday_of(self, day: date) -> Holiday | None:
        for holiday in self.holidays:
            if day in holiday:
                return holiday
        return None

    def day_kind(self, day: date) -> DayKind:
        if not self.school_year.first_date <= day <= self.school_year.last_date:
            return DayKind.OUTSIDE
        if day.weekday() >= _SATURDAY:
            return DayKind.WEEKEND
        if self._holiday_of(day) is not None:
            return DayKind.HOLIDAY
        if day in self._free_dates:
            return DayKind.FREE_DAY
        return DayKind.LESSON

    def day_label(self, day: date) -> str | None:
        """The name of the holiday or free day that covers this date, if any."""
        holiday = self._holiday_of(day)
        if holiday is not None:
            return holiday.name
        for free in self.free_days:
            if free.day == day:
                return free.name
        return None

    def own_reason(self, day: date, half: HalfDay) -> str | None:
        """The school's own reason why this half day has no lessons (its study day, its free
        morning), or None when the computed calendar or the Wednesday rule explains it."""
        for free in self.settings.free_half_days:
            if free.day == day and free.half is half:
                return free.name
        for whole in self.settings.extra_free_days:
            if whole.day == day:
                return whole.name
        return None

    def is_lesson_day(self, day: date) -> bool:
        index = self._lesson_index
        return (day, HalfDay.VM) in index or (day, HalfDay.NM) in index

    def is_lesson_half_day(self, day: date, half: HalfDay) -> bool:
        return (day, half) in self._lesson_index

    def lesson_slots(self) -> Mapping[tuple[date, HalfDay], int]:
        """Every lesson half day with its position (for fast membership tests in bulk work)."""
        return self._lesson_index

    def lesson_position(self, day: date, half: HalfDay) -> int | None:
        """The index of a lesson half day in the year (None when it has no lessons)."""
        return self._lesson_index.get((day, half))

    def lesson_half_days(self) -> list[tuple[date, HalfDay]]:
        """Every lesson half day of the year, in time order."""
        return list(self._lesson_sequence)

    @cached_property
    def _lesson_sequence(self) -> tuple[tuple[date, HalfDay], ...]:
        slots: list[tuple[date, HalfDay]] = []
        free_halves = {(f.day, f.half) for f in self.settings.free_half_days}
        for day in _days(self.school_year.first_date, self.school_year.last_date):
            if self.day_kind(day) is not DayKind.LESSON:
                continue
            if (day, HalfDay.VM) not in free_halves:
                slots.append((day, HalfDay.VM))
            if (day, HalfDay.NM) not in free_halves and not (
                day.weekday() == _WEDNESDAY and self.settings.wednesday_afternoon_free
            ):
                slots.append((day, HalfDay.NM))
        return tuple(slots)

    @cached_property
    def _lesson_index(self) -> dict[tuple[date, HalfDay], int]:
        return {slot: i for i, slot in enumerate(self._lesson_sequence)}

    @cached_property
    def _lesson_ordinals(self) -> list[int]:
        return [day.toordinal() * 2 + half.order for day, half in self._lesson_sequence]

    @property
    def first_day(self) -> date:
        return self._lesson_sequence[0][0]

    @property
    def last_day(self) -> date:
        return self._lesson_sequence[-1][0]

    def count_lesson_half_days(self, start: date | None = None, end: date | None = None) -> int:
        """Lesson half days from start to end, both dates inclusive (whole year by default)."""
        from bisect import bisect_left, bisect_right

        ordinals = self._lesson_ordinals
        low = 0 if start is None else bisect_left(ordinals, start.toordinal() * 2)
        high = len(ordinals) if end is None else bisect_right(ordinals, end.toordinal() * 2 + 1)
        return max(0, high - low)

    def lesson_days_between(self, start: date, end: date) -> int:
        """Whole lesson days after start up to and including end (for "older than N days")."""
        from bisect import bisect_right

        if end <= start:
            return 0
        days = self._lesson_day_ordinals
        return bisect_right(days, end.toordinal()) - bisect_right(days, start.toordinal())

    @cached_property
    def _lesson_day_ordinals(self) -> list[int]:
        # a day counts once, whichever of its halves has lessons (a free morning leaves one)
        return sorted({day.toordinal() for day, _half in self._lesson_sequence})


def _days(start: date, end: date) -> Iterator[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def half_day_range(
    start: date, start_half: HalfDay, end: date, end_half: HalfDay, calendar: SchoolCalendar
) -> list[tuple[date, HalfDay]]:
    """The lesson half days from (start, half) to (end, half), inclusive; free slots skipped."""
    low = start.toordinal() * 2 + start_half.order
    high = end.toordinal() * 2 + end_half.order
    return [
        (day, half)
        for day, half in calendar.lesson_half_days()
        if low <= day.toordinal() * 2 + half.order <= high
    ]


def years_between(first: date, last: date) -> Iterable[SchoolYear]:
    """Every school year touched by the dates first..last."""
    year = SchoolYear.containing(first)
    while year.first_date <= last:
        yield year
        year = SchoolYear(year.start_year + 1)
