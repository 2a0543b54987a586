"""The pupil's trajectory with school, CLB and partners, and the guideline's advice at each step.

Steps are dated events; the current state is the latest one. The advice is data with ids: what the
guideline suggests next, and the warnings the data raise (no contact with the parents before a
registration, a police report without consulting the CLB, a sanction for repeated B codes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from pa_desktop.domain.calendar import SchoolYear


class Step(StrEnum):
    SCHOOL_FOLLOW_UP = "school_follow_up"
    SIGNALLED_CLB = "signalled_clb"
    REGISTERED_CLB = "registered_clb"
    CLB_GUIDANCE = "clb_guidance"
    CLB_CLOSED = "clb_closed"
    KANS = "kans"
    EXTERNAL_REFERRAL = "external_referral"
    ROMA_FOYER = "roma_foyer"
    POLICE_UNWILLINGNESS = "police_unwillingness"
    POLICE_UNREACHABLE = "police_unreachable"
    OCJ = "ocj"
    AGODI_CONCERN = "agodi_concern"
    SCHOOL_CHANGE = "school_change"
    CLOSED = "closed"


CLOSING_STEPS = frozenset({Step.CLB_CLOSED, Step.CLOSED})
POLICE_STEPS = frozenset({Step.POLICE_UNWILLINGNESS, Step.POLICE_UNREACHABLE})
PARTNER_STEPS = frozenset(
    {
        Step.KANS,
        Step.EXTERNAL_REFERRAL,
        Step.ROMA_FOYER,
        *POLICE_STEPS,
        Step.OCJ,
        Step.AGODI_CONCERN,
    }
)


class RegistrationReason(StrEnum):
    """DOMAIN.md rule 5: why the school registers the pupil for CLB guidance. Reason c is two
    separate items in the guideline's checklist, so it is two reasons here."""

    NOT_WORKING = "not_working"  # a: own trajectory does not work / absences keep rising
    UNDERLYING_PROBLEM = "underlying_problem"  # b: needs CLB expertise or external help
    NO_LONGER_COMES = "no_longer_comes"  # c: the pupil no longer comes to school
    REFUSES_GUIDANCE = "refuses_guidance"  # c: pupil and/or parents refuse all guidance


# Rule 5: in a and b the school words a help question with the pupil; in c it need not.
HELP_QUESTION_REASONS = frozenset(
    {RegistrationReason.NOT_WORKING, RegistrationReason.UNDERLYING_PROBLEM}
)

# Consulting the CLB means a CLB step beyond signalling: a (list) signalling is no consultation.
CLB_CONSULTED_STEPS = frozenset({Step.REGISTERED_CLB, Step.CLB_GUIDANCE, Step.CLB_CLOSED})


@dataclass(frozen=True)
class StepDetails:
    """What a step records besides its date; unused fields stay empty."""

    note: str = ""
    partner: str = ""  # e.g. police zone, KANS contact, new school
    registration_reasons: tuple[RegistrationReason, ...] = ()
    clb_consulted: bool = False  # police steps: the CLB was consulted first
    clb_intake_done: bool = False  # KANS: a CLB intake took place (or a care worker asked)
    follow_up_agreement: str = ""  # closing steps: how absences are followed up afterwards
    # recorded when "no longer comes" still meant "or refuses all guidance" (before schema 8):
    # whether guidance was refused is unknown for such a step
    reasons_before_split: bool = False


@dataclass(frozen=True)
class TrajectoryEntry:
    id: int
    pupil_id: int
    step: Step
    day: date
    author: str
    details: StepDetails = field(default_factory=StepDetails)
    recorded_at: datetime | None = None


def ordered(entries: Iterable[TrajectoryEntry]) -> list[TrajectoryEntry]:
    return sorted(entries, key=lambda e: (e.day, e.id))


def current_state(entries: Iterable[TrajectoryEntry], at: date | None = None) -> Step | None:
    """The latest step on or before `at` (all steps when None)."""
    steps = [e for e in ordered(entries) if at is None or e.day <= at]
    return steps[-1].step if steps else None


def signalled_in(entries: Iterable[TrajectoryEntry], year: SchoolYear) -> date | None:
    """The first "signalled to the CLB" (or later CLB step) of a school year: clears the duty."""
    clb_steps = {Step.SIGNALLED_CLB, Step.REGISTERED_CLB, Step.CLB_GUIDANCE}
    days = [
        e.day for e in entries if e.step in clb_steps and year.first_date <= e.day <= year.last_date
    ]
    return min(days) if days else None


