"""The vault's everyday commands: `init`, `pupil add|move`, `absence add`, `pupils`, `calendar`,
`check`. Words, JSON keys and exit statuses are a public interface (DESIGN.md).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import replace
from typing import Any

from pa_desktop.cli import school_commands, unlocking
from pa_desktop.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CliStop,
    parse_date,
    parse_year,
    print_json,
)
from pa_desktop.cli.messages import language, say
from pa_desktop.cli.unlocking import Unlocked, read_passphrase
from pa_desktop.domain.absences import Mark
from pa_desktop.domain.calendar import CalendarSettings, SchoolCalendar
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services import care, faults
from pa_desktop.services.errors import (
    InvalidInputError,
    StorageError,
    VaultAlreadyExistsError,
    VaultDamagedError,
)
from pa_desktop.services.names import signal_name
from pa_desktop.services.session import AbsenceEntry, Profile


def cmd_init(args: argparse.Namespace) -> int:
    folder = args.vault
    vaults = unlocking.open_vaults()
    if vaults.exists(folder):
        raise VaultAlreadyExistsError()
    passphrase = read_passphrase(confirm=True)
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
        birth_date=parse_date(args.birth_date, school_life=False) if args.birth_date else None,
        school_number=args.number,
        enrolled_from=parse_date(args.arrival) if args.arrival else None,
        enrolled_until=parse_date(args.leaving) if args.leaving else None,
    )
    with Unlocked(args) as session:
        school = school_commands.choose_school(session, args.school)
        print(session.add_pupil(replace(draft, school_id=school)).id)
    return EXIT_OK


def cmd_pupil_move(args: argparse.Namespace) -> int:
    with Unlocked(args) as session:
        school = school_commands.choose_school(session, args.school)
        assert school is not None
        session.move_pupil(args.pupil, school, parse_date(args.date), args.class_name)
        print(say("pupil_moved", school=session.find_school(school).name, date=args.date))
    return EXIT_OK


def cmd_absence_add(args: argparse.Namespace) -> int:
    try:
        marks = frozenset(Mark.parse(m) for m in args.mark or [])
    except ValueError:
        raise CliStop(EXIT_USAGE, f"unknown mark: {args.mark}") from None
    entry = AbsenceEntry(
        first_day=parse_date(args.date),
        last_day=parse_date(args.until) if args.until else None,
        half=args.half,
        code=args.code,
        marks=marks,
    )
    with Unlocked(args) as session:
        slots = session.add_absences(args.pupil, entry)
        print(say("absences_set", count=len(slots)))
    return EXIT_OK


def cmd_pupils(args: argparse.Namespace) -> int:
    with Unlocked(args) as session:
        year = parse_year(args.school_year) if args.school_year else session.current_school_year()
        reference = parse_date(args.at) if args.at else None
        school = school_commands.choose_school(session, args.school, required=False)
        rows = session.overview(year, reference, school=school)
    rows.sort(key=lambda r: (r.pupil.last_name.casefold(), r.pupil.first_name.casefold()))
    if args.json:
        print_json([row.as_json() for row in rows])
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
    year = parse_year(args.year)
    if args.vault_given:
        with Unlocked(args) as session:
            school = school_commands.choose_school(session, args.school)
            calendar = session.calendar(year, school)
    else:
        calendar = SchoolCalendar(year, CalendarSettings())
    data = _calendar_json(calendar)
    if args.json:
        print_json(data)
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
    with Unlocked(args) as session:
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


def register(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """The subcommands above, on main's parser."""
    init = commands.add_parser("init", help="create a vault")
    init.add_argument("--school", default="")
    init.add_argument("--clb", default="")
    init.add_argument("--user", default=getpass.getuser() if hasattr(os, "getuid") else "")
    init.add_argument("--role", choices=["school", "clb"], default="school")
    init.add_argument("--remember", action="store_true", help="remember on this device")
    init.set_defaults(handler=cmd_init)

    pupil = commands.add_parser("pupil", help="pupils").add_subparsers(
        dest="pupil_command", required=True, parser_class=parser_class
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
        dest="absence_command", required=True, parser_class=parser_class
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
