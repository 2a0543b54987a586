"""Reading the whole-school overview out of the vault, with a cache that is never stale.

The figures themselves are computed in overview.py (pure); this is the part that knows which
tables to read in bulk and when a computed overview may be handed out again.
"""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date
from typing import Any

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.schools import enrolment_span
from pa_desktop.services.overview import (
    GuidanceData,
    OverviewRow,
    SchoolsData,
    compute_overview,
)
from pa_desktop.services.records import RecordUseCases
from pa_desktop.store.database import change_stamp
from pa_desktop.store.guidance import (
    ContactCheckRepository,
    FlagRepository,
    MeasureRepository,
    TrajectoryRepository,
)
from pa_desktop.store.vault import OpenVault


class OverviewUseCases(RecordUseCases):
    """The overview of every pupil (or some) for a school year."""

    _vault: OpenVault
    # the last whole-school overview, valid while nothing is committed (see change_stamp)
    _overview_cache: dict[tuple[Any, ...], tuple[OverviewRow, ...]]

    def overview(
        self,
        year: SchoolYear,
        reference: date | None = None,
        only: list[int] | None = None,
        school: int | None = None,
    ) -> list[OverviewRow]:
        """Every pupil's (or only some pupils') figures, signals, state and next follow-up for a
        school year: one bulk read per table, never a query per pupil.

        Python's cycle collector is paused meanwhile: a whole school makes a hundred thousand
        small objects, none of them in a cycle, and collector passes over them cost a third of
        the time.
        """
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._overview(year, reference, only, school)
        finally:
            if collecting:
                gc.enable()

    def _overview(
        self, year: SchoolYear, reference: date | None, only: list[int] | None, school: int | None
    ) -> list[OverviewRow]:
        """`school`: only the pupils enrolled there this year (None: every school's)."""
        at = reference or min(self.today(), year.last_date)
        if only is None:
            key = (year.start_year, at, school, change_stamp(self._vault.engine))
            cached = self._overview_cache.get(key)
            if cached is not None:
                return list(cached)
        previous = year.previous()
        pupil_id = only[0] if only is not None and len(only) == 1 else None
        codes = self.code_table(school) if school is not None else self.all_codes()
        pupils = self._pupils.all()
        if only is not None:
            wanted = set(only)
            pupils = [p for p in pupils if p.id in wanted]
        pupils, per_school = self._schools_data(pupils, year, school)
        among = {p.id for p in pupils} if school is not None and pupil_id is None else None
        current = self._absences.by_pupil(year.first_date, year.last_date, pupil_id, among)
        by_year = self._absences.counts_by_year(
            year.first_date, codes.codes_in(CodeGroup.B), pupil_id
        )
        earlier = {p: counts.get(previous.start_year, 0) for p, counts in by_year.items()}
        engine = self._vault.engine
        rows = compute_overview(
            pupils=pupils,
            absences=current,
            previous_b_counts=earlier,
            calendar=self.calendar(year),
            codes=codes,
            thresholds=self.thresholds(),
            reference=at,
            guidance=GuidanceData(
                measures=MeasureRepository(engine).by_pupil(),
                trajectory=TrajectoryRepository(engine).by_pupil(pupil_id),
                flags=FlagRepository(engine).by_pupil(),
                contact_checked=ContactCheckRepository(engine).by_pupil(pupil_id),
            ),
            schools=per_school,
            earlier_b_counts=by_year,
        )
        if only is None:
            # keyed by the stamp read before computing: a change made meanwhile misses next time
            self._overview_cache = {key: tuple(rows)}
        return rows

    def _schools_data(
        self, pupils: list[Pupil], year: SchoolYear, school: int | None
    ) -> tuple[list[Pupil], SchoolsData]:
        """The pupils of one school (or all) for a year, each with its school's calendar and
        thresholds, its enrolment span and the B half days carried in. A pupil enrolled this
        year counts where the enrolment says; one without an enrolment row, at its school."""
        schools = {s.id: s for s in self.schools()}
        default = min(schools)
        enrolled = self._schools.enrolments_in(year.start_year)
        chosen: list[Pupil] = []
        school_of: dict[int, int] = {}
        spans: dict[int, tuple[date | None, date | None]] = {}
        for pupil in pupils:
            rows = enrolled.get(pupil.id)
            if rows:
                at = [e for e in rows if school is None or e.school_id == school]
                if not at:
                    continue
                school_of[pupil.id] = at[-1].school_id
                spans[pupil.id] = enrolment_span(rows)
                if school is not None:  # the class there, not the one of another school
                    pupil = replace(pupil, class_name=at[-1].class_name)
            else:
                home = pupil.school_id if pupil.school_id is not None else default
                if school is not None and home != school:
                    continue
                school_of[pupil.id] = home
            chosen.append(pupil)
        several = len(schools) > 1
        calendars = {s: self.calendar(year, s) for s in set(school_of.values())}
        limits = {s: self.thresholds(s) for s in set(school_of.values())}
        start = year.start_year
        return chosen, SchoolsData(
            calendars={p: calendars[s] for p, s in school_of.items()} if several else {},
            thresholds={p: limits[s] for p, s in school_of.items()} if several else {},
            spans=spans,
            names={p: schools[s].name for p, s in school_of.items()},
            carried_b=self._schools.carried_in(start),
            carried_years=self._schools.carried_before(start),
        )

    def forget_overview(self) -> None:
        """Drop the kept overview (benchmarks measure the computation, not the cache)."""
        self._overview_cache = {}
