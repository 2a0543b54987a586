"""Round trips for every import parser: random valid rows written in each format read back as
the same rows (CSV with each delimiter, XLSX, Informat text, Smartschool JSON)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import NamedTuple

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from pa_desktop.domain.importing.informat import parse_informat
from pa_desktop.domain.importing.mapping import ColumnMapping, rows_from_table
from pa_desktop.domain.importing.records import SourceRow
from pa_desktop.domain.importing.smartschool import parse_smartschool
from pa_desktop.domain.importing.tabular import DELIMITERS, read_csv, table_from_cells

HEADER = ("Leerlingnummer", "Naam", "Voornaam", "Klas", "Datum", "VM/NM", "Code")
# what real names and classes hold: letters with accents, spaces, hyphens, apostrophes, and now
# and then a comma, a semicolon, a quote or a bar (cells a CSV writer has to quote)
NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèëçïöüşłŁıÉ -',;\"|"


class Written(NamedTuple):
    number: str
    last: str
    first: str
    klass: str
    day: date
    half: str  # VM / NM
    code: str


def _cell(alphabet: str, max_size: int = 20) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=1, max_size=max_size).map(str.strip).filter(bool)


ROWS = st.lists(
    st.builds(
        Written,
        number=st.integers(1, 99_999_999).map(str),
        last=_cell(NAME_CHARACTERS),
        first=_cell(NAME_CHARACTERS),
        klass=_cell("0123456789ABCabc -"),
        day=st.dates(date(2000, 1, 1), date(2099, 12, 31)),
        half=st.sampled_from(["VM", "NM"]),
        code=st.sampled_from(["B", "Z", "R", "L", "-", "b", "z"]),
    ),
    min_size=1,
    max_size=25,
)


def _cells(row: Written) -> tuple[str, ...]:
    return (row.number, row.last, row.first, row.klass, f"{row.day:%d/%m/%Y}", row.half, row.code)


def _read_back(read: list[SourceRow]) -> list[tuple[str, ...]]:
    return [
        (*(r.pupil.number, r.pupil.last_name, r.pupil.first_name, r.pupil.class_name),
         *(r.day, r.half, r.code))
        for r in read
    ]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(ROWS, st.sampled_from(DELIMITERS))
def test_csv_rows_read_back_with_any_delimiter(rows: list[Written], delimiter: str) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(_cells(row) for row in rows)
    table = read_csv(buffer.getvalue())
    assert table.delimiter == delimiter
    assert table.header == HEADER
    read = rows_from_table(table, ColumnMapping.recognise(table.header))
    assert _read_back(read) == [_cells(row) for row in rows]
    assert [r.line for r in read] == list(range(2, len(rows) + 2))


@settings(max_examples=25, deadline=None)
@given(ROWS)
def test_xlsx_rows_read_back(rows: list[Written]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(HEADER))
    for row in rows:  # numbers as numbers and dates as dates, as Excel stores them
        sheet.append([int(row.number), row.last, row.first, row.klass, row.day, row.half, row.code])
    saved = io.BytesIO()
    book.save(saved)
    loaded = openpyxl.load_workbook(io.BytesIO(saved.getvalue()), read_only=True)
    table = table_from_cells(loaded.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    read = rows_from_table(table, ColumnMapping.recognise(table.header))
    expected = [(*_cells(row)[:4], row.day.isoformat(), *_cells(row)[5:]) for row in rows]
    assert _read_back(read) == expected


@settings(max_examples=60, deadline=None)
@given(ROWS)
def test_informat_blocks_read_back(rows: list[Written]) -> None:
    lines: list[str] = []
    expected: list[tuple[str, str, str, str]] = []
    for row in rows:  # one block per row: header, code, number
        hour = "1" if row.half == "VM" else "6"
        lines += [f"{row.day:%d%m%y}T{hour}", row.code, row.number, ""]
        expected.append((row.number, f"{row.day:%d/%m/%y}", hour, row.code))
    read = parse_informat("\r\n".join(lines))
    assert [(r.pupil.number, r.day, r.hour, r.code) for r in read] == expected
    assert [r.line for r in read] == [4 * n + 3 for n in range(len(rows))]


@settings(max_examples=60, deadline=None)
@given(ROWS)
def test_smartschool_json_reads_back(rows: list[Written]) -> None:
    entries = [
        {
            "pupil": {
                "number": row.number,
                "last_name": row.last,
                "first_name": row.first,
                "class": row.klass,
            },
            "absences": {
                row.day.isoformat(): {
                    "am": row.code if row.half == "VM" else None,
                    "pm": row.code if row.half == "NM" else None,
                }
            },
        }
        for row in rows
    ]
    read = parse_smartschool(json.dumps(entries, ensure_ascii=False, indent=2))
    expected = [(*_cells(row)[:4], row.day.isoformat(), *_cells(row)[5:]) for row in rows]
    assert _read_back(read) == expected


ODD_CELLS = st.text("ab é-',;\"|\t ", min_size=1, max_size=8).map(str.strip).filter(bool)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(2, 7).flatmap(
        lambda width: st.tuples(
            st.just(HEADER[:width]),
            st.lists(st.lists(ODD_CELLS, min_size=width, max_size=width), min_size=1, max_size=6),
        )
    ),
    st.sampled_from(DELIMITERS),
)
def test_the_delimiter_between_known_headers_wins_over_characters_inside_cells(
    table: tuple[tuple[str, ...], list[list[str]]], delimiter: str
) -> None:
    """Tabs, commas and bars inside cells (quoted or not) once outvoted the semicolons."""
    header, rows = table
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    read = read_csv(buffer.getvalue())
    assert read.delimiter == delimiter
    assert [cells for _, cells in read.rows] == [tuple(row) for row in rows]
