"""The vault's own settings: who works in it, "today", thresholds, calendar and code table.

The lowest of the session's use cases: pupils, absences and the overview all read these, and
none of these reads them back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from pa_desktop.domain.calendar import CalendarSettings, FreeDay, SchoolCalendar, SchoolYear
from pa_desktop.domain.codes import CodeTable
from pa_desktop.domain.figures import Thresholds
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.resources import default_code_table, default_thresholds, load_json
from pa_desktop.store.repositories import SettingsRepository

ROLES = ("school", "clb")


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


class SettingsUseCases:
    """Profile and settings of the open vault. Calendars are cached per school year because
    every figure of every pupil asks for one; a settings change clears the cache."""

    _settings: SettingsRepository
    _calendars: dict[int, SchoolCalendar]

    def pseudonym_secret(self) -> bytes:
        """A random secret kept inside the vault, made on first use, that keys pseudonyms."""
        stored = self._settings.get_all().get("pseudonym_secret")
        if isinstance(stored, str) and len(stored) == 64:
            return bytes.fromhex(stored)
        secret = os.urandom(32)
        self._settings.put_many({"pseudonym_secret": secret.hex()})
        return secret

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
