"""Importing absences from school software: read, map columns, preview, then all or nothing.

    importer = Importer(session)
    file = importer.read(path)                       # ImportFileError when unreadable
    name, mapping = importer.suggest_mapping(file)   # CSV/XLSX only: saved or recognised
    preview = importer.preview(file, options, mapping)
    result = importer.apply(file, options, mapping, progress, cancelled)

The preview and the apply run the same pure steps (`domain.importing.plan`); the apply runs them
again inside its write transaction, so what it writes is planned against exactly what is there.
Rows the checks refuse stop the apply (nothing written) unless `skip_bad_rows` is set. Importing
the same file twice writes nothing the second time: every half day is then unchanged.

Nothing here logs: rows hold names of minors, and a file name may too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.importing.checks import (
    DEFAULT_FIRST_AFTERNOON_HOUR,
    Checked,
    ImportRules,
    check_rows,
    check_rows_in_groups,
)
from pa_desktop.domain.importing.headers import Field
from pa_desktop.domain.importing.mapping import ColumnMapping, iter_rows_from_table
from pa_desktop.domain.importing.plan import Plan, PlanOptions, PupilIndex, make_plan
from pa_desktop.domain.importing.records import ImportFormat, SourceRow
from pa_desktop.domain.importing.schools import LineSchools, SchoolMatcher, school_cells
from pa_desktop.domain.pupils import Pupil
from pa_desktop.services import audit
from pa_desktop.services.errors import (
    ImportCancelledError,
    ImportFileError,
    ImportRefusedError,
    InvalidInputError,
)
from pa_desktop.services.import_files import ImportFile, load_bytes, load_path
from pa_desktop.services.import_report import ImportOptions, ImportPreview, ImportResult
from pa_desktop.services.import_schools import (
    Enrolments,
    enrolments_of_checks,
    pupils_of_school,
    refuse_outside_enrolment,
)
from pa_desktop.services.session import VaultSession
from pa_desktop.store.imports import AbsenceWrite, ImportRepository, SchoolOf
from pa_desktop.store.repositories import SettingsRepository

MAPPINGS_SETTING = "import_mappings"
HOUR_SETTING = "import_first_afternoon_hour"
IMPORT_SOURCE = "import"
CHUNK = 5000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


ExistingRows = Callable[[date, date, SchoolOf | None], Iterable[Any]]


def _existing(
    rows: ExistingRows, first: date | None, last: date | None, school: SchoolOf | None
) -> Callable[[], Iterable[Any]]:
    """The vault's half days in a group's date range (of its school's pupils only when the
    file names several schools), read when the plan asks (again per group of pupils), or
    none when the group has no date."""
    if first is None or last is None:
        return tuple
    return lambda: rows(first, last, school)


def _chunks(rows: Iterable[AbsenceWrite]) -> Iterator[list[AbsenceWrite]]:
    """The rows CHUNK at a time, made as they are written (never all of them at once)."""
    rows = iter(rows)
    while chunk := list(islice(rows, CHUNK)):
        yield chunk


class _Group(NamedTuple):
    """Rows of one school, checked against its own codes and calendar (school None: rows
    that name no school of the vault, every one of them refused)."""

    school: int | None
    checked: Checked


class _Planned(NamedTuple):
    school: int | None
    plan: Plan


class Importer:
    """The import use case on one open vault. Safe to use from a worker thread."""

    def __init__(self, session: VaultSession) -> None:
        self._session = session
        self._settings = session.repository(SettingsRepository)
        self._imports = session.repository(ImportRepository)

    # reading ---------------------------------------------------------------------------------
    def read(self, path: Path, chosen: ImportFormat = ImportFormat.AUTO) -> ImportFile:
        return load_path(path, chosen)

    def read_bytes(
        self, file_name: str, data: bytes, chosen: ImportFormat = ImportFormat.AUTO
    ) -> ImportFile:
        return load_bytes(file_name, data, chosen)

    # column mappings and the lesson-hour setting -----------------------------------------------
    def saved_mappings(self) -> dict[str, ColumnMapping]:
        stored = self._settings.get_all().get(MAPPINGS_SETTING, {})
        mappings: dict[str, ColumnMapping] = {}
        if isinstance(stored, dict):
            for name, data in stored.items():
                try:
                    mappings[str(name)] = ColumnMapping.from_json(data)
                except (ValueError, TypeError, AttributeError):
                    continue  # a mapping saved by a newer version with fields unknown here
        return mappings

    def save_mapping(self, name: str, mapping: ColumnMapping) -> None:
        clean = name.strip()
        if not clean:
            raise InvalidInputError(["mapping_name_empty"])
        stored = self._settings.get_all().get(MAPPINGS_SETTING, {})
        stored = dict(stored) if isinstance(stored, dict) else {}
        stored[clean] = mapping.as_json()
        self._settings.put_many({MAPPINGS_SETTING: stored})

    def delete_mapping(self, name: str) -> None:
        stored = self._settings.get_all().get(MAPPINGS_SETTING, {})
        if isinstance(stored, dict) and name in stored:
            stored = {k: v for k, v in stored.items() if k != name}
            self._settings.put_many({MAPPINGS_SETTING: stored})

    def suggest_mapping(self, file: ImportFile) -> tuple[str | None, ColumnMapping]:
        """The saved mapping that fits this header best, else the one its headers suggest."""
        if file.table is None:
            return None, ColumnMapping()
        header = file.table.header
        best: tuple[int, str, ColumnMapping] | None = None
        for name, mapping in sorted(self.saved_mappings().items()):
            covered = mapping.covers(header)
            if covered and not mapping.problems(header) and (best is None or covered > best[0]):
                best = (covered, name, mapping)
        if best is not None:
            return best[1], best[2]
        return None, ColumnMapping.recognise(header)

    def first_afternoon_hour(self) -> int:
        value = self._settings.get_all().get(HOUR_SETTING, DEFAULT_FIRST_AFTERNOON_HOUR)
        return value if isinstance(value, int) and 2 <= value <= 12 else 5

    def set_first_afternoon_hour(self, hour: int) -> None:
        if not 2 <= hour <= 12:
            raise InvalidInputError(["first_afternoon_hour_invalid"], hour=hour)
        self._settings.put_many({HOUR_SETTING: hour})

    # preview and apply -------------------------------------------------------------------------
    def rows(self, file: ImportFile, mapping: ColumnMapping | None = None) -> Iterable[SourceRow]:
        """The absences the file states, parsed as they are read; a CSV or XLSX needs a complete
        mapping."""
        if file.rows is not None:
            return file.rows
        assert file.table is not None
        chosen = mapping if mapping is not None else self.suggest_mapping(file)[1]
        problems = chosen.problems(file.table.header)
        if problems:
            raise ImportFileError("mapping_incomplete", problems=problems)
        return iter_rows_from_table(file.table, chosen)

    def school_column(self, file: ImportFile, mapping: ColumnMapping | None = None) -> bool:
        """Whether each row's school comes from the file: a vault of several schools and a
        CSV or XLSX whose mapping has a school column (then no school needs choosing)."""
        if file.table is None or len(self._session.schools()) < 2:
            return False
        chosen = mapping if mapping is not None else self.suggest_mapping(file)[1]
        return Field.SCHOOL in chosen.resolve(file.table.header)

    def _line_schools(self, file: ImportFile, mapping: ColumnMapping | None) -> LineSchools | None:
        """The school each line names, when the file says it (see `school_column`)."""
        if not self.school_column(file, mapping):
            return None
        assert file.table is not None
        chosen = mapping if mapping is not None else self.suggest_mapping(file)[1]
        column = chosen.resolve(file.table.header)[Field.SCHOOL]
        matcher = SchoolMatcher((s.id, s.name, s.number) for s in self._session.schools())
        return LineSchools(school_cells(file.table.rows, column), matcher)

    def _rules(self, school: int, options: ImportOptions) -> ImportRules:
        session = self._session
        own_hour = session.school_settings(school).first_afternoon_hour
        return ImportRules(
            codes=session.code_table(school),
            calendar_of=lambda year: session.calendar(year, school),
            first_afternoon_hour=options.first_afternoon_hour
            or own_hour
            or self.first_afternoon_hour(),
            latest_year=SchoolYear.containing(session.today()),
        )

    def _check(
        self, file: ImportFile, options: ImportOptions, mapping: ColumnMapping | None
    ) -> list[_Group]:
        """The rows checked per school: the chosen school's (one group, as in a school's own
        vault), or, when the file has a school column, each named school's own codes and
        calendar, plus a group of the rows naming no school of the vault (refused)."""
        lines = self._line_schools(file, mapping)
        if lines is None:
            school = options.school_id or self._session.default_school_id()
            return [
                _Group(school, check_rows(self.rows(file, mapping), self._rules(school, options)))
            ]
        schools = lines.schools
        checked, refused = check_rows_in_groups(
            self.rows(file, mapping),
            [self._rules(school, options) for school in schools],
            lines.group_of(schools),
            lines.refusal,
        )
        groups = [_Group(school, one) for school, one in zip(schools, checked, strict=True)]
        if refused.rows_read:
            groups.append(_Group(None, refused))
        return groups

    def _plans(
        self,
        groups: list[_Group],
        all_pupils: list[Pupil],
        existing_rows: ExistingRows,
        options: ImportOptions,
        enrolments: Enrolments | None = None,
    ) -> list[_Planned]:
        """Each group planned against its school's pupils only."""
        planned = []
        default = self._session.default_school_id()
        several = len(groups) > 1
        for group in groups:
            checked = group.checked
            first, last = checked.first_day, checked.last_day
            school = (group.school, default) if several and group.school is not None else None
            existing = _existing(existing_rows, first, last, school)
            pupils = pupils_of_school(all_pupils, group.school, default) if group.school else []
            plan = make_plan(checked, PupilIndex(pupils), existing, self._plan_options(options))
            if group.school is not None:
                refuse_outside_enrolment(self._session, plan, pupils, group.school, enrolments)
            planned.append(_Planned(group.school, plan))
        return planned

    @staticmethod
    def _plan_options(options: ImportOptions) -> PlanOptions:
        return PlanOptions(options.create_pupils, options.on_conflict, dict(options.choices))

    def preview(
        self, file: ImportFile, options: ImportOptions, mapping: ColumnMapping | None = None
    ) -> ImportPreview:
        """What `apply` would do now; reads the vault, writes nothing."""
        groups = self._check(file, options, mapping)
        imports = self._imports
        planned = self._plans(groups, imports.pupils(), imports.existing_rows, options)
        previous = tuple(r.imported_at for r in self._imports.records(file.sha256))
        return ImportPreview.of(file, [p.plan for p in planned], previous)

    def apply(
        self,
        file: ImportFile,
        options: ImportOptions,
        mapping: ColumnMapping | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Write the import in one transaction: all of it, or (refused, cancelled) nothing.

        `progress(done, total)` is called after each chunk of half days; `cancelled()` is
        asked between chunks, and a True answer rolls everything back (ImportCancelledError).
        """
        report = progress or (lambda done, total: None)
        stop = cancelled or (lambda: False)

        def check_cancel() -> None:
            if stop():
                raise ImportCancelledError()

        groups = self._check(file, options, mapping)
        # Read before the transaction: on this thread another repository would share (and
        # commit) the transaction's connection.
        user = self._session.profile().user_name
        previous = tuple(r.imported_at for r in self._imports.records(file.sha256))
        enrolments = enrolments_of_checks(self._session, (g.checked for g in groups))
        check_cancel()
        with self._imports.transaction() as tx:
            planned = self._plans(groups, tx.pupils(), tx.existing_rows, options, enrolments)
            preview = ImportPreview.of(file, [p.plan for p in planned], previous)
            if preview.problems and not options.skip_bad_rows:
                raise ImportRefusedError(len(preview.problems))
            total = sum(len(p.plan.new) + len(p.plan.replacements) for p in planned)
            done = 0
            report(done, total)
            created = 0
            for school, plan in planned:
                creations = plan.pupils_to_create
                drafts = [
                    replace(u.draft, school_id=school) for u in creations if u.draft is not None
                ]
                created += len(drafts)
                real_ids = dict(
                    zip((u.temp_id for u in creations), tx.add_pupils(drafts), strict=True)
                )
                real = real_ids.get
                inserts: Iterable[AbsenceWrite] = (
                    (real(pupil_id, pupil_id), day, half, code)
                    for pupil_id, day, half, code in plan.new
                )
                replacements: list[AbsenceWrite] = [
                    (c.pupil_id, c.day, c.half.value, c.incoming) for c in plan.replacements
                ]
                for write, rows in (
                    (tx.insert_absences, inserts),
                    (tx.replace_codes, replacements),
                ):
                    for chunk in _chunks(rows):
                        check_cancel()
                        write(chunk, IMPORT_SOURCE)
                        done += len(chunk)
                        report(done, total)
            check_cancel()
            counts: dict[str, Any] = {
                **preview.counts(),
                "pupils_created": created,
                "absences_written": total,
            }
            import_id = tx.record(file.file_name, file.sha256, file.format.value, counts, user)
        audit.record(
            self._session,
            "import",
            rows=total,
            pupils_created=created,
            format=file.format.value,
            file_sha256_prefix=file.sha256[:12],
        )
        return ImportResult(import_id, preview, total, created)

    def history(self) -> list[dict[str, Any]]:
        """Past imports, oldest first: file name, hash, format, counts, who and when."""
        return [
            {
                "id": r.id,
                "file_name": r.file_name,
                "sha256": r.sha256,
                "format": r.format,
                "counts": r.counts,
                "user_name": r.user_name,
                "imported_at": r.imported_at.isoformat(),
            }
            for r in self._imports.records()
        ]
