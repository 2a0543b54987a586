"""Importing absences from school software: read, map columns, preview, then all or nothing.

    importer = Importer(session)
    file = importer.read(path)                       # ImportFileError when unreadable
    name, mapping = importer.suggest_mapping(file)   # CSV/XLSX only: saved or recognised
    preview = importer.preview(file, options, mapping)
    result = importer.apply(file, options, mapping, progress, cancelled)

The preview and the apply run the same pure steps (`domain.importing.checking`, then `.plan`);
the apply runs them again inside its write transaction, so what it writes is planned against
exactly what is there.
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
from typing import Any

from pa_desktop.domain.calendar import SchoolYear, years_between
from pa_desktop.domain.importing.checking import (
    DEFAULT_FIRST_AFTERNOON_HOUR,
    Checked,
    ImportRules,
    check_rows,
)
from pa_desktop.domain.importing.mapping import ColumnMapping, iter_rows_from_table
from pa_desktop.domain.importing.plan import Plan, PlanOptions, PupilIndex, make_plan
from pa_desktop.domain.importing.records import ImportFormat, Reason, RowProblem, SourceRow
from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.schools import Enrolment
from pa_desktop.services import audit
from pa_desktop.services.errors import (
    ImportCancelledError,
    ImportFileError,
    ImportRefusedError,
    InvalidInputError,
)
from pa_desktop.services.import_files import ImportFile, load_bytes, load_path
from pa_desktop.services.import_report import ImportOptions, ImportPreview, ImportResult
from pa_desktop.services.session import VaultSession
from pa_desktop.store.imports import AbsenceWrite, ImportRepository
from pa_desktop.store.repositories import SettingsRepository
from pa_desktop.store.schools import SchoolRepository

MAPPINGS_SETTING = "import_mappings"
HOUR_SETTING = "import_first_afternoon_hour"
IMPORT_SOURCE = "import"
CHUNK = 5000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


_OPEN_END = date.max.toordinal()


def _enrolled_spans(
    pupil: Pupil,
    year: int,
    enrolments: dict[int, dict[int, list[Enrolment]]],
    school: int,
    default: int,
) -> tuple[tuple[int, int], ...]:
    """The day ordinals (from, to) in which the pupil was enrolled at `school` in a school year:
    its enrolment rows of that year, else its own arrival and leaving dates."""
    of_year = enrolments.get(year, {}).get(pupil.id)
    if of_year:
        return tuple(
            (
                e.arrival.toordinal() if e.arrival else 0,
                e.leaving.toordinal() if e.leaving else _OPEN_END,
            )
            for e in of_year
            if e.school_id == school
        )
    if (pupil.school_id or default) != school:
        return ()
    since, until = pupil.enrolled_from, pupil.enrolled_until
    return ((since.toordinal() if since else 0, until.toordinal() if until else _OPEN_END),)


def _chunks(rows: Iterable[AbsenceWrite]) -> Iterator[list[AbsenceWrite]]:
    """The rows CHUNK at a time, made as they are written (never all of them at once)."""
    rows = iter(rows)
    while chunk := list(islice(rows, CHUNK)):
        yield chunk


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

    def _check(
        self, file: ImportFile, options: ImportOptions, mapping: ColumnMapping | None
    ) -> Checked:
        session = self._session
        school = options.school_id or session.default_school_id()
        own_hour = session.school_settings(school).first_afternoon_hour
        rules = ImportRules(
            codes=session.code_table(school),
            calendar_of=lambda year: session.calendar(year, school),
            first_afternoon_hour=options.first_afternoon_hour
            or own_hour
            or self.first_afternoon_hour(),
            latest_year=SchoolYear.containing(session.today()),
        )
        return check_rows(self.rows(file, mapping), rules)

    @staticmethod
    def _plan_options(options: ImportOptions) -> PlanOptions:
        return PlanOptions(options.create_pupils, options.on_conflict, dict(options.choices))

    def preview(
        self, file: ImportFile, options: ImportOptions, mapping: ColumnMapping | None = None
    ) -> ImportPreview:
        """What `apply` would do now; reads the vault, writes nothing."""
        checked = self._check(file, options, mapping)
        first, last = checked.first_day, checked.last_day
        imports = self._imports
        existing = (lambda: imports.existing_rows(first, last)) if first and last else tuple
        pupils = self._of_school(self._imports.pupils(), options)
        plan = make_plan(checked, PupilIndex(pupils), existing, self._plan_options(options))
        self._refuse_outside_enrolment(plan, pupils, options)
        previous = tuple(r.imported_at for r in self._imports.records(file.sha256))
        return ImportPreview.of(file, plan, previous)

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

        checked = self._check(file, options, mapping)
        # Read before the transaction: on this thread another repository would share (and
        # commit) the transaction's connection.
        user = self._session.profile().user_name
        previous = tuple(r.imported_at for r in self._imports.records(file.sha256))
        enrolments = self._enrolments(checked)
        check_cancel()
        with self._imports.transaction() as tx:
            first, last = checked.first_day, checked.last_day
            existing = (lambda: tx.existing_rows(first, last)) if first and last else tuple
            pupils = self._of_school(tx.pupils(), options)
            plan = make_plan(checked, PupilIndex(pupils), existing, self._plan_options(options))
            self._refuse_outside_enrolment(plan, pupils, options, enrolments)
            preview = ImportPreview.of(file, plan, previous)
            if plan.problems and not options.skip_bad_rows:
                raise ImportRefusedError(len(plan.problems))
            creations = plan.pupils_to_create
            school = options.school_id or self._session.default_school_id()
            drafts = [replace(u.draft, school_id=school) for u in creations if u.draft is not None]
            real_ids = dict(zip((u.temp_id for u in creations), tx.add_pupils(drafts), strict=True))
            real = real_ids.get
            inserts: Iterable[AbsenceWrite] = (
                (real(pupil_id, pupil_id), day, half, code)
                for pupil_id, day, half, code in plan.new
            )
            replacements: list[AbsenceWrite] = [
                (c.pupil_id, c.day, c.half.value, c.incoming) for c in plan.replacements
            ]
            total = len(plan.new) + len(replacements)
            done = 0
            report(done, total)
            for write, rows in ((tx.insert_absences, inserts), (tx.replace_codes, replacements)):
                for chunk in _chunks(rows):
                    check_cancel()
                    write(chunk, IMPORT_SOURCE)
                    done += len(chunk)
                    report(done, total)
            check_cancel()
            counts: dict[str, Any] = {
                **preview.counts(),
                "pupils_created": len(drafts),
                "absences_written": total,
            }
            import_id = tx.record(file.file_name, file.sha256, file.format.value, counts, user)
        audit.record(
            self._session,
            "import",
            rows=total,
            pupils_created=len(drafts),
            format=file.format.value,
            file_sha256_prefix=file.sha256[:12],
        )
        return ImportResult(import_id, preview, total, len(drafts))

    # schools and enrolments ----------------------------------------------------------------
    def _of_school(self, pupils: list[Pupil], options: ImportOptions) -> list[Pupil]:
        """The pupils of the school the file comes from: numbers and classes repeat across the
        schools of a CLB worker's vault, so a row matches only within its school."""
        default = self._session.default_school_id()
        school = options.school_id or default
        return [p for p in pupils if (p.school_id or default) == school]

    def _enrolments(self, checked: Checked) -> dict[int, dict[int, list[Enrolment]]]:
        """Enrolment rows of every school year the file touches: year -> pupil -> rows."""
        first, last = checked.first_day, checked.last_day
        if first is None or last is None:
            return {}
        repository = self._session.repository(SchoolRepository)
        return {
            year.start_year: repository.enrolments_in(year.start_year)
            for year in years_between(first, last)
        }

    def _refuse_outside_enrolment(
        self,
        plan: Plan,
        pupils: list[Pupil],
        options: ImportOptions,
        enrolments: dict[int, dict[int, list[Enrolment]]] | None = None,
    ) -> None:
        """Half days outside a known pupil's enrolment at this school become refused rows
        (`outside_enrolment`), never written and then silently left out of the figures."""
        if not plan.new and not plan.conflicts:
            return
        rows = enrolments if enrolments is not None else self._enrolments_of_plan(plan)
        default = self._session.default_school_id()
        school = options.school_id or default
        by_id = {p.id: p for p in pupils}
        # by pupil and school year, not by half day: two million half days, a few thousand spans
        spans: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
        years: dict[int, int] = {}

        def enrolled(pupil_id: int, ordinal: int) -> bool:
            year = years.get(ordinal)
            if year is None:
                year = years[ordinal] = SchoolYear.containing(date.fromordinal(ordinal)).start_year
            key = (pupil_id, year)
            known = spans.get(key)
            if known is None:
                known = spans[key] = _enrolled_spans(by_id[pupil_id], year, rows, school, default)
            return any(low <= ordinal <= high for low, high in known)

        new = plan.new
        refused = False
        for pupil_id, ordinal, line in zip(new.pupils, new.days, new.lines, strict=True):
            if pupil_id > 0 and not enrolled(pupil_id, ordinal):
                day = date.fromordinal(ordinal).isoformat()
                plan.problems.append(RowProblem(line, Reason.OUTSIDE_ENROLMENT, day))
                refused = True
        if refused:
            plan.new = new.kept(lambda pupil_id, day: pupil_id <= 0 or enrolled(pupil_id, day))
        plan.conflicts = [c for c in plan.conflicts if enrolled(c.pupil_id, c.day.toordinal())]
        plan.problems.sort(key=lambda p: p.line)

    def _enrolments_of_plan(self, plan: Plan) -> dict[int, dict[int, list[Enrolment]]]:
        ordinals = [*plan.new.days, *(c.day.toordinal() for c in plan.conflicts)]
        first, last = date.fromordinal(min(ordinals)), date.fromordinal(max(ordinals))
        repository = self._session.repository(SchoolRepository)
        return {
            year.start_year: repository.enrolments_in(year.start_year)
            for year in years_between(first, last)
        }

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
