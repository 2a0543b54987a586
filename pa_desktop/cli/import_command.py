"""`pa-desktop-cli import FILE`: the import use case for scripts (a weekly import by the ICT
coordinator) with the same checks, counts and all-or-nothing rule as the GUI.

    import FILE [--format auto|csv|xlsx|informat-txt|smartschool-json] [--mapping FILE|NAME]
                [--dry-run] [--json] [--skip-bad-rows] [--create-pupils]
                [--on-conflict keep|replace] [--school SCHOOL]

`--mapping` is a JSON file (`{"columns": {"date": "Datum", "code": 7, ...}}`: a header or a
1-based column number per field) or, when no such file exists, the name of a mapping saved in the
vault; without it a saved mapping that fits the file's header is used, else the recognised
headers. Exit status: 0 imported (or a dry run that would import), 1 refused (any row refused
without `--skip-bad-rows`, an unreadable file or mapping: nothing written), 2 usage, 3 locked.
`--school` names the school the file comes from (pupil numbers and classes match only within
it); with one school in the vault it may be left out, with several it is needed (exit 2) unless
the file has a school column (CSV/XLSX header such as School, Schoolnaam, Instelling,
Instellingsnummer, École): then each row's school is matched by name or institution number, a
row naming no school of the vault is refused (`unknown_school`), and `--school` is not used.
`--json` prints one object with the same keys in every case (see `ImportPreview.as_json`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pa_desktop.cli.common import EXIT_OK, EXIT_REFUSED, CliStop, print_json
from pa_desktop.cli.import_messages import import_file_problem, import_reason
from pa_desktop.cli.messages import say
from pa_desktop.domain.importing.mapping import ColumnMapping
from pa_desktop.domain.importing.plan import ConflictChoice
from pa_desktop.domain.importing.records import ImportFormat
from pa_desktop.services.errors import ImportFileError, ImportRefusedError
from pa_desktop.services.import_files import ImportFile
from pa_desktop.services.import_report import ImportOptions, ImportPreview, ImportResult
from pa_desktop.services.importer import Importer
from pa_desktop.services.session import VaultSession

_SHOWN_PROBLEMS = 200


def add_import_parser(commands: Any) -> None:
    """Register `import` on the command line's subparsers."""
    command = commands.add_parser("import", help="import absences from a school-software export")
    command.add_argument("file", type=Path)
    command.add_argument(
        "--format", choices=[f.value for f in ImportFormat], default=ImportFormat.AUTO.value
    )
    command.add_argument("--mapping", help="column mapping: a JSON file or a saved mapping's name")
    command.add_argument("--dry-run", action="store_true", help="show the preview, write nothing")
    command.add_argument("--json", action="store_true")
    command.add_argument("--skip-bad-rows", action="store_true", help="import the other rows")
    command.add_argument("--create-pupils", action="store_true", help="add unknown pupils")
    command.add_argument("--on-conflict", choices=[c.value for c in ConflictChoice], default="keep")
    command.add_argument("--school", help="the school the file comes from (id or exact name)")
    command.set_defaults(handler=cmd_import, needs_session=True)


def _mapping(argument: str | None, importer: Importer, file: ImportFile) -> ColumnMapping | None:
    if not file.needs_mapping:
        return None
    if argument is None:
        return importer.suggest_mapping(file)[1]
    path = Path(argument)
    if path.is_file():
        try:
            return ColumnMapping.from_json(json.loads(path.read_text(encoding="utf-8-sig")))
        except (OSError, ValueError, TypeError, AttributeError):
            raise CliStop(EXIT_REFUSED, say("import_mapping_bad", path=path)) from None
    saved = importer.saved_mappings()
    if argument in saved:
        return saved[argument]
    raise CliStop(EXIT_REFUSED, say("import_mapping_missing", name=argument))


def _json(preview: ImportPreview, result: ImportResult | None, dry_run: bool) -> dict[str, Any]:
    data = result.as_json() if result is not None else preview.as_json()
    data.setdefault("import_id", None)
    data.setdefault("absences_written", 0)
    data.setdefault("pupils_created", 0)
    data["dry_run"] = dry_run
    return data


def _print_text(preview: ImportPreview) -> None:
    print(
        say(
            "import_summary",
            file=preview.file_name,
            format=preview.format,
            rows=preview.rows_read,
            new=preview.new,
            unchanged=preview.unchanged,
            conflicts=len(preview.conflicts),
            replaced=preview.to_replace,
            duplicates=preview.duplicates,
            refused=preview.rows_refused,
        )
    )
    if preview.previous_imports:
        print(say("import_seen_before", when=preview.previous_imports[-1].strftime("%d/%m/%Y")))
    for problem in preview.problems[:_SHOWN_PROBLEMS]:
        print(say("import_problem", line=problem.line, reason=import_reason(problem)))
    if len(preview.problems) > _SHOWN_PROBLEMS:
        print(say("import_more_problems", count=len(preview.problems) - _SHOWN_PROBLEMS))
    strangers = [u for u in preview.unknown_pupils if u.rows]
    if strangers and not preview.pupils_to_create:
        print(say("import_unknown_pupils", count=len(strangers)))
    elif preview.pupils_to_create:
        print(say("import_pupils_to_create", count=preview.pupils_to_create))
    for stranger in strangers[:_SHOWN_PROBLEMS]:
        ref = stranger.pupil
        name = ", ".join(part for part in (ref.last_name, ref.first_name) if part)
        print(f"  {ref.number or '-'}  {name or '?'}  {ref.class_name}".rstrip())


def cmd_import(args: argparse.Namespace, session: VaultSession) -> int:
    from pa_desktop.cli.school_commands import choose_school

    options = ImportOptions(
        create_pupils=args.create_pupils,
        on_conflict=ConflictChoice(args.on_conflict),
        skip_bad_rows=args.skip_bad_rows,
        school_id=choose_school(session, args.school, required=False),
    )
    importer = Importer(session)
    file = importer.read(args.file, ImportFormat(args.format))
    mapping = _mapping(args.mapping, importer, file)
    if options.school_id is None and not importer.school_column(file, mapping):
        choose_school(session, None)  # several schools, none named, none in the file: exit 2
    result: ImportResult | None = None
    if args.dry_run:
        preview = importer.preview(file, options, mapping)
    else:
        try:
            result = importer.apply(file, options, mapping)
            preview = result.preview
        except ImportRefusedError:
            preview = importer.preview(file, options, mapping)
    refused = bool(preview.problems) and not args.skip_bad_rows
    if args.json:
        print_json(_json(preview, result, args.dry_run))
    else:
        _print_text(preview)
        if args.dry_run:
            print(say("import_dry_run"))
        elif result is not None:
            print(say("import_done", written=result.written, pupils=result.pupils_created))
    if refused:
        key = "import_would_refuse" if args.dry_run else "import_refused"
        print(say(key, count=preview.rows_refused), file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def import_error_message(error: ImportFileError) -> str:
    """The words for a file that cannot be imported (used by the command line's error map)."""
    return import_file_problem(error.reason, error.details)
