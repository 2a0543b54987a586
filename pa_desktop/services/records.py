"""Pupils and their absences: adding, correcting and reading them, one by one or in bulk.

Every entry is validated against the vault's code table and calendar (settings.py), so the GUI,
the command line and the import refuse the same things in the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from pa_desktop.domain.absences import Absence, Mark, marks_not_allowed
from pa_desktop.domain.calendar import SchoolYear, half_day_range
from pa_desktop.domain.codes import AbsenceCode, UnknownCodeError
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import Pupil, PupilDraft
from pa_desktop.services.errors import InvalidInputError, NotFoundError
from pa_desktop.services.schools import SchoolUseCases
from pa_desktop.store.repositories import AbsenceRepository, PupilNotFoundError, PupilRepository


@dataclass(frozen=True)
class AbsenceEntry:
    """A range of half days with one code, as a user enters it."""

    first_day: date
    code: str
    last_day: date | None = None
    half: str = "day"  # "VM", "NM" or "day"
    marks: frozenset[Mark] = field(default_factory=frozenset)
    source: str = "manual"


def _all_halves(entry: AbsenceEntry, first: HalfDay) -> list[tuple[date, HalfDay]]:
    """Every half day the entry names, lessons or not (to say why none had lessons)."""
    found = []
    day, end = entry.first_day, entry.last_day or entry.first_day
    while day <= end:
        for half in (HalfDay.VM, HalfDay.NM):
            if entry.half == "day" or half is first:
                found.append((day, half))
        day += timedelta(days=1)
    return found


class RecordUseCases(SchoolUseCases):
    """Pupils and absences of the open vault."""

    _pupils: PupilRepository
    _absences: AbsenceRepository

    # pupils ------------------------------------------------------------------------------------
    def add_pupil(self, draft: PupilDraft) -> Pupil:
        """Add a pupil; without a school it joins the vault's first (a school's vault)."""
        problems = draft.problems()
        if problems:
            raise InvalidInputError(problems)
        if draft.school_id is None:
            draft = replace(draft, school_id=self.default_school_id())
        else:
            self.find_school(draft.school_id)
        pupil = self._pupils.add(draft)
        self._school_list = None
        return pupil

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
        pupil = self.pupil(pupil_id)
        school = self.enrolment_at(pupil, entry.first_day)
        if school is None:
            raise InvalidInputError(["outside_enrolment"], day=entry.first_day.isoformat())
        codes = self.code_table(school)
        try:
            code: AbsenceCode = codes.get(entry.code)
        except UnknownCodeError:
            raise InvalidInputError(["unknown_code"], code=entry.code) from None
        wrong = marks_not_allowed(entry.marks, code.group)
        if wrong:
            raise InvalidInputError(["mark_not_for_code"], mark=wrong[0].value, code=code.code)
        last = entry.last_day or entry.first_day
        if last < entry.first_day:
            raise InvalidInputError(["range_reversed"])
        year = SchoolYear.containing(entry.first_day)
        if SchoolYear.containing(last) != year:
            raise InvalidInputError(["range_spans_years"])
        calendar = self.calendar(year, school)
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
            own = [calendar.own_reason(d, h) for d, h in _all_halves(entry, first_half)]
            reasons = sorted({r for r in own if r})
            raise InvalidInputError(["no_lesson_half_day"], reason="; ".join(reasons))
        outside = [d for d, _h in slots if self.enrolment_at(pupil, d) != school]
        if outside:
            raise InvalidInputError(["outside_enrolment"], day=outside[0].isoformat())
        absences = [Absence(d, h, code.code, entry.marks, entry.source) for d, h in slots]
        self._absences.upsert(pupil_id, absences)
        return slots

    def absences(self, pupil_id: int, year: SchoolYear) -> list[Absence]:
        return self._absences.for_pupil(pupil_id, year.first_date, year.last_date)

    def remove_absences(self, pupil_id: int, slots: list[tuple[date, HalfDay]]) -> int:
        return self._absences.remove(pupil_id, slots)

    # bulk (demo, benchmarks, imports) ---------------------------------------------------------
    def bulk_add_pupils(self, drafts: list[PupilDraft]) -> list[int]:
        for draft in drafts:
            problems = draft.problems()
            if problems:
                raise InvalidInputError(problems)
        return self._pupils.add_many(drafts)

    def bulk_add_absences(self, rows: list[tuple[int, Absence]]) -> None:
        codes = self.code_table()
        for _pupil_id, absence in rows:
            wrong = marks_not_allowed(absence.marks, codes.group_of(absence.code))
            if wrong:
                raise InvalidInputError(
                    ["mark_not_for_code"], mark=wrong[0].value, code=absence.code
                )
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

    def counts(self) -> dict[str, int]:
        return {"pupils": self._pupils.count(), "absences": self._absences.count()}
