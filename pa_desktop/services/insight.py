"""The "Inzicht" view's data: a school year of the whole school, analysed (the guideline asks
schools to work with their own absence data).

Built from one bulk read of the year: `session.overview` gives every pupil's absent half days,
lesson half days and trajectory state at once; the guidance tables are read once more, in bulk,
to know which signals each pupil had on the cut-off date (31 October). Never a query per pupil.
Filters are applied afterwards on the summaries (`InsightSource.report`), without the vault.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
from pa_desktop.domain.codes import CodeTable
from pa_desktop.domain.figures import Thresholds, year_figures
from pa_desktop.domain.insight import PupilInput, YearData, aggregate, compare, summarise
from pa_desktop.domain.insight_shapes import (
    DEFAULT_SMALL_NUMBER_THRESHOLD,
    NO_STATE,
    Comparison,
    Insight,
    InsightFilter,
    InsightSettings,
)
from pa_desktop.domain.measures import Measure, contact_attempts
from pa_desktop.domain.signals import SignalContext, compute_signals
from pa_desktop.domain.trajectory import TrajectoryEntry, closed_on, signalled_in
from pa_desktop.services import audit
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.overview import OverviewRow
from pa_desktop.services.session import VaultSession
from pa_desktop.store.guidance import FlagRepository, MeasureRepository, TrajectoryRepository
from pa_desktop.store.repositories import SettingsRepository

SMALL_NUMBER_SETTING = "small_number_threshold"


def small_number_threshold(session: VaultSession) -> int:
    """Below how many pupils an exported number is shown as "<N" (vault setting, default 5)."""
    stored = session.repository(SettingsRepository).get_all().get(SMALL_NUMBER_SETTING)
    if isinstance(stored, bool) or not isinstance(stored, int) or stored < 0:
        return DEFAULT_SMALL_NUMBER_THRESHOLD
    return stored


def set_small_number_threshold(session: VaultSession, value: int) -> None:
    """0 or 1 turns the protection off; a school may raise it (10 is common in statistics)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInputError(["small_number_threshold_invalid"])
    before = small_number_threshold(session)
    if value == before:
        return
    session.repository(SettingsRepository).put_many({SMALL_NUMBER_SETTING: value})
    # Lowering it lets exports single out pupils again: who did that is worth knowing later.
    audit.record(session, "small_number_threshold", **{"from": before, "to": value})


def insight_settings(thresholds: Thresholds) -> InsightSettings:
    """The vault's own thresholds for "reached 5" (signal the CLB) and 30 (school allowance)."""
    return InsightSettings(
        signal_b=thresholds.clb_signal_b,
        follow_thresholds=(thresholds.clb_signal_b, thresholds.allowance_lost_b),
    )


@dataclass(frozen=True)
class PupilName:
    """For the list of pupils behind a cell: shown on screen only, never exported."""

    name: str
    class_name: str


@dataclass(frozen=True)
class InsightReport:
    """What the view draws for one filter: this year, the previous one, and the export rule."""

    insight: Insight
    comparison: Comparison | None
    small_number_threshold: int


@dataclass(frozen=True)
class InsightSource:
    """One school year (and the previous one) read and summarised; `report` filters it."""

    current: YearData
    previous: YearData | None
    names: Mapping[int, PupilName]
    small_number_threshold: int = DEFAULT_SMALL_NUMBER_THRESHOLD

    def report(self, chosen: InsightFilter | None = None) -> InsightReport:
        wanted = chosen or InsightFilter()
        comparison = None
        if self.previous is not None:
            comparison = compare(self.previous, wanted, self.current.reference)
        return InsightReport(
            aggregate(self.current, wanted), comparison, self.small_number_threshold
        )

    def classes(self) -> list[str]:
        return self.current.classes()

    def states(self) -> list[str]:
        return self.current.states()


