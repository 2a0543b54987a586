"""The pure readers: spellings of values, headers, CSV sniffing, Informat blocks, Smartschool."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pa_desktop.domain.importing.headers import Field, recognise_field
from pa_desktop.domain.importing.informat import parse_informat
from pa_desktop.domain.importing.mapping import ColumnMapping, rows_from_table
from pa_desktop.domain.importing.records import FileFormatError, ImportFormat, detect_format
from pa_desktop.domain.importing.smartschool import parse_smartschool
from pa_desktop.domain.importing.tabular import read_csv, table_from_cells
from pa_desktop.domain.importing.values import (
    HalfWord,
    class_key,
    name_key,
    normalise_number,
    parse_date,
    parse_half,
    parse_lesson_hour,
)
from pa_desktop.services.import_files import decode_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08/09/2025", date(2025, 9, 8)),
        ("8/9/25", date(2025, 9, 8)),
        ("2025-09-08", date(2025, 9, 8)),
        (" 08.09.2025 ", date(2025, 9, 8)),
        ("08-09-2025", date(2025, 9, 8)),
        ("08/09/2025 00:00", date(2025, 9, 8)),
        ("2025-09-08 00:00:00", date(2025, 9, 8)),
        ("31/02/2026", None),
        ("2025-13-01", None),
        ("", None),
        ("gisteren", None),
        ("09/2025", None),
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_every_date_reads_back_in_each_spelling(day: date) -> None:
    for text in (day.isoformat(), day.strftime("%d/%m/%Y"), f"{day.day}/{day.month}/{day:%y}"):
        assert parse_date(text) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("VM", HalfWord.VM),
        ("vm", HalfWord.VM),
        ("AM", HalfWord.VM),
        ("voormiddag", HalfWord.VM),
        ("Matin", HalfWord.VM),
        ("NM", HalfWord.NM),
        ("p.m.", HalfWord.NM),
        ("Namiddag", HalfWord.NM),
        ("après-midi", HalfWord.NM),
        ("APRES MIDI", HalfWord.NM),
        ("hele dag", HalfWord.DAY),
        ("journée", HalfWord.DAY),
        ("middag", None),
        ("", None),
    ],
)
def test_half_days(text: str, expected: HalfWord | None) -> None:
    assert parse_half(text) == expected


@pytest.mark.parametrize(
    ("text", "first_afternoon", "expected"),
    [
        ("1", 5, HalfWord.VM),
        ("4e lesuur", 5, HalfWord.VM),
        ("5", 5, HalfWord.NM),
        ("H6", 5, HalfWord.NM),
        ("4", 4, HalfWord.NM),
        ("08:25", 5, HalfWord.VM),
        ("13u05", 5, HalfWord.NM),
        ("0", 5, None),
        ("13", 5, None),
        ("", 5, None),
    ],
)
def test_lesson_hours_follow_the_setting(text: str, first_afternoon: int, expected: object) -> None:
    assert parse_lesson_hour(text, first_afternoon) == expected


def test_numbers_names_and_classes_compare_loosely() -> None:
    assert normalise_number(" 001234 ") == normalise_number("1234.0") == "1234"
    assert normalise_number("ab-12") == "AB-12"
    assert name_key("Dupont", "Léa") == name_key("LEA", "dupont") == name_key("Léa Dupont", "")
    assert name_key("Yılmaz", "Ayşe") == name_key("yilmaz", "ayse")
    assert class_key("3 B") == class_key("3-b") == class_key("3B")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Leerlingnummer", Field.NUMBER),
        ("Stamboeknummer", Field.NUMBER),
        ("Numéro", Field.NUMBER),
        ("N°", Field.NUMBER),
        ("Familienaam", Field.LAST_NAME),
        ("Nom", Field.LAST_NAME),
        ("Last name", Field.LAST_NAME),
        ("Prénom", Field.FIRST_NAME),
        ("Voornaam", Field.FIRST_NAME),
        ("Klas", Field.CLASS),
        ("Classe", Field.CLASS),
        ("Datum afwezigheid", Field.DATE),
        ("Date", Field.DATE),
        ("Halve dag", Field.HALF),
        ("VM/NM", Field.HALF),
        ("Demi-journée", Field.HALF),
        ("Moment", Field.HALF),
        ("Lesuur", Field.HOUR),
        ("Heure", Field.HOUR),
        ("Lesson hour", Field.HOUR),
        ("Code", Field.CODE),
        ("Afwezigheidscode", Field.CODE),
        ("VM", Field.CODE_AM),
        ("Après-midi", Field.CODE_PM),
        ("Opmerking", None),
        ("", None),
    ],
)
def test_headers_in_three_languages(header: str, expected: Field | None) -> None:
    assert recognise_field(header) == expected


def test_csv_delimiter_sep_line_title_row_and_quotes() -> None:
    text = 'sep=,\nAfwezigheden 2025-2026\n\nnr,naam,klas,datum,moment,code\n12,"Dupont, Léa",3B,8/9/25,AM,b\n'
    table = read_csv(text)
    assert table.delimiter == ","
    assert table.header == ("nr", "naam", "klas", "datum", "moment", "code")
    assert table.header_line == 4
    assert table.rows == ((5, ("12", "Dupont, Léa", "3B", "8/9/25", "AM", "b")),)
    [row] = rows_from_table(table, ColumnMapping.recognise(table.header))
    assert (row.line, row.pupil.number, row.pupil.last_name, row.day, row.half, row.code) == (
        5,
        "12",
        "Dupont, Léa",
        "8/9/25",
        "AM",
        "b",
    )


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_the_delimiter_is_sniffed(delimiter: str) -> None:
    lines = ["Naam;Datum;VM/NM;Code", "Dupont;08/09/2025;VM;B", "Peeters;09/09/2025;NM;Z"]
    table = read_csv("\n".join(line.replace(";", delimiter) for line in lines))
    assert table.delimiter == delimiter
    assert len(table.header) == 4 and len(table.rows) == 2


def test_a_grid_with_a_code_column_per_half_day() -> None:
    table = read_csv(
        "Nummer;Datum;VM;NM\n1001;08/09/2025;B;\n1002;08/09/2025;z;Z\n1003;08/09/2025;;\n"
    )
    mapping = ColumnMapping.recognise(table.header)
    assert mapping.problems(table.header) == []
    rows = rows_from_table(table, mapping)
    assert [(r.line, r.pupil.number, r.half, r.code) for r in rows] == [
        (2, "1001", "VM", "B"),
        (3, "1002", "VM", "z"),
        (3, "1002", "NM", "Z"),
    ]


def test_mapping_problems_and_labels() -> None:
    header = ("Nummer", "Datum", "", "Code")
    mapping = ColumnMapping.recognise(header)
    assert mapping.problems(header) == ["no_half_day_column"]
    complete = mapping.with_column(Field.HALF, "#3")
    assert complete.problems(header) == []
    assert complete.resolve(header)[Field.HALF] == 2
    assert ColumnMapping.from_json(complete.as_json()) == complete
    assert ColumnMapping.from_json({"date": "Datum", "code": 4}).columns == {
        Field.DATE: "Datum",
        Field.CODE: "#4",
    }
    with pytest.raises(ValueError):
        ColumnMapping.from_json({"colour": "Kleur"})
    assert ColumnMapping().problems(header) == [
        "no_pupil_column",
        "no_date_column",
        "no_code_column",
    ]


def test_xlsx_cells_become_text() -> None:
    from datetime import datetime, time

    table = table_from_cells(
        [
            ("Nr", "Datum", "Uur", "Code"),
            (1001.0, datetime(2025, 9, 8, 0, 0), 3, "B"),
            (None, None, None, None),
            ("1002", date(2025, 9, 9), time(13, 5), None),
        ]
    )
    assert table.rows == (
        (2, ("1001", "2025-09-08", "3", "B")),
        (4, ("1002", "2025-09-09", "13:05", "")),
    )


def test_informat_blocks() -> None:
    text = "\n".join(
        [
            "4711",  # before any header: no date
            "080925T1",
            "b",
            "20231234 Dupont Léa",
            "020231235",
            "080925T6",  # no code line: code unknown
            "20231234",
            "310225T1",  # 31 February
            "B",
            "20231234",
            "0809T1",  # malformed
            "20231234",
            "090925T9",
            "Z",
            "20231234",
        ]
    )
    rows = parse_informat(text)
    assert [(r.line, r.pupil.number, r.day, r.hour, r.code) for r in rows] == [
        (1, "4711", "", "", "-"),
        (4, "20231234", "08/09/25", "1", "b"),
        (5, "20231235", "08/09/25", "1", "b"),
        (7, "20231234", "08/09/25", "6", "-"),
        (10, "20231234", "31/02/25", "1", "B"),
        (12, "20231234", "", "", "-"),
        (15, "20231234", "09/09/25", "9", "Z"),
    ]


def test_smartschool_shapes_and_lines() -> None:
    one = {"pupil": {"number": 7, "last_name": "Yılmaz"}, "absences": {"2025-09-10": "Z"}}
    rows = parse_smartschool(json.dumps(one))
    assert [(r.pupil.number, r.day, r.half, r.code) for r in rows] == [
        ("7", "2025-09-10", "day", "Z")
    ]
    wrapped = json.dumps({"school": "x", "pupils": [one]}, indent=2)
    [row] = parse_smartschool(wrapped)
    assert row.line == wrapped.splitlines().index('        "2025-09-10": "Z"') + 1
    # a repeated key: lines cannot be matched, rows are numbered in order instead
    repeated = '[{"pupil": {"number": "1"}, "absences": {"2025-09-08": {"am": "B", "am": "Z", "pm": "B"}}}]'
    assert [(r.line, r.half, r.code) for r in parse_smartschool(repeated)] == [
        (1, "VM", "Z"),
        (2, "NM", "B"),
    ]
    for bad, reason in (("[1, 2]", "bad_shape"), ("{oops", "bad_json"), ('"text"', "bad_shape")):
        with pytest.raises(FileFormatError) as error:
            parse_smartschool(bad)
        assert error.value.reason == reason


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.xlsx", b"PK\x03\x04rest", ImportFormat.XLSX),
        ("a.csv", b"PK\x03\x04rest", ImportFormat.XLSX),
        ("a.txt", b"\xef\xbb\xbf[{", ImportFormat.SMARTSCHOOL),
        ("a.csv", b"080925T1\r\nB\r\n", ImportFormat.INFORMAT),
        ("a.txt", b"Naam;Datum\n", ImportFormat.CSV),
        ("a.json", b"", ImportFormat.SMARTSCHOOL),
    ],
)
def test_format_detection(name: str, head: bytes, expected: ImportFormat) -> None:
    assert detect_format(name, head) is expected


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Françoise".encode("cp1252"), "Françoise", "cp1252"),
        ("Françoise".encode(), "Françoise", "utf-8"),
        (b"\xef\xbb\xbf" + "Léa".encode(), "Léa", "utf-8-sig"),
        ("Léa".encode("utf-16"), "Léa", "utf-16"),
        (b"\x81", "\x81", "latin-1"),
    ],
)
def test_decoding(data: bytes, text: str, encoding: str) -> None:
    assert decode_text(data) == (text, encoding)
