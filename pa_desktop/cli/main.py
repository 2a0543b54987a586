"""`pa-desktop-cli`: words, JSON keys and exit statuses are a public interface (DESIGN.md).

Exit status: 0 done, 1 refused input (message on stderr, nothing changed), 2 usage,
3 vault locked or wrong passphrase.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

from pa_desktop.cli import (
    care_commands,
    export_commands,
    guidance_commands,
    school_commands,
    transfer_commands,
    trust_messages,
)
from pa_desktop.cli.common import (
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    PASSPHRASE_ENV,
    CliStop,
)
from pa_desktop.cli.common import parse_date as _date
from pa_desktop.cli.common import parse_year as _year
from pa_desktop.cli.common import print_json as _print_json
from pa_desktop.cli.import_command import add_import_parser, import_error_message
from pa_desktop.cli.messages import language, refused, say
from pa_desktop.domain import bounds
from pa_desktop.domain.absences import Mark
from pa_desktop.domain.calendar import CalendarSettings, SchoolCalendar
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services import care, faults, locking
from pa_desktop.services.access import Vaults, default_vault_folder
from pa_desktop.services.errors import (
    BackupFileError,
    ImportFileError,
    InvalidInputError,
    NotFoundError,
    OutputFolderMissingError,
    OutputInVaultError,
    ServiceError,
    StorageError,
    VaultAlreadyExistsError,
    VaultBusyError,
    VaultDamagedError,
    VaultLockedError,
    VaultNotFoundError,
    VaultTooNewError,
    WrongPassphraseError,
)
from pa_desktop.services.logs import start_logging
from pa_desktop.services.names import signal_name
from pa_desktop.services.session import AbsenceEntry, Profile, VaultSession

_log = logging.getLogger(__name__)


def _read_passphrase(confirm: bool = False) -> str:
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise CliStop(EXIT_LOCKED, say("no_passphrase"))
    first = getpass.getpass(say("passphrase_prompt"))
    if confirm and getpass.getpass(say("passphrase_again")) != first:
        raise CliStop(EXIT_REFUSED, say("passphrases_differ"))
    return first


def _vaults() -> Vaults:
    return Vaults.for_desktop()


def _unlock(folder: Path) -> VaultSession:
    vaults = _vaults()
    if not vaults.exists(folder):
        raise VaultNotFoundError()
    session: VaultSession | None = None
    if not os.environ.get(PASSPHRASE_ENV):
        session = vaults.unlock_from_device(folder)
    if session is None:
        session = vaults.unlock(folder, _read_passphrase())
    warn_about_audit(session)
    return session


def warn_about_audit(session: VaultSession) -> None:
    """At unlock: a log cut short or an older database beside a newer key file is said at once."""
    warnings = session.opened.audit_warnings
    if warnings:
        print(trust_messages.say("audit_warning"), file=sys.stderr)
        for warning in warnings:
            print(f"  {warning}", file=sys.stderr)


# commands ------------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    folder = args.vault
    vaults = _vaults()
    if vaults.exists(folder):
        raise VaultAlreadyExistsError()
    passphrase = _read_passphrase(confirm=True)
    profile = Profile(school=args.school, clb=args.clb, user_name=args.user, role=args.role)
    problems = profile.problems()
    if problems:
        raise InvalidInputError(problems)
    session, recovery = vaults.create(folder, passphrase, profile, args.remember)
    try:
        print(say("created", path=folder))
        print(say("recovery_code"))
        print(f"    {recovery}")
        if args.remember:
            print(say("remembered") if session.remembered else say("not_remembered"))
    finally:
        session.close()
    return EXIT_OK


def cmd_pupil_add(args: argparse.Namespace) -> int:
    draft = PupilDraft(
        last_name=args.last_name,
        first_name=args.first_name,
        class_name=args.class_name,
        birth_date=_date(args.birth_date, school_life=False) if args.birth_date else None,
        school_number=args.number,
        enrolled_from=_date(args.arrival) if args.arrival else None,
        enrolled_until=_date(args.leaving) if args.leaving else None,
    )
    with _Unlocked(args) as session:
        school = school_commands.choose_school(session, args.school)
        print(session.add_pupil(replace(draft, school_id=school)).id)
    return EXIT_OK


def cmd_pupil_move(args: argparse.Namespace) -> int:
    with _Unlocked(args) as session:
        school = school_commands.choose_school(session, args.school)
        assert school is not None
        session.move_pupil(args.pupil, school, _date(args.date), args.class_name)
        print(say("pupil_moved", school=session.find_school(school).name, date=args.date))
    return EXIT_OK


def cmd_absence_add(args: argparse.Namespace) -> int:
    try:
        marks = frozenset(Mark.parse(m) for m in args.mark or [])
    except ValueError:
        raise CliStop(EXIT_USAGE, f"unknown mark: {args.mark}") from None
    entry = AbsenceEntry(
        first_day=_date(args.date),
        last_day=_date(args.until) if args.until else None,
        half=args.half,
        code=args.code,
        marks=marks,
    )
    with _Unlocked(args) as session:
        slots = session.add_absences(args.pupil, entry)
        print(say("absences_set", count=len(slots)))
    return EXIT_OK


def cmd_pupils(args: argparse.Namespace) -> int:
    with _Unlocked(args) as session:
        year = _year(args.school_year) if args.school_year else session.current_school_year()
        reference = _date(args.at) if args.at else None
        school = school_commands.choose_school(session, args.school, required=False)
        rows = session.overview(year, reference, school=school)
    rows.sort(key=lambda r: (r.pupil.last_name.casefold(), r.pupil.first_name.casefold()))
    if args.json:
        _print_json([row.as_json() for row in rows])
        return EXIT_OK
    across = len({row.school for row in rows}) > 1  # a CLB worker's vault, every school
    school_head = f"{'school':<20} " if across else ""
    print(
        f"{'id':>5}  {school_head}{'naam':<32} {'klas':<5} {'B':>4} {'tot':>4} {'6w':>4} "
        f"{'%':>6}  signalen"
    )
    for row in rows:
        f = row.figures
        name = row.pupil.display_name[:32]
        where = f"{row.school[:20]:<20} " if across else ""
        print(
            f"{row.pupil.id:>5}  {where}{name:<32} {row.pupil.class_name:<5} {row.b_this_year:>4} "
            f"{f.total:>4} {f.last_6_weeks:>4} {f.absence_rate * 100:>5.1f}%  "
            f"{', '.join(signal_name(s, language()) for s in row.signal_ids)}"
        )
    return EXIT_OK


def _calendar_json(calendar: SchoolCalendar) -> dict[str, Any]:
    return {
        "school_year": calendar.school_year.label,
        "first_day": calendar.first_day.isoformat(),
        "last_day": calendar.last_day.isoformat(),
        "holidays": [
            {"name": h.name, "start": h.start.isoformat(), "end": h.end.isoformat()}
            for h in calendar.holidays
        ],
        "free_days": [{"date": f.day.isoformat(), "name": f.name} for f in calendar.free_days],
        "wednesday_afternoon_free": calendar.settings.wednesday_afternoon_free,
        "lesson_half_days": calendar.count_lesson_half_days(),
    }


def cmd_calendar(args: argparse.Namespace) -> int:
    year = _year(args.year)
    if args.vault_given:
        with _Unlocked(args) as session:
            school = school_commands.choose_school(session, args.school)
            calendar = session.calendar(year, school)
    else:
        calendar = SchoolCalendar(year, CalendarSettings())
    data = _calendar_json(calendar)
    if args.json:
        _print_json(data)
        return EXIT_OK
    print(f"{data['school_year']}: {data['first_day']} .. {data['last_day']}")
    for holiday in calendar.holidays:
        print(f"  {holiday.name:<16} {holiday.start:%d/%m/%Y} - {holiday.end:%d/%m/%Y}")
    for free in calendar.free_days:
        print(f"  {free.name:<16} {free.day:%d/%m/%Y}")
    print(f"  lesson half days: {data['lesson_half_days']}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Damage is reported as problems (exit 1), never as a traceback: a page that cannot be
    read stops one check, not the whole command."""
    with _Unlocked(args) as session:
        problems = care.check(session)
        counts: dict[str, int] = {}
        if not problems:
            try:
                with faults.guarded(session.folder):
                    counts = session.counts()
            except (VaultDamagedError, StorageError):
                problems = ["the file is damaged: a page cannot be read"]
    if problems:
        print(say("check_failed"), file=sys.stderr)
        for problem in problems[:50]:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_REFUSED
    print(say("check_ok", **counts))
    return EXIT_OK