def closed_on(entries: Iterable[TrajectoryEntry]) -> date | None:
    """The date of the closing step when the trajectory is closed now (for relapse)."""
    steps = ordered(entries)
    if steps and steps[-1].step in CLOSING_STEPS:
        return steps[-1].day
    return None


def needs_attention(entries: Iterable[TrajectoryEntry]) -> bool:
    """A school change sets the "aandachtspunt" for the warm transfer."""
    return any(e.step is Step.SCHOOL_CHANGE for e in entries)


@dataclass(frozen=True)
class Facts:
    """What the advice checks against: drawn from the absences, measures and trajectory."""

    b_count: int
    parents_contacted: bool
    parents_unreachable: bool
    sanction_logged: bool
    clb_consulted: bool  # a measure with purpose clb-consultation, or a CLB step past signalling
    help_question_asked: bool = False  # a help question worded with the pupil (measure log)
    school_user: bool = True  # the vault's user works at a school (not at the CLB)
    doubtful_certificates: int = 0  # doubtful medical certificates this school year
    doubtful_advice_at: int = 2


# Advice ids; the GUI words them. Order: what the guideline suggests next for each state.
NEXT_STEPS: dict[Step | None, tuple[str, ...]] = {
    None: ("contact_first_b", "log_measures", "signal_at_5"),
    Step.SCHOOL_FOLLOW_UP: ("log_measures", "signal_at_5", "consult_clb", "register_when"),
    Step.SIGNALLED_CLB: ("cooperate_with_clb", "register_when", "consult_clb"),
    Step.REGISTERED_CLB: ("clb_explores", "clb_plan_options"),
    Step.CLB_GUIDANCE: ("clb_plan_options", "partners_when_needed"),
    Step.CLB_CLOSED: ("follow_up_agreement", "watch_relapse"),
    Step.KANS: ("kans_follow_up", "keep_guiding"),
    Step.EXTERNAL_REFERRAL: ("keep_guiding",),
    Step.ROMA_FOYER: ("foyer_home_visit", "keep_guiding"),
    Step.POLICE_UNWILLINGNESS: ("school_informs_clb", "police_not_replacing", "keep_guiding"),
    Step.POLICE_UNREACHABLE: ("school_informs_clb", "police_not_replacing", "keep_guiding"),
    Step.OCJ: ("keep_guiding",),
    Step.AGODI_CONCERN: ("keep_guiding",),
    Step.SCHOOL_CHANGE: ("warm_transfer",),
    Step.CLOSED: ("follow_up_agreement", "watch_relapse"),
}


def next_steps(state: Step | None, facts: Facts) -> tuple[str, ...]:
    """The advice for the current state, plus what the data ask whatever the state: two
    doubtful certificates in a school year (ask the parents, then the CLB doctor may contact
    the GP)."""
    found = NEXT_STEPS.get(state, ())
    if facts.doubtful_certificates >= facts.doubtful_advice_at > 0:
        found = (*found, "doubtful_certificates")
    return found


def warnings_for(step: Step, details: StepDetails, facts: Facts) -> list[str]:
    """What to say before recording `step` (ids); an empty list means nothing stands against it."""
    found: list[str] = []
    if step is Step.REGISTERED_CLB:
        if not facts.parents_contacted:
            found.append("no_parent_contact_before_registration")
        if not details.registration_reasons:
            found.append("registration_reason_missing")
        wants_question = HELP_QUESTION_REASONS.intersection(details.registration_reasons)
        if wants_question and not facts.help_question_asked:
            found.append("help_question_missing")
    if step in POLICE_STEPS:
        if not (details.clb_consulted or facts.clb_consulted):
            found.append("police_without_clb")
        found.append("police_not_for_powerlessness")
        if step is Step.POLICE_UNREACHABLE and not facts.parents_unreachable:
            found.append("police_unreachable_not_shown")
    if step is Step.OCJ and facts.school_user:
        found.append("ocj_m_document_by_clb")
    if step is Step.KANS and not details.clb_intake_done:
        found.append("kans_needs_intake")
    if step in CLOSING_STEPS and not details.follow_up_agreement.strip():
        found.append("closing_without_agreement")
    if step is Step.SIGNALLED_CLB and facts.b_count < 5:
        found.append("signal_before_5_is_allowed")
    return found


def sanction_warning(purpose_is_sanction: bool, b_count: int) -> bool:
    """DOMAIN.md rule 11: sanctions widen the gap for repeated truancy; warn, never suggest."""
    return purpose_is_sanction and b_count >= 2
