"""Every pupil's year read once into a small summary, for the insight's aggregates.

Reading 120,000 absent half days is the costly part of the "Inzicht" view; a filter change must
not repeat it. So each pupil's absences are counted here once (per month and code group, per
weekday slot, the dates of every absent and every B half day), and the aggregation (insight.py)
only merges the summaries a filter admits. Pure: no I/O, no Qt.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from pa_desktop.domain.absences import Absence, Mark
from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
from pa_desktop.domain.codes import CodeGroup, CodeTable
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.insight_shapes import NO_STATE, InsightFilter, InsightSettings
from pa_desktop.domain.text import class_sort_key

Slot = tuple[int, HalfDay]  # (weekday, half day)
Enrolment = tuple[date | None, date | None]
SLOTS: tuple[Slot, ...] = tuple((w, h) for w in range(5) for h in (HalfDay.VM, HalfDay.NM))


@dataclass(frozen=True)
class PupilInput:
    """One pupil's year as the overview computed it (absent half days up to the reference)."""

    pupil_id: int
    class_name: str
    state: str | None
    absent: Sequence[Absence]
    lesson_half_days: int
    enrolled_from: date | None = None
    enrolled_until: date | None = None
    signals_at_cutoff: frozenset[str] = frozenset()
    carried_b: int = 0  # B half days carried in by a transfer (rule 10: they count in bands)


@dataclass(frozen=True)
class PupilSummary:
    """What the aggregates need of one pupil, counted once."""

    pupil_id: int
    class_name: str
    state: str
    month_groups: Mapping[tuple[int, CodeGroup], int]
    slots: Mapping[Slot, int]
    b_slots: Mapping[Slot, int]
    absent_days: tuple[int, ...]  # date ordinals, sorted, one per absent half day
    b_days: tuple[int, ...]
    early_b: int
    lesson_half_days: int
    enrolment: Enrolment
    signals_at_cutoff: frozenset[str]
    carried_b: int = 0

    @property
    def total(self) -> int:
        return len(self.absent_days)

    @property
    def b_total(self) -> int:
        """B half days of the year: this vault's and those carried in (AGODI bands, 5-B)."""
        return len(self.b_days) + self.carried_b

    @property
    def rate(self) -> float:
        return self.total / self.lesson_half_days if self.lesson_half_days else 0.0

    def b_until(self, day: date) -> int:
        return bisect_right(self.b_days, day.toordinal())

    def absent_until(self, day: date) -> int:
        return bisect_right(self.absent_days, day.toordinal())


@dataclass(frozen=True)
class Exposure:
    """Lesson half days per month and per weekday slot for one enrolment, up to the reference."""

    months: Mapping[int, int]
    slots: Mapping[Slot, int]


@dataclass(frozen=True)
class YearData:
    """One school year summarised: everything a filter needs, without the absences."""

    calendar: SchoolCalendar
    reference: date
    settings: InsightSettings
    pupils: tuple[PupilSummary, ...]
    exposures: Mapping[Enrolment, Exposure] = field(default_factory=dict)

    @property
    def year(self) -> SchoolYear:
        return self.calendar.school_year

    @property
    def complete(self) -> bool:
        return self.reference >= self.calendar.last_day

    def classes(self) -> list[str]:
        return sorted({p.class_name for p in self.pupils}, key=class_sort_key)

    def states(self) -> list[str]:
        return sorted({p.state for p in self.pupils}, key=lambda s: (s != NO_STATE, s))

    def summary(self, pupil_id: int) -> PupilSummary | None:
        for pupil in self.pupils:
            if pupil.pupil_id == pupil_id:
                return pupil
        return None


def admits(chosen: InsightFilter, pupil: PupilSummary) -> bool:
    return (not chosen.classes or pupil.class_name in chosen.classes) and (
        not chosen.states or pupil.state in chosen.states
    )


# summarising ---------------------------------------------------------------------------------
def _exposure(calendar: SchoolCalendar, reference: date, enrolment: Enrolment) -> Exposure:
    start, end = enrolment
    until = min(reference, end) if end is not None else reference
    months: dict[int, int] = {}
    slots: dict[Slot, int] = {}
    for day, half in calendar.lesson_half_days():
        if day > until:
            break
        if start is not None and day < start:
            continue
        months[day.month] = months.get(day.month, 0) + 1
        slot = (day.weekday(), half)
        slots[slot] = slots.get(slot, 0) + 1
    return Exposure(months, slots)


def summarise(
    inputs: Iterable[PupilInput],
    calendar: SchoolCalendar,
    codes: CodeTable,
    reference: date,
    settings: InsightSettings | None = None,
) -> YearData:
    """Count every pupil's absences once; pupils not enrolled on any lesson half day are left
    out (a pupil who left before the year began is not part of this year's school)."""
    chosen = settings or InsightSettings()
    groups = {code.code: code.group for code in codes.codes()}
    early_months = frozenset(chosen.early_months)
    b_group = CodeGroup.B
    luxeverzuim = Mark.LUXEVERZUIM
    exposures: dict[Enrolment, Exposure] = {}
    summaries: list[PupilSummary] = []
    day_info: dict[date, tuple[int, int, int]] = {}  # day -> (month, weekday, ordinal)
    for item in inputs:
        if item.lesson_half_days <= 0:
            continue
        enrolment = (item.enrolled_from, item.enrolled_until)
        if enrolment not in exposures:
            exposures[enrolment] = _exposure(calendar, reference, enrolment)
        month_keys: list[tuple[int, CodeGroup]] = []
        slot_keys: list[Slot] = []
        b_slot_keys: list[Slot] = []
        absent_days: list[int] = []
        b_days: list[int] = []
        early_b = 0
        for absence in item.absent:
            info = day_info.get(absence.day)
            if info is None:
                day = absence.day
                info = day_info[day] = (day.month, day.weekday(), day.toordinal())
            group = groups.get(absence.code) or codes.group_of(absence.code)
            month_keys.append((info[0], group))
            slot = (info[1], absence.half)
            slot_keys.append(slot)
            absent_days.append(info[2])
            if group is b_group:
                b_slot_keys.append(slot)
                b_days.append(info[2])
                if info[0] in early_months and luxeverzuim not in absence.marks:
                    early_b += 1
        absent_days.sort()
        b_days.sort()
        summaries.append(
            PupilSummary(
                pupil_id=item.pupil_id,
                class_name=item.class_name,
                state=item.state or NO_STATE,
                month_groups=Counter(month_keys),
                slots=Counter(slot_keys),
                b_slots=Counter(b_slot_keys),
                absent_days=tuple(absent_days),
                b_days=tuple(b_days),
                early_b=early_b,
                lesson_half_days=item.lesson_half_days,
                enrolment=enrolment,
                signals_at_cutoff=item.signals_at_cutoff,
                carried_b=item.carried_b,
            )
        )
    return YearData(calendar, reference, chosen, tuple(summaries), exposures)
