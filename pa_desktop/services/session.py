"""An unlocked vault and the use cases on it: profile and settings, pupils, absences, overview.

Every change a front end makes to data goes through here, so the GUI and the command line behave
the same and validate the same way.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pa_desktop.domain.absences import Absence, Mark
from pa_desktop.domain.calendar import (
    CalendarSettings,
    FreeDay,
    SchoolCalendar,
    SchoolYear,
    half_day_range,
)
from pa_desktop.domain.codes import AbsenceCode, CodeGroup, CodeTable, UnknownCodeError
from pa_desktop.domain.figures import Thresholds
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import Pupil, PupilDraft
from pa_desktop.services.errors import InvalidInputError, NotFoundError
from pa_desktop.services.overview import GuidanceData, OverviewRow, compute_overview
from pa_desktop.services.resources import default_code_table, default_thresholds, load_json
from pa_desktop.store.database import change_stamp, integrity_problems
from pa_desktop.store.guidance import FlagRepository, MeasureRepository, TrajectoryRepository
from pa_desktop.store.keychain import CredentialStore
from pa_desktop.store.repositories import (
    AbsenceRepository,
    PupilNotFoundError,
    PupilRepository,
    SettingsRepository,
)
from pa_desktop.store.vault import OpenVault

ROLES = ("school", "clb")
R = TypeVar("R")


@dataclass(frozen=True)
class Profile:
    """Who works in this vault: shown on exports, and the author of every entry."""

    school: str = ""
    clb: str = ""
    user_name: str = ""
    role: str = "school"

    def problems(self) -> list[str]:
        found = []
        if self.role not in ROLES:
            found.append("role_unknown")
        if not self.user_name.strip():
            found.append("user_name_empty")
        return found


@dataclass(frozen=True)
class AbsenceEntry:
    """A range of half days with one code, as a user enters it."""

    first_day: date
    code: str
    last_day: date | None = None
    half: str = "day"  # "VM", "NM" or "day"
    marks: frozenset[Mark] = field(default_factory=frozenset)
    source: str = "manual"


class VaultSession:
    """The open vault; close() forgets the key and closes every connection."""

    def __init__(self, opened: OpenVault) -> None:
        self._vault = opened
        self._settings = SettingsRepository(opened.engine)
        self._pupils = PupilRepository(opened.engine)
        self._absences = AbsenceRepository(opened.engine)
        self._calendars: dict[int, SchoolCalendar] = {}
        # the last whole-school overview, valid while nothing is committed (see change_stamp)
        self._overview_cache: dict[tuple[Any, ...], tuple[OverviewRow, ...]] = {}
        self.remembered = False

    # lifecycle -----------------------------------------------------------------------------
    def repository(self, factory: Callable[[Any], R]) -> R:
        """A store repository bound to this vault (services never see the engine itself)."""
        return factory(self._vault.engine)

    def pseudonym_secret(self) -> bytes:
        """A random secret kept inside the vault, made on first use, that keys pseudonyms."""
        stored = self._settings.get_all().get("pseudonym_secret")
        if isinstance(stored, str) and len(stored) == 64:
            return bytes.fromhex(stored)
        secret = os.urandom(32)
        self._settings.put_many({"pseudonym_secret": secret.hex()})
        return secret

    @property
    def vault_id(self) -> str:
        """The vault's random id (no personal data): seeds stable pseudonyms."""
        return self._vault.vault_id

    @property
    def folder(self) -> Path:
        return self._vault.folder

    def close(self) -> None:
        self._vault.close()

    def remember_on_device(self, keychain: CredentialStore) -> bool:
        self.remembered = self._vault.remember_on_device(keychain)
        return self.remembered

    # lock and resume (services/care.py) ----------------------------------------------------
    def lock(self) -> None:
        """Close every connection and overwrite the key, but keep this object, so the windows
        that hold it carry on after `resume`. While locked, every use of the vault raises."""
        from pa_desktop.store import care as store_care

        if self.is_locked:
            return
        self._vault = store_care.lock(self._vault)
        self._rebind()

    def resume(self, opened: OpenVault) -> None:
        """Carry on with a freshly unlocked handle of the same vault."""
        if opened.vault_id != self._vault.vault_id:
            opened.close()
            raise ValueError("another vault")
        if not self.is_locked:  # the lock was still waiting for running work: keep that handle
            opened.close()
            return
        self._vault = opened
        self._rebind()

    @property
    def is_locked(self) -> bool:
        from pa_desktop.store import care as store_care

        return store_care.is_sealed(self._vault)

    @property
    def opened(self) -> OpenVault:
        """The store's handle of the open vault, for the care services (backup, keys, purge)."""
        if self.is_locked:
            from pa_desktop.services.errors import VaultLockedError

            raise VaultLockedError()
        return self._vault

    def _rebind(self) -> None:
        """Point the repositories this session holds at the current engine."""
        for value in vars(self).values():
            if getattr(value, "_engine", None) is not None:
                value._engine = self._vault.engine

    # profile and settings ---------------------------------------------------------------------
    def save_profile(self, profile: Profile) -> None:
        problems = profile.problems()
        if problems:
            raise InvalidInputError(problems)
        self._settings.put_many(
            {
                "school": profile.school.strip(),
                "clb": profile.clb.strip(),
                "user_name": profile.user_name.strip(),
                "role": profile.role,
            }
        )

    def profile(self) -> Profile:
        values = self._settings.get_all()
        return Profile(
            school=values.get("school", ""),
            clb=values.get("clb", ""),
            user_name=values.get("user_name", ""),
            role=values.get("role", "school"),
        )

    def set_reference_date(self, reference: date | None) -> None:
        """Pin "today" (the demo vault shows a fixed moment of its school year); None unpins."""
        self._settings.put_many({"reference_date": reference.isoformat() if reference else None})

    def today(self) -> date:
        pinned = self._settings.get_all().get("reference_date")
        return date.fromisoformat(pinned) if pinned else date.today()

    def current_school_year(self) -> SchoolYear:
        """The school year of "today"; in July and August still the one that just ended."""
        today = self.today()
        year = SchoolYear.containing(today)
        return year.previous() if today.month in (7, 8) else year

    def thresholds(self) -> Thresholds:
        stored = self._settings.get_all().get("thresholds")
        base = default_thresholds().as_dict()
        if isinstance(stored, dict):
            base.update(stored)
        return Thresholds.from_mapping(base)

    def save_calendar_settings(
        self, wednesday_afternoon_free: bool, free_days: list[tuple[date, str]]
    ) -> None:
        self._settings.put_many(
            {
                "wednesday_afternoon_free": wednesday_afternoon_free,
                "free_days": [[d.isoformat(), name] for d, name in free_days],
            }
        )
        self._calendars.clear()

    def calendar_settings(self) -> CalendarSettings:
        values = self._settings.get_all()
        extra = tuple(
            FreeDay(date.fromisoformat(day), name) for day, name in values.get("free_days", [])
        )
        return CalendarSettings(
            wednesday_afternoon_free=bool(values.get("wednesday_afternoon_free", True)),
            extra_free_days=extra,
        )

    def calendar(self, year: SchoolYear) -> SchoolCalendar:
        cached = self._calendars.get(year.start_year)
        if cached is None:
            cached = SchoolCalendar(year, self.calendar_settings())
            self._calendars[year.start_year] = cached
        return cached

    def code_table(self) -> CodeTable:
        """The official table plus the school's own codes (settings key "custom_codes")."""
        custom = self._settings.get_all().get("custom_codes", [])
        if not custom:
            return default_code_table()
        data = load_json("codes.json")
        data["codes"] = [*data["codes"], *custom]
        return CodeTable.from_mapping(data)

    # pupils ------------------------------------------------------------------------------------
    def add_pupil(self, draft: PupilDraft) -> Pupil:
        problems = draft.problems()
        if problems:
            raise InvalidInputError(problems)
        return self._pupils.add(draft)

    def update_pupil(self, pupil_id: int, draft: PupilDraft) -> Pupil:
        problems = draft.problems()
        if problems:
            raise InvalidInputError(problems)
        try:
            return self._pupils.update(pupil_id, draft)
        except PupilNotFoundError:
            raise NotFoundError("pupil", pupil_id) from None

    def pupil(self, pupil_id: int) -> Pupil:
        try:
            return self._pupils.get(pupil_id)
        except PupilNotFoundError:
            raise NotFoundError("pupil", pupil_id) from None

    def pupils(self) -> list[Pupil]:
        return self._pupils.all()

    # absences ----------------------------------------------------------------------------------
    def add_absences(self, pupil_id: int, entry: AbsenceEntry) -> list[tuple[date, HalfDay]]:
        """Register a code on every lesson half day of the range; returns the half days set.

        Refused as a whole (nothing written) when the code is unknown, the range is reversed or
        spans two school years, or it holds no lesson half day at all.
        """
        codes = self.code_table()
        try:
            code: AbsenceCode = codes.get(entry.code)
        except UnknownCodeError:
            raise InvalidInputError(["unknown_code"], code=entry.code) from None
        last = entry.last_day or entry.first_day
        if last < entry.first_day:
            raise InvalidInputError(["range_reversed"])
        year = SchoolYear.containing(entry.first_day)
        if SchoolYear.containing(last) != year:
            raise InvalidInputError(["range_spans_years"])
        calendar = self.calendar(year)
        if entry.half == "day":
            first_half, last_half = HalfDay.VM, HalfDay.NM
        else:
            try:
                first_half = last_half = HalfDay.parse(entry.half)
            except ValueError:
                raise InvalidInputError(["unknown_half_day"], half=entry.half) from None
        slots = half_day_range(entry.first_day, first_half, last, last_half, calendar)
        if entry.half != "day":
            slots = [(d, h) for d, h in slots if h is first_half]
        if not slots:
            raise InvalidInputError(["no_lesson_half_day"])
        self.pupil(pupil_id)
        absences = [Absence(d, h, code.code, entry.marks, entry.source) for d, h in slots]
        self._absences.upsert(pupil_id, absences)
        return slots

    def absences(self, pupil_id: int, year: SchoolYear) -> list[Absence]:
        return self._absences.for_pupil(pupil_id, year.first_date, year.last_date)

    def remove_absences(self, pupil_id: int, slots: list[tuple[date, HalfDay]]) -> int:
        return self._absences.remove(pupil_id, slots)

    # overview ----------------------------------------------------------------------------------
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
        earlier = self._absences.code_counts(
            previous.first_date, previous.last_date, codes.codes_in(CodeGroup.B), pupil_id
        )
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
            ),
        )
        if only is None:
            # keyed by the stamp read before computing: a change made meanwhile misses next time
            self._overview_cache = {key: tuple(rows)}
        return rows

    # bulk (demo, benchmarks, imports) ---------------------------------------------------------
    def bulk_add_pupils(self, drafts: list[PupilDraft]) -> list[int]:
        for draft in drafts:
            problems = draft.problems()
            if problems:
                raise InvalidInputError(problems)
        return self._pupils.add_many(drafts)

    def bulk_add_absences(self, rows: list[tuple[int, Absence]]) -> None:
        codes = self.code_table()
        self._absences.insert_bulk(
            [
                (
                    pupil_id,
                    a.day,
                    a.half.value,
                    codes.normalise(a.code),
                    a.has(Mark.LUXEVERZUIM),
                    a.has(Mark.DOUBTFUL_CERTIFICATE),
                    a.has(Mark.MEDICAL_CERTIFICATE),
                    a.source,
                )
                for pupil_id, a in rows
            ]
        )

    def check(self) -> list[str]:
        """Integrity, cipher-integrity, foreign-key and audit-chain checks; empty means sound."""
        return integrity_problems(self._vault.engine) + self._vault.verify_audit()

    def counts(self) -> dict[str, int]:
        return {"pupils": self._pupils.count(), "absences": self._absences.count()}
