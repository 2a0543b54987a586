"""The Flemish school calendar: holiday rules, free days, lesson half days and the school settings.

The hand-checked years below were worked out on paper from the rules in DOMAIN.md and a table of
Easter dates (not from the code), and agree with the calendars the Flemish government published.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pa_desktop.domain.calendar import (
    CalendarSettings,
    DayKind,
    FreeDay,
    SchoolCalendar,
    SchoolYear,
    easter_sunday,
    half_day_range,
)
from pa_desktop.domain.halfday import HalfDay

D = date.fromisoformat
MONDAY, WEDNESDAY, SUNDAY = 0, 2, 6

# Easter Sunday from a published table (not computed).
EASTER_TABLE = {
    1990: D("1990-04-15"),
    2000: D("2000-04-23"),
    2008: D("2008-03-23"),
    2011: D("2011-04-24"),
    2019: D("2019-04-21"),
    2023: D("2023-04-09"),
    2024: D("2024-03-31"),
    2025: D("2025-04-20"),
    2026: D("2026-04-05"),
    2027: D("2027-03-28"),
    2028: D("2028-04-16"),
    2030: D("2030-04-21"),
    2038: D("2038-04-25"),
    2100: D("2100-03-28"),
}

# school year -> (herfst, kerst, krokus, paas), each (first day, last day), worked out by hand.
HAND_CHECKED = {
    # Easter 21/4/2019 is after 15 April: paas from the 2nd Monday before Easter + Easter Monday.
    2018: (
        ("2018-10-29", "2018-11-04"),
        ("2018-12-24", "2019-01-06"),
        ("2019-03-04", "2019-03-10"),
        ("2019-04-08", "2019-04-22"),
    ),
    # 25/12/2022 is a Sunday: kerst from the Monday after. Easter 9/4/2023: first Monday of April.
    2022: (
        ("2022-10-31", "2022-11-06"),
        ("2022-12-26", "2023-01-08"),
        ("2023-02-20", "2023-02-26"),
        ("2023-04-03", "2023-04-16"),
    ),
    # Easter 31/3/2024 falls in March: paas from the Monday after Easter.
    2023: (
        ("2023-10-30", "2023-11-05"),
        ("2023-12-25", "2024-01-07"),
        ("2024-02-12", "2024-02-18"),
        ("2024-04-01", "2024-04-14"),
    ),
    # Easter 20/4/2025 is after 15 April: 7/4 to Easter Monday 21/4.
    2024: (
        ("2024-10-28", "2024-11-03"),
        ("2024-12-23", "2025-01-05"),
        ("2025-03-03", "2025-03-09"),
        ("2025-04-07", "2025-04-21"),
    ),
    # The worked check of DOMAIN.md.
    2025: (
        ("2025-10-27", "2025-11-02"),
        ("2025-12-22", "2026-01-04"),
        ("2026-02-16", "2026-02-22"),
        ("2026-04-06", "2026-04-19"),
    ),
    # 1/11/2026 is a Sunday: herfst from 2 November. Easter 28/3/2027 falls in March.
    2026: (
        ("2026-11-02", "2026-11-08"),
        ("2026-12-21", "2027-01-03"),
        ("2027-02-08", "2027-02-14"),
        ("2027-03-29", "2027-04-11"),
    ),
    # 25/12/2027 is a Saturday: kerst from Monday 27/12. Easter 16/4/2028 is after 15 April.
    2027: (
        ("2027-11-01", "2027-11-07"),
        ("2027-12-27", "2028-01-09"),
        ("2028-02-28", "2028-03-05"),
        ("2028-04-03", "2028-04-17"),
    ),
    # Easter 21/4/2030: the first Monday of April (1/4) is NOT the start; the 2nd Monday before
    # Easter (8/4) is.
    2029: (
        ("2029-10-29", "2029-11-04"),
        ("2029-12-24", "2030-01-06"),
        ("2030-03-04", "2030-03-10"),
        ("2030-04-08", "2030-04-22"),
    ),
}

HOLIDAY_NAMES = ["herfstvakantie", "kerstvakantie", "krokusvakantie", "paasvakantie"]


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _mondays_from_until(first: date, before: date) -> int:
    """Mondays in [first, before)."""
    return sum(1 for d in _days(first, before - timedelta(days=1)) if d.weekday() == MONDAY)


@pytest.mark.parametrize(("year", "easter"), sorted(EASTER_TABLE.items()))
def test_easter_matches_the_published_table(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


@pytest.mark.parametrize("start_year", sorted(HAND_CHECKED))
def test_holidays_of_hand_checked_years(start_year: int) -> None:
    calendar = SchoolCalendar(SchoolYear(start_year))
    got = [(h.name, h.start, h.end) for h in calendar.holidays]
    expected = [
        (name, D(first), D(last))
        for name, (first, last) in zip(HOLIDAY_NAMES, HAND_CHECKED[start_year], strict=True)
    ]
    assert got == expected


def test_worked_check_2025_2026_free_days_and_lesson_count() -> None:
    calendar = SchoolCalendar(SchoolYear.parse("2025-2026"))
    # Easter Monday 6/4/2026 lies inside the paasvakantie, so it is not listed separately.
    assert [(f.day, f.name) for f in calendar.free_days] == [
        (D("2025-11-11"), "wapenstilstand"),
        (D("2026-05-01"), "dag van de arbeid"),
        (D("2026-05-14"), "hemelvaart"),
        (D("2026-05-15"), "brugdag na hemelvaart"),
        (D("2026-05-25"), "pinkstermaandag"),
    ]
    assert calendar.first_day == D("2025-09-01")
    assert calendar.last_day == D("2026-06-30")
    # By hand: 43 weeks from Mon 1/9 to Sun 28/6, 6 of them holiday -> 37 weeks of 9 half days
    # (Wednesday afternoon free) = 333, + Mon 29/6 and Tue 30/6 (4), - 5 free weekdays (10).
    assert calendar.count_lesson_half_days() == 327
    # With lessons on Wednesday afternoon: + 37 Wednesdays.
    with_wednesday = SchoolCalendar(
        SchoolYear(2025), CalendarSettings(wednesday_afternoon_free=False)
    )
    assert with_wednesday.count_lesson_half_days() == 364


def test_day_kinds_of_2025_2026() -> None:
    calendar = SchoolCalendar(SchoolYear(2025))
    assert calendar.day_kind(D("2025-09-01")) is DayKind.LESSON
    assert calendar.day_kind(D("2025-09-06")) is DayKind.WEEKEND
    assert calendar.day_kind(D("2025-10-29")) is DayKind.HOLIDAY
    assert calendar.day_label(D("2025-10-29")) == "herfstvakantie"
    assert calendar.day_kind(D("2025-11-11")) is DayKind.FREE_DAY
    assert calendar.day_label(D("2025-11-11")) == "wapenstilstand"
    assert calendar.day_kind(D("2026-04-06")) is DayKind.HOLIDAY  # Easter Monday in paas
    assert calendar.day_kind(D("2026-07-01")) is DayKind.OUTSIDE
    assert calendar.day_kind(D("2025-08-31")) is DayKind.OUTSIDE


def test_first_lesson_day_is_a_monday_when_1_september_is_a_weekend() -> None:
    # 1/9/2024 is a Sunday; 30/6/2029 a Saturday.
    assert SchoolCalendar(SchoolYear(2024)).first_day == D("2024-09-02")
    assert SchoolCalendar(SchoolYear(2028)).last_day == D("2029-06-29")


# --- properties over every school year from 1990 to 2100 ----------------------------------------
years = st.integers(min_value=1990, max_value=2100).map(SchoolYear)


@settings(max_examples=150, deadline=None)
@given(years)
def test_holiday_rules_hold_for_every_year(year: SchoolYear) -> None:
    calendar = SchoolCalendar(year)
    herfst, kerst, krokus, paas = calendar.holidays
    assert [h.name for h in calendar.holidays] == HOLIDAY_NAMES

    # never overlap, in this order, all inside the school year
    assert year.first_date < herfst.start
    assert herfst.end < kerst.start
    assert kerst.end < krokus.start
    assert krokus.end < paas.start
    assert paas.end < year.last_date

    # every holiday starts on a Monday
    assert {h.start.weekday() for h in calendar.holidays} == {MONDAY}

    # herfst: 7 days, the week of 1 November (from 2 November when 1 November is a Sunday)
    all_saints = date(year.start_year, 11, 1)
    assert (herfst.end - herfst.start).days + 1 == 7
    if all_saints.weekday() == SUNDAY:
        assert herfst.start == all_saints + timedelta(days=1)
    else:
        assert herfst.start <= all_saints <= herfst.end

    # kerst: 14 days from the Monday of the week of 25 December (after it in a weekend)
    christmas = date(year.start_year, 12, 25)
    assert (kerst.end - kerst.start).days + 1 == 14
    if christmas.weekday() >= 5:
        assert christmas < kerst.start <= christmas + timedelta(days=2)
    else:
        assert kerst.start <= christmas <= kerst.start + timedelta(days=4)
    assert date(year.start_year + 1, 1, 1) in kerst

    # krokus: 7 days from the 7th Monday before Easter
    easter = easter_sunday(year.start_year + 1)
    assert easter.weekday() == SUNDAY
    assert (krokus.end - krokus.start).days + 1 == 7
    assert _mondays_from_until(krokus.start, easter) == 7

    # paas: 14 days (15 with Easter Monday when Easter is after 15 April)
    length = (paas.end - paas.start).days + 1
    if easter.month == 3:
        assert paas.start == easter + timedelta(days=1)
        assert length == 14
    elif easter > date(easter.year, 4, 15):
        assert _mondays_from_until(paas.start, easter) == 2
        assert paas.end == easter + timedelta(days=1)
        assert length == 15
    else:
        assert paas.start.month == 4 and paas.start.day <= 7
        assert length == 14


@settings(max_examples=60, deadline=None)
@given(years, st.booleans())
def test_no_lessons_on_weekends_holidays_or_free_days(
    year: SchoolYear, wednesday_free: bool
) -> None:
    calendar = SchoolCalendar(year, CalendarSettings(wednesday_afternoon_free=wednesday_free))
    y2 = year.start_year + 1
    easter = easter_sunday(y2)
    public = {
        date(year.start_year, 11, 11),
        easter + timedelta(days=1),  # Easter Monday
        date(y2, 5, 1),
        easter + timedelta(days=39),  # Ascension Day
        easter + timedelta(days=40),  # the Friday after
        easter + timedelta(days=50),  # Whit Monday
    }
    for day in _days(year.first_date, year.last_date):
        closed = day.weekday() >= 5 or any(day in h for h in calendar.holidays) or day in public
        if closed:
            assert not calendar.is_lesson_day(day), day
            assert not calendar.is_lesson_half_day(day, HalfDay.VM), day
            assert not calendar.is_lesson_half_day(day, HalfDay.NM), day
        else:
            assert calendar.is_lesson_day(day), day
            wednesday_pm = day.weekday() == WEDNESDAY and wednesday_free
            assert calendar.is_lesson_half_day(day, HalfDay.NM) is not wednesday_pm, day

    slots = calendar.lesson_half_days()
    assert calendar.count_lesson_half_days() == len(slots)
    assert slots == sorted(slots, key=lambda s: (s[0], s[1].order))
    assert all(calendar.day_kind(day) is DayKind.LESSON for day, _ in slots)
    # a free day listed by the calendar is a weekday outside every holiday
    for free in calendar.free_days:
        assert free.day.weekday() < 5
        assert calendar.day_kind(free.day) is DayKind.FREE_DAY


# --- the school's settings ------------------------------------------------------------------------
def test_wednesday_afternoon_setting() -> None:
    wednesday = D("2025-09-03")
    free = SchoolCalendar(SchoolYear(2025))
    lessons = SchoolCalendar(SchoolYear(2025), CalendarSettings(wednesday_afternoon_free=False))
    assert free.is_lesson_half_day(wednesday, HalfDay.VM)
    assert not free.is_lesson_half_day(wednesday, HalfDay.NM)
    assert lessons.is_lesson_half_day(wednesday, HalfDay.NM)
    # first week: Mon-Fri 1-5/9/2025
    assert free.count_lesson_half_days(D("2025-09-01"), D("2025-09-05")) == 9
    assert lessons.count_lesson_half_days(D("2025-09-01"), D("2025-09-05")) == 10


def test_extra_free_days_setting() -> None:
    studiedag = FreeDay(D("2025-10-01"), "pedagogische studiedag")  # a Wednesday
    in_holiday = FreeDay(D("2025-10-28"), "facultatieve vrije dag")  # inside herfst
    on_saturday = FreeDay(D("2025-10-04"), "zaterdag")
    calendar = SchoolCalendar(
        SchoolYear(2025), CalendarSettings(extra_free_days=(studiedag, in_holiday, on_saturday))
    )
    plain = SchoolCalendar(SchoolYear(2025))

    assert calendar.day_kind(studiedag.day) is DayKind.FREE_DAY
    assert calendar.day_label(studiedag.day) == "pedagogische studiedag"
    assert not calendar.is_lesson_day(studiedag.day)
    assert studiedag in calendar.free_days
    # a free day inside a holiday or on a weekend changes nothing and is not listed
    assert calendar.day_kind(in_holiday.day) is DayKind.HOLIDAY
    assert in_holiday not in calendar.free_days
    assert on_saturday not in calendar.free_days
    # only the Wednesday morning of that week is lost
    week = (D("2025-09-29"), D("2025-10-03"))
    assert plain.count_lesson_half_days(*week) == 9
    assert calendar.count_lesson_half_days(*week) == 8
    assert calendar.count_lesson_half_days() == plain.count_lesson_half_days() - 1


def test_half_day_range_skips_days_without_lessons() -> None:
    calendar = SchoolCalendar(SchoolYear(2025))
    # Friday 24/10 NM to Monday 3/11 VM spans a weekend and the whole herfstvakantie.
    slots = half_day_range(D("2025-10-24"), HalfDay.NM, D("2025-11-03"), HalfDay.VM, calendar)
    assert slots == [(D("2025-10-24"), HalfDay.NM), (D("2025-11-03"), HalfDay.VM)]


# --- school-year labels ---------------------------------------------------------------------------
@pytest.mark.parametrize("label", ["2026-2027", "2026-27", " 2026 / 2027 "])
def test_school_year_labels_are_read(label: str) -> None:
    assert SchoolYear.parse(label) == SchoolYear(2026)
    assert SchoolYear.parse(label).label == "2026-2027"


@pytest.mark.parametrize("label", ["2026-2028", "2026", "26-27", "2026-2026", "year"])
def test_wrong_school_year_labels_are_refused(label: str) -> None:
    with pytest.raises(ValueError):
        SchoolYear.parse(label)


@pytest.mark.parametrize(
    ("day", "start_year"),
    [("2026-09-01", 2026), ("2027-06-30", 2026), ("2026-08-31", 2026), ("2026-06-30", 2025)],
)
def test_school_year_containing_a_date(day: str, start_year: int) -> None:
    assert SchoolYear.containing(D(day)) == SchoolYear(start_year)
