"""A small generated school for the insight tests: six pupils in three classes, 2025-2026
(and a previous year), with absences chosen so every aggregate can be counted by hand.

Calendar 2025-2026 (Flemish rules): herfstvakantie 27/10-2/11, kerstvakantie 22/12-4/1,
krokusvakantie 16-22/2, paasvakantie 6-19/4; free 11/11, 1/5, 14-15/5, 25/5; no lessons on
Wednesday afternoon. Lesson half days: 327 in the year, 40 in September, 32 in October.

| id | class | state            | this year                                                    |
|----|-------|------------------|--------------------------------------------------------------|
| 1  | 1A    | signalled_clb    | B Mon 8/9 VM+NM, B Wed 10/9 VM, Z Tue 4/11 VM+NM, B Mon 17/11 VM, B Mon 24/11 VM |
| 2  | 1A    | -                | B Mon 20/10 VM+NM marked luxeverzuim, Z Mon 1/12 VM         |
| 3  | 1B    | -                | nothing                                                      |
| 4  | 1B    | school_follow_up | B on every lesson half day 2/3-20/3, and Mon 23/3, Tue 24/3: 31 B in March |
| 5  | 2A    | -                | arrives 5/1/2026: Z on every lesson half day 5/1-16/1 (18), "-" Mon 19/1 VM, M Tue 20/1 VM |
| 6  | 2A    | -                | every Friday afternoon: R 12/9, P 19/9, D 26/9, B 3/10, B 10/10, B 6/2, B 13/2, B 6/3 |
"""

from __future__ import annotations

from datetime import date, timedelta

from pa_desktop.domain.absences import Absence, Mark
from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
from pa_desktop.domain.halfday import HalfDay

D = date.fromisoformat
VM, NM = HalfDay.VM, HalfDay.NM
YEAR = SchoolYear(2025)
PREVIOUS = SchoolYear(2024)
CALENDAR = SchoolCalendar(YEAR)
PREVIOUS_CALENDAR = SchoolCalendar(PREVIOUS)
YEAR_END = D("2026-06-30")
MID_YEAR = D("2025-11-28")
LUX = frozenset({Mark.LUXEVERZUIM})


def absence(day: str, half: HalfDay, code: str, marks: frozenset[Mark] = frozenset()) -> Absence:
    return Absence(D(day), half, code, marks, "test")


def every_lesson_half_day(
    first: str, last: str, code: str, calendar: SchoolCalendar = CALENDAR
) -> list[Absence]:
    """The code on every lesson half day from first to last (Wednesday afternoons skipped)."""
    start, end = D(first), D(last)
    result = []
    day = start
    while day <= end:
        for half in (VM, NM):
            if calendar.is_lesson_half_day(day, half):
                result.append(Absence(day, half, code, frozenset(), "test"))
        day += timedelta(days=1)
    return result


PUPILS: dict[int, tuple[str, str, str, str | None, date | None]] = {
    # id: (last name, first name, class, trajectory state, enrolled from)
    1: ("Peeters", "Lotte", "1A", "signalled_clb", None),
    2: ("Janssens", "Wout", "1A", None, None),
    3: ("De Smet", "Fien", "1B", None, None),
    4: ("Yılmaz", "Ayşe", "1B", "school_follow_up", None),
    5: ("Kowalski", "Łukasz", "2A", None, D("2026-01-05")),
    6: ("Mbuyi", "Grâce", "2A", None, None),
}

ABSENCES: dict[int, list[Absence]] = {
    1: [
        absence("2025-09-08", VM, "B"),
        absence("2025-09-08", NM, "B"),
        absence("2025-09-10", VM, "B"),
        absence("2025-11-04", VM, "Z"),
        absence("2025-11-04", NM, "Z"),
        absence("2025-11-17", VM, "B"),
        absence("2025-11-24", VM, "B"),
    ],
    2: [
        absence("2025-10-20", VM, "B", LUX),
        absence("2025-10-20", NM, "B", LUX),
        absence("2025-12-01", VM, "Z"),
    ],
    3: [],
    4: [
        *every_lesson_half_day("2026-03-02", "2026-03-20", "B"),
        *every_lesson_half_day("2026-03-23", "2026-03-24", "B"),
    ],
    5: [
        *every_lesson_half_day("2026-01-05", "2026-01-16", "Z"),
        absence("2026-01-19", VM, "-"),
        absence("2026-01-20", VM, "M"),
    ],
    6: [
        absence("2025-09-12", NM, "R"),
        absence("2025-09-19", NM, "P"),
        absence("2025-09-26", NM, "D"),
        absence("2025-10-03", NM, "B"),
        absence("2025-10-10", NM, "B"),
        absence("2026-02-06", NM, "B"),
        absence("2026-02-13", NM, "B"),
        absence("2026-03-06", NM, "B"),
    ],
}

# The signals each pupil had on 31 October 2025 (the service computes them; the domain takes them).
SIGNALS_AT_CUTOFF: dict[int, frozenset[str]] = {
    1: frozenset({"early_year_b"}),
    2: frozenset(),
    3: frozenset(),
    4: frozenset({"known_problem"}),
    5: frozenset(),
    6: frozenset({"early_year_b", "same_moment"}),
}

# 2024-2025 (herfstvakantie 28/10-3/11/2024): pupil 1 has 5 B by 28/11/2024 and a 6th in March,
# pupil 6 has 5 B in February, pupil 2 was ill the first two weeks (18 Z: 17% of the 104 lesson
# half days up to 28/11/2024, 5.6% of the whole year).
PREVIOUS_ABSENCES: dict[int, list[Absence]] = {
    1: [
        absence("2024-11-04", VM, "B"),
        absence("2024-11-04", NM, "B"),
        absence("2024-11-05", VM, "B"),
        absence("2024-11-05", NM, "B"),
        absence("2024-11-06", VM, "B"),
        absence("2025-03-10", VM, "B"),
    ],
    2: every_lesson_half_day("2024-09-02", "2024-09-13", "Z", PREVIOUS_CALENDAR),
    6: every_lesson_half_day("2025-02-03", "2025-02-05", "B", PREVIOUS_CALENDAR),
}
