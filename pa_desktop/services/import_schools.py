"""An import's rows against the schools and enrolments of the vault.

Pupil numbers and classes repeat across the schools of a CLB worker's vault, so the rows of a
school are matched against that school's pupils only (`pupils_of_school`). A half day outside a
known pupil's enrolment at that school (before the arrival, after the leaving, or while the
pupil was at another school of the vault) becomes a refused row, `outside_enrolment`: never
written and then silently left out of the figures (`refuse_outside_enrolment`). Enrolments are
read once per school year the file touches, and checked per pupil and school year, not per half
day: two million half days, a few thousand spans.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from pa_desktop.domain.calendar import SchoolYear, years_between
from pa_desktop.domain.importing.checks import Checked
from pa_desktop.domain.importing.plan import Plan
from pa_desktop.domain.importing.records import Reason, RowProblem
from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.schools import Enrolment
from pa_desktop.services.session import VaultSession
from pa_desktop.store.schools import SchoolRepository

Enrolments = dict[int, dict[int, list[Enrolment]]]  # school year -> pupil -> enrolment rows

_OPEN_END = date.max.toordinal()


def pupils_of_school(pupils: Iterable[Pupil], school: int, default: int) -> list[Pupil]:
    """The pupils whose school is `school` (a pupil without one is at the vault's first)."""
    return [p for p in pupils if (p.school_id or default) == school]


def enrolments_between(session: VaultSession, first: date, last: date) -> Enrolments:
    """Enrolment rows of every school year from `first` to `last`."""
    repository = session.repository(SchoolRepository)
    return {
        year.start_year: repository.enrolments_in(year.start_year)
        for year in years_between(first, last)
    }


def enrolments_of_checks(session: VaultSession, groups: Iterable[Checked]) -> Enrolments:
    """Enrolment rows of every school year the checked rows touch."""
    checked = list(groups)
    firsts = [c.first_day for c in checked if c.first_day is not None]
    lasts = [c.last_day for c in checked if c.last_day is not None]
    if not firsts or not lasts:
        return {}
    return enrolments_between(session, min(firsts), max(lasts))


def _enrolled_spans(
    pupil: Pupil, year: int, enrolments: Enrolments, school: int, default: int
) -> tuple[tuple[int, int], ...]:
    """The day ordinals (from, to) in which the pupil was enrolled at `school` in a school year:
    its enrolment rows of that year, else its own arrival and leaving dates."""
    of_year = enrolments.get(year, {}).get(pupil.id)
    if of_year:
        return tuple(
            (
                e.arrival.toordinal() if e.arrival else 0,
                e.leaving.toordinal() if e.leaving else _OPEN_END,
            )
            for e in of_year
            if e.school_id == school
        )
    if (pupil.school_id or default) != school:
        return ()
    since, until = pupil.enrolled_from, pupil.enrolled_until
    return ((since.toordinal() if since else 0, until.toordinal() if until else _OPEN_END),)


def refuse_outside_enrolment(
    session: VaultSession,
    plan: Plan,
    pupils: list[Pupil],
    school: int,
    enrolments: Enrolments | None = None,
) -> None:
    """Half days outside a known pupil's enrolment at this school become refused rows
    (`outside_enrolment`); `enrolments` are read here when not given (the preview)."""
    if not plan.new and not plan.conflicts:
        return
    if enrolments is None:
        ordinals = [*plan.new.days, *(c.day.toordinal() for c in plan.conflicts)]
        first, last = date.fromordinal(min(ordinals)), date.fromordinal(max(ordinals))
        enrolments = enrolments_between(session, first, last)
    rows = enrolments
    default = session.default_school_id()
    by_id = {p.id: p for p in pupils}
    spans: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
    years: dict[int, int] = {}

    def enrolled(pupil_id: int, ordinal: int) -> bool:
        year = years.get(ordinal)
        if year is None:
            year = years[ordinal] = SchoolYear.containing(date.fromordinal(ordinal)).start_year
        key = (pupil_id, year)
        known = spans.get(key)
        if known is None:
            known = spans[key] = _enrolled_spans(by_id[pupil_id], year, rows, school, default)
        return any(low <= ordinal <= high for low, high in known)

    new = plan.new
    refused = False
    for pupil_id, ordinal, line in zip(new.pupils, new.days, new.lines, strict=True):
        if pupil_id > 0 and not enrolled(pupil_id, ordinal):
            day = date.fromordinal(ordinal).isoformat()
            plan.problems.append(RowProblem(line, Reason.OUTSIDE_ENROLMENT, day))
            refused = True
    if refused:
        plan.new = new.kept(lambda pupil_id, day: pupil_id <= 0 or enrolled(pupil_id, day))
    plan.conflicts = [c for c in plan.conflicts if enrolled(c.pupil_id, c.day.toordinal())]
    plan.problems.sort(key=lambda p: p.line)
