"""Warning signals (knipperlichten and legal thresholds) for one pupil in one school year.

Each signal has a stable id (the command line prints it) and the facts that made it fire, so the
GUI can say *why* in the user's language. Inputs that later features provide (measures, trajectory,
manual flags) are plain optional values here, so the rules live in one place from the start.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pa_desktop.domain.absences import Absence, ContactAttempt, Mark
from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
from pa_desktop.domain.codes import UNKNOWN_CODE, CodeGroup, CodeTable
from pa_desktop.domain.figures import Thresholds, YearFigures, is_same_moment

SIGNAL_IDS: tuple[str, ...] = (
    "clb_signal_due",
    "early_year_b",
    "fast_accumulation",
    "same_moment",
    "unknown_code",
    "sick_note_limit",
    "parents_unreachable",
    "known_problem",
    "allowance_at_risk",
    "allowance_lost",
    "relapse_after_closure",
    "no_contact_after_b",
)

PARENT_NOTE_SICK_CODE = "Z"


@dataclass(frozen=True)
class Signal:
    """A fired signal: its id and the figures behind it (for the "why" text)."""

    id: str
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SignalContext:
    """Everything besides this year's absences that a signal may depend on."""

    reference: date
    previous_year_b: int = 0
    signalled_to_clb_on: date | None = None
    parent_contacts: Sequence[ContactAttempt] = ()  # every contact attempt, pupil or parents
    parents_unreachable_flag: bool = False
    known_problem_flag: bool = False
    closed_on: date | None = None
    # rule 10: B half days a transfer carried in for this school year, counted with this
    # vault's own for the 5-B duty and the 30-B rules (earlier carried years go in earlier_b)
    carried_b: int = 0
    # B half days of every earlier school year (start year -> count), from the vault and carried
    # in by a transfer; the previous year's count is `previous_year_b` when not given here
    earlier_b: Mapping[int, int] = field(default_factory=dict)
    contact_checked_on: date | None = None  # when the parents' contact details were checked


def earlier_problem_year(
    context: SignalContext, year: SchoolYear, limits: Thresholds
) -> tuple[SchoolYear, int] | None:
    """The most recent earlier school year with at least `known_problem_previous_b` B half days
    (DOMAIN.md knipperlicht c: absences in earlier school years, not only the last one)."""
    counts = dict(context.earlier_b)
    counts.setdefault(year.start_year - 1, context.previous_year_b)
    heavy = [
        (start, count)
        for start, count in counts.items()
        if start < year.start_year and count >= limits.known_problem_previous_b > 0
    ]
    if not heavy:
        return None
    start, count = max(heavy)
    return SchoolYear(start), count


def sick_note_periods(
    absent: Sequence[Absence], calendar: SchoolCalendar
) -> list[tuple[date, date]]:
    """Runs of Z on a parent's note (no medical certificate) over consecutive lesson half days.

    A weekend inside a run counts (a note for Friday to Monday covers 4 calendar days); a holiday
    ends the run, since nobody writes one note for the Friday before and the Monday after it.
    """
    periods: list[tuple[date, date]] = []
    previous_index: int | None = None
    # Only notes can make a run; any other absence between two notes takes a lesson half day of
    # its own, so the two notes' positions are not consecutive and the run ends there anyway.
    notes = [
        a for a in absent if a.code == PARENT_NOTE_SICK_CODE and not a.has(Mark.MEDICAL_CERTIFICATE)
    ]
    for absence in notes:
        index = calendar.lesson_position(absence.day, absence.half)
        if index is None:
            previous_index = None
            continue
        bridges_only_a_weekend = bool(periods) and (absence.day - periods[-1][1]).days <= 3
        if previous_index is not None and index == previous_index + 1 and bridges_only_a_weekend:
            periods[-1] = (periods[-1][0], absence.day)
        else:
            periods.append((absence.day, absence.day))
        previous_index = index
    return periods


def _parents_unreachable(context: SignalContext) -> tuple[int, date | None]:
    """The "not reached" attempts towards the parents since the last reached one: how many, and
    the day of the first of them."""
    streak, since = 0, None
    for attempt in sorted(context.parent_contacts, key=lambda c: c.day):
        if not attempt.towards_parents or attempt.day > context.reference:
            continue
        if attempt.reached:
            streak, since = 0, None
        else:
            streak += 1
            since = since or attempt.day
    return streak, since


