"""Use cases of the guidance-measure log, the trajectory and the manual flags.

Every change names its author (the vault's user). Warnings are returned as ids before a step is
recorded, so the GUI can ask and the command line can print them; the guideline advises, it does
not forbid, so a warned step can still be recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.measures import (
    Measure,
    MeasureDraft,
    MeasureVersion,
    Purpose,
    help_question_asked,
    next_follow_up,
    parents_contacted,
)
from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.trajectory import (
    CLB_CONSULTED_STEPS,
    Facts,
    Step,
    StepDetails,
    TrajectoryEntry,
    current_state,
    next_steps,
    sanction_warning,
    warnings_for,
)
from pa_desktop.services.errors import InvalidInputError, NotFoundError
from pa_desktop.services.session import VaultSession
from pa_desktop.store.guidance import (
    ContactCheckRepository,
    FlagRepository,
    MeasureNotFoundError,
    MeasureRepository,
    TrajectoryRepository,
)
from pa_desktop.store.repositories import PupilNotFoundError

FLAGS = ("parents_unreachable", "known_problem")


def _author(session: VaultSession) -> str:
    return session.profile().user_name or "?"


# measures ------------------------------------------------------------------------------------
def add_measure(
    session: VaultSession, pupil_id: int, draft: MeasureDraft, measure_id: int | None = None
) -> Measure:
    problems = draft.problems(session.today())
    if problems:
        raise InvalidInputError(problems)
    try:
        return session.repository(MeasureRepository).add(
            pupil_id, draft, _author(session), measure_id
        )
    except PupilNotFoundError:
        raise NotFoundError("pupil", pupil_id) from None


def update_measure(session: VaultSession, measure_id: int, draft: MeasureDraft) -> Measure:
    problems = draft.problems(session.today())
    if problems:
        raise InvalidInputError(problems)
    try:
        return session.repository(MeasureRepository).update(measure_id, draft, _author(session))
    except MeasureNotFoundError:
        raise NotFoundError("measure", measure_id) from None


def delete_measure(session: VaultSession, measure_id: int) -> Measure:
    try:
        return session.repository(MeasureRepository).delete(measure_id, _author(session))
    except MeasureNotFoundError:
        raise NotFoundError("measure", measure_id) from None


def measures(session: VaultSession, pupil_id: int) -> list[Measure]:
    return session.repository(MeasureRepository).for_pupil(pupil_id)


def measure_history(session: VaultSession, measure_id: int) -> list[MeasureVersion]:
    return session.repository(MeasureRepository).history(measure_id)


def warns_against_sanction(session: VaultSession, pupil_id: int, draft: MeasureDraft) -> bool:
    """True when a sanction is logged for a pupil with repeated B codes (DOMAIN.md rule 11)."""
    if draft.purpose is not Purpose.SANCTION:
        return False
    year = SchoolYear.containing(draft.day)
    b_codes = {c.code for c in session.code_table() if c.group.value == "B"}
    count = sum(1 for a in session.absences(pupil_id, year) if a.code in b_codes)
    return sanction_warning(True, count)


# trajectory ----------------------------------------------------------------------------------
def trajectory(session: VaultSession, pupil_id: int) -> list[TrajectoryEntry]:
    return session.repository(TrajectoryRepository).for_pupil(pupil_id)


def facts_for(session: VaultSession, pupil_id: int, year: SchoolYear) -> Facts:
    """What the advice and the warnings check. A signalling (often a list sent to the CLB) is
    not a consultation of the CLB: only a CLB step past it, or a logged consultation, is."""
    logged = measures(session, pupil_id)
    steps = trajectory(session, pupil_id)
    row = next(r for r in session.overview(year, only=[pupil_id]))
    return Facts(
        b_count=row.figures.b_count,
        parents_contacted=parents_contacted(logged),
        parents_unreachable="parents_unreachable" in row.signal_ids,
        sanction_logged=any(m.draft.purpose is Purpose.SANCTION for m in logged),
        clb_consulted=any(m.draft.purpose is Purpose.CLB_CONSULTATION for m in logged)
        or any(e.step in CLB_CONSULTED_STEPS for e in steps),
        help_question_asked=help_question_asked(logged),
        school_user=session.profile().role == "school",
        doubtful_certificates=row.figures.doubtful_certificates,
        doubtful_advice_at=session.thresholds().doubtful_certificate_advice,
    )


def step_warnings(
    session: VaultSession, pupil_id: int, step: Step, details: StepDetails, year: SchoolYear
) -> list[str]:
    return warnings_for(step, details, facts_for(session, pupil_id, year))


def add_step(
    session: VaultSession,
    pupil_id: int,
    step: Step,
    day: date,
    details: StepDetails,
    entry_id: int | None = None,
) -> TrajectoryEntry:
    if day > session.today():
        raise InvalidInputError(["step_in_future"])
    try:
        return session.repository(TrajectoryRepository).add(
            pupil_id, step, day, details, _author(session), entry_id
        )
    except PupilNotFoundError:
        raise NotFoundError("pupil", pupil_id) from None


def delete_step(session: VaultSession, entry_id: int) -> None:
    session.repository(TrajectoryRepository).delete(entry_id)


@dataclass(frozen=True)
class Advice:
    state: Step | None
    next_steps: tuple[str, ...]
    facts: Facts


def advice(session: VaultSession, pupil_id: int, year: SchoolYear) -> Advice:
    steps = trajectory(session, pupil_id)
    state = current_state(steps)
    facts = facts_for(session, pupil_id, year)
    return Advice(state, next_steps(state, facts), facts)


# flags ---------------------------------------------------------------------------------------
def set_flag(session: VaultSession, pupil_id: int, flag: str, note: str) -> None:
    if flag not in FLAGS:
        raise InvalidInputError(["unknown_flag"], flag=flag)
    if not note.strip():
        raise InvalidInputError(["flag_reason_missing"])
    try:
        session.repository(FlagRepository).set(pupil_id, flag, note.strip(), _author(session))
    except PupilNotFoundError:
        raise NotFoundError("pupil", pupil_id) from None


def clear_flag(session: VaultSession, pupil_id: int, flag: str) -> None:
    session.repository(FlagRepository).clear(pupil_id, flag)


def flags(session: VaultSession, pupil_id: int) -> dict[str, str]:
    return session.repository(FlagRepository).by_pupil().get(pupil_id, {})


# contact details ----------------------------------------------------------------------------
def mark_contact_checked(session: VaultSession, pupil_id: int, day: date | None = None) -> date:
    """Record that the parents' contact details were checked (today by default): the
    unreachable-parents signal and the checklist only speak with certainty after such a check
    ("mits zekerheid over de contactgegevens")."""
    checked = day or session.today()
    if checked > session.today():
        raise InvalidInputError(["contact_check_in_future"])
    try:
        session.repository(ContactCheckRepository).set(pupil_id, checked)
    except PupilNotFoundError:
        raise NotFoundError("pupil", pupil_id) from None
    return checked


def contact_checked_on(session: VaultSession, pupil_id: int) -> date | None:
    return session.repository(ContactCheckRepository).by_pupil(pupil_id).get(pupil_id)


# follow-ups ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class FollowUp:
    pupil: Pupil
    due: date
    overdue: bool


def follow_ups(session: VaultSession, until: date | None = None) -> list[FollowUp]:
    """Every pupil's next pending follow-up, due on or before `until` (all when None), soonest
    first."""
    today = session.today()
    pupils = {p.id: p for p in session.pupils()}
    found = []
    for pupil_id, logged in session.repository(MeasureRepository).by_pupil().items():
        due = next_follow_up(logged)
        if due is None or pupil_id not in pupils or (until is not None and due > until):
            continue
        found.append(FollowUp(pupils[pupil_id], due, due < today))
    return sorted(found, key=lambda f: (f.due, f.pupil.last_name.casefold()))
