"""Sample export files written by the tests: one list of facts, rendered in every format.

The facts carry the awkward details of real files: accents (Léa, Françoise, Noël, which a
Windows-1252 file stores as single bytes), lower-case codes, a duplicate, a conflict with the
vault, an absence already in the vault, a Wednesday afternoon, a holiday, an unknown code, a
pupil the vault does not know and an impossible date. Each writer returns the file and the line
of every fact, so a test can check the line a problem is reported at.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pa_desktop.domain.pupils import PupilDraft

PUPILS = [
    PupilDraft("Dupont", "Léa", "3B", school_number="1001"),
    PupilDraft("Martin", "Françoise", "3B", school_number="1002"),
    PupilDraft("Lefèvre", "Noël", "4A", school_number="1003"),
]
LEA, FRANCOISE, NOEL = 1, 2, 3
# already in the vault before any import: a Z where the file says B, and the file's B itself
EXISTING = [(LEA, date(2025, 9, 9), "VM", "Z"), (LEA, date(2025, 9, 15), "VM", "B")]


@dataclass(frozen=True)
class Fact:
    number: str
    last: str
    first: str
    klass: str
    day: str  # ISO, or an impossible date
    half: str  # VM / NM
    code: str
    hour: int  # the lesson hour an hour-based export would give


FACTS = [
    Fact("1001", "Dupont", "Léa", "3B", "2025-09-08", "VM", "b", 1),  # 0 new (lower case)
    Fact("1001", "Dupont", "Léa", "3B", "2025-09-09", "VM", "B", 3),  # 1 conflict (vault: Z)
    Fact("1001", "Dupont", "Léa", "3B", "2025-09-15", "VM", "B", 1),  # 2 unchanged
    Fact("1001", "Dupont", "Léa", "3B", "2026-02-31", "VM", "B", 1),  # 3 bad date
    Fact("1002", "Martin", "Françoise", "3B", "2025-09-08", "NM", "z", 6),  # 4 new
    Fact("1002", "Martin", "Françoise", "3B", "2025-09-10", "NM", "B", 5),  # 5 Wednesday pm
    Fact("1002", "Martin", "Françoise", "3B", "2025-10-27", "VM", "B", 1),  # 6 holiday
    Fact("1003", "Lefèvre", "Noël", "4A", "2025-09-16", "VM", "X", 2),  # 7 unknown code
    Fact("2001", "Nieuw", "Kind", "5C", "2025-09-17", "VM", "R", 1),  # 8 unknown pupil
    Fact("1001", "Dupont", "Léa", "3B", "2025-09-08", "VM", "B", 2),  # 9 duplicate of 0
]
NEW, CONFLICT, UNCHANGED, BAD_DATE, NEW_2, WEDNESDAY, HOLIDAY, UNKNOWN_CODE, STRANGER, DUP = range(
    10
)
# (fact, reason, detail) of every refused row when unknown pupils are not created
REFUSED = [
    (BAD_DATE, "bad_date", None),
    (WEDNESDAY, "not_a_lesson_day", "wednesday_afternoon"),
    (HOLIDAY, "not_a_lesson_day", "holiday"),
    (UNKNOWN_CODE, "unknown_code", "X"),
    (STRANGER, "missing_pupil", "not_in_vault"),
]


def _dmy(fact: Fact, short: bool = False) -> str:
    year, month, day = fact.day.split("-")
    if short:
        return f"{int(day)}/{int(month)}/{year[2:]}"
    return f"{day}/{month}/{year}"


def write_csv(folder: Path, encoding: str = "cp1252", bom: bool = False) -> tuple[Path, list[int]]:
    """Belgian Excel: semicolons, dd/mm/yyyy (one d/m/yy), Dutch words, CRLF, a blank line."""
    halves = {"VM": ["VM", "voormiddag", "vm"], "NM": ["NM", "namiddag", "nm"]}
    lines = ["Leerlingnummer;Naam;Voornaam;Klas;Datum;VM/NM;Code"]
    where = []
    for index, fact in enumerate(FACTS):
        if index == 5:
            lines.append(";;;;;;")  # an empty row Excel leaves behind
        word = halves[fact.half][index % 3]
        number = "" if fact.number == "1002" else fact.number  # matched by name and class
        klass = "3 b" if fact.number == "1002" else fact.klass
        lines.append(
            f"{number};{fact.last};{fact.first};{klass};{_dmy(fact, index == 2)};{word};{fact.code}"
        )
        where.append(len(lines))
    text = "\r\n".join(lines) + "\r\n"
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path = folder / "afwezigheden.csv"
    path.write_bytes(data)
    return path, where


def write_xlsx(folder: Path) -> tuple[Path, list[int]]:
    """French headers under a title row, real date cells, numbers as numbers, lesson hours."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Absences 2025-2026"])
    sheet.append(["Numéro", "Nom", "Prénom", "Classe", "Date", "Heure", "Code"])
    where = []
    for fact in FACTS:
        try:
            day: object = datetime.fromisoformat(fact.day)
        except ValueError:
            day = _dmy(fact)
        sheet.append(
            [int(fact.number), fact.last, fact.first, fact.klass, day, fact.hour, fact.code]
        )
        where.append(sheet.max_row)
    path = folder / "absences.xlsx"
    book.save(path)
    return path, where


