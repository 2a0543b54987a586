"""Every signal of DOMAIN.md: one case that fires it and near misses that must not."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from pa_desktop.domain.absences import Absence, ContactAttempt, Mark
from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
from pa_desktop.domain.figures import year_figures
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.signals import SIGNAL_IDS, SignalContext, compute_signals
from pa_desktop.services.resources import default_code_table

D = date.fromisoformat
VM, NM = HalfDay.VM, HalfDay.NM
CODES = default_code_table()
CAL = SchoolCalendar(SchoolYear(2025))  # 2025-2026, Wednesday afternoon free
LUX, MEDICAL = Mark.LUXEVERZUIM, Mark.MEDICAL_CERTIFICATE


def a(day: str, half: HalfDay, code: str, *marks: Mark) -> Absence:
    return Absence(D(day), half, code, frozenset(marks))


def run(first: str, count: int, code: str = "B") -> list[Absence]:
    """`count` consecutive lesson half days from `first` on, all with `code`."""
    slots = [s for s in CAL.lesson_half_days() if s[0] >= D(first)][:count]
    return [Absence(day, half, code) for day, half in slots]


def parent_contact(day: str, reached: bool, towards_parents: bool = True) -> ContactAttempt:
    """An attempt towards the parents, or else towards the pupil."""
    return ContactAttempt(
        D(day), towards_parents=towards_parents, reached=reached, towards_pupil=not towards_parents
    )


@dataclass
class Case:
    absences: list[Absence]
    reference: str = "2026-06-30"
    context: dict[str, Any] = field(default_factory=dict)

    def fired(self) -> dict[str, dict[str, Any]]:
        reference = D(self.reference)
        figures = year_figures(self.absences, CAL, CODES, reference)
        context = SignalContext(reference=reference, **self.context)
        return {s.id: s.facts for s in compute_signals(figures, CAL, CODES, context)}


MONDAYS_VM = [a(d, VM, "B") for d in ("2025-09-08", "2025-10-13", "2025-12-08", "2026-02-02")]
SIX_OTHERS = [
    a("2025-09-02", NM, "Z"),  # Tue
    a("2025-10-16", NM, "Z"),  # Thu
    a("2025-12-03", VM, "Z"),  # Wed
    a("2026-01-20", NM, "Z"),  # Tue
    a("2026-03-06", NM, "Z"),  # Fri
    a("2026-05-07", VM, "Z"),  # Thu
]
# Week of Monday 17/11/2025: 9 lesson half days (Wednesday afternoon free).
WEEK_17_11 = run("2025-11-17", 9, "P")
SINGLE_Z_MONDAYS = [a(d, VM, "Z") for d in ("2025-09-08", "2025-09-15", "2025-09-22", "2025-09-29")]

FIRING: dict[str, Case] = {
    "clb_signal_due": Case(run("2025-11-03", 5)),
    "early_year_b": Case([a("2025-09-15", VM, "B")]),
    # 9 in the week of 17/11 + Monday 20/10, both inside the 42 days up to 28/11 (18/10-28/11)
    "fast_accumulation": Case([*WEEK_17_11, a("2025-10-20", VM, "P")], "2025-11-28"),
    # 4 of 10 absent half days on Monday morning: 40%
    "same_moment": Case(MONDAYS_VM + SIX_OTHERS),
    # Monday 17/11; Tue, Wed, Thu, Fri make 4 lesson days > 3
    "unknown_code": Case([a("2025-11-17", VM, "-")], "2025-11-21"),
    # a fifth period on a parent's note
    "sick_note_limit": Case([*SINGLE_Z_MONDAYS, a("2025-10-06", VM, "Z")]),
    "parents_unreachable": Case(
        [],
        "2025-11-28",
        {
            "parent_contacts": [
                parent_contact("2025-11-03", False),
                parent_contact("2025-11-10", False),
            ]
        },
    ),
    "known_problem": Case([], context={"previous_year_b": 5}),
    "allowance_at_risk": Case(run("2025-11-03", 20), context={"previous_year_b": 30}),
    "allowance_lost": Case(run("2025-11-03", 30), context={"previous_year_b": 30}),
    "relapse_after_closure": Case(
        [a("2025-11-03", VM, "Z")], context={"closed_on": D("2025-10-31")}
    ),
    # B on Monday 17/11; Tue-Fri are 4 lesson days, and the only call was the week before
    "no_contact_after_b": Case(
        [a("2025-11-17", VM, "B")],
        "2025-11-21",
        {"parent_contacts": [parent_contact("2025-11-14", True)]},
    ),
}

NEAR_MISSES: list[tuple[str, str, Case]] = [
    ("clb_signal_due", "four B", Case(run("2025-11-03", 4))),
    (
        "clb_signal_due",
        "fifth B falls in a holiday",
        Case([*run("2025-11-03", 4), a("2025-12-23", VM, "B")]),
    ),
    (
        "clb_signal_due",
        "already signalled this year",
        Case(run("2025-11-03", 5), context={"signalled_to_clb_on": D("2025-11-20")}),
    ),
    ("early_year_b", "luxeverzuim in September", Case([a("2025-09-15", VM, "B", LUX)])),
    ("early_year_b", "B in November", Case([a("2025-11-03", VM, "B")])),
    ("early_year_b", "justified code in September", Case([a("2025-09-15", VM, "P")])),
    ("fast_accumulation", "nine in six weeks", Case(WEEK_17_11, "2025-11-28")),
    (
        "fast_accumulation",
        "tenth one day before the 42-day window",
        Case([*WEEK_17_11, a("2025-10-17", VM, "P")], "2025-11-28"),
    ),
    (
        "same_moment",
        "4 of 11 on Monday morning",
        Case([*MONDAYS_VM, *SIX_OTHERS, a("2026-06-04", NM, "Z")]),
    ),
    ("same_moment", "only 3 Monday mornings", Case(MONDAYS_VM[:3])),
    ("unknown_code", "3 lesson days old", Case([a("2025-11-17", VM, "-")], "2025-11-20")),
    (
        "unknown_code",
        "12 calendar days over the herfstvakantie are 3 lesson days",
        Case([a("2025-10-24", VM, "-")], "2025-11-05"),
    ),
    (
        "unknown_code",
        "a free day (11/11) is not a lesson day",
        Case([a("2025-11-07", VM, "-")], "2025-11-13"),
    ),
    ("sick_note_limit", "four short periods", Case(SINGLE_Z_MONDAYS)),
    (
        "sick_note_limit",
        "fifth period has a medical certificate mark",
        Case([*SINGLE_Z_MONDAYS, a("2025-10-06", VM, "Z", MEDICAL)]),
    ),
    (
        "sick_note_limit",
        "fifth period is a D (medical certificate) code",
        Case([*SINGLE_Z_MONDAYS, a("2025-10-06", VM, "D")]),
    ),
    ("sick_note_limit", "Monday-Wednesday is 3 days", Case(run("2025-11-17", 5, "Z"))),
    (
        "sick_note_limit",
        "Monday-Thursday with a medical certificate",
        Case([Absence(x.day, x.half, "Z", frozenset({MEDICAL})) for x in run("2025-11-17", 7)]),
    ),
    (
        "parents_unreachable",
        "reached after two failed attempts",
        Case(
            [],
            "2025-11-28",
            {
                "parent_contacts": [
                    parent_contact("2025-11-03", False),
                    parent_contact("2025-11-10", False),
                    parent_contact("2025-11-17", True),
                ]
            },
        ),
    ),
    (
        "parents_unreachable",
        "one of the failed attempts was towards the pupil",
        Case(
            [],
            "2025-11-28",
            {
                "parent_contacts": [
                    parent_contact("2025-11-03", False, towards_parents=False),
                    parent_contact("2025-11-10", False),
                ]
            },
        ),
    ),
    (
        "parents_unreachable",
        "the second attempt is after the reference date",
        Case(
            [],
            "2025-11-28",
            {
                "parent_contacts": [
                    parent_contact("2025-11-03", False),
                    parent_contact("2025-12-01", False),
                ]
            },
        ),
    ),
    ("known_problem", "4 B last year", Case([], context={"previous_year_b": 4})),
    (
        "known_problem",
        "5 B in a later school year is not an earlier year",
        Case([], context={"earlier_b": {2025: 5, 2026: 9, 2023: 4}}),
    ),
    ("no_contact_after_b", "3 lesson days old", Case([a("2025-11-17", VM, "B")], "2025-11-20")),
    (
        "no_contact_after_b",
        "the pupil was talked to on the day of the B",
        Case(
            [a("2025-11-17", NM, "B")],
            "2025-11-28",
            {"parent_contacts": [parent_contact("2025-11-17", True, towards_parents=False)]},
        ),
    ),
    (
        "no_contact_after_b",
        "an attempt that did not reach the parents is still contact",
        Case(
            [a("2025-11-17", NM, "B")],
            "2025-11-28",
            {"parent_contacts": [parent_contact("2025-11-19", False)]},
        ),
    ),
    (
        "no_contact_after_b",
        "no B at all, only sickness",
        Case([a("2025-11-03", VM, "Z")], "2025-11-28"),
    ),
    (
        "allowance_at_risk",
        "19 B this year",
        Case(run("2025-11-03", 19), context={"previous_year_b": 30}),
    ),
    (
        "allowance_at_risk",
        "29 B last year",
        Case(run("2025-11-03", 25), context={"previous_year_b": 29}),
    ),
    (
        "allowance_at_risk",
        "already lost",
        Case(run("2025-11-03", 30), context={"previous_year_b": 30}),
    ),
    (
        "allowance_lost",
        "29 B this year",
        Case(run("2025-11-03", 29), context={"previous_year_b": 30}),
    ),
    (
        "allowance_lost",
        "29 B last year",
        Case(run("2025-11-03", 30), context={"previous_year_b": 29}),
    ),
    (
        "relapse_after_closure",
        "absences only before the closure",
        Case([a("2025-10-20", VM, "Z")], context={"closed_on": D("2025-10-31")}),
    ),
    (
        "relapse_after_closure",
        "a late arrival after closure is not an absence",
        Case([a("2025-11-03", VM, "L")], context={"closed_on": D("2025-10-31")}),
    ),
]


def test_every_signal_id_has_a_firing_case_and_a_near_miss() -> None:
    assert set(FIRING) == set(SIGNAL_IDS)
    assert {signal for signal, _, _ in NEAR_MISSES} == set(SIGNAL_IDS)


@pytest.mark.parametrize("signal_id", SIGNAL_IDS)
def test_signal_fires(signal_id: str) -> None:
    assert signal_id in FIRING[signal_id].fired()


@pytest.mark.parametrize(
    ("signal_id", "case"),
    [pytest.param(s, c, id=f"{s}: {why}") for s, why, c in NEAR_MISSES],
)
def test_signal_does_not_fire_on_a_near_miss(signal_id: str, case: Case) -> None:
    assert signal_id not in case.fired()


def test_signal_facts_say_why() -> None:
    assert FIRING["clb_signal_due"].fired()["clb_signal_due"] == {
        "b": 5,
        "fifth": D("2025-11-05"),  # Mon 3/11 VM, NM, Tue 4/11 VM, NM, Wed 5/11 VM
    }
    assert FIRING["early_year_b"].fired()["early_year_b"] == {"count": 1, "first": D("2025-09-15")}
    assert FIRING["same_moment"].fired()["same_moment"] == {
        "weekday": 0,
        "half": "VM",
        "count": 4,
        "total": 10,
    }
    assert FIRING["allowance_lost"].fired()["allowance_lost"] == {"b": 30, "previous_b": 30}


def test_a_long_sick_note_period_fires() -> None:
    # Monday 17/11 to Thursday 20/11 on a parent's note: 4 calendar days > 3.
    fired = Case(run("2025-11-17", 7, "Z")).fired()
    assert fired["sick_note_limit"] == {"periods": 1, "longest_days": 4}


def test_early_b_counts_only_the_non_luxeverzuim_codes() -> None:
    fired = Case([a("2025-10-06", VM, "B", LUX), a("2025-10-07", VM, "B")]).fired()
    assert fired["early_year_b"] == {"count": 1, "first": D("2025-10-07")}


@pytest.mark.parametrize("signal_id", ["parents_unreachable", "known_problem"])
def test_signals_set_by_hand(signal_id: str) -> None:
    flag = {
        "parents_unreachable": "parents_unreachable_flag",
        "known_problem": "known_problem_flag",
    }
    assert signal_id in Case([], context={flag[signal_id]: True}).fired()


def test_signals_come_in_the_documented_order() -> None:
    case = Case(
        [*run("2025-09-08", 30), *run("2025-11-17", 9, "-")],
        "2025-11-28",
        {"previous_year_b": 40, "known_problem_flag": True},
    )
    fired = list(case.fired())
    assert fired == [s for s in SIGNAL_IDS if s in fired]
    assert {"clb_signal_due", "early_year_b", "allowance_lost", "known_problem"} <= set(fired)


def test_a_sick_note_period_spans_a_weekend_but_not_a_holiday() -> None:
    """Friday + Monday on one parent's note covers 4 calendar days; across herfst it is two notes."""
    from pa_desktop.domain.absences import Absence
    from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
    from pa_desktop.domain.halfday import HalfDay
    from pa_desktop.domain.signals import sick_note_periods

    calendar = SchoolCalendar(SchoolYear(2025))

    def whole_day(day: date) -> list[Absence]:
        return [Absence(day, HalfDay.VM, "Z"), Absence(day, HalfDay.NM, "Z")]

    weekend = whole_day(date(2025, 10, 3)) + whole_day(date(2025, 10, 6))
    assert sick_note_periods(weekend, calendar) == [(date(2025, 10, 3), date(2025, 10, 6))]
    around_holiday = whole_day(date(2025, 10, 24)) + whole_day(date(2025, 11, 3))
    assert sick_note_periods(around_holiday, calendar) == [
        (date(2025, 10, 24), date(2025, 10, 24)),
        (date(2025, 11, 3), date(2025, 11, 3)),
    ]
    broken = [
        Absence(date(2025, 10, 7), HalfDay.VM, "Z"),
        Absence(date(2025, 10, 7), HalfDay.NM, "B"),
        Absence(date(2025, 10, 8), HalfDay.VM, "Z"),
        Absence(date(2025, 10, 9), HalfDay.VM, "Z", frozenset({Mark.MEDICAL_CERTIFICATE})),
        Absence(date(2025, 10, 9), HalfDay.NM, "Z"),
    ]
    # a B or a doctor's certificate in between ends the note: three notes, not one run
    assert sick_note_periods(broken, calendar) == [
        (date(2025, 10, 7), date(2025, 10, 7)),
        (date(2025, 10, 8), date(2025, 10, 8)),
        (date(2025, 10, 9), date(2025, 10, 9)),
    ]


def test_known_problem_reads_every_earlier_year_and_names_it() -> None:
    # the year before had 2 B, but the one before that 7: still a known problem
    case = Case([], context={"previous_year_b": 2, "earlier_b": {2024: 2, 2023: 7, 2022: 12}})
    facts = case.fired()["known_problem"]
    assert (facts["year"], facts["year_b"]) == ("2023-2024", 7)


def test_unreachable_parents_say_whether_the_contact_details_were_checked_since() -> None:
    attempts = [parent_contact("2025-11-03", False), parent_contact("2025-11-10", False)]
    unchecked = Case([], "2025-11-28", {"parent_contacts": attempts}).fired()
    assert unchecked["parents_unreachable"]["checked_since"] is False
    before = Case(
        [], "2025-11-28", {"parent_contacts": attempts, "contact_checked_on": D("2025-10-01")}
    ).fired()
    assert before["parents_unreachable"]["checked_since"] is False
    after = Case(
        [], "2025-11-28", {"parent_contacts": attempts, "contact_checked_on": D("2025-11-05")}
    ).fired()
    assert after["parents_unreachable"]["checked_since"] is True
    assert after["parents_unreachable"]["since"] == D("2025-11-03")
