"""`measure add` and `trajectory`: the guidance log and the trajectory from the command line.

Warnings about a step (no contact with the parents before a registration, a police report without
consulting the CLB, ...) go to stderr; the step is still recorded, as the guideline advises rather
than forbids.
"""

from __future__ import annotations

import argparse
import sys
from datetime import time
from typing import Any

from pa_desktop.cli.common import parse_date as _date
from pa_desktop.cli.messages import language
from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.trajectory import RegistrationReason, Step, StepDetails
from pa_desktop.services import guidance

WARNINGS: dict[str, dict[str, str]] = {
    "no_parent_contact_before_registration": {
        "nl": "Er is nog geen contact met de ouders gelogd: spreek eerst met de ouders.",
        "fr": "Aucun contact avec les parents n'est consigné : parlez d'abord aux parents.",
        "en": "No contact with the parents is logged: talk with the parents first.",
    },
    "registration_reason_missing": {
        "nl": "Geef de reden van aanmelding (--reason).",
        "fr": "Indiquez le motif de l'inscription (--reason).",
        "en": "Give the reason for registration (--reason).",
    },
    "police_without_clb": {
        "nl": "Een melding bij de politie gebeurt pas na overleg met het CLB.",
        "fr": "Un signalement à la police ne se fait qu'après concertation avec le CLB.",
        "en": "A police report comes only after consulting the CLB.",
    },
    "police_not_for_powerlessness": {
        "nl": "Alleen bij manifeste onwil of onbereikbaarheid, nooit bij onmacht; het vervangt de "
        "begeleiding niet.",
        "fr": "Uniquement en cas de mauvaise volonté manifeste ou d'injoignabilité, jamais "
        "d'impuissance ; cela ne remplace pas l'accompagnement.",
        "en": "Only for manifest unwillingness or unreachability, never powerlessness; it does not "
        "replace guidance.",
    },
    "police_unreachable_not_shown": {
        "nl": "Het logboek toont (nog) geen onbereikbare ouders.",
        "fr": "Le journal ne montre pas (encore) de parents injoignables.",
        "en": "The log does not (yet) show unreachable parents.",
    },
    "kans_needs_intake": {
        "nl": "KANS vraagt eerst een CLB-intake, tenzij een hulpverlener of jongerencoach vroeg.",
        "fr": "KANS demande d'abord une intake CLB, sauf demande d'un intervenant ou coach.",
        "en": "KANS needs a CLB intake first, unless a care worker or youth coach asked.",
    },
    "closing_without_agreement": {
        "nl": "Maak bij het afsluiten een afspraak over de opvolging van nieuwe afwezigheden.",
        "fr": "En clôturant, convenez du suivi des nouvelles absences.",
        "en": "When closing, agree how new absences will be followed up.",
    },
    "help_question_missing": {
        "nl": "Bij reden a of b formuleer je waar mogelijk samen met de leerling een "
        "constructieve hulpvraag (maatregel met doel help-question).",
        "fr": "Pour le motif a ou b, formulez si possible avec l'élève une demande d'aide "
        "constructive (mesure avec le but help-question).",
        "en": "For reason a or b, word a constructive help question with the pupil where you can "
        "(a measure with purpose help-question).",
    },
    "ocj_m_document_by_clb": {
        "nl": "Het M-document voor het OCJ dient het CLB in: bespreek je zorg met het CLB.",
        "fr": "C'est le CLB qui introduit le document M auprès de l'OCJ : discutez de votre "
        "inquiétude avec le CLB.",
        "en": "The CLB files the M-document with the OCJ: discuss your concern with the CLB.",
    },
    "signal_before_5_is_allowed": {
        "nl": "Signaleren voor 5 B-halve dagen mag (vroeg signaleren).",
        "fr": "Signaler avant 5 demi-journées B est permis (signalement précoce).",
        "en": "Signalling before 5 B half days is allowed (early signalling).",
    },
}


def cmd_measure_add(args: argparse.Namespace, session: Any) -> int:
    draft = MeasureDraft(
        day=_date(args.date),
        at=time.fromisoformat(args.time) if args.time else None,
        towards=Towards(args.towards),
        channel=Channel(args.channel),
        purpose=Purpose(args.purpose),
        outcome=Outcome(args.outcome),
        agreements=args.agreements or "",
        follow_up=_date(args.follow_up) if args.follow_up else None,
        note=args.note or "",
    )
    if guidance.warns_against_sanction(session, args.pupil, draft):
        print(_sanction_warning(), file=sys.stderr)
    print(guidance.add_measure(session, args.pupil, draft).id)
    return 0


def cmd_trajectory(args: argparse.Namespace, session: Any) -> int:
    step = Step(args.step)
    day = _date(args.date) if args.date else session.today()
    details = StepDetails(
        note=args.note or "",
        partner=args.partner or "",
        registration_reasons=tuple(RegistrationReason(r) for r in args.reason or []),
        clb_consulted=args.clb_consulted,
        clb_intake_done=args.clb_intake_done,
        follow_up_agreement=args.agreement or "",
    )
    for warning in guidance.step_warnings(
        session, args.pupil, step, details, SchoolYear.containing(day)
    ):
        print(WARNINGS.get(warning, {}).get(language(), warning), file=sys.stderr)
    print(guidance.add_step(session, args.pupil, step, day, details).id)
    return 0


def cmd_contact_checked(args: argparse.Namespace, session: Any) -> int:
    day = _date(args.date) if args.date else None
    checked = guidance.mark_contact_checked(session, args.pupil, day)
    print(checked.isoformat())
    return 0


def _sanction_warning() -> str:
    return {
        "nl": "Let op: bij herhaald spijbelen vergroten sancties de kloof met de school.",
        "fr": "Attention : en cas d'absentéisme répété, les sanctions creusent l'écart avec l'école.",
        "en": "Note: for repeated truancy, sanctions widen the gap with school.",
    }[language()]


def register(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    measure = commands.add_parser("measure", help="guidance measures").add_subparsers(
        dest="measure_command", required=True, parser_class=parser_class
    )
    add = measure.add_parser("add", help="log a guidance measure; prints its id")
    add.add_argument("pupil", type=int)
    add.add_argument("--date", required=True)
    add.add_argument("--time")
    add.add_argument("--towards", required=True, choices=[t.value for t in Towards])
    add.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    add.add_argument("--purpose", required=True, choices=[p.value for p in Purpose])
    add.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    add.add_argument("--agreements")
    add.add_argument("--note")
    add.add_argument("--follow-up")
    add.set_defaults(handler=cmd_measure_add, needs_session=True)

    checked = measure.add_parser(
        "contact-checked",
        help="record that the parents' contact details were checked (today by default)",
    )
    checked.add_argument("pupil", type=int)
    checked.add_argument("--date")
    checked.set_defaults(handler=cmd_contact_checked, needs_session=True)

    step = commands.add_parser("trajectory", help="record a trajectory step; prints its id")
    step.add_argument("pupil", type=int)
    step.add_argument("step", choices=[s.value for s in Step])
    step.add_argument("--date")
    step.add_argument("--note")
    step.add_argument("--partner", help="partner, police zone or new school")
    step.add_argument("--reason", action="append", choices=[r.value for r in RegistrationReason])
    step.add_argument("--clb-consulted", action="store_true")
    step.add_argument("--clb-intake-done", action="store_true")
    step.add_argument("--agreement", help="follow-up agreement when closing")
    step.set_defaults(handler=cmd_trajectory, needs_session=True)