def write_informat(folder: Path) -> tuple[Path, list[int]]:
    """Blocks per date, hour and code (CRLF); pupils by number only."""
    blocks: dict[tuple[str, str, str], list[int]] = {}
    for index, fact in enumerate(FACTS):
        hour = "1" if fact.half == "VM" else "6"
        blocks.setdefault((fact.day, hour, fact.code), []).append(index)
    lines: list[str] = []
    where = [0] * len(FACTS)
    for (day, hour, code), indexes in blocks.items():
        year, month, dd = day.split("-")
        lines.append(f"{dd}{month}{year[2:]}T{hour}")
        lines.append(code)
        for index in indexes:
            lines.append(FACTS[index].number)
            where[index] = len(lines)
        lines.append("")
    path = folder / "informat.txt"
    path.write_bytes("\r\n".join(lines).encode("ascii"))
    return path, where


def write_smartschool(folder: Path) -> tuple[Path, list[int]]:
    """A list of pupils, one date per line; a pupil listed twice (the duplicate)."""
    entries: list[tuple[Fact, list[int]]] = []
    for index, fact in enumerate(FACTS):
        if entries and entries[-1][0].number == fact.number:
            entries[-1][1].append(index)
        else:
            entries.append((fact, [index]))
    lines = ["["]
    where = [0] * len(FACTS)
    for position, (fact, indexes) in enumerate(entries):
        pupil = {
            "number": int(fact.number) if fact.number == "1002" else fact.number,
            "last_name": fact.last,
            "first_name": fact.first,
            "class": fact.klass,
        }
        lines.append("  {")
        lines.append(f'    "pupil": {json.dumps(pupil, ensure_ascii=False)},')
        lines.append('    "absences": {')
        for n, index in enumerate(indexes):
            item = FACTS[index]
            halves = (
                {"am": item.code, "pm": None}
                if item.half == "VM"
                else {"am": None, "pm": item.code}
            )
            comma = "," if n < len(indexes) - 1 else ""
            lines.append(f'      "{item.day}": {json.dumps(halves)}{comma}')
            where[index] = len(lines)
        lines.append("    }")
        lines.append("  }" + ("," if position < len(entries) - 1 else ""))
    lines.append("]")
    path = folder / "smartschool.json"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, where


WRITERS: dict[str, Callable[[Path], tuple[Path, list[int]]]] = {
    "csv-cp1252": write_csv,
    "csv-utf8-bom": lambda folder: write_csv(folder, "utf-8", bom=True),
    "xlsx": write_xlsx,
    "informat": write_informat,
    "smartschool": write_smartschool,
}