@dataclass(frozen=True)
class _Guidance:
    """Measures, trajectory steps and manual flags of every pupil, read once."""

    measures: Mapping[int, list[Measure]] = field(default_factory=dict)
    trajectory: Mapping[int, list[TrajectoryEntry]] = field(default_factory=dict)
    flags: Mapping[int, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def read(cls, session: VaultSession) -> _Guidance:
        return cls(
            measures=session.repository(MeasureRepository).by_pupil(),
            trajectory=session.repository(TrajectoryRepository).by_pupil(),
            flags=session.repository(FlagRepository).by_pupil(),
        )


@dataclass(frozen=True)
class _Rules:
    calendar: SchoolCalendar
    codes: CodeTable
    thresholds: Thresholds
    guidance: _Guidance


def signals_on(row: OverviewRow, day: date, rules: _Rules) -> frozenset[str]:
    """The signals a pupil had on `day`, from the same rules as the overview (so the table
    speaks of the signals the school saw then), with measures and steps up to that day."""
    pupil = row.pupil
    absent = [a for a in row.figures.absent if a.day <= day]
    figures = year_figures(
        absent,
        rules.calendar,
        rules.codes,
        day,
        rules.thresholds,
        enrolled_from=pupil.enrolled_from,
        enrolled_until=pupil.enrolled_until,
    )
    steps = [e for e in rules.guidance.trajectory.get(pupil.id, []) if e.day <= day]
    logged = [m for m in rules.guidance.measures.get(pupil.id, []) if m.day <= day]
    flags = rules.guidance.flags.get(pupil.id, {})
    context = SignalContext(
        reference=day,
        previous_year_b=row.previous_b,
        signalled_to_clb_on=signalled_in(steps, rules.calendar.school_year),
        parent_contacts=contact_attempts(logged),
        parents_unreachable_flag="parents_unreachable" in flags,
        known_problem_flag="known_problem" in flags,
        closed_on=closed_on(steps),
        earlier_b=row.earlier_b,
        contact_checked_on=row.contact_checked_on
        if row.contact_checked_on and row.contact_checked_on <= day
        else None,
    )
    fired = compute_signals(figures, rules.calendar, rules.codes, context, rules.thresholds)
    return frozenset(signal.id for signal in fired)


def _year_data(
    rows: Sequence[OverviewRow],
    reference: date,
    settings: InsightSettings,
    rules: _Rules,
    states: Mapping[int, str | None],
) -> YearData:
    cutoff = settings.cutoff(rules.calendar.school_year)
    with_signals = reference > cutoff
    inputs = (
        PupilInput(
            pupil_id=row.pupil.id,
            class_name=row.pupil.class_name,
            state=states.get(row.pupil.id),
            absent=row.figures.absent,
            lesson_half_days=row.figures.lesson_half_days,
            enrolled_from=row.pupil.enrolled_from,
            enrolled_until=row.pupil.enrolled_until,
            signals_at_cutoff=signals_on(row, cutoff, rules) if with_signals else frozenset(),
            carried_b=row.carried_b,
        )
        for row in rows
    )
    return summarise(inputs, rules.calendar, rules.codes, reference, settings)


def load_insight(
    session: VaultSession,
    year: SchoolYear,
    compare_previous: bool = True,
    reference: date | None = None,
    school: int | None = None,
) -> InsightSource:
    """Read and summarise `year` up to `reference` (today, or the year's end), and the whole
    previous year when it holds any absence. The slow part of the view: run it off the GUI
    thread (the window shows this year first and adds the previous one with `with_previous`)."""
    at = reference or min(session.today(), year.last_date)
    thresholds = session.thresholds(school)
    codes = session.code_table(school) if school is not None else session.all_codes()
    rules = _Rules(session.calendar(year, school), codes, thresholds, _Guidance.read(session))
    rows = session.overview(year, at, school=school)
    states = {row.pupil.id: row.state for row in rows}
    current = _year_data(rows, at, insight_settings(thresholds), rules, states)
    names = {row.pupil.id: PupilName(row.pupil.display_name, row.pupil.class_name) for row in rows}
    source = InsightSource(current, None, names, small_number_threshold(session))
    return with_previous(session, source, school) if compare_previous else source


def with_previous(
    session: VaultSession, source: InsightSource, school: int | None = None
) -> InsightSource:
    """`source` with the whole previous school year beside it, when that year has absences.

    The previous year is read in a second bulk read; its pupils keep their current class and
    trajectory state, so a filter follows the same pupils through both years.
    """
    earlier = source.current.year.previous()
    rows = session.overview(earlier, earlier.last_date, school=school)
    if not any(row.figures.total for row in rows):
        return source
    thresholds = session.thresholds(school)
    codes = session.code_table(school) if school is not None else session.all_codes()
    rules = _Rules(session.calendar(earlier, school), codes, thresholds, _Guidance.read(session))
    states = {p.pupil_id: (None if p.state == NO_STATE else p.state) for p in source.current.pupils}
    previous = _year_data(rows, earlier.last_date, source.current.settings, rules, states)
    return replace(source, previous=previous)
