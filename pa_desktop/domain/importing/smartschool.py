"""Smartschool's absences as JSON: per pupil, per date, a code for the morning and the afternoon.

The shape this module reads (a top-level list of pupils; `{"pupils": [...]}` and a single pupil
object are accepted too)::

    [
      {
        "pupil": {"number": "20231234", "last_name": "Dupont", "first_name": "Léa",
                  "class": "3B"},
        "absences": {
          "2025-09-08": {"am": "B", "pm": null},
          "2025-09-09": {"am": "z", "pm": "Z"}
        }
      }
    ]

- `am` is the morning (VM), `pm` the afternoon (NM); `vm`/`nm` are accepted as well. A null or
  empty code means the pupil was there. A code given for the date itself (`"2025-09-10": "Z"`)
  covers the whole day.
- Pupil fields: `number` (or `school_number`), `last_name`, `first_name`, `class`; a number may be
  a JSON number. Any other key is ignored.
- Each absence keeps the line of its `am`/`pm` key in the file, so the preview can point at it.
  JSON carries no positions, so the lines are found by scanning each pupil's text for object
  keys in order, alongside its parsed structure; when a key is repeated anywhere in the file
  (JSON keeps the last value), rows are numbered in the order they appear instead.

The file is read a pupil at a time, never whole: a scanner walks the outer list (or object)
and hands each pupil's text to `json.JSONDecoder.raw_decode`, so only one pupil's objects are
alive. A first pass checks the whole file and counts the rows; `Replayable` then parses the
rows again on every pass (as for CSV and Informat, see `streams`). A single value larger than
MAX_VALUE_CHARS (a pupil with some 50 times the absences of a whole school career) or nested
deeper than MAX_DEPTH is refused as not the shape of an export (`bad_shape`): it is what would
otherwise have to be held whole. Syntax errors anywhere are `bad_json`, as before, and win over
shape errors, because the first pass reads the file to its end before it refuses its shape (all
but a value too large to hold, which is refused where it is found).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from pa_desktop.domain.importing.records import FileFormatError, PupilRef, SourceRow
from pa_desktop.domain.importing.streams import HEAD_ROWS, Replayable, TextSource
from pa_desktop.domain.importing.values import normalise_number

# a real pupil's career of absences is some 150,000 characters; this is fifty times that
MAX_VALUE_CHARS = 8 * 1024 * 1024
# a pupil entry is four levels deep; far below the interpreter's recursion limit, so a value that
# passed the first pass cannot fail on the next one, deeper in the call stack
MAX_DEPTH = 32

# a JSON string, and the colon after it if it is an object's key
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"([ \t\r\n]*:)?')
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
# a token cut off at the end of the text read so far makes raw_decode fail at most this far
# before that end (`-Infinit`), or at the start of an unterminated string
_CUT_TOKEN = 16
_HALVES = {"am": "VM", "vm": "VM", "pm": "NM", "nm": "NM"}
_PUPIL_FIELDS = {
    "number": ("number", "school_number", "stamboeknummer"),
    "last_name": ("last_name", "lastname", "name"),
    "first_name": ("first_name", "firstname"),
    "class_name": ("class", "class_name", "klas"),
}

# where one value of the file lies: the value, its first and end index in the reader's text
_Value = tuple[Any, int, int]


class _Reader:
    """The text of a file as it arrives in pieces: a window from the first unread character
    (`pos`), the lines counted up to it, and whole JSON values decoded from it."""

    def __init__(self, pieces: Iterable[str], decoder: json.JSONDecoder = _DECODER) -> None:
        self._pieces = iter(pieces)
        self._decoder = decoder
        self._ended = False
        self.text = ""
        self.pos = 0
        self._line = 1  # the line at index `_counted` of the text
        self._counted = 0

    def line_at(self, index: int) -> int:
        """The line of an index at or after the last one asked about (files are read forward)."""
        self._line += self.text.count("\n", self._counted, index)
        self._counted = index
        return self._line

    def _more(self) -> bool:
        """Drop the text before `pos` and add the next piece; False at the end of the file."""
        piece = next(self._pieces, None)
        while piece == "":
            piece = next(self._pieces, None)
        if piece is None:
            self._ended = True
            return False
        self.line_at(self.pos)
        self.text = self.text[self.pos :] + piece
        self.pos = self._counted = 0
        return True

    def peek(self) -> str:
        """The next character that is not JSON whitespace, left unread ("" at the end)."""
        while True:
            blank = _WHITESPACE.match(self.text, self.pos)
            self.pos = blank.end() if blank else self.pos
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self._more():
                return ""

    def take(self, expected: str) -> None:
        """Read one structural character, which must be `expected`."""
        if self.peek() != expected:
            raise FileFormatError("bad_json")
        self.pos += 1

    def value(self) -> _Value:
        """The next JSON value, read up to MAX_VALUE_CHARS of text at a time."""
        self.peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as error:
                cut = error.msg.startswith("Unterminated string")
                if self._ended or not (cut or error.pos >= len(self.text) - _CUT_TOKEN):
                    raise FileFormatError("bad_json") from None
            except RecursionError:
                raise FileFormatError("bad_json") from None
            else:  # a number ending where the text read so far ends may go on in the next piece
                if end - self.pos > MAX_VALUE_CHARS:
                    raise FileFormatError("bad_shape")
                if end < len(self.text) or self._ended:
                    begin, self.pos = self.pos, end
                    return value, begin, end
            if len(self.text) - self.pos > MAX_VALUE_CHARS:
                raise FileFormatError("bad_shape")
            self._more()


@dataclass
class _Facts:
    """What the first pass learns about the file as a whole."""

    form: str = ""  # "list", "object" or "other": the outer value
    keys: set[str] = field(default_factory=set)  # the outer object's keys
    pupils: int = 0  # how many "pupils" keys the outer object has (JSON keeps the last)
    not_a_list: set[int] = field(default_factory=set)  # which of them hold no list
    exact: bool = True  # no key repeated anywhere: the scanned key lines match the parsed keys
    too_deep: bool = False  # a value nested deeper than MAX_DEPTH (refused at the end)

    def reader(self, source: TextSource) -> _Reader:
        """A reader of the file whose decoder notes any object that repeats a key."""

        def note_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
            value = dict(pairs)  # as JSON reads it: the last value, at the first key's place
            self.exact = self.exact and len(value) == len(pairs)
            return value

        return _Reader(source(), json.JSONDecoder(object_pairs_hook=note_repeats))

    def check(self, where: _Value) -> bool:
        """Whether a value is shallow enough to walk (else it is refused in the end)."""
        deep = _depth(where[0]) > MAX_DEPTH
        self.too_deep = self.too_deep or deep
        return not deep


def _key_lines(text: str, begin: int, end: int) -> list[int]:
    """The line (from 1 at `begin`) of every object key in text[begin:end], in text order."""
    lines: list[int] = []
    line, counted_to = 1, begin
    count = text.count
    for match in _STRING.finditer(text, begin, end):
        if match.group(1):
            start = match.start()
            line += count("\n", counted_to, start)
            counted_to = start
            lines.append(line)
    return lines


def _count_keys(value: Any) -> int:
    """The number of object keys in a parsed value, without recursion."""
    keys, stack = 0, [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            keys += len(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return keys


def _depth(value: Any) -> int:
    """How deep lists and objects nest in a parsed value (0 for a scalar), without recursion."""
    deepest, level = 0, [value]
    while containers := [item for item in level if isinstance(item, (dict, list))]:
        deepest += 1
        level = [
            child
            for item in containers
            for child in (item.values() if isinstance(item, dict) else item)
        ]
    return deepest


def _walk(reader: _Reader, facts: _Facts, whole: bool) -> Iterator[tuple[int, _Value]]:
    """Every candidate pupil entry as (which list holds it, where it is): the items of an outer
    list (list 0) or of each "pupils" list of an outer object (0, 1, ...), or with `whole` the
    outer object itself. Checks the JSON syntax of the whole file on the way."""
    first = reader.peek()
    if first == "{" and whole:
        yield 0, reader.value()
    elif first == "[":
        facts.form = "list"
        reader.pos += 1
        yield from _items(reader, 0)
    elif first == "{":
        facts.form = "object"
        reader.pos += 1
        yield from _members(reader, facts)
    else:
        facts.form = "other"
        reader.value()
    if reader.peek():
        raise FileFormatError("bad_json")


def _items(reader: _Reader, which: int) -> Iterator[tuple[int, _Value]]:
    """The values of a list whose "[" was just read, up to its "]"."""
    if reader.peek() == "]":
        reader.pos += 1
        return
    while True:
        yield which, reader.value()
        after = reader.peek()
        reader.pos += 1
        if after == "]":
            return
        if after != ",":
            raise FileFormatError("bad_json")


def _members(reader: _Reader, facts: _Facts) -> Iterator[tuple[int, _Value]]:
    """The outer object whose "{" was just read: the items of its "pupils" lists; its other
    values are read (and checked) only to pass them."""
    if reader.peek() == "}":
        reader.pos += 1
        return
    while True:
        if reader.peek() != '"':
            raise FileFormatError("bad_json")
        key = reader.value()[0]
        reader.take(":")
        facts.exact = facts.exact and key not in facts.keys
        facts.keys.add(key)
        if key == "pupils":
            facts.pupils += 1
        if key == "pupils" and reader.peek() == "[":
            reader.pos += 1
            yield from _items(reader, facts.pupils - 1)
        else:
            if key == "pupils":
                facts.not_a_list.add(facts.pupils - 1)
            facts.check(reader.value())
        after = reader.peek()
        reader.pos += 1
        if after == "}":
            return
        if after != ",":
            raise FileFormatError("bad_json")


class _KeyLines:
    """Hands out the line of each key of one entry while it is walked in document order (0 for
    every key when lines are not `exact`)."""

    def __init__(self, lines: list[int] | None, first_line: int = 1) -> None:
        self._lines = lines
        self._offset = first_line - 1
        self._next = 0

    def take(self) -> int:
        line = self._lines[self._next] + self._offset if self._lines is not None else 0
        self._next += 1
        return line

    def skip(self, value: Any) -> None:
        if isinstance(value, (dict, list)):
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


_Found = tuple[int, PupilRef, str, str, str]  # line (0: unknown), pupil, day, half, code


def _entry_rows(entry: Any, lines: _KeyLines) -> Iterator[_Found]:
    """Every non-empty am/pm code of one pupil entry (see the module docstring)."""
    if not isinstance(entry, dict):
        raise FileFormatError("bad_shape")
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
                if code := _text(halves):
                    yield day_line, pupil, str(day), "day", code
                continue
            for half_key, raw in halves.items():
                half_line = lines.take()
                lines.skip(raw)
                half = _HALVES.get(str(half_key).lower()) or str(half_key)
                if code := _text(raw):
                    yield half_line, pupil, str(day), half, code


@dataclass(frozen=True)
class _Plan:
    """How to replay the file, as the first pass found it."""

    which: int  # the list that holds the pupils (an outer object's last "pupils" key)
    whole: bool  # the outer object is itself the one pupil entry
    exact: bool  # rows keep their key lines (else they are numbered in order)


def _survey(source: TextSource) -> tuple[_Plan, int]:
    """The first pass: the whole file checked, how to replay it, and its number of rows."""
    facts = _Facts()
    counts: dict[int, int] = {}
    refused: set[int] = set()
    for which, where in _walk(facts.reader(source), facts, whole=False):
        if not facts.check(where) or which in refused:
            continue
        try:
            found = sum(1 for _ in _entry_rows(where[0], _KeyLines(None)))
        except FileFormatError:
            refused.add(which)
        else:
            counts[which] = counts.get(which, 0) + found
    if facts.too_deep:
        raise FileFormatError("bad_shape")
    if facts.form == "list" or facts.pupils:
        which = max(facts.pupils - 1, 0)
        if which in refused or which in facts.not_a_list:
            raise FileFormatError("bad_shape")
        return _Plan(which, False, facts.exact), counts.get(which, 0)
    if facts.form == "object" and facts.keys & {"pupil", "absences"}:
        facts, count = _Facts(), 0
        for _which, where in _walk(facts.reader(source), facts, whole=True):
            if facts.check(where):
                count = sum(1 for _ in _entry_rows(where[0], _KeyLines(None)))
        if facts.too_deep:
            raise FileFormatError("bad_shape")
        return _Plan(0, True, facts.exact), count
    raise FileFormatError("bad_shape")


def _replay(source: TextSource, plan: _Plan) -> Iterator[SourceRow]:
    """The rows of a file the first pass accepted, read again one pupil at a time."""
    reader = _Reader(source())
    number = 0
    for which, (entry, begin, end) in _walk(reader, _Facts(), plan.whole):
        if which != plan.which:
            continue
        lines = (
            _KeyLines(_key_lines(reader.text, begin, end), reader.line_at(begin))
            if plan.exact
            else _KeyLines(None)
        )
        for line, pupil, day, half, code in _entry_rows(entry, lines):
            number += 1
            yield SourceRow(line or number, pupil, day, half=half, code=code)


def smartschool_rows(source: TextSource) -> Replayable[SourceRow]:
    """Every non-empty am/pm code of every pupil as a row, parsed again on each pass; the whole
    file is checked first (FileFormatError: bad_json, bad_shape)."""
    plan, count = _survey(source)
    head = list(islice(_replay(source, plan), HEAD_ROWS))
    return Replayable(lambda: _replay(source, plan), count, head)


def parse_smartschool(text: str) -> list[SourceRow]:
    """The rows of a text held whole (small files and tests)."""
    return list(smartschool_rows(lambda: (text,)))
