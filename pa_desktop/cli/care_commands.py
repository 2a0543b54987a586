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
from pathlib import Path
from typing import Any

from pa_desktop.cli import unlocking
from pa_desktop.cli.care_messages import error_message, say
from pa_desktop.cli.common import EXIT_LOCKED, EXIT_OK, EXIT_REFUSED, PASSPHRASE_ENV, CliStop
from pa_desktop.cli.messages import language
from pa_desktop.services import audit, audit_words, backups, care
from pa_desktop.services import restore as restoring
from pa_desktop.services.errors import (
    InvalidInputError,
    RestoreTargetError,
    ServiceError,
)
from pa_desktop.services.session import VaultSession

NEW_PASSPHRASE_ENV = "PA_DESKTOP_NEW_PASSPHRASE"
RECOVERY_CODE_ENV = "PA_DESKTOP_RECOVERY_CODE"


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
def cmd_passphrase(args: argparse.Namespace) -> int:
    """Unlocks on its own (not through main): `--recovery-code` opens without the passphrase."""
    vaults = unlocking.open_vaults()
    folder: Path = args.vault
    if args.remember or args.forget:
        session = unlocking.unlock(folder)
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
            summary = restoring.restore(args.file, args.to, secret, args.recovery_code)
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


def register(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
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
    phrase.set_defaults(handler=cmd_passphrase)

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