class _Unlocked:
    """Unlock for one command and always close (the key is forgotten on exit)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self._folder: Path = args.vault
        self._Unlocked: VaultSession | None = None

    def __enter__(self) -> VaultSession:
        self._Unlocked = _unlock(self._folder)
        return self._Unlocked

    def __exit__(self, *_exc: object) -> None:
        if self._Unlocked is not None:
            self._Unlocked.close()


# parser --------------------------------------------------------------------------------------
class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pa-desktop-cli", description="PA Desktop from the command line.")
    parser.add_argument("--vault", type=Path, default=None, help="vault folder")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    init = commands.add_parser("init", help="create a vault")
    init.add_argument("--school", default="")
    init.add_argument("--clb", default="")
    init.add_argument("--user", default=getpass.getuser() if hasattr(os, "getuid") else "")
    init.add_argument("--role", choices=["school", "clb"], default="school")
    init.add_argument("--remember", action="store_true", help="remember on this device")
    init.set_defaults(handler=cmd_init)

    pupil = commands.add_parser("pupil", help="pupils").add_subparsers(
        dest="pupil_command", required=True, parser_class=_Parser
    )
    add = pupil.add_parser("add", help="add a pupil; prints the id")
    add.add_argument("--last-name", required=True)
    add.add_argument("--first-name", required=True)
    add.add_argument("--class", dest="class_name", required=True)
    add.add_argument("--birth-date")
    add.add_argument("--number")
    add.add_argument("--school", help="the school's id or exact name")
    add.add_argument("--arrival", help="first day of the enrolment")
    add.add_argument("--leaving", help="last day of the enrolment")
    add.set_defaults(handler=cmd_pupil_add)
    move = pupil.add_parser("move", help="to another school of the vault; one dossier")
    move.add_argument("pupil", type=int)
    move.add_argument("--school", required=True, help="the new school (id or exact name)")
    move.add_argument("--date", required=True, help="first day at the new school")
    move.add_argument("--class", dest="class_name", help="the class there")
    move.set_defaults(handler=cmd_pupil_move)

    absence = commands.add_parser("absence", help="absences").add_subparsers(
        dest="absence_command", required=True, parser_class=_Parser
    )
    absence_add = absence.add_parser("add", help="register absences")
    absence_add.add_argument("pupil", type=int)
    absence_add.add_argument("--date", required=True)
    absence_add.add_argument("--until")
    absence_add.add_argument("--half", choices=["VM", "NM", "day"], default="day")
    absence_add.add_argument("--code", required=True)
    absence_add.add_argument(
        "--mark",
        action="append",
        choices=["luxeverzuim", "doubtful-certificate", "medical-certificate"],
    )
    absence_add.set_defaults(handler=cmd_absence_add)

    pupils = commands.add_parser("pupils", help="the overview of every pupil")
    pupils.add_argument("--school-year")
    pupils.add_argument("--at")
    pupils.add_argument("--json", action="store_true")
    pupils.add_argument("--school", help="one school (id or name); default every school")
    pupils.set_defaults(handler=cmd_pupils)

    calendar = commands.add_parser("calendar", help="the school-year calendar")
    calendar.add_argument("year")
    calendar.add_argument("--json", action="store_true")
    calendar.add_argument("--school", help="the school whose own free days to include")
    calendar.set_defaults(handler=cmd_calendar)

    check = commands.add_parser("check", help="check the vault's integrity")
    check.set_defaults(handler=cmd_check)
    guidance_commands.register(commands, _Parser)
    care_commands.register(commands, _Parser, _unlock, _vaults)
    export_commands.register(commands, _Parser)
    transfer_commands.register(commands, _Parser)
    school_commands.register(commands, _Parser)
    add_import_parser(commands)
    return parser


KEY_DAMAGE = ("key", "key_file", "key_file_foreign")


def _damaged(error: Exception) -> tuple[int, str]:
    """Damage about the key exits 3 (like a wrong passphrase), damage of the data 1."""
    what = str(error)
    message = trust_messages.damaged(what) or say("vault_damaged", what=what)
    return (EXIT_LOCKED if what in KEY_DAMAGE else EXIT_REFUSED), message


def _busy(error: Exception) -> tuple[int, str]:
    assert isinstance(error, VaultBusyError)
    return EXIT_REFUSED, trust_messages.busy(error.program, error.pid, error.user, error.since)


def _care_words(error: Exception) -> tuple[int, str]:
    assert isinstance(error, ServiceError)
    return EXIT_REFUSED, care_commands.error_message(error) or str(error)


def _not_found(error: NotFoundError) -> str:
    if error.kind == "school":
        return say("school_not_found", ident=error.ident, schools="?")
    return say("pupil_not_found", ident=error.ident)


def _errors() -> dict[type[Exception], Callable[[Exception, Path], tuple[int, str]]]:
    return {
        VaultNotFoundError: lambda e, p: (EXIT_REFUSED, say("vault_not_found", path=p)),
        VaultAlreadyExistsError: lambda e, p: (EXIT_REFUSED, say("vault_exists", path=p)),
        WrongPassphraseError: lambda e, p: (EXIT_LOCKED, say("wrong_passphrase")),
        VaultDamagedError: lambda e, p: _damaged(e),
        VaultBusyError: lambda e, p: _busy(e),
        OutputInVaultError: lambda e, p: (
            EXIT_REFUSED,
            trust_messages.say("output_in_vault", path=getattr(e, "path", "")),
        ),
        OutputFolderMissingError: lambda e, p: (
            EXIT_REFUSED,
            trust_messages.say("output_folder_missing", path=getattr(e, "path", "")),
        ),
        StorageError: lambda e, p: _care_words(e),
        BackupFileError: lambda e, p: _care_words(e),
        VaultLockedError: lambda e, p: _care_words(e),
        VaultTooNewError: lambda e, p: (EXIT_REFUSED, say("vault_too_new")),
        InvalidInputError: lambda e, p: (EXIT_REFUSED, refused(e.problems, e.details)),
        NotFoundError: lambda e, p: (EXIT_REFUSED, _not_found(e)),
        ImportFileError: lambda e, p: (EXIT_REFUSED, import_error_message(e)),
    }


def _command_name(args: argparse.Namespace) -> str:
    """`pupil add`, `import`...: the words of the command, never its arguments (names)."""
    words = [args.command]
    words += [v for k, v in sorted(vars(args).items()) if k.endswith("_command") and v]
    return " ".join(str(w) for w in words)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    start_logging("pa-desktop-cli")
    _log.info("command: %s", _command_name(args))
    args.vault_given = args.vault is not None
    if args.vault is None:
        args.vault = default_vault_folder()
    texts = [v for v in vars(args).values() if isinstance(v, str)]
    if not all(bounds.text_storable(text) for text in texts):
        print(trust_messages.say("text_not_storable"), file=sys.stderr)
        return EXIT_REFUSED
    try:
        with _write_lock(args):
            if getattr(args, "needs_session", False):
                with _Unlocked(args) as session:
                    return int(args.handler(args, session))
            status: int = args.handler(args)
            return status
    except CliStop as stop:
        if stop.message:
            print(stop.message, file=sys.stderr)
        return stop.status
    except KeyboardInterrupt:
        return EXIT_REFUSED
    except Exception as error:
        typed = faults.translate(error, args.vault)  # storage faults in words, never SQL text
        for kind, word in _errors().items():
            if typed is not None and isinstance(typed, kind):
                status, message = word(typed, args.vault)
                print(message, file=sys.stderr)
                return status
        _log.critical("command %s failed", _command_name(args), exc_info=True)
        raise


# commands that only read take no lock (they may run while PA Desktop has the vault open)
READ_ONLY_COMMANDS = frozenset({"pupils", "calendar", "check", "audit", "restore"})


def _writes(args: argparse.Namespace) -> bool:
    if args.command in READ_ONLY_COMMANDS:
        return False
    if args.command == "import" and getattr(args, "dry_run", False):
        return False
    return not (args.command == "school" and getattr(args, "school_command", "") == "list")


def _write_lock(args: argparse.Namespace) -> contextlib.AbstractContextManager[None]:
    """The vault's write lock for a command that writes (shared with PA Desktop's window)."""
    if not _writes(args):
        return contextlib.nullcontext()
    return locking.writing(args.vault.absolute(), locking.CLI)


if __name__ == "__main__":
    sys.exit(main())
