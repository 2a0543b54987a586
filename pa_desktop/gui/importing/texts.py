"""The import's ids in words: refused-row reasons, unreadable files, mapping gaps, formats.

The services speak in ids (`bad_date`, `wednesday_afternoon`, `no_code_column`); this is where the
import dialog turns them into the user's language, so the dialog itself stays about behaviour.
"""

from __future__ import annotations

from pa_desktop.domain.importing.headers import Field
from pa_desktop.domain.importing.records import ImportFormat, RowProblem
from pa_desktop.gui.common.texts import tr


def format_name(kind: ImportFormat) -> str:
    names = {
        ImportFormat.AUTO: tr("Recognise by itself"),
        ImportFormat.CSV: tr("CSV (text with separators)"),
        ImportFormat.XLSX: tr("Excel workbook (XLSX)"),
        ImportFormat.INFORMAT: tr("Informat text export"),
        ImportFormat.SMARTSCHOOL: tr("Smartschool JSON export"),
    }
    return names[kind]


def encoding_name(encoding: str | None) -> str:
    names = {
        "utf-8": "UTF-8",
        "utf-8-sig": tr("UTF-8 with byte-order mark"),
        "utf-16": "UTF-16",
        "cp1252": tr("Windows-1252 (Western European)"),
        "latin-1": "ISO-8859-1",
    }
    return names.get(encoding or "", encoding or "")


def _detail(detail: str) -> str:
    words = {
        "weekend": tr("weekend"),
        "holiday": tr("holiday"),
        "free_day": tr("free day"),
        "wednesday_afternoon": tr("Wednesday afternoon"),
        "no_lessons": tr("no lessons"),
        "no_identity": tr("no number and no name"),
        "no_school": tr("no school named"),
        "not_in_vault": tr("not in the vault"),
        "cannot_create": tr("cannot be created: last name, first name or class missing"),
    }
    return words.get(detail, detail)


def reason_text(problem: RowProblem) -> str:
    """Why a row is refused, in a short sentence."""
    detail = problem.detail
    texts = {
        "unknown_code": tr("Unknown absence code '{detail}'."),
        "outside_school_year": tr("The date is outside the school year."),
        "not_a_lesson_day": tr("No lessons then ({detail})."),
        "bad_date": tr("The date '{detail}' cannot be read."),
        "missing_pupil": tr("Pupil not found ({detail})."),
        "ambiguous_pupil": tr("More than one pupil in the vault matches this row."),
        "bad_half_day": tr("The half day or lesson hour '{detail}' cannot be read."),
        "conflict_in_file": tr("The file gives this half day two different codes."),
        "outside_enrolment": tr("The pupil was not enrolled at this school on {detail}."),
        "unknown_school": tr("School not found in this vault (by name or number): {detail}."),
    }
    text = texts.get(problem.reason.value, problem.reason.value)
    return text.format(detail=_detail(detail))


def file_problem_text(reason: str, line: object = None) -> str:
    texts = {
        "unreadable": tr("The file cannot be read."),
        "too_large": tr("The file is too large (over 100 MB)."),
        "empty": tr("The file holds no absences."),
        "bad_csv": tr("The CSV file cannot be read (near line {line})."),
        "bad_json": tr("The file is not valid JSON."),
        "bad_shape": tr("The JSON file does not have the shape of a Smartschool export."),
        "bad_xlsx": tr("The Excel file cannot be read or is damaged."),
    }
    return texts.get(reason, reason).format(line=line or "?")


def mapping_problem_text(problem: str) -> str:
    texts = {
        "no_pupil_column": tr("Choose the column with the school number or the name."),
        "no_date_column": tr("Choose the date column."),
        "no_code_column": tr("Choose the code column (or a code column per half day)."),
        "no_half_day_column": tr("Choose the half-day column or the lesson-hour column."),
    }
    return texts.get(problem, problem)


def field_order() -> list[Field]:
    """The mapping form's rows, top to bottom (the .ui form has a combo box per field)."""
    return [
        Field.NUMBER,
        Field.LAST_NAME,
        Field.FIRST_NAME,
        Field.CLASS,
        Field.DATE,
        Field.HALF,
        Field.HOUR,
        Field.CODE,
        Field.CODE_AM,
        Field.CODE_PM,
    ]
