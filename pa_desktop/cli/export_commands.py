"""`referral` and `signal-list`: the documents that leave the vault, from the command line.

A password never comes on the command line (it would sit in the shell history): it is read from
the environment variable named by --password-env.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from pa_desktop.cli.common import parse_year
from pa_desktop.cli.messages import language
from pa_desktop.domain.calendar import SchoolYear

WORDS = {
    "saved": {"nl": "Bewaard: {path}", "fr": "Enregistré : {path}", "en": "Saved: {path}"},
    "marked": {
        "nl": "{n} leerling(en) als gesignaleerd gemarkeerd.",
        "fr": "{n} élève(s) marqué(s) comme signalé(s).",
        "en": "{n} pupil(s) marked as signalled.",
    },
    "no_password": {
        "nl": "De omgevingsvariabele {name} is leeg of bestaat niet.",
        "fr": "La variable d'environnement {name} est vide ou absente.",
        "en": "The environment variable {name} is empty or missing.",
    },
    "csv_no_password": {
        "nl": "Een csv-bestand kan geen wachtwoord dragen: exporteer een pdf of laat --password-env weg.",
        "fr": "Un fichier CSV ne peut pas porter de mot de passe : exportez un PDF ou omettez --password-env.",
        "en": "A CSV file cannot carry a password: export a PDF or leave out --password-env.",
    },
    "bad_target": {
        "nl": "Gebruik een bestandsnaam op .pdf of .csv.",
        "fr": "Utilisez un nom de fichier en .pdf ou .csv.",
        "en": "Use a file name ending in .pdf or .csv.",
    },
}


def _say(key: str, **values: object) -> str:
    return WORDS[key][language()].format(**values)


def _password(args: argparse.Namespace) -> str | None:
    if not args.password_env:
        return None
    value = os.environ.get(args.password_env)
    if not value:
        raise SystemExit(_exit(_say("no_password", name=args.password_env)))
    return value


def _exit(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _year(args: argparse.Namespace, session: Any) -> SchoolYear:
    return parse_year(args.school_year) if args.school_year else session.current_school_year()


def cmd_referral(args: argparse.Namespace, session: Any) -> int:
    # the PDF libraries load only for the commands that write a PDF: every other command (and
    # `pupils --json` run by a script every day) starts a sixth of a second sooner
    from pa_desktop.services.referral import ReferralOptions, export_referral

    options = ReferralOptions(
        brief=args.brief,
        pseudonymise=args.pseudonymise,
        language=args.language or language(),
        include_birth_date=args.birth_date,
        include_notes=args.notes,
        include_measure_list=args.measures,
        include_doubtful_certificates=args.doubtful_certificates,
        help_question=args.help_question or "",
        pupil_informed=args.pupil_informed,
        parents_informed=args.parents_informed,
        password=_password(args),
        recipient=args.recipient or "",
    )
    target: Path = args.out
    document = export_referral(session, args.pupil, _year(args, session), options, target)
    print(_say("saved", path=target / document.file_name if target.is_dir() else target))
    return 0


def cmd_signal_list(args: argparse.Namespace, session: Any) -> int:
    target: Path = args.out
    if target.suffix.lower() not in (".pdf", ".csv"):
        return _exit(_say("bad_target"))
    if target.suffix.lower() == ".csv" and args.password_env:
        return _exit(_say("csv_no_password"))
    from pa_desktop.cli.school_commands import choose_school
    from pa_desktop.services.outputs import check_output
    from pa_desktop.services.signal_list import export_signal_list, mark_signalled, signal_list

    check_output(session.folder, target)  # refused before a whole school's figures are read
    school = choose_school(session, args.school)
    listing = signal_list(session, _year(args, session), include_signalled=args.all, school=school)
    export_signal_list(session, listing, target, args.language or language(), _password(args))
    print(_say("saved", path=target))
    if args.mark_signalled:
        print(_say("marked", n=mark_signalled(session, listing)))
    return 0


def register(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    referral = commands.add_parser("referral", help="the referral PDF for the CLB")
    referral.add_argument("pupil", type=int)
    referral.add_argument("--out", type=Path, required=True, help="a .pdf file or a folder")
    referral.add_argument("--brief", action="store_true")
    referral.add_argument("--pseudonymise", action="store_true")
    referral.add_argument("--password-env", metavar="VAR")
    referral.add_argument("--school-year")
    referral.add_argument("--language", choices=["nl", "fr", "en"])
    referral.add_argument("--recipient")
    referral.add_argument("--help-question")
    referral.add_argument("--pupil-informed", action="store_true")
    referral.add_argument("--parents-informed", action="store_true")
    referral.add_argument("--birth-date", action="store_true", help="include the birth date")
    referral.add_argument("--notes", action="store_true", help="include free-text notes")
    referral.add_argument("--measures", action="store_true", help="include every measure")
    referral.add_argument(
        "--doubtful-certificates",
        action="store_true",
        help="include the number of doubtful medical certificates",
    )
    referral.set_defaults(handler=cmd_referral, needs_session=True)

    listing = commands.add_parser("signal-list", help="pupils to signal to the CLB (5+ B)")
    listing.add_argument("--out", type=Path, required=True, help="a .pdf or .csv file")
    listing.add_argument("--mark-signalled", action="store_true")
    listing.add_argument("--all", action="store_true", help="also pupils already signalled")
    listing.add_argument("--password-env", metavar="VAR")
    listing.add_argument("--school-year")
    listing.add_argument("--language", choices=["nl", "fr", "en"])
    listing.add_argument("--school", help="the school the list is for (id or exact name)")
    listing.set_defaults(handler=cmd_signal_list, needs_session=True)
