"""Every aggregate of the insight against a hand count on the small school (school.py)."""

from __future__ import annotations

from datetime import date

import pytest

from pa_desktop.domain.absences import Absence
from pa_desktop.domain.calendar import SchoolCalendar
from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.figures import year_figures
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.insight import PupilInput, YearData, aggregate, compare, summarise
from pa_desktop.domain.insight_shapes import (
    ALL_PUPILS,
    ANY_SIGNAL,
    NO_SIGNAL,
    NO_STATE,
    PERSISTENT,
    Cell,
    HeatCell,
    Insight,
    InsightFilter,
    protect,
    protect_cell,
)
from pa_desktop.services.resources import default_code_table
from tests.insight.school import (
    ABSENCES,
    CALENDAR,
    MID_YEAR,
    PREVIOUS_ABSENCES,
    PREVIOUS_CALENDAR,
    PUPILS,
    SIGNALS_AT_CUTOFF,
    YEAR_END,
    every_lesson_half_day,
)

CODES = default_code_table()
VM, NM = HalfDay.VM, HalfDay.NM
B, Z, R, P, OTHER, UNKNOWN = (
    CodeGroup.B,
    CodeGroup.Z,
    CodeGroup.R,
    CodeGroup.P,
    CodeGroup.OTHER,
    CodeGroup.UNKNOWN,
)


def year_data(
    absences: dict[int, list[Absence]],
    calendar: SchoolCalendar,
    reference: date,
    signals: dict[int, frozenset[str]] | None = None,
) -> YearData:
    """The inputs as the overview gives them: absent half days and lesson half days per pupil."""
    inputs = []
    for pupil_id, (_last, _first, class_name, state, arrived) in PUPILS.items():
        figures = year_figures(
            absences.get(pupil_id, []), calendar, CODES, reference, enrolled_from=arrived
        )
        inputs.append(
            PupilInput(
                pupil_id,
                class_name,
                state,
                figures.absent,
                figures.lesson_half_days,
                enrolled_from=arrived,
                signals_at_cutoff=(signals or {}).get(pupil_id, frozenset()),
            )
        )
    return summarise(inputs, calendar, CODES, reference)


@pytest.fixture(scope="module")
def data() -> YearData:
    return year_data(ABSENCES, CALENDAR, YEAR_END, SIGNALS_AT_CUTOFF)


@pytest.fixture(scope="module")
def insight(data: YearData) -> Insight:
    return aggregate(data)


def members(cell: Cell) -> dict[int, int]:
    return dict(cell.members)


def heat(cells: tuple[HeatCell, ...], weekday: int, half: HalfDay) -> HeatCell:
    return next(c for c in cells if c.weekday == weekday and c.half is half)


def test_every_enrolled_pupil_counts(insight: Insight) -> None:
    assert insight.population.pupils == 6
    assert members(insight.population) == {1: 7, 2: 3, 3: 0, 4: 31, 5: 20, 6: 8}
    assert insight.complete


def test_months_per_code_group_with_the_pupils_behind_each_segment(insight: Insight) -> None:
    months = {bar.month: bar for bar in insight.months}
    assert [bar.month for bar in insight.months] == [9, 10, 11, 12, 1, 2, 3, 4, 5, 6]
    september = months[9]
    assert {g: c.value for g, c in september.cells.items() if c.value} == {B: 3, R: 1, P: 1, Z: 1}
    assert members(september.cells[B]) == {1: 3}
    assert members(september.cells[Z]) == {6: 1}  # D (medical certificate) counts as Z
    assert members(months[10].cells[B]) == {2: 2, 6: 2}  # luxeverzuim is still B
    assert {g: c.value for g, c in months[11].cells.items() if c.value} == {B: 2, Z: 2}
    assert members(months[12].cells[Z]) == {2: 1}
    january = months[1]
    assert {g: c.value for g, c in january.cells.items() if c.value} == {
        Z: 18,
        UNKNOWN: 1,
        OTHER: 1,
    }
    assert members(months[2].cells[B]) == {6: 2}
    assert members(months[3].cells[B]) == {4: 31, 6: 1}
    assert sum(bar.total for bar in insight.months) == 69
    assert members(months[3].whole) == {4: 31, 6: 1}


def test_months_as_a_rate_of_the_pupils_lesson_half_days(insight: Insight) -> None:
    months = {bar.month: bar for bar in insight.months}
    # September: 40 lesson half days for each of the five pupils enrolled (pupil 5 came in January)
    assert months[9].exposure == 200
    assert months[9].rate() == pytest.approx(6 / 200)
    assert months[9].rate(B) == pytest.approx(3 / 200)
    assert months[10].exposure == 5 * 32
    assert months[1].exposure == 6 * 36  # January's lessons all fall after 5 January
    assert months[3].rate() == pytest.approx(32 / (6 * 40))
    assert months[6].total == 0 and months[6].started


