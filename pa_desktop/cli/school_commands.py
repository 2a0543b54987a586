"""`pa-desktop-cli school ...`: the schools of a vault, their own free days and codes.

    school add NAME [--number N]                                   -> prints the school id
    school list [--json]                                           -> id, name, number, pupils
    school rename SCHOOL NEW_NAME [--number N]                     (--number "" removes it)
    school free-day add SCHOOL --date D [--until D] [--half VM|NM|day] [--reason T]
    school code add SCHOOL --code S --maps-to B|Z|R|P|... [--label T]

SCHOOL is the id or the exact name. `choose_school` serves every command with `--school`: with
one school in the vault it may be left out; with several a command that needs one exits 2 and
lists them.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from pa_desktop.cli.common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, CliStop, parse_date, print_json
from pa_desktop.cli.messages import say
from pa_desktop.domain.schools import WHOLE_DAY, School, SchoolFreeDay
from pa_desktop.services.errors import NotFoundError
from pa_desktop.services.session import VaultSession


def _listing(schools: list[School]) -> str:
    return ", ".join(f"{s.id} {s.name}" for s in schools)


def choose_school(session: VaultSession, given: str | None, required: bool = True) -> int | None:
    """The school a command means: the one given, the only one, or (several, none given) exit 2
    when `required`, else None (meaning every school)."""
    schools = session.schools()
    if given is None:
        if len(schools) == 1:
            return schools[0].id
        if required:
            raise CliStop(EXIT_USAGE, say("school_needed", schools=_listing(schools)))
        return None
    try:
        return session.find_school(given).id
    except NotFoundError:
        raise CliStop(
            EXIT_REFUSED, say("school_not_found", ident=given, schools=_listing(schools))
        ) from None


def cmd_school_add(args: argparse.Namespace, session: VaultSession) -> int:
    print(session.add_school(args.name, args.number).id)
    return EXIT_OK


def cmd_school_list(args: argparse.Namespace, session: VaultSession) -> int:
    schools = session.schools()
    if args.json:
        print_json(
            [{"id": s.id, "name": s.name, "number": s.number, "pupils": s.pupils} for s in schools]
        )
        return EXIT_OK
    for school in schools:
        print(f"{school.id:>4}  {school.name:<40} {school.number or '-':<10} {school.pupils:>6}")
    return EXIT_OK


def cmd_school_rename(args: argparse.Namespace, session: VaultSession) -> int:
    """A school's new name (and, with --number, its institution number; "" removes it). The
    SCHOOL argument is required even in a one-school vault: a rename names what it renames."""
    chosen = choose_school(session, args.school)
    assert chosen is not None
    school = session.find_school(chosen)
    number = school.number if args.number is None else args.number
    renamed = session.update_school(school.id, args.new_name, number)
    print(say("school_renamed", id=renamed.id, old=school.name, new=renamed.name))
    return EXIT_OK


def cmd_free_day_add(args: argparse.Namespace, session: VaultSession) -> int:
    school = choose_school(session, args.school)
    assert school is not None
    first = parse_date(args.date)
    last: date = parse_date(args.until) if args.until else first
    session.add_school_free_day(school, SchoolFreeDay(first, last, args.half, args.reason))
    print(say("free_day_added", first=first.isoformat(), last=last.isoformat()))
    return EXIT_OK


def cmd_code_add(args: argparse.Namespace, session: VaultSession) -> int:
    school = choose_school(session, args.school)
    assert school is not None
    session.add_school_code(school, args.code, args.maps_to, args.label or "")
    print(say("code_added", code=args.code.strip().upper(), official=args.maps_to.upper()))
    return EXIT_OK


def register(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    school = commands.add_parser("school", help="the schools of the vault").add_subparsers(
        dest="school_command", required=True, parser_class=parser_class
    )
    add = school.add_parser("add", help="add a school; prints its id")
    add.add_argument("name")
    add.add_argument("--number", help="the school's institution number")
    add.set_defaults(handler=cmd_school_add, needs_session=True)

    listing = school.add_parser("list", help="the schools with their number of pupils")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_school_list, needs_session=True)

    rename = school.add_parser("rename", help="a school's new name (and institution number)")
    rename.add_argument("school")
    rename.add_argument("new_name")
    rename.add_argument("--number", help='the new institution number ("" removes it)')
    rename.set_defaults(handler=cmd_school_rename, needs_session=True)

    free_day = school.add_parser("free-day", help="a school's own free days").add_subparsers(
        dest="free_day_command", required=True, parser_class=parser_class
    )
    free_add = free_day.add_parser("add", help="a day, days or a half day without lessons")
    free_add.add_argument("school", nargs="?", default=None)
    free_add.add_argument("--date", required=True)
    free_add.add_argument("--until")
    free_add.add_argument("--half", choices=["VM", "NM", WHOLE_DAY], default=WHOLE_DAY)
    free_add.add_argument("--reason", default="")
    free_add.set_defaults(handler=cmd_free_day_add, needs_session=True)

    code = school.add_parser("code", help="a school's own absence codes").add_subparsers(
        dest="code_command", required=True, parser_class=parser_class
    )
    code_add = code.add_parser("add", help="an own code and the official code it maps to")
    code_add.add_argument("school", nargs="?", default=None)
    code_add.add_argument("--code", required=True)
    code_add.add_argument("--maps-to", required=True)
    code_add.add_argument("--label")
    code_add.set_defaults(handler=cmd_code_add, needs_session=True)
