"""One pupil's school year, as the dossier shows it, and changes to its absences with undo.

A change is planned first (what each half day holds before and after), then applied; undo applies
the inverse. Plans are plain data, so the GUI's undo stack never holds a database object.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from pa_desktop.domain.absences import Absence, Mark, marks_not_allowed
from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
from pa_desktop.domain.codes import CodeTable, UnknownCodeError
from pa_desktop.domain.figures import Thresholds, YearFigures
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.measures import Measure
from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.schools import enrolment_span
from pa_desktop.domain.series import CumulativePoint, cumulative_series
from pa_desktop.domain.signals import Signal
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import VaultSession
from pa_desktop.store.guidance import MeasureRepository
from pa_desktop.store.repositories import AbsenceRepository

Slot = tuple[date, HalfDay]


@dataclass(frozen=True)
class PupilYear:
    """Everything the timeline tab draws for one pupil and one school year."""

    pupil: Pupil
    calendar: SchoolCalendar
    reference: date
    absences: dict[Slot, Absence]
    figures: YearFigures
    signals: tuple[Signal, ...]
    series: list[CumulativePoint]
    thresholds: Thresholds
    codes: CodeTable
    measures: tuple[Measure, ...] = ()
    carried_b: int = 0  # B half days at the previous school this year (rule 10), shown apart
    # the year's enrolment span when the pupil has enrolment rows that year (a transfer's
    # arrival, a move between schools); None: the pupil's own arrival and leaving dates
    enrolment: tuple[date | None, date | None] | None = None
    # the school that year, named only in a vault of several schools (a CLB worker's), where
    # class names repeat and the header must say which school's 3A this is
    school_name: str = ""

    @property
    def year(self) -> SchoolYear:
        return self.calendar.school_year


@dataclass(frozen=True)
class AbsenceChange:
    """What a set of half days held before and holds after one user action."""

    pupil_id: int
    before: dict[Slot, Absence | None]
    after: dict[Slot, Absence | None]

    def inverted(self) -> AbsenceChange:
        return AbsenceChange(self.pupil_id, self.after, self.before)

    @property
    def size(self) -> int:
        return sum(1 for slot in self.after if self.before.get(slot) != self.after[slot])


def load_pupil_year(session: VaultSession, pupil_id: int, year: SchoolYear) -> PupilYear:
    """Read one pupil's year and compute its figures and signals exactly as the overview does."""
    pupil = session.pupil(pupil_id)
    school = session.school_in(pupil, year)  # its own free days greyed, its own codes read
    calendar = session.calendar(year, school)
    codes = session.code_table(school)
    thresholds = session.thresholds(school)
    reference = min(session.today(), year.last_date)
    current = session.absences(pupil_id, year)
    row = session.overview(year, reference, only=[pupil_id])[0]
    return PupilYear(
        pupil=pupil,
        calendar=calendar,
        reference=reference,
        absences={(a.day, a.half): a for a in current},
        figures=row.figures,
        signals=row.signals,
        series=cumulative_series(row.figures.absent, calendar, codes, reference),
        thresholds=thresholds,
        codes=codes,
        measures=tuple(
            m
            for m in session.repository(MeasureRepository).for_pupil(pupil_id)
            if year.first_date <= m.day <= year.last_date
        ),
        carried_b=row.carried_b,
        enrolment=_span(session, pupil_id, year),
        school_name=session.find_school(school).name if len(session.schools()) > 1 else "",
    )


def _span(
    session: VaultSession, pupil_id: int, year: SchoolYear
) -> tuple[date | None, date | None] | None:
    rows = [e for e in session.enrolments(pupil_id) if e.school_year == year.start_year]
    return enrolment_span(rows) if rows else None


def plan_set_code(
    view: PupilYear, slots: Iterable[Slot], code: str, marks: frozenset[Mark]
) -> AbsenceChange:
    """Put `code` with `marks` on every lesson half day among `slots` (others are skipped)."""
    try:
        entry = view.codes.get(code)
    except UnknownCodeError:
        raise InvalidInputError(["unknown_code"], code=code) from None
    wrong = marks_not_allowed(marks, entry.group)
    if wrong:
        raise InvalidInputError(["mark_not_for_code"], mark=wrong[0].value, code=entry.code)
    lesson = [s for s in slots if view.calendar.is_lesson_half_day(*s)]
    if not lesson:
        raise InvalidInputError(["no_lesson_half_day"])
    before: dict[Slot, Absence | None] = {s: view.absences.get(s) for s in lesson}
    after: dict[Slot, Absence | None] = {
        s: Absence(s[0], s[1], entry.code, marks, "manual") for s in lesson
    }
    return AbsenceChange(view.pupil.id, before, after)


def plan_clear(view: PupilYear, slots: Iterable[Slot]) -> AbsenceChange:
    """Remove whatever code the chosen half days hold."""
    registered = [s for s in slots if s in view.absences]
    before: dict[Slot, Absence | None] = {s: view.absences[s] for s in registered}
    after: dict[Slot, Absence | None] = dict.fromkeys(registered)
    return AbsenceChange(view.pupil.id, before, after)


def apply_change(session: VaultSession, change: AbsenceChange) -> None:
    """Write the "after" state of every half day of the change in one transaction."""
    if change.after:
        session.repository(AbsenceRepository).replace_slots(change.pupil_id, dict(change.after))
