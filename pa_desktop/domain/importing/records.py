"""The common shape every import format is read into, the problem ids, and format detection.

A `SourceRow` is one absence as a file states it, still as text: which pupil, which date, which
half day (or lesson hour), which code, and the line of the file it came from, so the preview can
point the user at it. Checking the text is `plan`'s job, so every format is checked the same way.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import NamedTuple

from pa_desktop.domain.importing.values import class_key, name_key


class ImportFormat(StrEnum):
    """The formats the importer reads; the values are the command line's `--format` words."""

    AUTO = "auto"
    CSV = "csv"
    XLSX = "xlsx"
    INFORMAT = "informat-txt"
    SMARTSCHOOL = "smartschool-json"


class Reason(StrEnum):
    """Why a row is refused. The ids are a public interface (`import --json` prints them)."""

    UNKNOWN_CODE = "unknown_code"
    OUTSIDE_SCHOOL_YEAR = "outside_school_year"
    NOT_A_LESSON_DAY = "not_a_lesson_day"
    BAD_DATE = "bad_date"
    MISSING_PUPIL = "missing_pupil"
    AMBIGUOUS_PUPIL = "ambiguous_pupil"
    BAD_HALF_DAY = "bad_half_day"
    CONFLICT_IN_FILE = "conflict_in_file"
    OUTSIDE_ENROLMENT = "outside_enrolment"
    UNKNOWN_SCHOOL = "unknown_school"  # the row's school column names no school of the vault


class FileFormatError(ValueError):
    """The file as a whole cannot be read in the chosen format; `reason` is an id, no content."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason if line is None else f"{reason} (line {line})")
        self.reason = reason
        self.line = line


class PupilRef(NamedTuple):
    """How a file names a pupil: a school number, a name and a class, any of them possibly empty.

    `number` is already normalised (see `values.normalise_number`); the names keep their spelling,
    because they become the pupil's name when the user lets the import create unknown pupils.
    Named tuples, not dataclasses, for the row types: a school year is 100,000+ rows, and a tuple
    is built and hashed several times faster.
    """

    number: str = ""
    last_name: str = ""
    first_name: str = ""
    class_name: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.number and not (self.last_name or self.first_name)

    @property
    def name_key(self) -> str:
        return name_key(self.last_name, self.first_name)

    @property
    def class_key(self) -> str:
        return class_key(self.class_name)


class SourceRow(NamedTuple):
    """One absence as the file states it. `half` or `hour` says the half day; `line` is 1-based."""

    line: int
    pupil: PupilRef
    day: str
    half: str = ""
    hour: str = ""
    code: str = ""


class RowProblem(NamedTuple):
    """A refused row: its line, the reason id and a detail id or value (e.g. "weekend", "X")."""

    line: int
    reason: Reason
    detail: str = ""


_INFORMAT_HEADER = re.compile(r"^\s*\d{6}T\d\s*$")


def detect_format(file_name: str, head: bytes) -> ImportFormat:
    """Guess the format from the first bytes, then from the file name's extension.

    Content wins over the name because schools rename exports (an Informat file saved as
    `.csv`, a CSV saved as `.txt`); the name only decides between CSV and the Informat text.
    """
    if head.startswith(b"PK\x03\x04"):
        return ImportFormat.XLSX
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    if text.startswith(("[", "{")):
        return ImportFormat.SMARTSCHOOL
    first_line = text.splitlines()[0] if text else ""
    if _INFORMAT_HEADER.match(first_line):
        return ImportFormat.INFORMAT
    suffix = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    if suffix == "xlsx":
        return ImportFormat.XLSX
    if suffix == "json":
        return ImportFormat.SMARTSCHOOL
    return ImportFormat.CSV
