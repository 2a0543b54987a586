"""The spellings of dates, half days, lesson hours, pupil numbers and names in real exports.

Belgian school software and Belgian Excel write the same fact in many ways: `08/09/2025`,
`8/9/25`, `2025-09-08`; `VM`, `AM`, `voormiddag`, `matin`; `3B`, `3 B`, `3-b`. Each reader here
accepts the spellings seen in practice and answers None for anything else, so the caller can
name the problem for that row instead of guessing.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from pa_desktop.domain.text import fold

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY_DATE = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_CLOCK = re.compile(r"^(\d{1,2})[:hu.](\d{2})$")
_FIRST_NUMBER = re.compile(r"\d+")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_FLOAT_INTEGER = re.compile(r"^(\d+)\.0+$")


def parse_date(text: str) -> date | None:
    """`yyyy-mm-dd`, `dd/mm/yyyy`, `d/m/yy` (also with `.` or `-`, and a time Excel may add).

    A two-digit year is 20yy: the app follows pupils of today, never of the previous century.
    """
    value = text.strip()
    if not value:
        return None
    try:
        match = _ISO_DATE.match(value)
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        match = _DMY_DATE.match(value)
        if match:
            year = int(match.group(3))
            if len(match.group(3)) == 2:
                year += 2000
            return date(year, int(match.group(2)), int(match.group(1)))
    except ValueError:  # 31/02/2026 and the like
        return None
    return None


class HalfWord(StrEnum):
    """What a half-day cell says: the morning, the afternoon, or the whole day."""

    VM = "VM"
    NM = "NM"
    DAY = "day"


_HALF_WORDS: dict[str, HalfWord] = {
    **dict.fromkeys(
        ("vm", "v", "voormiddag", "ochtend", "am", "matin", "matinee", "morning", "fm"),
        HalfWord.VM,
    ),
    **dict.fromkeys(
        ("nm", "n", "namiddag", "pm", "apresmidi", "afternoon"),
        HalfWord.NM,
    ),
    **dict.fromkeys(
        (
            "dag",
            "heledag",
            "volledigedag",
            "day",
            "fullday",
            "wholeday",
            "jour",
            "journee",
            "journeeentiere",
            "vmnm",
            "ampm",
        ),
        HalfWord.DAY,
    ),
}


def compact(text: str) -> str:
    """Folded and stripped of everything but letters and digits: `Après-midi` -> `apresmidi`."""
    return _NOT_ALNUM.sub("", fold(text))


def parse_half(text: str) -> HalfWord | None:
    """VM/NM, AM/PM, voormiddag/namiddag, matin/après-midi, or a whole day (dag, journée)."""
    return _HALF_WORDS.get(compact(text))


def parse_lesson_hour(text: str, first_afternoon_hour: int) -> HalfWord | None:
    """A lesson hour (`3`, `3e lesuur`, `H6`) or a clock time (`13:05`) as a half day.

    Lesson hours below `first_afternoon_hour` (a school setting, 5 by default: hours 1-4 are
    the morning) are VM, the others NM; a clock time before noon is VM, from noon on NM.
    """
    value = text.strip()
    if not value:
        return None
    clock = _CLOCK.match(value)
    if clock:
        hour = int(clock.group(1))
        if hour > 23 or int(clock.group(2)) > 59:
            return None
        return HalfWord.VM if hour < 12 else HalfWord.NM
    number = _FIRST_NUMBER.search(value)
    if number is None:
        return None
    lesson = int(number.group())
    if not 1 <= lesson <= 12:
        return None
    return HalfWord.VM if lesson < first_afternoon_hour else HalfWord.NM


def normalise_number(text: str) -> str:
    """A school number as a comparable key: no spaces, no leading zeros, no `.0` from Excel."""
    value = "".join(text.split())
    integer = _FLOAT_INTEGER.match(value)
    if integer:
        value = integer.group(1)
    if value.isdigit():
        return value.lstrip("0") or "0"
    return value.upper()


def name_key(last_name: str, first_name: str) -> str:
    """The words of both names, folded and sorted: `Dupont, Léa` = `LEA DUPONT` = `dupont lea`.

    Sorting the words makes the key indifferent to a file that writes "first last" in one column
    or "last, first"; folding makes it indifferent to accents and to the keyboard that typed it.
    """
    words = fold(f"{last_name} {first_name}").replace(",", " ").split()
    return " ".join(sorted(words))


def class_key(class_name: str) -> str:
    """A class as a comparable key: `3 B`, `3B` and `3-b` are the same class."""
    return compact(class_name)
