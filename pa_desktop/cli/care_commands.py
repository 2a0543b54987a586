"""Care for the data from the command line: `passphrase`, `backup`, `restore`, `audit`.

    passphrase [--recovery-code]           change the passphrase (the current one, or with
                                           --recovery-code the recovery code, from
                                           PA_DESKTOP_PASSPHRASE or a prompt; the new one from
                                           PA_DESKTOP_NEW_PASSPHRASE or a prompt, twice)
    passphrase --new-recovery-code         print a new recovery code (the old one stops working)
    passphrase --remember | --forget       remember the key on this device, or forget it
    backup --out FILE                      one encrypted backup file
    restore FILE --to PATH [--recovery-code]
                                           restore into a new folder, checked before use; it
                                           opens with the passphrase (or recovery code) valid
                                           when the backup was made
    audit [--json] [--pupil N] [--action A]
                                           the audit log; exit 1 when its chain is broken

Exit status as everywhere: 0 done, 1 refused (nothing changed), 2 usage, 3 locked or wrong secret.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from pa_desktop.cli import messages
from pa_desktop.cli.common import EXIT_LOCKED, EXIT_OK, EXIT_REFUSED, PASSPHRASE_ENV, CliStop
from pa_desktop.cli.messages import language
from pa_desktop.services import audit, audit_words, backups, care
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import (
    BackupFileError,
    InvalidInputError,
    RestoreTargetError,
    ServiceError,
    StorageError,
    VaultLockedError,
)
from pa_desktop.services.session import VaultSession

NEW_PASSPHRASE_ENV = "PA_DESKTOP_NEW_PASSPHRASE"
RECOVERY_CODE_ENV = "PA_DESKTOP_RECOVERY_CODE"

MESSAGES: dict[str, dict[str, str]] = {
    "current_prompt": {
        "nl": "Huidig wachtwoord: ",
        "fr": "Phrase secrète actuelle : ",
        "en": "Current passphrase: ",
    },
    "recovery_prompt": {
        "nl": "Herstelcode: ",
        "fr": "Code de récupération : ",
        "en": "Recovery code: ",
    },
    "new_prompt": {
        "nl": "Nieuw wachtwoord: ",
        "fr": "Nouvelle phrase secrète : ",
        "en": "New passphrase: ",
    },
    "new_again": {
        "nl": "Nieuw wachtwoord (nogmaals): ",
        "fr": "Nouvelle phrase secrète (encore) : ",
        "en": "New passphrase (again): ",
    },
    "new_differ": {
        "nl": "De twee nieuwe wachtwoorden verschillen; er is niets veranderd.",
        "fr": "Les deux nouvelles phrases secrètes diffèrent ; rien n'a été modifié.",
        "en": "The two new passphrases differ; nothing was changed.",
    },
    "no_secret": {
        "nl": "Geef het wachtwoord in {env} of start vanuit een terminal.",
        "fr": "Indiquez la phrase secrète dans {env} ou lancez depuis un terminal.",
        "en": "Give the passphrase in {env} or run from a terminal.",
    },
    "passphrase_changed": {
        "nl": "Het wachtwoord is veranderd. De herstelcode blijft geldig; oude back-ups openen "
        "met het wachtwoord van toen.",
        "fr": "La phrase secrète a été modifiée. Le code de récupération reste valable ; les "
        "anciennes sauvegardes s'ouvrent avec la phrase secrète de l'époque.",
        "en": "The passphrase was changed. The recovery code stays valid; older backups open "
        "with the passphrase of their time.",
    },
    "recovery_renewed": {
        "nl": "Nieuwe herstelcode (schrijf ze op; de vorige werkt niet meer):",
        "fr": "Nouveau code de récupération (notez-le ; l'ancien ne fonctionne plus) :",
        "en": "New recovery code (write it down; the previous one no longer works):",
    },
    "key_rotated": {
        "nl": "De sleutel van de kluis is vernieuwd en alle gegevens zijn opnieuw versleuteld "
        "(re-encrypted). Oude sleutelbestanden en oude wachtwoorden openen de kluis niet meer; "
        "oude back-ups openen met de geheimen van toen. Nieuwe herstelcode (schrijf ze op; de "
        "vorige werkt niet meer):",
        "fr": "La clé du coffre a été renouvelée et toutes les données ont été chiffrées à "
        "nouveau (re-encrypted). Les anciens fichiers de clés et phrases secrètes n'ouvrent "
        "plus le coffre ; les anciennes sauvegardes s'ouvrent avec les secrets de l'époque. "
        "Nouveau code de récupération (notez-le ; l'ancien ne fonctionne plus) :",
        "en": "The vault's key was renewed and all data re-encrypted. Old key files and old "
        "passphrases no longer open the vault; old backups open with the secrets of their "
        "time. New recovery code (write it down; the previous one no longer works):",
    },
    "forgotten": {
        "nl": "Dit toestel onthoudt de kluis niet meer; het wachtwoord is nodig.",
        "fr": "Cet appareil ne retient plus le coffre ; la phrase secrète sera demandée.",
        "en": "This device no longer remembers the vault; the passphrase is needed.",
    },
    "backup_made": {
        "nl": "Back-up gemaakt: {path} ({size} kB in {seconds} s).",
        "fr": "Sauvegarde créée : {path} ({size} ko en {seconds} s).",
        "en": "Backup made: {path} ({size} kB in {seconds} s).",
    },
    "restored": {
        "nl": "Back-up van {made_at} teruggezet in {path} en nagekeken. Open ze met het "
        "wachtwoord of de herstelcode van toen.",
        "fr": "Sauvegarde du {made_at} restaurée dans {path} et vérifiée. Ouvrez-la avec la "
        "phrase secrète ou le code de récupération de l'époque.",
        "en": "Backup of {made_at} restored into {path} and checked. Open it with the "
        "passphrase or recovery code of that time.",
    },
    "audit_intact": {
        "nl": "Auditlog intact: {count} regels.",
        "fr": "Journal d'audit intact : {count} entrées.",
        "en": "Audit log intact: {count} entries.",
    },
    "audit_broken": {
        "nl": "Het auditlog werd gewijzigd of ingekort:",
        "fr": "Le journal d'audit a été modifié ou raccourci :",
        "en": "The audit log was altered or shortened:",
    },
    "storage_full": {
        "nl": "De schijf is vol ({where}). Er is niets half opgeslagen; maak ruimte en probeer "
        "opnieuw.",
        "fr": "Le disque est plein ({where}). Rien n'a été enregistré à moitié ; libérez de la "
        "place et réessayez.",
        "en": "The disk is full ({where}). Nothing was half saved; free some space and try again.",
    },
    "storage_read_only": {
        "nl": "Op deze plaats kan niet geschreven worden ({where}): alleen-lezen of geen toegang.",
        "fr": "Impossible d'écrire à cet endroit ({where}) : lecture seule ou accès refusé.",
        "en": "This place cannot be written ({where}): read-only or no access.",
    },
    "storage_gone": {
        "nl": "De map is er niet meer ({where}): is de USB-stick uitgetrokken?",
        "fr": "Le dossier n'existe plus ({where}) : la clé USB a-t-elle été retirée ?",
        "en": "The folder is gone ({where}): was the USB stick pulled out?",
    },
    "storage_other": {
        "nl": "Lezen of schrijven mislukte ({kind}, {where}). Er is niets half opgeslagen.",
        "fr": "La lecture ou l'écriture a échoué ({kind}, {where}). Rien n'a été enregistré à "
        "moitié.",
        "en": "Reading or writing failed ({kind}, {where}). Nothing was half saved.",
    },
    "backup_not_a_backup": {
        "nl": "Dit is geen back-up van PA Desktop.",
        "fr": "Ce fichier n'est pas une sauvegarde de PA Desktop.",
        "en": "This is not a PA Desktop backup.",
    },
    "backup_damaged": {
        "nl": "Deze back-up is beschadigd of onvolledig; er is niets teruggezet.",
        "fr": "Cette sauvegarde est endommagée ou incomplète ; rien n'a été restauré.",
        "en": "This backup is damaged or incomplete; nothing was restored.",
    },
    "backup_too_new": {
        "nl": "Deze back-up komt van een nieuwere PA Desktop. Werk het programma bij.",
        "fr": "Cette sauvegarde vient d'une version plus récente de PA Desktop. Mettez le "
        "programme à jour.",
        "en": "This backup comes from a newer PA Desktop. Update the program.",
    },
    "backup_check_failed": {
        "nl": "De controle van de kopie faalde; er is niets vervangen:",
        "fr": "La vérification de la copie a échoué ; rien n'a été remplacé :",
        "en": "The copy failed its check; nothing was replaced:",
    },
    "backup_other_vault": {
        "nl": "Deze back-up hoort bij een andere kluis.",
        "fr": "Cette sauvegarde appartient à un autre coffre.",
        "en": "This backup belongs to another vault.",
    },
    "target_not_empty": {
        "nl": "{path} bestaat al en is niet leeg. Terugzetten gebeurt altijd in een nieuwe map.",
        "fr": "{path} existe déjà et n'est pas vide. La restauration se fait toujours dans un "
        "nouveau dossier.",
        "en": "{path} exists and is not empty. A restore always goes into a new folder.",
    },
    "vault_locked": {
        "nl": "De kluis is vergrendeld.",
        "fr": "Le coffre est verrouillé.",
        "en": "The vault is locked.",
    },
    "where_vault": {"nl": "kluis", "fr": "coffre", "en": "vault"},
    "where_backup": {"nl": "back-up", "fr": "sauvegarde", "en": "backup"},
    "where_restore": {"nl": "terugzetten", "fr": "restauration", "en": "restore"},
}


def say(key: str, **values: object) -> str:
    """The care commands' own words, else the command line's common ones (`remembered`...)."""
    if key not in MESSAGES:
        return messages.say(key, **values)
    return MESSAGES[key][language()].format(**values)


def _stop(status: int, message: str) -> Exception:
    return CliStop(status, message)


def _prompt(env: str, prompt_key: str, confirm_key: str | None = None) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise _stop(EXIT_LOCKED, say("no_secret", env=env))
    first = getpass.getpass(say(prompt_key))
    if confirm_key is not None and getpass.getpass(say(confirm_key)) != first:
        raise _stop(EXIT_REFUSED, say("new_differ"))
    return first


def error_message(error: ServiceError) -> str | None:
    """Words for the care errors that the main error table does not know."""
    if isinstance(error, StorageError):
        where = say(f"where_{error.where}") if f"where_{error.where}" in MESSAGES else error.where
        key = {"full": "storage_full", "read_only": "storage_read_only", "gone": "storage_gone"}
        if error.kind in key:
            return say(key[error.kind], where=where)
        return say("storage_other", kind=error.kind, where=where)
    if isinstance(error, BackupFileError):
        text = say(f"backup_{error.reason}")
        if error.problems:
            text += "\n" + "\n".join(f"  {p}" for p in error.problems[:20])
        return text
    if isinstance(error, RestoreTargetError):
        return None
    if isinstance(error, VaultLockedError):
        return say("vault_locked")
    return None


class _Care:
    """Turn the care errors into a refusal with a message (exit 1), leave the rest to main."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, error: Any, _tb: Any) -> None:
        if isinstance(error, ServiceError) and not isinstance(error, InvalidInputError):
            message = error_message(error)
            if message is not None:
                raise _stop(EXIT_REFUSED, message) from None