def _no_contact_after_b(
    figures: YearFigures,
    calendar: SchoolCalendar,
    codes: CodeTable,
    context: SignalContext,
    limits: Thresholds,
) -> Signal | None:
    """Rule 1: from the first B the school contacts the pupil and/or the parents. Fires when the
    latest B half day is older than N lesson days and no attempt (any channel, any outcome)
    towards the pupil or the parents was logged on or after its date."""
    groups = codes.groups()
    last_b = next((a for a in reversed(figures.absent) if groups[a.code] is CodeGroup.B), None)
    if last_b is None:
        return None
    waited = calendar.lesson_days_between(last_b.day, context.reference)
    if waited <= limits.no_contact_lesson_days:
        return None
    contacted = any(
        (c.towards_parents or c.towards_pupil) and last_b.day <= c.day <= context.reference
        for c in context.parent_contacts
    )
    if contacted:
        return None
    return Signal("no_contact_after_b", {"last_b": last_b.day, "lesson_days": waited})


def compute_signals(
    figures: YearFigures,
    calendar: SchoolCalendar,
    codes: CodeTable,
    context: SignalContext,
    thresholds: Thresholds | None = None,
) -> list[Signal]:
    """Every signal that fires, in the order of SIGNAL_IDS."""
    limits = thresholds or Thresholds()
    absent = figures.absent
    fired: list[Signal] = []

    b_this_year = figures.b_count + context.carried_b
    if b_this_year >= limits.clb_signal_b and context.signalled_to_clb_on is None:
        due: dict[str, Any] = {"b": b_this_year, "fifth": figures.b_fifth_date}
        if context.carried_b:
            due["carried_b"] = context.carried_b
        fired.append(Signal("clb_signal_due", due))

    early = [
        a
        for a in absent
        if a.day.month in (9, 10)
        and codes.group_of(a.code) is CodeGroup.B
        and not a.has(Mark.LUXEVERZUIM)
    ]
    if early:
        fired.append(Signal("early_year_b", {"count": len(early), "first": early[0].day}))

    if figures.last_6_weeks >= limits.fast_accumulation:
        fired.append(
            Signal(
                "fast_accumulation",
                {"count": figures.last_6_weeks, "days": limits.fast_window_days},
            )
        )

    slot = figures.busiest_slot
    if slot is not None and is_same_moment(slot, limits):
        fired.append(
            Signal(
                "same_moment",
                {
                    "weekday": slot.weekday,
                    "half": slot.half.value,
                    "count": slot.count,
                    "total": slot.of_total,
                },
            )
        )

    stale = [
        a
        for a in absent
        if a.code == UNKNOWN_CODE
        and calendar.lesson_days_between(a.day, context.reference) > limits.unknown_code_lesson_days
    ]
    if stale:
        fired.append(Signal("unknown_code", {"count": len(stale), "oldest": stale[0].day}))

    periods = sick_note_periods(absent, calendar)
    longest = max(((end - start).days + 1 for start, end in periods), default=0)
    if len(periods) > limits.sick_note_max_periods or longest > limits.sick_note_max_days:
        fired.append(Signal("sick_note_limit", {"periods": len(periods), "longest_days": longest}))

    streak, since = _parents_unreachable(context)
    if context.parents_unreachable_flag or streak >= limits.parents_unreachable_attempts:
        checked = context.contact_checked_on
        fired.append(
            Signal(
                "parents_unreachable",
                {
                    "attempts": streak,
                    "manual": context.parents_unreachable_flag,
                    "since": since,
                    "checked_on": checked,
                    # "mits zekerheid over de contactgegevens": checked on or after the first
                    # failed attempt of the streak
                    "checked_since": checked is not None and since is not None and checked >= since,
                },
            )
        )

    problem_year = earlier_problem_year(context, calendar.school_year, limits)
    if context.known_problem_flag or problem_year is not None:
        facts: dict[str, Any] = {
            "previous_b": context.previous_year_b,
            "manual": context.known_problem_flag,
        }
        if problem_year is not None:
            facts.update(year=problem_year[0].label, year_b=problem_year[1])
        fired.append(Signal("known_problem", facts))

    previous_heavy = context.previous_year_b >= limits.allowance_previous_b
    lost = previous_heavy and b_this_year >= limits.allowance_lost_b
    if previous_heavy and not lost and b_this_year >= limits.allowance_risk_current_b:
        fired.append(
            Signal("allowance_at_risk", {"b": b_this_year, "previous_b": context.previous_year_b})
        )
    if lost:
        fired.append(
            Signal("allowance_lost", {"b": b_this_year, "previous_b": context.previous_year_b})
        )

    if context.closed_on is not None:
        after = [a for a in absent if a.day > context.closed_on]
        if after:
            fired.append(
                Signal(
                    "relapse_after_closure", {"count": len(after), "closed_on": context.closed_on}
                )
            )

    quiet = _no_contact_after_b(figures, calendar, codes, context, limits)
    if quiet is not None:
        fired.append(quiet)
    return fired
