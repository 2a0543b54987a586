"""Reading the whole-school overview out of the vault, with a cache that is never stale.

The figures themselves are computed in overview.py (pure); this is the part that knows which
tables to read in bulk and when a computed overview may be handed out again.
"""

from __future__ import annotations

import gc
from datetime import date
from typing import Any

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.codes import CodeGroup
from pa_desktop.services.overview import GuidanceData, OverviewRow, compute_overview
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
        self, year: SchoolYear, reference: date | None = None, only: list[int] | None = None
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
            return self._overview(year, reference, only)
        finally:
            if collecting:
                gc.enable()

    def _overview(
        self, year: SchoolYear, reference: date | None, only: list[int] | None
    ) -> list[OverviewRow]:
        at = reference or min(self.today(), year.last_date)
        if only is None:
            key = (year.start_year, at, change_stamp(self._vault.engine))
            cached = self._overview_cache.get(key)
            if cached is not None:
                return list(cached)
        previous = year.previous()
        pupil_id = only[0] if only is not None and len(only) == 1 else None
        codes = self.code_table()
        current = self._absences.by_pupil(year.first_date, year.last_date, pupil_id)
        by_year = self._absences.counts_by_year(
            year.first_date, codes.codes_in(CodeGroup.B), pupil_id
        )
        earlier = {p: counts.get(previous.start_year, 0) for p, counts in by_year.items()}
        pupils = self._pupils.all()
        if only is not None:
            wanted = set(only)
            pupils = [p for p in pupils if p.id in wanted]
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
            earlier_b_counts=by_year,
        )
        if only is None:
            # keyed by the stamp read before computing: a change made meanwhile misses next time
            self._overview_cache = {key: tuple(rows)}
        return rows

    def forget_overview(self) -> None:
        """Drop the kept overview (benchmarks measure the computation, not the cache)."""
        self._overview_cache = {}