# commands ------------------------------------------------------------------------------------
def cmd_passphrase(
    args: argparse.Namespace,
    unlock: Callable[[Path], VaultSession],
    open_vaults: Callable[[], Vaults],
) -> int:
    """`unlock` and `open_vaults` are the command line's own (device key, then passphrase),
    handed in by main when it registers the command."""
    vaults = open_vaults()
    folder: Path = args.vault
    if args.remember or args.forget:
        session = unlock(folder)
        try:
            with _Care():
                if args.forget:
                    care.set_remembered(session, vaults, False)
                    print(say("forgotten"))
                elif care.set_remembered(session, vaults, True):
                    print(say("remembered"))
                else:
                    print(say("not_remembered"))
                    return EXIT_REFUSED
        finally:
            session.close()
        return EXIT_OK
    if args.recovery_code:
        current = _prompt(RECOVERY_CODE_ENV, "recovery_prompt")
        session = vaults.unlock_with_recovery_code(folder, current)
    else:
        current = _prompt(PASSPHRASE_ENV, "current_prompt")
        session = vaults.unlock(folder, current)
    try:
        with _Care():
            if args.new_recovery_code:
                code = care.new_recovery_code(session, vaults, current)
                print(say("recovery_renewed"))
                print(f"    {code}")
                return EXIT_OK
            if args.rotate_key:
                new = _prompt(NEW_PASSPHRASE_ENV, "new_prompt", "new_again")
                code = care.rotate_key(session, vaults, current, new)
                print(say("key_rotated"))
                print(f"    {code}")
                return EXIT_OK
            new = _prompt(NEW_PASSPHRASE_ENV, "new_prompt", "new_again")
            care.change_passphrase(session, vaults, current, new)
            print(say("passphrase_changed"))
    finally:
        session.close()
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, session: VaultSession) -> int:
    with _Care():
        summary = backups.make_backup(session, args.out.absolute())
    print(
        say(
            "backup_made",
            path=summary.path,
            size=max(1, round(summary.size / 1024)),
            seconds=f"{summary.seconds:.2f}",
        )
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    if args.recovery_code:
        secret = _prompt(RECOVERY_CODE_ENV, "recovery_prompt")
    else:
        secret = _prompt(PASSPHRASE_ENV, "current_prompt")
    try:
        with _Care():
            summary = backups.restore(args.file, args.to, secret, args.recovery_code)
    except RestoreTargetError:
        raise _stop(EXIT_REFUSED, say("target_not_empty", path=args.to)) from None
    made_at = summary.made_at.astimezone().strftime("%d/%m/%Y %H:%M")
    print(say("restored", made_at=made_at, path=summary.folder))
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, session: VaultSession) -> int:
    entries = audit.entries(session, args.action, args.pupil)
    problems = audit.verify(session)
    if args.json:
        json.dump(
            [
                {
                    "id": e.id,
                    "at": e.at.isoformat(),
                    "actor": e.actor,
                    "action": e.action,
                    "pupil_id": e.pupil_id,
                    "details": e.details,
                }
                for e in entries
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        for e in entries:
            at = e.at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
            pupil = "" if e.pupil_id is None else str(e.pupil_id)
            # in words for people; --json keeps the stable ids for tools
            action = audit_words.action_name(e.action, language())
            details = audit_words.details_text(e.details, language())
            print(f"{e.id:>6}  {at}  {e.actor:<16} {action:<32} {pupil:>6}  {details}")
    if problems:
        print(say("audit_broken"), file=sys.stderr)
        for problem in problems[:50]:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_REFUSED
    if not args.json:
        print(say("audit_intact", count=len(audit.entries(session))), file=sys.stderr)
    return EXIT_OK


def register(
    commands: Any,
    parser_class: type[argparse.ArgumentParser],
    unlock: Callable[[Path], VaultSession],
    open_vaults: Callable[[], Vaults],
) -> None:
    phrase = commands.add_parser(
        "passphrase", help="change the passphrase, renew the recovery code, remember or forget"
    )
    what = phrase.add_mutually_exclusive_group()
    what.add_argument("--new-recovery-code", action="store_true", help="print a new recovery code")
    what.add_argument("--remember", action="store_true", help="remember on this device")
    what.add_argument("--forget", action="store_true", help="forget on this device")
    what.add_argument(
        "--rotate-key",
        action="store_true",
        help="a new database key: the data re-encrypted, a new passphrase and recovery code",
    )
    phrase.add_argument(
        "--recovery-code", action="store_true", help="prove it with the recovery code"
    )
    phrase.set_defaults(handler=partial(cmd_passphrase, unlock=unlock, open_vaults=open_vaults))

    backup = commands.add_parser("backup", help="write one encrypted backup file")
    backup.add_argument("--out", type=Path, required=True)
    backup.set_defaults(handler=cmd_backup, needs_session=True)

    restore = commands.add_parser("restore", help="restore a backup into a new folder")
    restore.add_argument("file", type=Path)
    restore.add_argument("--to", type=Path, required=True)
    restore.add_argument("--recovery-code", action="store_true", help="open with the recovery code")
    restore.set_defaults(handler=cmd_restore)

    log = commands.add_parser("audit", help="the audit log")
    log.add_argument("--json", action="store_true")
    log.add_argument("--pupil", type=int)
    log.add_argument("--action")
    log.set_defaults(handler=cmd_audit, needs_session=True)
