"""Figures of one pupil in one school year: totals, 5th B, last six weeks, rate and pattern."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pa_desktop.domain.absences import Absence, Mark
from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.figures import Pattern, Thresholds, YearFigures, year_figures
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.services.resources import default_code_table

D = date.fromisoformat
VM, NM = HalfDay.VM, HalfDay.NM
CODES = default_code_table()
CAL_2025 = SchoolCalendar(SchoolYear(2025))


def a(day: str, half: HalfDay, code: str, *marks: Mark) -> Absence:
    return Absence(D(day), half, code, frozenset(marks))


def figures(absences: list[Absence], reference: str, **kwargs: date) -> YearFigures:
    return year_figures(absences, CAL_2025, CODES, D(reference), **kwargs)


# A pupil in 2025-2026, looked at on Friday 28/11/2025 (counted by hand below).
HAND_EXAMPLE = [
    a("2025-09-08", VM, "B"),  # Mon                     B1
    a("2025-09-08", NM, "B"),  # Mon                     B2
    a("2025-09-10", VM, "B"),  # Wed                     B3
    a("2025-09-10", NM, "Z"),  # Wed afternoon: no lessons -> not counted
    a("2025-09-13", VM, "B"),  # Saturday -> not counted
    a("2025-10-06", VM, "L"),  # late: not an absent half day
    a("2025-10-06", NM, "A"),  # pre-school code: not an absent half day
    a("2025-10-07", VM, "D"),  # medical certificate -> Z
    a("2025-10-07", NM, "Q"),  # bereavement -> P
    a("2025-10-20", VM, "C"),  # elite sport -> R
    a("2025-10-28", VM, "Z"),  # herfstvakantie -> not counted
    a("2025-11-03", VM, "B"),  # Mon                     B4
    a("2025-11-11", VM, "B"),  # wapenstilstand -> not counted
    a("2025-11-17", VM, "B"),  # Mon                     B5
    a("2025-11-18", VM, "H"),  # other
    a("2025-11-19", VM, "-"),  # unknown
    a("2025-11-24", VM, "B"),  # Mon                     B6
    a("2025-12-01", VM, "B"),  # after the reference date -> not counted
]


def test_hand_counted_example() -> None:
    f = figures(HAND_EXAMPLE, "2025-11-28")
    assert f.totals == {
        CodeGroup.B: 6,
        CodeGroup.P: 1,
        CodeGroup.R: 1,
        CodeGroup.Z: 1,
        CodeGroup.OTHER: 1,
        CodeGroup.UNKNOWN: 1,
    }
    assert f.total == 11
    assert f.b_count == 6
    assert f.b_fifth_date == D("2025-11-17")
    # 42 days up to 28/11 start on 18/10: 20/10, 3/11, 17/11, 18/11, 19/11, 24/11.
    assert f.last_6_weeks == 6
    # 1/9 - 28/11: 12 lesson weeks of 9 half days, minus Tuesday 11/11 (2) = 106.
    assert f.lesson_half_days == 106
    assert f.absence_rate == pytest.approx(11 / 106)
    # Monday morning holds 5 of the 11 (8/9, 20/10, 3/11, 17/11, 24/11): 45% >= 40%.
    assert f.busiest_slot is not None
    assert (f.busiest_slot.weekday, f.busiest_slot.half, f.busiest_slot.count) == (0, VM, 5)
    assert f.pattern is Pattern.SAME_MOMENT


def test_hand_counted_example_for_a_pupil_enrolled_from_october() -> None:
    f = figures(HAND_EXAMPLE, "2025-11-28", enrolled_from=D("2025-10-01"))
    # The three September B codes fall before the enrolment.
    assert f.totals[CodeGroup.B] == 3
    assert f.total == 8
    assert f.b_fifth_date is None
    # Wed 1/10 (1) + Thu-Fri (4) + 3 weeks (27) + November as above (34) = 66.
    assert f.lesson_half_days == 66
    assert f.absence_rate == pytest.approx(8 / 66)


def test_hand_counted_example_for_a_pupil_who_left() -> None:
    f = figures(HAND_EXAMPLE, "2025-11-28", enrolled_until=D("2025-11-14"))
    assert f.total == 7  # B x4, Z, P, R
    assert f.b_count == 4
    # 8 weeks (72) + week of 3/11 (9) + week of 10/11 without 11/11 (7) = 88.
    assert f.lesson_half_days == 88
    assert f.absence_rate == pytest.approx(7 / 88)
    assert f.last_6_weeks == 2  # 20/10 and 3/11


def test_reference_before_the_first_lesson_day_gives_zero_rate() -> None:
    f = figures(HAND_EXAMPLE, "2025-08-20")
    assert (f.total, f.lesson_half_days, f.absence_rate) == (0, 0, 0.0)


def test_absences_of_another_school_year_are_not_counted() -> None:
    f = figures([a("2025-06-02", VM, "B"), a("2026-09-07", VM, "B")], "2026-06-30")
    assert f.total == 0


# --- pattern -----------------------------------------------------------------------------------
def test_pattern_is_none_below_three_absent_half_days() -> None:
    f = figures([a("2025-09-08", VM, "B"), a("2025-09-15", VM, "B")], "2026-06-30")
    assert f.pattern is None


def test_pattern_spread() -> None:
    # Five absences, each more than 6 weeks from the next, all on different slots.
    f = figures(
        [
            a("2025-09-02", VM, "B"),  # Tue
            a("2025-10-16", NM, "Z"),  # Thu, 44 days later
            a("2025-12-03", VM, "B"),  # Wed, 48 days later
            a("2026-01-20", NM, "P"),  # Tue, 48 days later
            a("2026-03-05", VM, "R"),  # Thu, 44 days later
        ],
        "2026-06-30",
    )
    assert f.pattern is Pattern.SPREAD


def test_pattern_concentrated() -> None:
    # Four of six absences in one week of November: at least half within 6 weeks.
    f = figures(
        [
            a("2025-09-02", VM, "B"),
            a("2025-11-17", VM, "Z"),
            a("2025-11-18", NM, "Z"),
            a("2025-11-20", VM, "Z"),
            a("2025-11-21", NM, "Z"),
            a("2026-03-05", VM, "B"),
        ],
        "2026-06-30",
    )
    assert f.pattern is Pattern.CONCENTRATED


def test_pattern_concentrated_at_exactly_half() -> None:
    # Four of eight within 6 weeks of November, the other four months apart.
    f = figures(
        [
            a("2025-09-02", VM, "B"),
            a("2025-11-17", NM, "B"),
            a("2025-11-24", VM, "B"),
            a("2025-12-02", NM, "B"),
            a("2025-12-09", VM, "B"),
            a("2026-01-20", NM, "P"),
            a("2026-03-12", VM, "R"),
            a("2026-05-06", VM, "R"),
        ],
        "2026-06-30",
    )
    assert f.pattern is Pattern.CONCENTRATED
    assert f.busiest_window is not None and f.busiest_window.count == 4


def test_one_b_a_month_is_not_concentrated() -> None:
    # The case: mornings of 8/9, 14/10 and 18/11; two fit in 6 weeks, which is no
    # concentration (the old rule said "concentrated").
    f = figures(
        [a("2025-09-08", VM, "B"), a("2025-10-14", VM, "B"), a("2025-11-18", VM, "B")],
        "2025-11-28",
    )
    assert f.pattern is Pattern.SPREAD


def test_absences_in_the_first_weeks_of_a_year_are_not_concentrated() -> None:
    # Five absences in September, looked at early October: the window holds every lesson half
    # day so far, so its share of absences is no more than its share of lessons.
    days = ["2025-09-01", "2025-09-09", "2025-09-17", "2025-09-25", "2025-09-30"]
    f = figures([a(d, VM, "Z") for d in days], "2025-10-03")
    assert f.busiest_window is not None and f.busiest_window.count == 5
    assert f.pattern is Pattern.SPREAD


def test_four_absences_in_two_weeks_of_a_long_year_are_concentrated() -> None:
    days = ["2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12", "2025-09-15"]
    f = figures([a(d, NM, "Z") for d in days], "2026-05-29")
    assert f.pattern is Pattern.CONCENTRATED
    window = f.busiest_window
    assert window is not None
    assert window.absence_share >= 2 * window.lesson_share


def test_two_of_four_exactly_six_weeks_apart_are_spread() -> None:
    # 2/9 and 14/10 are 42 days apart: no window of 42 calendar days holds both.
    f = figures(
        [
            a("2025-09-02", VM, "B"),
            a("2025-10-14", NM, "B"),
            a("2026-01-20", NM, "P"),
            a("2026-05-05", VM, "R"),
        ],
        "2026-06-30",
    )
    assert f.pattern is Pattern.SPREAD


MONDAY_MORNINGS = ["2025-09-08", "2025-10-13", "2025-12-08", "2026-02-02", "2026-03-09"]
SPREAD_OTHERS = [
    a("2025-09-02", NM, "Z"),  # Tue
    a("2025-10-16", NM, "Z"),  # Thu
    a("2025-12-03", VM, "Z"),  # Wed
    a("2026-01-20", NM, "Z"),  # Tue
    a("2026-03-06", NM, "Z"),  # Fri
    a("2026-05-07", VM, "Z"),  # Thu
    a("2026-06-05", NM, "Z"),  # Fri
]


def test_pattern_same_moment() -> None:
    mondays = [a(d, VM, "B") for d in MONDAY_MORNINGS[:4]]
    f = figures(mondays + SPREAD_OTHERS[:2], "2026-06-30")  # 4 of 6 on Monday morning
    assert f.pattern is Pattern.SAME_MOMENT


def test_four_monday_mornings_below_40_percent_are_not_same_moment() -> None:
    mondays = [a(d, VM, "B") for d in MONDAY_MORNINGS[:4]]
    f = figures(mondays + SPREAD_OTHERS, "2026-06-30")  # 4 of 11 = 36%
    assert f.busiest_slot is not None and f.busiest_slot.count == 4
    assert f.pattern is not Pattern.SAME_MOMENT


def test_three_monday_mornings_are_not_same_moment() -> None:
    f = figures([a(d, VM, "B") for d in MONDAY_MORNINGS[:3]], "2026-06-30")
    assert f.pattern is not Pattern.SAME_MOMENT


def test_thresholds_come_from_a_mapping_and_refuse_nonsense() -> None:
    assert Thresholds.from_mapping({"clb_signal_b": 3, "new_key": 1}).clb_signal_b == 3
    with pytest.raises(ValueError):
        Thresholds.from_mapping({"clb_signal_b": "five"})
    with pytest.raises(ValueError):
        Thresholds.from_mapping({"clb_signal_b": -1})
    with pytest.raises(ValueError):
        Thresholds.from_mapping({"clb_signal_b": True})


def test_a_lower_threshold_moves_the_fifth_b_date() -> None:
    f = year_figures(HAND_EXAMPLE, CAL_2025, CODES, D("2025-11-28"), Thresholds(clb_signal_b=3))
    assert f.b_fifth_date == D("2025-09-10")


# --- properties ------------------------------------------------------------------------------------
ALL_CODES = sorted(c.code for c in CODES)


@st.composite
def pupil_years(draw: st.DrawFn) -> tuple[SchoolCalendar, list[Absence], date, date | None]:
    year = SchoolYear(draw(st.integers(min_value=1990, max_value=2100)))
    span = (year.last_date - year.first_date).days
    slots = draw(
        st.lists(
            st.tuples(st.integers(0, span), st.sampled_from([VM, NM])),
            unique=True,
            max_size=80,
        )
    )
    absences = [
        Absence(
            year.first_date + timedelta(days=offset),
            half,
            draw(st.sampled_from(ALL_CODES)),
            frozenset(draw(st.sets(st.sampled_from(list(Mark))))),
        )
        for offset, half in slots
    ]
    reference = year.first_date + timedelta(days=draw(st.integers(-5, span + 20)))
    enrolled_from = draw(
        st.none() | st.integers(0, span).map(lambda o: year.first_date + timedelta(days=o))
    )
    return SchoolCalendar(year), absences, reference, enrolled_from


def _figures(
    calendar: SchoolCalendar, absences: list[Absence], reference: date, since: date | None
):
    return year_figures(absences, calendar, CODES, reference, enrolled_from=since)


@settings(max_examples=150, deadline=None)
@given(pupil_years())
def test_totals_never_exceed_lesson_half_days_and_rate_is_a_fraction(data) -> None:
    calendar, absences, reference, since = data
    f = _figures(calendar, absences, reference, since)
    assert f.total == sum(f.totals.values())
    assert f.b_count == f.totals[CodeGroup.B]
    assert 0 <= f.last_6_weeks <= f.total <= f.lesson_half_days
    assert 0.0 <= f.absence_rate <= 1.0
    assert (f.b_fifth_date is not None) == (f.b_count >= 5)


@settings(max_examples=150, deadline=None)
@given(pupil_years(), st.data())
def test_adding_an_absence_never_lowers_a_count(data, more: st.DataObject) -> None:
    calendar, absences, reference, since = data
    year = calendar.school_year
    taken = {(x.day, x.half) for x in absences}
    day = more.draw(st.dates(year.first_date, year.last_date))
    half = more.draw(st.sampled_from([VM, NM]))
    if (day, half) in taken:
        return
    extra = Absence(day, half, more.draw(st.sampled_from(ALL_CODES)))

    before = _figures(calendar, absences, reference, since)
    after = _figures(calendar, [*absences, extra], reference, since)
    assert after.total >= before.total
    assert after.b_count >= before.b_count
    assert after.last_6_weeks >= before.last_6_weeks
    for group in CodeGroup:
        assert after.totals[group] >= before.totals[group]
    assert after.absence_rate >= before.absence_rate
    if before.b_fifth_date is not None:
        assert after.b_fifth_date is not None and after.b_fifth_date <= before.b_fifth_date


@settings(max_examples=150, deadline=None)
@given(pupil_years())
def test_the_busiest_window_holds_the_most_absences_of_any_six_weeks(data) -> None:
    calendar, absences, reference, since = data
    f = _figures(calendar, absences, reference, since)
    window = f.busiest_window
    if f.total < 3:
        assert window is None and f.pattern is None
        return
    assert window is not None
    days = [a.day for a in f.absent]
    brute = max(sum(1 for d in days if first <= d <= first + timedelta(days=41)) for first in days)
    assert window.count == brute
    assert sum(1 for d in days if window.first <= d <= window.last) == brute
    assert (window.last - window.first).days == 41
    assert 0 <= window.lesson_half_days <= f.lesson_half_days == window.of_lesson_half_days


def test_doubtful_certificates_count_runs_on_z_codes_only() -> None:
    doubtful = Mark.DOUBTFUL_CERTIFICATE
    f = figures(
        [
            a("2025-10-06", VM, "Z", doubtful),  # Mon-Tue: one certificate
            a("2025-10-06", NM, "Z", doubtful),
            a("2025-10-07", VM, "D", doubtful),
            a("2025-10-09", VM, "Z", doubtful),  # Thursday: a second one
            a("2025-10-13", VM, "B", doubtful),  # stored before marks went with codes: ignored
        ],
        "2025-11-28",
    )
    assert f.doubtful_certificates == 2
