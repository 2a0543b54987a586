"""What an import would do (the preview) and what it did (the result), as plain data.

The JSON forms are the `import --dry-run --json` and `import --json` output: a public interface,
so keys are only ever added. Counts are of half days, except `rows_read` and `rows_refused`
(records of the file: a CSV line, an Informat pupil line, a Smartschool am or pm entry).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pa_desktop.domain.importing.plan import Conflict, ConflictChoice, Plan, UnknownPupil
from pa_desktop.domain.importing.records import RowProblem
from pa_desktop.services.import_files import ImportFile


def _line(item: Conflict | RowProblem) -> int:
    return item.line


@dataclass(frozen=True)
class ImportOptions:
    """The user's choices. `choices` overrides `on_conflict` per conflict, by line number."""

    create_pupils: bool = False
    on_conflict: ConflictChoice = ConflictChoice.KEEP
    choices: Mapping[int, ConflictChoice] = field(default_factory=dict)
    skip_bad_rows: bool = False
    first_afternoon_hour: int | None = None  # None: the school's (else the vault's) setting
    # None: the vault's first school (a school's vault); a file with a school column in a vault
    # of several schools names each row's school itself, and this is not used
    school_id: int | None = None


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    sha256: str
    format: str
    encoding: str | None
    rows_read: int
    new: int
    unchanged: int
    duplicates: int
    conflicts: tuple[Conflict, ...]
    problems: tuple[RowProblem, ...]
    unknown_pupils: tuple[UnknownPupil, ...]
    pupils_to_create: int
    previous_imports: tuple[datetime, ...] = ()

    @classmethod
    def of(
        cls, file: ImportFile, plans: Plan | Sequence[Plan], previous: tuple[datetime, ...]
    ) -> ImportPreview:
        """The preview of one plan, or of several (a file naming several schools is planned
        per school): counts added, problems and conflicts in the order of the file's lines."""
        every = [plans] if isinstance(plans, Plan) else list(plans)
        return cls(
            file_name=file.file_name,
            sha256=file.sha256,
            format=file.format.value,
            encoding=file.encoding,
            rows_read=sum(p.rows_read for p in every),
            new=sum(len(p.new) for p in every),
            unchanged=sum(p.unchanged for p in every),
            duplicates=sum(p.duplicates for p in every),
            conflicts=tuple(sorted((c for p in every for c in p.conflicts), key=_line)),
            problems=tuple(sorted((r for p in every for r in p.problems), key=_line)),
            unknown_pupils=tuple(u for p in every for u in p.unknown_pupils),
            pupils_to_create=sum(len(p.pupils_to_create) for p in every),
            previous_imports=previous,
        )

    @property
    def to_replace(self) -> int:
        return sum(1 for c in self.conflicts if c.choice is ConflictChoice.REPLACE)

    @property
    def rows_refused(self) -> int:
        return len(self.problems)

    @property
    def changes_nothing(self) -> bool:
        return self.new == 0 and self.to_replace == 0 and self.pupils_to_create == 0

    def counts(self) -> dict[str, int]:
        return {
            "rows_read": self.rows_read,
            "absences_new": self.new,
            "absences_unchanged": self.unchanged,
            "absences_conflicting": len(self.conflicts),
            "conflicts_replaced": self.to_replace,
            "conflicts_kept": len(self.conflicts) - self.to_replace,
            "duplicates": self.duplicates,
            "rows_refused": self.rows_refused,
            "pupils_unknown": len(self.unknown_pupils),
            "pupils_to_create": self.pupils_to_create,
        }

    def as_json(self) -> dict[str, Any]:
        return {
            "file_name": self.file_name,
            "sha256": self.sha256,
            "format": self.format,
            "encoding": self.encoding,
            **self.counts(),
            "problems": [
                {"line": p.line, "reason": p.reason.value, "detail": p.detail}
                for p in self.problems
            ],
            "conflicts": [
                {
                    "line": c.line,
                    "pupil_id": c.pupil_id,
                    "date": c.day.isoformat(),
                    "half": c.half.value,
                    "existing": c.existing,
                    "incoming": c.incoming,
                    "choice": c.choice.value,
                }
                for c in self.conflicts
            ],
            "unknown_pupils": [
                {
                    "number": u.pupil.number or None,
                    "last_name": u.pupil.last_name,
                    "first_name": u.pupil.first_name,
                    "class": u.pupil.class_name,
                    "rows": u.rows,
                    "creatable": u.creatable,
                }
                for u in self.unknown_pupils
            ],
            "previous_imports": [moment.isoformat() for moment in self.previous_imports],
        }


@dataclass(frozen=True)
class ImportResult:
    """A committed import: what was written, and the plan it followed (made in the transaction)."""

    import_id: int
    preview: ImportPreview
    written: int
    pupils_created: int

    def as_json(self) -> dict[str, Any]:
        return {
            **self.preview.as_json(),
            "import_id": self.import_id,
            "absences_written": self.written,
            "pupils_created": self.pupils_created,
        }
