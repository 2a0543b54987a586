"""Guidance measures and trajectories for the demo pupils: every trajectory state occurs, and the
log reads like a care teacher's (calls not answered, a note in the class diary, a home visit).

All dates are placed relative to the demo's reference date, so the demo stays coherent whatever
day it is started on.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.trajectory import RegistrationReason, Step, StepDetails
from pa_desktop.services import guidance
from pa_desktop.services.session import AbsenceEntry, VaultSession

CALL = (Towards.PARENTS, Channel.PHONE, Purpose.ASK_REASON)


def _measure(
    session: VaultSession,
    pupil_id: int,
    day: date,
    how: tuple[Towards, Channel, Purpose],
    outcome: Outcome,
    agreements: str = "",
    follow_up: date | None = None,
) -> None:
    towards, channel, purpose = how
    guidance.add_measure(
        session,
        pupil_id,
        MeasureDraft(
            day, towards, channel, purpose, outcome, agreements=agreements, follow_up=follow_up
        ),
    )


def _step(session: VaultSession, pupil_id: int, step: Step, day: date, **details: object) -> None:
    guidance.add_step(session, pupil_id, step, day, StepDetails(**details))  # type: ignore[arg-type]


def add_demo_guidance(
    session: VaultSession, ids_by_profile: dict[str, int], regular: Sequence[int], today: date
) -> None:
    """Measures and steps for the special profiles and for some regular pupils."""

    def ago(days: int) -> date:
        day = today - timedelta(days=days)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        return day

    first = ids_by_profile
    # the first B codes: the school reacts the same week
    _measure(session, first["early_b"], ago(70), CALL, Outcome.NOT_REACHED)
    _measure(
        session,
        first["early_b"],
        ago(69),
        CALL,
        Outcome.REACHED,
        "Moeder verwittigt de school voortaan 's ochtends.",
        ago(40),
    )
    _step(session, first["early_b"], Step.SCHOOL_FOLLOW_UP, ago(69))
    _measure(
        session,
        first["luxeverzuim"],
        ago(34),
        (Towards.PARENTS, Channel.LETTER, Purpose.REPORT_ABSENCE),
        Outcome.REACHED,
        "Brief over vakantie buiten de schoolvakanties; gesprek gepland.",
        today + timedelta(7),
    )
    _measure(
        session,
        first["signal_due"],
        ago(20),
        (Towards.PUPIL, Channel.CONVERSATION, Purpose.ASK_REASON),
        Outcome.REACHED,
        "Leerling meldt zich elke ochtend bij de zorgleerkracht.",
        ago(5),
    )
    _measure(
        session,
        first["fast"],
        ago(12),
        (Towards.BOTH, Channel.ONLINE_MEETING, Purpose.AGREEMENTS),
        Outcome.REACHED,
        "Wekelijks kort overleg met de klastitularis.",
        today + timedelta(3),
    )
    _measure(
        session,
        first["same_moment"],
        ago(30),
        (Towards.PUPIL, Channel.CLASS_DIARY, Purpose.REPORT_ABSENCE),
        Outcome.REACHED,
    )
    _measure(
        session,
        first["same_moment"],
        ago(12),
        CALL,
        Outcome.REACHED,
        "Maandagochtend: vader brengt de leerling tot aan de poort.",
    )
    _step(session, first["same_moment"], Step.SIGNALLED_CLB, ago(11))
    _measure(
        session,
        first["sick_note_many"],
        ago(15),
        (Towards.PARENTS, Channel.TEXT_MESSAGE, Purpose.ASK_REASON),
        Outcome.REACHED,
        "Vanaf nu een medisch attest bij elke afwezigheid.",
    )
    _step(session, first["sick_note_many"], Step.SCHOOL_FOLLOW_UP, ago(15))

    # a heavy second year: registration, then a partner
    risk = first["allowance_risk"]
    _measure(session, risk, ago(60), CALL, Outcome.NOT_REACHED)
    _measure(
        session,
        risk,
        ago(58),
        (Towards.PARENTS, Channel.HOME_VISIT, Purpose.ASK_REASON),
        Outcome.REACHED,
        "Gezin zoekt hulp bij de opvoeding; hulpvraag samen verwoord.",
    )
    _step(session, risk, Step.SIGNALLED_CLB, ago(57))
    _step(
        session,
        risk,
        Step.REGISTERED_CLB,
        ago(50),
        registration_reasons=(
            RegistrationReason.NOT_WORKING,
            RegistrationReason.UNDERLYING_PROBLEM,
        ),
    )
    _step(session, risk, Step.CLB_GUIDANCE, ago(40), note="Kortdurende begeleiding door het CLB.")
    _step(
        session,
        risk,
        Step.KANS,
        ago(10),
        partner="KANS Centraal Meldpunt Brussel",
        clb_intake_done=True,
    )
    lost = first["allowance_lost"]
    for days in (80, 78, 75):
        _measure(session, lost, ago(days), CALL, Outcome.NOT_REACHED)
    _measure(
        session,
        lost,
        ago(74),
        (Towards.PARTNER, Channel.CONVERSATION, Purpose.CLB_CONSULTATION),
        Outcome.REACHED,
    )
    _step(session, lost, Step.SIGNALLED_CLB, ago(73))
    _step(
        session,
        lost,
        Step.REGISTERED_CLB,
        ago(70),
        registration_reasons=(RegistrationReason.NO_LONGER_COMES,),
    )
    _step(
        session,
        lost,
        Step.POLICE_UNREACHABLE,
        ago(30),
        partner="Politiezone Brussel-Zuid",
        clb_consulted=True,
        note="Fiche onbereikbaarheid.",
    )

    # regular pupils carry the remaining states and the hand-set flags
    states: list[tuple[Step, dict[str, object]]] = [
        (
            Step.CLB_CLOSED,
            {"follow_up_agreement": "Zorgleerkracht meldt elke nieuwe B aan het CLB."},
        ),
        (Step.EXTERNAL_REFERRAL, {"partner": "Centrum Geestelijke Gezondheidszorg"}),
        (Step.ROMA_FOYER, {"partner": "Foyer, Roma-dienst"}),
        (Step.POLICE_UNWILLINGNESS, {"partner": "Politiezone Brussel-West", "clb_consulted": True}),
        (Step.OCJ, {"note": "M-document bezorgd."}),
        (Step.AGODI_CONCERN, {"note": "Zorgwekkend dossier gemeld."}),
        (Step.SCHOOL_CHANGE, {"partner": "Sint-Jozefscollege (nieuwe school)"}),
        (
            Step.CLOSED,
            {"follow_up_agreement": "Opvolging bij nieuwe afwezigheden via de klastitularis."},
        ),
        (Step.CLB_GUIDANCE, {"note": "Begeleiding loopt."}),
        (Step.REGISTERED_CLB, {"registration_reasons": (RegistrationReason.UNDERLYING_PROBLEM,)}),
    ]
    for pupil_id, (step, details) in zip(regular, states, strict=False):
        _measure(session, pupil_id, ago(45), CALL, Outcome.REACHED, follow_up=ago(2))
        closing = step in (Step.CLB_CLOSED, Step.CLOSED)
        _step(session, pupil_id, step, ago(42 if closing else 20), **details)
        if closing:  # a relapse after the closure, as the guideline warns
            session.add_absences(pupil_id, AbsenceEntry(ago(8), "B", half="VM"))
    unreachable = regular[len(states)]
    for days in (9, 6, 3):
        _measure(
            session,
            unreachable,
            ago(days),
            CALL,
            Outcome.NOT_REACHED,
            follow_up=today + timedelta(2),
        )
    guidance.set_flag(
        session, regular[len(states) + 1], "known_problem", "Rouw in het gezin sinds de zomer."
    )