def test_heatmap_weekday_by_half_day_all_codes(insight: Insight) -> None:
    expected = {
        (0, VM): (12, {1: 3, 2: 2, 4: 4, 5: 3}),
        (0, NM): (8, {1: 1, 2: 1, 4: 4, 5: 2}),
        (1, VM): (8, {1: 1, 4: 4, 5: 3}),
        (1, NM): (7, {1: 1, 4: 4, 5: 2}),
        (2, VM): (6, {1: 1, 4: 3, 5: 2}),
        (3, VM): (5, {4: 3, 5: 2}),
        (3, NM): (5, {4: 3, 5: 2}),
        (4, VM): (5, {4: 3, 5: 2}),
        (4, NM): (13, {4: 3, 5: 2, 6: 8}),
    }
    for (weekday, half), (value, who) in expected.items():
        cell = heat(insight.heatmap, weekday, half)
        assert (cell.cell.value, members(cell.cell)) == (value, who), (weekday, half)
    wednesday_afternoon = heat(insight.heatmap, 2, NM)
    assert not wednesday_afternoon.has_lessons and wednesday_afternoon.cell.value == 0
    # 37 Monday mornings for a whole-year pupil, 22 from 5 January (Easter and Whit Monday off)
    monday = heat(insight.heatmap, 0, VM)
    assert monday.exposure == 5 * 37 + 22
    assert monday.rate == pytest.approx(12 / 207)


def test_heatmap_b_only(insight: Insight) -> None:
    expected = {
        (0, VM): {1: 3, 2: 1, 4: 4},
        (0, NM): {1: 1, 2: 1, 4: 4},
        (1, VM): {4: 4},
        (1, NM): {4: 4},
        (2, VM): {1: 1, 4: 3},
        (3, VM): {4: 3},
        (3, NM): {4: 3},
        (4, VM): {4: 3},
        (4, NM): {4: 3, 6: 5},
    }
    for (weekday, half), who in expected.items():
        assert members(heat(insight.heatmap_b, weekday, half).cell) == who, (weekday, half)
    assert sum(c.cell.value for c in insight.heatmap_b) == 43


def test_agodi_bands_and_persistent_absence_per_class(insight: Insight) -> None:
    rows = {row.class_name: row for row in insight.bands}
    assert [row.class_name for row in insight.bands] == ["1A", "1B", "2A", ""]
    assert {k: members(c) for k, c in rows["1A"].cells.items()} == {
        "b5": {1: 5},
        "b10": {},
        "b15": {},
        "b30": {},
        PERSISTENT: {},
    }
    # 31 B of 327 lesson half days is 9.5%: just under the persistent band
    assert {k: members(c) for k, c in rows["1B"].cells.items()} == {
        "b5": {4: 31},
        "b10": {4: 31},
        "b15": {4: 31},
        "b30": {4: 31},
        PERSISTENT: {},
    }
    # 20 of the 194 lesson half days since arriving on 5 January: 10.3%
    assert members(rows["2A"].cells[PERSISTENT]) == {5: 20}
    assert members(rows["2A"].cells["b5"]) == {6: 5}
    total = insight.total_row
    assert total.pupils.value == 6
    assert {k: c.value for k, c in total.cells.items()} == {
        "b5": 3,
        "b10": 1,
        "b15": 1,
        "b30": 1,
        PERSISTENT: 1,
    }


def test_early_year_picture(insight: Insight) -> None:
    early = insight.early
    assert members(early.early_reached) == {1: 5, 6: 5}  # pupil 2's October B is luxeverzuim
    assert members(early.early_not) == {}
    assert members(early.other_reached) == {4: 31}
    assert members(early.other_not) == {2: 2, 3: 0, 5: 0}
    assert early.early_share == 1.0 and early.other_share == 0.25
    assert early.window_end == date(2025, 10, 31)
    assert early.window_complete and early.year_complete


def test_signals_on_31_october_and_who_crossed_later(insight: Insight) -> None:
    table = insight.signals
    assert table.available and table.cutoff == date(2025, 10, 31)
    assert table.thresholds == (5, 30)
    rows = {row.key: row for row in table.rows}
    # pupil 5 arrived after the cut-off: not in the table
    assert set(rows[ALL_PUPILS].at_risk[5].members) == {1, 2, 3, 4, 6}
    assert set(rows[ALL_PUPILS].crossed[5].members) == {1, 4, 6}
    assert set(rows[NO_SIGNAL].at_risk[5].members) == {2, 3}
    assert rows[NO_SIGNAL].crossed[5].pupils == 0
    assert set(rows[ANY_SIGNAL].crossed[5].members) == {1, 4, 6}
    assert set(rows["early_year_b"].at_risk[5].members) == {1, 6}
    assert rows["early_year_b"].share(5) == 1.0
    assert set(rows["known_problem"].crossed[30].members) == {4}
    assert rows["early_year_b"].crossed[30].pupils == 0
    assert rows["same_moment"].share(30) == 0.0
    assert rows["fast_accumulation"].share(5) is None
    assert rows[ALL_PUPILS].share(30) == pytest.approx(1 / 5)


