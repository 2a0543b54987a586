"""Reading the whole-school overview out of the vault: per-pupil rows kept, never stale.

The figures themselves are computed in overview.py (pure); this is the part that knows which
rows to read and which computed rows may be handed out again. Each pupil's row is kept with
the pupil's revision number (store/revisions.py: moved by triggers in the same transaction as
every change to that pupil's absences, measures, steps or flags). A refresh reads the revisions
(one small query) and the pupil list, and recomputes only the pupils whose revision moved or
whose record changed: after one edit, one row. The vault's own revision (settings: calendar,
codes, thresholds) invalidates every row. Revisions live in the database, so a change made on
another connection, thread or process is seen as well as one made here.

Rows missing from memory are looked for in the vault next (store/overview_rows.py, schema 11):
a new process (the next start, the command line) reads the rows an earlier one computed, under
the same checks, instead of computing a whole school; rows it computes are kept there in turn.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field, replace
from datetime import date

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
from pa_desktop.services.overview_codec import (
    PROGRAM,
    decode_row,
    encode_row,
    pupil_fingerprint,
)
from pa_desktop.services.records import RecordUseCases
from pa_desktop.store.guidance import (
    ContactCheckRepository,
    FlagRepository,
    MeasureRepository,
    TrajectoryRepository,
)
from pa_desktop.store.overview_rows import EVERY_SCHOOL, KeptRow, OverviewRowStore, ViewKey
from pa_desktop.store.revisions import WHOLE_VAULT, overview_revisions
from pa_desktop.store.vault import OpenVault

_log = logging.getLogger(__name__)

# school years x reference dates kept at once (today's, plus a few the user looked at)
KEPT_VIEWS = 4


@dataclass
class KeptOverview:
    """The rows computed for one school year at one reference date, for one vault revision:
    {pupil id: (pupil revision, row)}."""

    vault_revision: int
    rows: dict[int, tuple[int, OverviewRow]] = field(default_factory=dict)


class OverviewUseCases(RecordUseCases):
    """The overview of every pupil (or some) for a school year."""

    _vault: OpenVault
    _overview_cache: dict[tuple[int, date, int | None], KeptOverview]
    # one lock for every session: held only to copy or merge the kept rows, never while reading
    _overview_lock = threading.Lock()

    def overview(
        self,
        year: SchoolYear,
        reference: date | None = None,
        only: list[int] | None = None,
        school: int | None = None,
    ) -> list[OverviewRow]:
        """Every pupil's (or only some pupils') figures, signals, state and next follow-up for a
        school year, in pupil id order. Rows of pupils unchanged since they were computed are
        handed out again; the others are computed from their own rows only (one bulk read per
        table for all of them, never a query per pupil). `school`: only the pupils enrolled
        there this year (None: every school's)."""
        at = reference or min(self.today(), year.last_date)
        key = (year.start_year, at, school)
        # revisions first, then the data: a change committed in between makes a row look stale
        # next time (computed again), never a stale row look current
        revisions = overview_revisions(self._vault.engine)
        vault_revision = revisions.get(WHOLE_VAULT, 0)
        pupils, per_school = self._schools_data(self._pupils.all(only), year, school)
        with self._overview_lock:
            kept = self._overview_cache.get(key)
            known = dict(kept.rows) if kept and kept.vault_revision == vault_revision else {}
        stale = [
            pupil
            for pupil in pupils
            if (entry := known.get(pupil.id)) is None
            or entry[0] != revisions.get(pupil.id, 0)
            or entry[1].pupil != pupil
        ]
        computed: dict[int, OverviewRow] = {}
        if stale:
            view = ViewKey(year.start_year, at, school or EVERY_SCHOOL)
            every = only is None and school is None and len(stale) == len(pupils)
            computed = self._kept_in_vault(
                view, vault_revision, revisions, stale, len(stale) == len(pupils)
            )
            missing = [pupil for pupil in stale if pupil.id not in computed]
            if missing:
                every = every and len(missing) == len(pupils)
                rows = self._compute(year, at, missing, every, per_school, school)
                fresh = {row.pupil.id: row for row in rows}
                self._keep_in_vault(view, vault_revision, revisions, fresh)
                computed.update(fresh)
            self._keep(
                key, vault_revision, {i: (revisions.get(i, 0), r) for i, r in computed.items()}
            )
        return [computed[p.id] if p.id in computed else known[p.id][1] for p in pupils]

    def _kept_in_vault(
        self,
        view: ViewKey,
        vault_revision: int,
        revisions: dict[int, int],
        pupils: list[Pupil],
        every: bool,
    ) -> dict[int, OverviewRow]:
        """The rows of `pupils` that the vault keeps and that are still valid: computed by this
        program, under the vault's current settings, for the pupil's current revision and
        record. A row that does not decode is simply computed again."""
        stored = OverviewRowStore(self._vault.engine).read(
            view, None if every else [p.id for p in pupils]
        )
        valid: dict[int, OverviewRow] = {}
        for pupil in pupils:
            kept = stored.get(pupil.id)
            if (
                kept is None
                or kept.program != PROGRAM
                or kept.vault_revision != vault_revision
                or kept.pupil_revision != revisions.get(pupil.id, 0)
                or kept.fingerprint != pupil_fingerprint(pupil)
            ):
                continue
            try:
                valid[pupil.id] = decode_row(pupil, kept.figures, kept.absent)
            except (ValueError, KeyError, TypeError, IndexError):
                _log.warning("a kept overview row did not decode; computed again")
        return valid

    def _keep_in_vault(
        self,
        view: ViewKey,
        vault_revision: int,
        revisions: dict[int, int],
        rows: dict[int, OverviewRow],
    ) -> None:
        """Keep computed rows in the vault for the next process (best effort: see
        store/overview_rows.py). Stamped with the revisions read before the data, so a change
        made meanwhile makes them look stale, never current."""
        kept = []
        for pupil_id, row in rows.items():
            try:
                figures, absent = encode_row(row)
            except ValueError:
                continue
            kept.append(
                KeptRow(
                    pupil_id,
                    revisions.get(pupil_id, 0),
                    vault_revision,
                    PROGRAM,
                    pupil_fingerprint(row.pupil),
                    figures,
                    absent,
                )
            )
        OverviewRowStore(self._vault.engine, self._vault.read_only).keep(view, kept)

    def _keep(
        self,
        key: tuple[int, date, int | None],
        vault_revision: int,
        rows: dict[int, tuple[int, OverviewRow]],
    ) -> None:
        with self._overview_lock:
            kept = self._overview_cache.get(key)
            if kept is None or kept.vault_revision < vault_revision:
                kept = KeptOverview(vault_revision)
                self._overview_cache[key] = kept
            elif kept.vault_revision > vault_revision:
                return  # computed under older settings while a newer overview was kept
            kept.rows.update(rows)
            while len(self._overview_cache) > KEPT_VIEWS:
                del self._overview_cache[next(iter(self._overview_cache))]

    def _compute(
        self,
        year: SchoolYear,
        at: date,
        pupils: list[Pupil],
        every: bool,
        per_school: SchoolsData,
        school: int | None,
    ) -> list[OverviewRow]:
        """The rows of `pupils`, reading only their rows (or every row when `every`)."""
        previous = year.previous()
        ids = None if every else [p.id for p in pupils]
        one = ids[0] if ids is not None and len(ids) == 1 else None
        some = None if one is not None else ids
        codes = self.code_table(school) if school is not None else self.all_codes()
        current = self._absences.by_pupil(year.first_date, year.last_date, one, some)
        by_year = self._absences.counts_by_year(
            year.first_date, codes.codes_in(CodeGroup.B), one, some
        )
        earlier = {p: counts.get(previous.start_year, 0) for p, counts in by_year.items()}
        engine = self._vault.engine
        return compute_overview(
            pupils=pupils,
            absences=current,
            previous_b_counts=earlier,
            calendar=self.calendar(year),
            codes=codes,
            thresholds=self.thresholds(),
            reference=at,
            guidance=GuidanceData(
                measures=MeasureRepository(engine).by_pupil(ids),
                trajectory=TrajectoryRepository(engine).by_pupil(pupils=ids),
                flags=FlagRepository(engine).by_pupil(ids),
                contact_checked=ContactCheckRepository(engine).by_pupil(pupils=ids),
            ),
            schools=per_school,
            earlier_b_counts=by_year,
        )

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

    def forget_overview(self, in_vault: bool = False) -> None:
        """Drop the rows kept in memory (a new vault handle), and with `in_vault` the rows the
        vault keeps too (a benchmark measures the computation from nothing)."""
        with self._overview_lock:
            self._overview_cache = {}
        if in_vault:
            OverviewRowStore(self._vault.engine, self._vault.read_only).forget()
