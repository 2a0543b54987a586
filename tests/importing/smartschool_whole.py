"""The Smartschool JSON reader as it was before it streamed: the whole text through `json.loads`,
then every row held. Kept here only as the oracle the streaming reader is compared with
(test_smartschool_stream.py): on any input both give the same rows with the same lines, or the
same refusal."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from pa_desktop.domain.importing.records import FileFormatError, PupilRef, SourceRow
from pa_desktop.domain.importing.values import normalise_number

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_HALVES = {"am": "VM", "vm": "VM", "pm": "NM", "nm": "NM"}
_PUPIL_FIELDS = {
    "number": ("number", "school_number", "stamboeknummer"),
    "last_name": ("last_name", "lastname", "name"),
    "first_name": ("first_name", "firstname"),
    "class_name": ("class", "class_name", "klas"),
}


def _key_lines(text: str) -> list[int]:
    """The line of every object key, in the order the keys appear in the text."""
    lines: list[int] = []
    line, counted_to = 1, 0
    length = len(text)
    for match in _STRING.finditer(text):
        after = match.end()
        while after < length and text[after] in " \t\r\n":
            after += 1
        if after < length and text[after] == ":":
            line += text.count("\n", counted_to, match.start())
            counted_to = match.start()
            lines.append(line)
    return lines


def _count_keys(value: Any) -> int:
    if isinstance(value, dict):
        return len(value) + sum(_count_keys(child) for child in value.values())
    if isinstance(value, list):
        return sum(_count_keys(child) for child in value)
    return 0


class _KeyLines:
    """Hands out the line of each key while the structure is walked in document order."""

    def __init__(self, text: str, data: Any) -> None:
        self._lines = _key_lines(text)
        self._usable = len(self._lines) == _count_keys(data)
        self._next = 0

    def take(self) -> int:
        line = self._lines[self._next] if self._usable else 0
        self._next += 1
        return line

    def skip(self, value: Any) -> None:
        self._next += _count_keys(value)


def _text(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _pupil(value: Any) -> PupilRef:
    if not isinstance(value, dict):
        return PupilRef()
    found = {
        name: next((_text(value[key]) for key in keys if key in value), "")
        for name, keys in _PUPIL_FIELDS.items()
    }
    return PupilRef(
        number=normalise_number(found["number"]),
        last_name=found["last_name"],
        first_name=found["first_name"],
        class_name=found["class_name"],
    )


def _entries(data: Any, lines: _KeyLines) -> Iterator[dict[str, Any]]:
    """The pupil objects, keeping `lines` in step with every key passed on the way."""
    if isinstance(data, list):
        for item in data:
            if not isinstance(item, dict):
                raise FileFormatError("bad_shape")
            yield item
        return
    if isinstance(data, dict) and "pupils" in data:
        for key, value in data.items():
            lines.take()
            if key == "pupils" and isinstance(value, list):
                yield from _entries(value, lines)
            elif key == "pupils":
                raise FileFormatError("bad_shape")
            else:
                lines.skip(value)
        return
    if isinstance(data, dict) and ("pupil" in data or "absences" in data):
        yield data
        return
    raise FileFormatError("bad_shape")


def parse_whole(text: str) -> list[SourceRow]:
    """Every non-empty am/pm code of every pupil as a row (see the module docstring)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise FileFormatError("bad_json") from None
    lines = _KeyLines(text, data)
    rows: list[SourceRow] = []

    def add(line: int, pupil: PupilRef, day: str, half: str, code: Any) -> None:
        value = _text(code)
        if value:
            rows.append(SourceRow(line or len(rows) + 1, pupil, day, half=half, code=value))

    for entry in _entries(data, lines):
        pupil = _pupil(entry.get("pupil"))
        for key, value in entry.items():
            lines.take()
            if key != "absences":
                lines.skip(value)
                continue
            if not isinstance(value, dict):
                raise FileFormatError("bad_shape")
            for day, halves in value.items():
                day_line = lines.take()
                if not isinstance(halves, dict):
                    lines.skip(halves)
                    add(day_line, pupil, str(day), "day", halves)
                    continue
                for half_key, code in halves.items():
                    half_line = lines.take()
                    lines.skip(code)
                    half = _HALVES.get(str(half_key).lower()) or str(half_key)
                    add(half_line, pupil, str(day), half, code)
    return rows