def test_a_pupil_already_over_the_threshold_on_the_cutoff_is_not_at_risk() -> None:
    october = every_lesson_half_day("2025-10-06", "2025-10-10", "B")  # 9 B before 31 October
    data = year_data({**ABSENCES, 3: october}, CALENDAR, YEAR_END, SIGNALS_AT_CUTOFF)
    rows = {row.key: row for row in aggregate(data).signals.rows}
    assert 3 not in rows[ALL_PUPILS].at_risk[5].members
    assert rows[ALL_PUPILS].at_risk[30].members[3] == 9
    assert 3 not in rows[ALL_PUPILS].crossed[30].members


def test_filters_by_class_and_trajectory_state(data: YearData) -> None:
    one_class = aggregate(data, InsightFilter(classes=frozenset({"1A"})))
    assert set(one_class.population.members) == {1, 2}
    assert [row.class_name for row in one_class.bands] == ["1A", ""]
    assert sum(bar.total for bar in one_class.months) == 10
    assert one_class.months[0].exposure == 2 * 40
    signalled = aggregate(data, InsightFilter(states=frozenset({"signalled_clb"})))
    assert set(signalled.population.members) == {1}
    no_state = aggregate(data, InsightFilter(states=frozenset({NO_STATE})))
    assert set(no_state.population.members) == {2, 3, 5, 6}
    both = aggregate(data, InsightFilter(frozenset({"1B"}), frozenset({"school_follow_up"})))
    assert set(both.population.members) == {4}
    assert data.classes() == ["1A", "1B", "2A"]
    assert data.states() == [NO_STATE, "school_follow_up", "signalled_clb"]


def test_in_the_middle_of_the_year() -> None:
    data = year_data(ABSENCES, CALENDAR, MID_YEAR, SIGNALS_AT_CUTOFF)
    insight = aggregate(data)
    assert not insight.complete
    assert [bar.started for bar in insight.months] == [True] * 3 + [False] * 7
    # November up to Friday 28/11: 34 lesson half days minus 11/11 (2): the month is whole
    assert insight.months[2].exposure == 5 * 34
    assert insight.population.pupils == 5  # pupil 5 arrives in January
    assert members(insight.early.early_reached) == {1: 5}
    assert members(insight.early.early_not) == {6: 2}
    assert not insight.early.year_complete and insight.early.window_complete
    rows = {row.key: row for row in insight.signals.rows}
    assert set(rows["early_year_b"].crossed[5].members) == {1}


def test_no_signal_table_before_the_cutoff() -> None:
    data = year_data(ABSENCES, CALENDAR, date(2025, 10, 24), SIGNALS_AT_CUTOFF)
    insight = aggregate(data)
    assert not insight.signals.available
    assert all(row.at_risk[5].pupils == 0 for row in insight.signals.rows)
    assert not insight.early.window_complete


def test_comparison_with_the_previous_year() -> None:
    previous = year_data(PREVIOUS_ABSENCES, PREVIOUS_CALENDAR, PREVIOUS_CALENDAR.last_day)
    comparison = compare(previous, None, MID_YEAR)
    assert comparison.same_date == date(2024, 11, 28)
    # on 28/11/2024: pupil 1 had 5 B, pupil 2 had 18 Z of 104 lesson half days
    assert members(comparison.bands_same_date["b5"]) == {1: 5}
    assert members(comparison.bands_same_date[PERSISTENT]) == {2: 18}
    whole = comparison.previous
    assert whole.complete
    assert members(whole.total_row.cells["b5"]) == {1: 6, 6: 5}
    assert whole.total_row.cells[PERSISTENT].pupils == 0  # 18 of 323: 5.6%
    november = whole.months[2]
    assert members(november.cells[CodeGroup.B]) == {1: 5}
    assert whole.months[0].exposure == 5 * 38  # 38 lesson half days; pupil 5 not there yet
    filtered = compare(previous, InsightFilter(classes=frozenset({"2A"})), MID_YEAR)
    assert members(filtered.previous.total_row.cells["b5"]) == {6: 5}
    assert filtered.bands_same_date["b5"].pupils == 0


def test_small_number_protection() -> None:
    assert [protect(n, 5) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]
    assert protect(3, 10) == "<10"
    assert protect(1, 1) == "1" and protect(1, 0) == "1"
    few = Cell.of_half_days({1: 30, 2: 10})  # 40 half days, but of two pupils
    assert protect_cell(few, 5) == "<5"
    assert protect_cell(few, 5, "12.3%") == "<5"
    many = Cell.of_half_days({n: 1 for n in range(5)})
    assert protect_cell(many, 5) == "5" and protect_cell(many, 5, "1.5%") == "1.5%"
    assert protect_cell(Cell(), 5) == "0"
