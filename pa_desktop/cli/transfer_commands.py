"""`transfer export` and `transfer import`: the warm transfer of one pupil's dossier.

The transfer passphrase never comes on the command line (it would sit in the shell history): it is
read from the environment variable named by --passphrase-env (default
PA_DESKTOP_TRANSFER_PASSPHRASE), else asked without echo when stdin is a terminal; otherwise the
command stops with status 1 and nothing is written.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from pa_desktop.cli.common import EXIT_OK, EXIT_REFUSED
from pa_desktop.cli.messages import language, say
from pa_desktop.domain import bounds
from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.services import transfer
from pa_desktop.services.transfer import (
    OpenedTransfer,
    Receiver,
    TransferFileError,
    TransferPreview,
    TransferRefusedError,
    WrongTransferPassphraseError,
)

PASSPHRASE_ENV = "PA_DESKTOP_TRANSFER_PASSPHRASE"

WORDS: dict[str, dict[str, str]] = {
    "saved": {
        "nl": "Dossier bewaard: {path} (voor {receiver}; SHA-256 {sha256}). Geef het "
        "overdrachtswachtwoord via een ander kanaal door.",
        "fr": "Dossier enregistré : {path} (pour {receiver} ; SHA-256 {sha256}). Communiquez la "
        "phrase de transfert par un autre canal.",
        "en": "Dossier saved: {path} (for {receiver}; SHA-256 {sha256}). Give the transfer "
        "passphrase by another channel.",
    },
    "school": {"nl": "een school", "fr": "une école", "en": "a school"},
    "clb": {"nl": "een CLB-medewerker", "fr": "un collaborateur CLB", "en": "a CLB worker"},
    "prompt": {
        "nl": "Overdrachtswachtwoord: ",
        "fr": "Phrase de transfert : ",
        "en": "Transfer passphrase: ",
    },
    "prompt_again": {
        "nl": "Overdrachtswachtwoord (nogmaals): ",
        "fr": "Phrase de transfert (encore) : ",
        "en": "Transfer passphrase (again): ",
    },
    "differ": {
        "nl": "De twee wachtwoorden verschillen; er is niets bewaard.",
        "fr": "Les deux phrases diffèrent ; rien n'a été enregistré.",
        "en": "The two passphrases differ; nothing was saved.",
    },
    "no_passphrase": {
        "nl": "Geen overdrachtswachtwoord: zet {name} of start vanuit een terminal.",
        "fr": "Pas de phrase de transfert : définissez {name} ou lancez depuis un terminal.",
        "en": "No transfer passphrase: set {name} or run from a terminal.",
    },
    "too_short": {
        "nl": "Het overdrachtswachtwoord moet minstens 10 tekens lang zijn; er is niets bewaard.",
        "fr": "La phrase de transfert doit compter au moins 10 caractères ; rien n'a été "
        "enregistré.",
        "en": "The transfer passphrase must be at least 10 characters long; nothing was saved.",
    },
    "wrong_passphrase": {
        "nl": "Het overdrachtswachtwoord opent dit bestand niet. Vraag het na bij de afzender; "
        "er is niets ingelezen.",
        "fr": "La phrase de transfert n'ouvre pas ce fichier. Vérifiez-la auprès de l'expéditeur ; "
        "rien n'a été importé.",
        "en": "The transfer passphrase does not open this file. Check it with the sender; "
        "nothing was imported.",
    },
    "not_a_transfer_file": {
        "nl": "Dit is geen dossierbestand van PA Desktop (.padossier).",
        "fr": "Ce n'est pas un fichier de dossier PA Desktop (.padossier).",
        "en": "This is not a PA Desktop dossier file (.padossier).",
    },
    "damaged": {
        "nl": "Het bestand is beschadigd, onvolledig of gewijzigd; er is niets ingelezen. "
        "Vraag de afzender het opnieuw te sturen.",
        "fr": "Le fichier est endommagé, incomplet ou modifié ; rien n'a été importé. "
        "Demandez à l'expéditeur de le renvoyer.",
        "en": "The file is damaged, incomplete or was changed; nothing was imported. "
        "Ask the sender to send it again.",
    },
    "too_new": {
        "nl": "Dit bestand werd gemaakt met een nieuwere versie van PA Desktop. Werk het "
        "programma bij; er is niets ingelezen.",
        "fr": "Ce fichier a été créé par une version plus récente de PA Desktop. Mettez le "
        "programme à jour ; rien n'a été importé.",
        "en": "This file was made by a newer version of PA Desktop. Update the program; "
        "nothing was imported.",
    },
    "unreadable": {
        "nl": "Het bestand kan niet gelezen worden.",
        "fr": "Le fichier ne peut pas être lu.",
        "en": "The file cannot be read.",
    },
    "ambiguous_pupil": {
        "nl": "Meerdere leerlingen ({ids}) hebben deze naam en geboortedatum; er is niets "
        "ingelezen.",
        "fr": "Plusieurs élèves ({ids}) ont ce nom et cette date de naissance ; rien n'a été "
        "importé.",
        "en": "Several pupils ({ids}) have this name and birth date; nothing was imported.",
    },
    "header": {
        "nl": "Dossier van {name}{born}, van {sender} ({role}, {user}), gemaakt op {when} voor "
        "{receiver}; schooljaren {years}.",
        "fr": "Dossier de {name}{born}, de {sender} ({role}, {user}), créé le {when} pour "
        "{receiver} ; années scolaires {years}.",
        "en": "Dossier of {name}{born}, from {sender} ({role}, {user}), made on {when} for "
        "{receiver}; school years {years}.",
    },
    "born": {"nl": " (geboren {date})", "fr": " (né·e le {date})", "en": " (born {date})"},
    "b_counts": {
        "nl": "B-halve dagen (zonder data): {counts}.",
        "fr": "Demi-journées B (sans dates) : {counts}.",
        "en": "B half days (without dates): {counts}.",
    },
    "match_school_number": {
        "nl": "Samengevoegd met leerling {id} ({name}): zelfde stamnummer.",
        "fr": "Fusionné avec l'élève {id} ({name}) : même numéro.",
        "en": "Merged into pupil {id} ({name}): same school number.",
    },
    "match_name_birth_date": {
        "nl": "Samengevoegd met leerling {id} ({name}): zelfde naam en geboortedatum.",
        "fr": "Fusionné avec l'élève {id} ({name}) : même nom et date de naissance.",
        "en": "Merged into pupil {id} ({name}): same name and birth date.",
    },
    "match_new": {
        "nl": "Nieuwe leerling in deze kluis.",
        "fr": "Nouvel élève dans ce coffre.",
        "en": "A new pupil in this vault.",
    },
    "counts": {
        "nl": "Afwezigheden nieuw {absences_new}, ongewijzigd {absences_unchanged}, conflicten "
        "{absences_conflicting} (vervangen {conflicts_replaced}); maatregelen nieuw "
        "{measures_new}; trajectstappen nieuw {steps_new}; checklist nieuw {checklist_new} "
        "(eigen antwoord behouden {checklist_kept}); vlaggen nieuw {flags_new}.",
        "fr": "Absences nouvelles {absences_new}, inchangées {absences_unchanged}, conflits "
        "{absences_conflicting} (remplacés {conflicts_replaced}) ; mesures nouvelles "
        "{measures_new} ; étapes nouvelles {steps_new} ; checklist nouvelles {checklist_new} "
        "(réponse propre gardée {checklist_kept}) ; signaux nouveaux {flags_new}.",
        "en": "Absences new {absences_new}, unchanged {absences_unchanged}, conflicting "
        "{absences_conflicting} (replaced {conflicts_replaced}); measures new {measures_new}; "
        "trajectory steps new {steps_new}; checklist new {checklist_new} (own answer kept "
        "{checklist_kept}); flags new {flags_new}.",
    },
    "conflict": {
        "nl": "  {day} {half}: hier {ours}, in het bestand {theirs} ({choice})",
        "fr": "  {day} {half} : ici {ours}, dans le fichier {theirs} ({choice})",
        "en": "  {day} {half}: here {ours}, in the file {theirs} ({choice})",
    },
    "kept": {"nl": "behouden", "fr": "gardé", "en": "kept"},
    "replaced": {"nl": "vervangen", "fr": "remplacé", "en": "replaced"},
    "seen_before": {
        "nl": "Dit bestand werd al eens ingelezen (laatst op {when}).",
        "fr": "Ce fichier a déjà été importé (la dernière fois le {when}).",
        "en": "This file was imported before (last on {when}).",
    },
    "dry_run": {
        "nl": "Proefdraai: er is niets weggeschreven.",
        "fr": "Essai à blanc : rien n'a été enregistré.",
        "en": "Dry run: nothing was written.",
    },
    "done": {
        "nl": "Ingelezen als leerling {id}; aandachtspunt gezet (stap schoolverandering).",
        "fr": "Importé comme élève {id} ; point d'attention posé (étape changement d'école).",
        "en": "Imported as pupil {id}; attention flag set (school change step).",
    },
    "done_handover": {
        "nl": "Ingelezen als leerling {id}; de school meldde de leerling (stap gesignaleerd aan CLB).",
        "fr": "Importé comme élève {id} ; l'école a signalé l'élève (étape signalé au CLB).",
        "en": "Imported as pupil {id}; the school signalled the pupil (signalled to CLB step).",
    },
    "note": {
        "nl": "Warme overdracht van {sender} ({when}).",
        "fr": "Transfert accompagné de {sender} ({when}).",
        "en": "Warm transfer from {sender} ({when}).",
    },
    "note_counts": {
        "nl": " B-halve dagen tot nu (data niet doorgegeven): {counts}.",
        "fr": " Demi-journées B jusqu'ici (dates non transmises) : {counts}.",
        "en": " B half days so far (dates not transferred): {counts}.",
    },
}


def _say(key: str, **values: object) -> str:
    return WORDS[key][language()].format(**values)


def _stop(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_REFUSED


def _passphrase(args: argparse.Namespace, confirm: bool) -> str | None:
    name = args.passphrase_env or PASSPHRASE_ENV
    value = os.environ.get(name)
    if value:
        return value
    if not sys.stdin.isatty():
        _stop(_say("no_passphrase", name=name))
        return None
    first = getpass.getpass(_say("prompt"))
    if confirm and getpass.getpass(_say("prompt_again")) != first:
        _stop(_say("differ"))
        return None
    return first


def _day(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def attention_note(opened: OpenedTransfer) -> str:
    """What the school-change step says in this vault: from whom, and the B counts when the
    file carries no dates (towards a school)."""
    dossier = opened.dossier
    note = _say("note", sender=dossier.sender.organisation, when=_day(dossier.exported_at))
    if dossier.receiver is Receiver.SCHOOL:
        counts = ", ".join(f"{year} {n}" for year, n in sorted(dossier.b_counts.items()))
        note += _say("note_counts", counts=counts)
    return note


def cmd_export(args: argparse.Namespace, session: Any) -> int:
    try:
        years = [SchoolYear.parse(y.strip()) for y in args.school_years.split(",") if y.strip()]
        if not all(bounds.school_year_supported(y.start_year) for y in years):
            raise ValueError(args.school_years)
    except ValueError:
        return _stop(say("bad_year", value=args.school_years))
    if not years:
        years = [session.current_school_year()]
    passphrase = _passphrase(args, confirm=True)
    if passphrase is None:
        return EXIT_REFUSED
    if len(passphrase) < 10:
        return _stop(_say("too_short"))
    receiver = Receiver(args.to)
    done = transfer.export_dossier(session, args.pupil, receiver, years, passphrase, args.out)
    print(_say("saved", path=done.path, receiver=_say(receiver.value), sha256=done.sha256))
    return EXIT_OK


def _json(result: TransferPreview) -> dict[str, Any]:
    d = result.dossier
    return {
        "file_name": result.opened.file_name,
        "sha256": result.opened.sha256,
        "transfer_id": d.transfer_id,
        "schema_version": f"{d.version[0]}.{d.version[1]}",
        "exported_at": d.exported_at.isoformat(),
        "sender": {
            "role": d.sender.role,
            "school": d.sender.school,
            "clb": d.sender.clb,
            "user_name": d.sender.user_name,
        },
        "receiver": d.receiver.value,
        "school_years": [y.label for y in d.school_years],
        "sections": list(d.sections),
        "pupil": {
            "last_name": d.pupil.last_name,
            "first_name": d.pupil.first_name,
            "class": d.pupil.class_name,
            "birth_date": d.pupil.birth_date.isoformat() if d.pupil.birth_date else None,
        },
        "b_counts": dict(d.b_counts),
        "matched_by": result.match.by,
        "number_clash": result.match.number_clash,
        "pupil_id": result.pupil_id,
        **transfer.counts(result.plan),
        "conflicts": [
            {
                "date": c.day.isoformat(),
                "half": c.half.value,
                "ours": c.ours,
                "theirs": c.theirs,
                "replaced": (c.day, c.half.value) in result.replaced_slots,
            }
            for c in result.conflicts
        ],
        "previous_imports": [at.isoformat() for at in result.previous_imports],
        "dry_run": result.dry_run,
    }


def _print(result: TransferPreview) -> None:
    d = result.dossier
    print(
        _say(
            "header",
            name=f"{d.pupil.last_name}, {d.pupil.first_name}",
            born=_say("born", date=_day(d.pupil.birth_date)) if d.pupil.birth_date else "",
            sender=d.sender.organisation,
            role=d.sender.role,
            user=d.sender.user_name or "?",
            when=_day(d.exported_at),
            receiver=_say(d.receiver.value),
            years=", ".join(y.label for y in d.school_years),
        )
    )
    if d.b_counts:
        print(_say("b_counts", counts=", ".join(f"{y} {n}" for y, n in sorted(d.b_counts.items()))))
    if result.previous_imports:
        print(_say("seen_before", when=_day(result.previous_imports[-1])))
    matched = result.matched_pupil
    if matched is not None:
        print(_say(f"match_{result.match.by}", id=matched.id, name=matched.display_name))
    else:
        print(_say("match_new"))
    print(_say("counts", **transfer.counts(result.plan)))
    for c in result.conflicts:
        replaced = (c.day, c.half.value) in result.replaced_slots
        choice = _say("replaced" if replaced else "kept")
        print(
            _say(
                "conflict",
                day=_day(c.day),
                half=c.half.value,
                ours=c.ours,
                theirs=c.theirs,
                choice=choice,
            )
        )
    done = "done_handover" if result.plan.handover_added else "done"
    print(_say("dry_run") if result.dry_run else _say(done, id=result.pupil_id))


def _iso_day(text: str) -> str:
    """An arrival date as the command line takes it (argparse exits 2 on a bad one)."""
    date.fromisoformat(text)
    return text


def cmd_import(args: argparse.Namespace, session: Any) -> int:
    passphrase = _passphrase(args, confirm=False)
    if passphrase is None:
        return EXIT_REFUSED
    try:
        opened = transfer.open_transfer(args.file, passphrase)
        result = transfer.import_dossier(
            session,
            opened,
            on_conflict=args.on_conflict,
            attention_note=attention_note(opened),
            dry_run=args.dry_run,
            arrival=date.fromisoformat(args.arrival) if args.arrival else None,
        )
    except WrongTransferPassphraseError:
        return _stop(_say("wrong_passphrase"))
    except TransferFileError as error:
        key = error.reason if error.reason in WORDS else "damaged"
        return _stop(_say(key))
    except TransferRefusedError as error:
        return _stop(_say("ambiguous_pupil", ids=", ".join(map(str, error.pupil_ids))))
    if args.json:
        json.dump(_json(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print(result)
    return EXIT_OK


def register(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    words = commands.add_parser("transfer", help="warm transfer of one pupil's dossier")
    actions = words.add_subparsers(
        dest="transfer_command", required=True, parser_class=parser_class
    )
    export = actions.add_parser("export", help="one pupil's dossier as an encrypted file")
    export.add_argument("pupil", type=int)
    export.add_argument("--out", type=Path, required=True, help="a .padossier file or a folder")
    export.add_argument("--to", choices=[r.value for r in Receiver], required=True)
    export.add_argument("--school-years", default="", help="e.g. 2025-2026,2026-2027")
    export.add_argument("--passphrase-env", metavar="VAR", help=f"default {PASSPHRASE_ENV}")
    export.set_defaults(handler=cmd_export, needs_session=True)

    receive = actions.add_parser("import", help="merge a received dossier into this vault")
    receive.add_argument("file", type=Path)
    receive.add_argument("--passphrase-env", metavar="VAR", help=f"default {PASSPHRASE_ENV}")
    receive.add_argument("--dry-run", action="store_true")
    receive.add_argument("--on-conflict", choices=["keep", "replace"], default="keep")
    receive.add_argument("--json", action="store_true")
    receive.add_argument("--arrival", type=_iso_day, help="first day at this school (YYYY-MM-DD)")
    receive.set_defaults(handler=cmd_import, needs_session=True)
