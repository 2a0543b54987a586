"""Informat's absence text export, read as blocks of one half day each.

The reading this module implements (lines are trimmed; blank lines are ignored)::

    080925T1        a header: DDMMYY (8 September 2025), then T and a lesson hour
    B               optional: a code line, the absence code of the numbers that follow
    20231234        pupil numbers (stamboeknummers), one per line; anything after the
    20231235        first word of a line (a name, a comment) is ignored
    080925T6        the next header starts the next block

- The digit after `T` is the lesson hour at which the registration was made. Informat writes
  T1 for the morning and T6 for the afternoon; any hour is turned into a half day by the
  school's lesson-hour setting (by default hours 1-4 are the morning, 5 and later the afternoon).
- A code line is a line that is not a number. It sets the code for the numbers after it, up to
  the next code line or header; a block without a code line registers `-` (code unknown: the
  reason still has to be clarified, which the guideline asks for every absence).
- A pupil number before the first header, or under a header whose date does not exist
  (`310225T1`) or that is malformed (`0809T1`), is kept as a row without a valid date, so the
  preview names it (`bad_date`) at its own line instead of the whole file being refused.
- The file identifies pupils by number only, so it can only add absences for pupils whose school
  number is in the vault; unknown numbers cannot be created as pupils (there is no name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pa_desktop.domain.codes import UNKNOWN_CODE
from pa_desktop.domain.importing.records import PupilRef, SourceRow
from pa_desktop.domain.importing.values import normalise_number

_HEADER = re.compile(r"^(\d{2})(\d{2})(\d{2})[Tt](\d)$")
_BROKEN_HEADER = re.compile(r"^\d+[Tt]\d*$")


def parse_informat(text: str) -> list[SourceRow]:
    """Every pupil line of the file as a row (see the module docstring for the reading)."""
    return list(iter_informat(text.splitlines()))


def iter_informat(lines: Iterable[str]) -> Iterator[SourceRow]:
    """The rows of the file's lines one by one (see `streams`: a large file is never held)."""
    pupils: dict[str, PupilRef] = {}
    day, hour, code = "", "", UNKNOWN_CODE
    for line_number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        header = _HEADER.match(line)
        if header:
            dd, mm, yy, lesson = header.groups()
            day, hour, code = f"{dd}/{mm}/{yy}", lesson, UNKNOWN_CODE
            continue
        if _BROKEN_HEADER.match(line):
            day, hour, code = "", "", UNKNOWN_CODE
            continue
        word = line.split()[0]
        if not word.isdigit():
            code = word
            continue
        number = normalise_number(word)
        pupil = pupils.get(number)
        if pupil is None:
            pupil = pupils[number] = PupilRef(number=number)
        yield SourceRow(line_number, pupil, day, hour=hour, code=code)
