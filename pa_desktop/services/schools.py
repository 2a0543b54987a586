"""Schools of the vault: adding them, their own calendar, codes and thresholds, enrolments.

A school's vault holds one school (made by the v7 migration from the profile); a CLB worker's
vault holds several. The vault-wide readers (`calendar(year)`, `code_table()`, `thresholds()`)
answer for the vault's first school when no school is named, so a one-school vault keeps every
screen exactly as before, and a school's own free days apply wherever a calendar is drawn.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
from pa_desktop.domain.codes import CodeTable, UnknownCodeError
from pa_desktop.domain.figures import Thresholds
from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.schools import (
    Enrolment,
    School,
    SchoolFreeDay,
    SchoolSettings,
    calendar_settings,
)
from pa_desktop.services.errors import InvalidInputError, NotFoundError
from pa_desktop.services.resources import load_json
from pa_desktop.services.settings import Profile, SettingsUseCases
from pa_desktop.store.repositories import PupilNotFoundError, PupilRepository
from pa_desktop.store.schools import SchoolNameTakenError, SchoolNotFoundError, SchoolRepository
from pa_desktop.store.vault import OpenVault

_CODE_ALLOWED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_+")


class SchoolUseCases(SettingsUseCases):
    """Schools on top of the vault's settings; records and the overview build on these."""

    _vault: OpenVault
    _schools: SchoolRepository
    _pupils: PupilRepository
    _school_calendars: dict[tuple[int, int], SchoolCalendar]
    _school_list: list[School] | None

    # schools -----------------------------------------------------------------------------------
    def schools(self) -> list[School]:
        """Every school of the vault, oldest first, with its number of pupils."""
        if self._school_list is None:
            self._school_list = self._schools.all()
        return list(self._school_list)

    def _school_changed(self) -> None:
        self._school_list = None
        self._school_calendars.clear()

    def _audit(self, action: str, **details: Any) -> None:
        """A school added or renamed is in the audit log: which school a CLB worker's pupils
        belong to decides whose data a signalling list or an import reaches."""
        self._vault.record(action, self.profile().user_name or "?", None, details)

    def add_school(self, name: str, number: str | None = None) -> School:
        clean = self._school_name(name)
        try:
            school = self._schools.add(clean, _school_number(number))
        except SchoolNameTakenError:
            raise InvalidInputError(["school_name_taken"], name=clean) from None
        self._school_changed()
        self._audit("school_added", school=clean, institution_number=school.number)
        return school

    def update_school(self, school_id: int, name: str, number: str | None = None) -> School:
        """A school's new name and institution number. In a vault of one school the profile's
        school follows, as `save_profile` renames that school: exports and the window title
        keep naming the school the user sees."""
        clean = self._school_name(name, school_id)
        try:
            before = self.find_school(school_id)
        except NotFoundError:
            raise NotFoundError("school", school_id) from None
        try:
            self._schools.update(school_id, clean, _school_number(number))
        except SchoolNameTakenError:
            raise InvalidInputError(["school_name_taken"], name=clean) from None
        except SchoolNotFoundError:
            raise NotFoundError("school", school_id) from None
        self._school_changed()
        if len(self.schools()) == 1:
            self._settings.put_many({"school": clean})
        after = self.find_school(school_id)
        if after.name != before.name:
            self._audit("school_renamed", **{"from": before.name, "to": after.name})
        if after.number != before.number:
            self._audit(
                "school_number_changed",
                **{"from": before.number, "to": after.number},
                school=after.name,
            )
        return after

    def save_school(
        self, school_id: int, name: str, number: str | None, settings: SchoolSettings
    ) -> None:
        """A school's name, number and settings at once (the settings dialog's Save): every
        problem is found before anything is written, so a refusal leaves the school as it was."""
        problems = self._settings_problems(settings)
        try:
            self._school_name(name, school_id)
        except InvalidInputError as error:
            problems.extend(error.problems)
        if problems:
            raise InvalidInputError(sorted(set(problems)), name=" ".join(name.split()))
        current = self.find_school(school_id)
        if (current.name, current.number) != (" ".join(name.split()), _school_number(number)):
            self.update_school(school_id, name, number)
        self.save_school_settings(school_id, settings)

    def _school_name(self, name: str, school_id: int | None = None) -> str:
        """The name as stored (spaces tidied), refused when empty, a number, or another
        school's name written with other capitals ("Sint-Jan" and "sint-jan" are one school)."""
        clean = " ".join(name.split())
        if not clean:
            raise InvalidInputError(["school_name_empty"])
        if clean.isdigit():  # SCHOOL on the command line is an id or a name: keep them apart
            raise InvalidInputError(["school_name_is_number"])
        for school in self.schools():
            if school.id != school_id and school.name.casefold() == clean.casefold():
                raise InvalidInputError(["school_name_taken"], name=school.name)
        return clean

    def find_school(self, text: str | int) -> School:
        """A school by id or by its exact name (NotFoundError otherwise)."""
        wanted = str(text).strip()
        for school in self.schools():
            if str(school.id) == wanted or school.name == wanted:
                return school
        raise NotFoundError("school", wanted)

    def default_school_id(self) -> int:
        """The vault's first school: a pupil without a named school belongs there."""
        return self.schools()[0].id

    def school_of(self, pupil: Pupil) -> int:
        return pupil.school_id if pupil.school_id is not None else self.default_school_id()

    def save_profile(self, profile: Profile) -> None:
        """The profile's school names the vault's only school (a school's vault)."""
        super().save_profile(profile)
        schools = self.schools()
        if len(schools) == 1 and profile.school.strip():
            self._schools.rename(schools[0].id, " ".join(profile.school.split()))
            self._school_changed()

    # a school's own settings -----------------------------------------------------------------
    def school_settings(self, school_id: int | None = None) -> SchoolSettings:
        try:
            return self._schools.settings(school_id or self.default_school_id())
        except SchoolNotFoundError:
            raise NotFoundError("school", school_id) from None

    def save_school_settings(self, school_id: int, settings: SchoolSettings) -> None:
        """Check and store a school's settings as a whole."""
        problems = self._settings_problems(settings)
        if problems:
            raise InvalidInputError(sorted(set(problems)))
        try:
            self._schools.put_settings(school_id, settings)
        except SchoolNotFoundError:
            raise NotFoundError("school", school_id) from None
        self._school_changed()

    def _settings_problems(self, settings: SchoolSettings) -> list[str]:
        problems: list[str] = []
        for free in settings.free_days:
            problems.extend(free.problems())
        hour = settings.first_afternoon_hour
        if hour is not None and not 2 <= hour <= 12:
            problems.append("first_afternoon_hour_invalid")
        try:
            Thresholds.from_mapping(settings.thresholds)
        except ValueError:
            problems.append("threshold_invalid")
        official = self._official_codes()
        for code, maps_to, _label in settings.codes:
            if not code or not set(code.upper()) <= _CODE_ALLOWED or len(code) > 8:
                problems.append("code_invalid")
            elif code.upper() in official:
                problems.append("code_is_official")
            if maps_to.upper() not in official:
                problems.append("maps_to_unknown")
        return problems

    def add_school_free_day(self, school_id: int, free: SchoolFreeDay) -> None:
        current = self.school_settings(school_id)
        kept = tuple(f for f in current.free_days if f != free)
        self.save_school_settings(school_id, _with(current, free_days=(*kept, free)))

    def add_school_code(self, school_id: int, code: str, maps_to: str, label: str = "") -> None:
        current = self.school_settings(school_id)
        clean = code.strip().upper()
        kept = tuple(c for c in current.codes if c[0].upper() != clean)
        entry = (clean, maps_to.strip().upper(), label.strip())
        self.save_school_settings(school_id, _with(current, codes=(*kept, entry)))

    # readers per school (no school: the vault's first) ---------------------------------------
    def save_calendar_settings(
        self, wednesday_afternoon_free: bool, free_days: list[tuple[date, str]]
    ) -> None:
        super().save_calendar_settings(wednesday_afternoon_free, free_days)
        self._school_calendars.clear()

    def calendar(self, year: SchoolYear, school_id: int | None = None) -> SchoolCalendar:
        school = school_id or self.default_school_id()
        key = (school, year.start_year)
        cached = self._school_calendars.get(key)
        if cached is None:
            own = self._schools.settings(school)
            settings = calendar_settings(self.calendar_settings(), own)
            cached = self._school_calendars[key] = SchoolCalendar(year, settings)
        return cached

    def code_table(self, school_id: int | None = None) -> CodeTable:
        """The vault's table plus the school's own codes (each with its official mapping)."""
        base = super().code_table()
        own = self.school_settings(school_id).codes
        if not own:
            return base
        return _extended(base, own)

    def all_codes(self) -> CodeTable:
        """Every school's own codes together (the overview across schools reads them all)."""
        table = super().code_table()
        for school in self.schools():
            own = [c for c in self._schools.settings(school.id).codes if c[0] not in table]
            if own:
                table = _extended(table, own)
        return table

    def vault_thresholds(self) -> Thresholds:
        """The vault's thresholds before any school's own (what a school's settings override)."""
        return super().thresholds()

    def thresholds(self, school_id: int | None = None) -> Thresholds:
        base = super().thresholds().as_dict()
        base.update(self.school_settings(school_id).thresholds)
        return Thresholds.from_mapping(base)

    def _official_codes(self) -> set[str]:
        return {c.code.upper() for c in SettingsUseCases.code_table(self)}

    # enrolments --------------------------------------------------------------------------------
    def enrolments(self, pupil_id: int) -> list[Enrolment]:
        return self._schools.enrolments_of(pupil_id)

    def enrol(self, enrolment: Enrolment) -> None:
        """Enrol a pupil at a school for a school year; it becomes the pupil's current school
        when it is the latest enrolment. The same dossier keeps every enrolment."""
        if (
            enrolment.arrival is not None
            and enrolment.leaving is not None
            and enrolment.leaving < enrolment.arrival
        ):
            raise InvalidInputError(["enrolment_reversed"])
        self.find_school(enrolment.school_id)
        self._schools.enrol(enrolment)
        latest = max(self.enrolments(enrolment.pupil_id), key=_enrolment_order)
        self._schools.set_current_school(enrolment.pupil_id, latest.school_id)
        self._school_list = None

    def move_pupil(
        self, pupil_id: int, school_id: int, arrival: date, class_name: str | None = None
    ) -> None:
        """A pupil changing school within the vault (two schools of one CLB): the enrolment at
        the current school ends the day before `arrival`, a new one starts then. One dossier:
        absences, measures and the trajectory stay with the pupil."""
        try:
            pupil = self._pupils.get(pupil_id)
        except PupilNotFoundError:
            raise NotFoundError("pupil", pupil_id) from None
        self.find_school(school_id)
        year = SchoolYear.containing(arrival)
        before = self.enrolment_at(pupil, arrival) or self.school_in(pupil, year)
        if before == school_id:
            raise InvalidInputError(["same_school"])
        current = [e for e in self.enrolments(pupil_id) if e.school_year == year.start_year]
        left = arrival - timedelta(days=1)
        if not current:  # the year so far at the old school, as the pupil's own dates say
            current = [
                Enrolment(
                    pupil_id,
                    before,
                    year.start_year,
                    pupil.class_name,
                    pupil.enrolled_from,
                    pupil.enrolled_until,
                )
            ]
        for enrolment in current:
            if enrolment.school_id == before and enrolment.covers(arrival):
                if enrolment.arrival is not None and enrolment.arrival > left:
                    raise InvalidInputError(["enrolment_reversed"])
                self._schools.enrol(replace(enrolment, leaving=left))
            elif enrolment.school_id == before:
                self._schools.enrol(enrolment)
        klass = (class_name or pupil.class_name).strip() or pupil.class_name
        self.enrol(Enrolment(pupil_id, school_id, year.start_year, klass, arrival, None))

    def school_in(self, pupil: Pupil, year: SchoolYear) -> int:
        """The pupil's school in a school year: its latest enrolment then, else its school."""
        of_year = [e for e in self.enrolments(pupil.id) if e.school_year == year.start_year]
        if of_year:
            return max(of_year, key=_enrolment_order).school_id
        return self.school_of(pupil)

    def enrolment_at(self, pupil: Pupil, day: date) -> int | None:
        """The school whose enrolment covers `day`, or None when the pupil was not enrolled
        then (an absence on that day is refused, never kept and silently left out)."""
        year = SchoolYear.containing(day).start_year
        of_year = [e for e in self.enrolments(pupil.id) if e.school_year == year]
        if of_year:
            for enrolment in of_year:
                if enrolment.covers(day):
                    return enrolment.school_id
            return None
        if (pupil.enrolled_from is not None and day < pupil.enrolled_from) or (
            pupil.enrolled_until is not None and day > pupil.enrolled_until
        ):
            return None
        return self.school_of(pupil)

    # carried-in B half days (rule 10) ----------------------------------------------------------
    def carried_b(self, pupil_id: int) -> dict[int, int]:
        """B half days carried in by transfers, by school year (start year)."""
        return self._schools.carried_of(pupil_id)


def _enrolment_order(enrolment: Enrolment) -> tuple[int, date]:
    return (enrolment.school_year, enrolment.arrival or date.min)


def _school_number(number: str | None) -> str | None:
    return " ".join((number or "").split()) or None


def _with(settings: SchoolSettings, **changes: Any) -> SchoolSettings:
    return replace(settings, **changes)


def _extended(base: CodeTable, own: Any) -> CodeTable:
    data = load_json("codes.json")
    entries = [
        {
            "code": c.code,
            "official": c.official,
            "group": c.group.value,
            "absent": c.counts_as_absent,
            "label": dict(c.labels),
        }
        for c in base
    ]
    for code, maps_to, label in own:
        try:
            target = base.get(maps_to)
        except UnknownCodeError:
            continue
        entries.append(
            {
                "code": code,
                "official": target.official,
                "group": target.group.value,
                "absent": target.counts_as_absent,
                "label": {
                    lang: label or f"{code} = {text}" for lang, text in target.labels.items()
                },
            }
        )
    data["codes"] = entries
    return CodeTable.from_mapping(data)
