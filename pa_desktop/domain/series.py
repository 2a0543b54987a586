"""The cumulative count of absent half days over a school year, for the timeline's chart.

One point per lesson day: a flat stretch is a quiet period, a steep one is the speed the guideline
warns about. B and all codes are counted side by side, because B codes usually follow a rise in
"justified" absences.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from pa_desktop.domain.absences import Absence
from pa_desktop.domain.calendar import SchoolCalendar
from pa_desktop.domain.codes import CodeGroup, CodeTable


@dataclass(frozen=True)
class CumulativePoint:
    day: date
    all_codes: int
    b_codes: int


def cumulative_series(
    absent: Iterable[Absence], calendar: SchoolCalendar, codes: CodeTable, until: date | None = None
) -> list[CumulativePoint]:
    """Running totals at the end of every lesson day up to `until` (the whole year by default).

    `absent` must already hold only absent half days (see figures.absent_half_days).
    """
    per_day_all: dict[date, int] = {}
    per_day_b: dict[date, int] = {}
    for absence in absent:
        per_day_all[absence.day] = per_day_all.get(absence.day, 0) + 1
        if codes.group_of(absence.code) is CodeGroup.B:
            per_day_b[absence.day] = per_day_b.get(absence.day, 0) + 1
    points: list[CumulativePoint] = []
    running_all = running_b = 0
    seen: set[date] = set()
    for day, _half in calendar.lesson_half_days():
        if day in seen:
            continue
        if until is not None and day > until:
            break
        seen.add(day)
        running_all += per_day_all.get(day, 0)
        running_b += per_day_b.get(day, 0)
        points.append(CumulativePoint(day, running_all, running_b))
    return points
