"""The pupil overview: one row per pupil with the figures that matter and the signals that fire."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pa_desktop.domain.absences import Absence
from pa_desktop.domain.calendar import SchoolCalendar
from pa_desktop.domain.codes import CodeGroup, CodeTable
from pa_desktop.domain.figures import Thresholds, YearFigures, year_figures
from pa_desktop.domain.measures import Measure, contact_attempts, next_follow_up
from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.signals import Signal, SignalContext, compute_signals
from pa_desktop.domain.trajectory import (
    TrajectoryEntry,
    closed_on,
    current_state,
    needs_attention,
    signalled_in,
)


@dataclass(frozen=True)
class GuidanceData:
    """Measures, trajectory steps and manual flags of every pupil (empty for a bare vault)."""

    measures: Mapping[int, list[Measure]] = field(default_factory=dict)
    trajectory: Mapping[int, list[TrajectoryEntry]] = field(default_factory=dict)
    flags: Mapping[int, dict[str, str]] = field(default_factory=dict)
    contact_checked: Mapping[int, date] = field(default_factory=dict)


@dataclass(frozen=True)
class SchoolsData:
    """Per pupil: the school's calendar and thresholds, the enrolment span of the year, the
    school's name, and B half days carried in (this year; every earlier year by start year).
    Empty for a vault of one school whose pupils never moved."""

    calendars: Mapping[int, SchoolCalendar] = field(default_factory=dict)
    thresholds: Mapping[int, Thresholds] = field(default_factory=dict)
    spans: Mapping[int, tuple[date | None, date | None]] = field(default_factory=dict)
    names: Mapping[int, str] = field(default_factory=dict)
    carried_b: Mapping[int, int] = field(default_factory=dict)
    carried_years: Mapping[int, Mapping[int, int]] = field(default_factory=dict)  # earlier years


@dataclass(frozen=True)
class OverviewRow:
    pupil: Pupil
    figures: YearFigures
    previous_b: int
    signals: tuple[Signal, ...]
    state: str | None = None
    next_follow_up: date | None = None
    attention: bool = False
    earlier_b: Mapping[int, int] = field(default_factory=dict)  # start year -> B half days
    contact_checked_on: date | None = None
    school: str = ""
    carried_b: int = 0  # B half days carried in by a transfer for this school year

    @property
    def b_this_year(self) -> int:
        """What the 5-B and 30-B rules read: this vault's B half days and the carried ones."""
        return self.figures.b_count + self.carried_b

    @property
    def signal_ids(self) -> list[str]:
        return [signal.id for signal in self.signals]

    def as_json(self) -> dict[str, Any]:
        """The `pupils --json` object: its keys are a public interface, extend compatibly."""
        totals = self.figures.totals
        return {
            "id": self.pupil.id,
            "last_name": self.pupil.last_name,
            "first_name": self.pupil.first_name,
            "class": self.pupil.class_name,
            "totals": {
                "B": totals[CodeGroup.B],
                "P": totals[CodeGroup.P],
                "R": totals[CodeGroup.R],
                "Z": totals[CodeGroup.Z],
                "other": totals[CodeGroup.OTHER],
                "unknown": totals[CodeGroup.UNKNOWN],
            },
            "total": self.figures.total,
            "b_fifth_date": _iso(self.figures.b_fifth_date),
            "last_6_weeks": self.figures.last_6_weeks,
            "lesson_half_days": self.figures.lesson_half_days,
            "absence_rate": round(self.figures.absence_rate, 4),
            "pattern": self.figures.pattern.value if self.figures.pattern else None,
            "signals": self.signal_ids,
            "signal_facts": {
                s.id: {k: _jsonable(v) for k, v in s.facts.items()} for s in self.signals
            },
            "previous_year_b": self.previous_b,
            "state": self.state,
            "next_follow_up": _iso(self.next_follow_up),
            "attention": self.attention,
            "school": self.school,
            "carried_b": self.carried_b,
            "b_this_year": self.b_this_year,
            "doubtful_certificates": self.figures.doubtful_certificates,
            "contact_checked_on": _iso(self.contact_checked_on),
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _jsonable(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def compute_overview(
    pupils: Sequence[Pupil],
    absences: Mapping[int, list[Absence]],
    previous_b_counts: Mapping[int, int],
    calendar: SchoolCalendar,
    codes: CodeTable,
    thresholds: Thresholds,
    reference: date,
    guidance: GuidanceData | None = None,
    schools: SchoolsData | None = None,
    earlier_b_counts: Mapping[int, Mapping[int, int]] | None = None,
) -> list[OverviewRow]:
    """`earlier_b_counts`: per pupil, the B half days of every earlier school year ({start year:
    count}); a later source (B carried in by a transfer) can be merged into it by the caller."""
    extra = guidance or GuidanceData()
    per_school = schools or SchoolsData()
    every_earlier = earlier_b_counts or {}
    year = calendar.school_year
    rows = []
    for pupil in pupils:
        pid = pupil.id
        own_calendar = per_school.calendars.get(pid, calendar)
        limits = per_school.thresholds.get(pid, thresholds)
        carried = per_school.carried_b.get(pid, 0)
        carried_years = per_school.carried_years.get(pid, {})
        previous_b = previous_b_counts.get(pid, 0) + carried_years.get(year.start_year - 1, 0)
        since, until = per_school.spans.get(pid, (pupil.enrolled_from, pupil.enrolled_until))
        figures = year_figures(
            absences.get(pid, ()),
            own_calendar,
            codes,
            reference,
            limits,
            enrolled_from=since,
            enrolled_until=until,
        )
        logged = extra.measures.get(pupil.id, [])
        steps = [e for e in extra.trajectory.get(pupil.id, []) if e.day <= reference]
        flags = extra.flags.get(pupil.id, {})
        earlier = dict(every_earlier.get(pupil.id, {}))
        for start, count in carried_years.items():  # rule 10: carried-in years count too
            if start < year.start_year:
                earlier[start] = earlier.get(start, 0) + count
        checked = extra.contact_checked.get(pupil.id)
        context = SignalContext(
            reference=reference,
            previous_year_b=previous_b,
            signalled_to_clb_on=signalled_in(steps, year),
            parent_contacts=contact_attempts(m for m in logged if m.day <= reference),
            parents_unreachable_flag="parents_unreachable" in flags,
            known_problem_flag="known_problem" in flags,
            closed_on=closed_on(steps),
            carried_b=carried,
            earlier_b=earlier,
            contact_checked_on=checked if checked is None or checked <= reference else None,
        )
        signals = compute_signals(figures, own_calendar, codes, context, limits)
        state = current_state(steps)
        rows.append(
            OverviewRow(
                pupil,
                figures,
                previous_b,
                tuple(signals),
                state=state.value if state else None,
                next_follow_up=next_follow_up(logged),
                attention=needs_attention(steps),
                school=per_school.names.get(pid, ""),
                carried_b=carried,
                earlier_b=earlier,
                contact_checked_on=checked,
            )
        )
    return rows
