"""Which column of a CSV or XLSX file holds which field, and the table read through it.

A mapping names columns by their header text, not their position, so a mapping saved for one
export keeps working when the next export adds or moves a column. A column without a header is
named `#n` (1-based). Headers in Dutch, French and English are recognised by themselves
(`headers`); the user corrects or completes the mapping once and saves it by name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from pa_desktop.domain.importing.headers import Field, recognise_field
from pa_desktop.domain.importing.records import PupilRef, SourceRow
from pa_desktop.domain.importing.tabular import Table
from pa_desktop.domain.importing.values import compact, normalise_number

MAPPING_PROBLEMS = ("no_pupil_column", "no_date_column", "no_code_column", "no_half_day_column")


def column_label(header: Sequence[str], index: int) -> str:
    """How a mapping names column `index` (0-based): its header, or `#n` when it has none."""
    text = header[index].strip() if index < len(header) else ""
    return text or f"#{index + 1}"


@dataclass(frozen=True)
class ColumnMapping:
    """Field -> column label. Fields left out are not in the file."""

    columns: Mapping[Field, str] = field(default_factory=dict)

    @classmethod
    def recognise(cls, header: Sequence[str]) -> ColumnMapping:
        """The mapping the headers suggest by themselves; the first column that names a field wins."""
        columns: dict[Field, str] = {}
        for index, text in enumerate(header):
            found = recognise_field(text)
            if found is not None and found not in columns:
                columns[found] = column_label(header, index)
        return cls(columns)

    def with_column(self, target: Field, label: str | None) -> ColumnMapping:
        """A copy with `target` mapped to `label` (None: not in the file)."""
        columns = dict(self.columns)
        if label is None:
            columns.pop(target, None)
        else:
            columns[target] = label
        return ColumnMapping(columns)

    def resolve(self, header: Sequence[str]) -> dict[Field, int]:
        """Field -> 0-based column index in this header; labels not found are left out."""
        by_text: dict[str, int] = {}
        for index, text in enumerate(header):
            by_text.setdefault(compact(text), index)
        resolved: dict[Field, int] = {}
        for target, label in self.columns.items():
            if label.startswith("#") and label[1:].isdigit():
                index = int(label[1:]) - 1
                if index >= 0:
                    resolved[target] = index
            elif compact(label) and compact(label) in by_text:
                resolved[target] = by_text[compact(label)]
        return resolved

    def problems(self, header: Sequence[str]) -> list[str]:
        """What the mapping lacks to read this header's rows (ids from MAPPING_PROBLEMS)."""
        resolved = self.resolve(header)
        found = []
        if Field.NUMBER not in resolved and Field.LAST_NAME not in resolved:
            found.append("no_pupil_column")
        if Field.DATE not in resolved:
            found.append("no_date_column")
        grid = Field.CODE_AM in resolved or Field.CODE_PM in resolved
        if Field.CODE not in resolved and not grid:
            found.append("no_code_column")
        elif Field.CODE in resolved and Field.HALF not in resolved and Field.HOUR not in resolved:
            found.append("no_half_day_column")
        return found

    def covers(self, header: Sequence[str]) -> int:
        """How many of this mapping's columns the header has (0 when one of them is missing)."""
        resolved = self.resolve(header)
        return len(resolved) if len(resolved) == len(self.columns) else 0

    def as_json(self) -> dict[str, Any]:
        return {"columns": {target.value: label for target, label in self.columns.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ColumnMapping:
        """Read a saved mapping or a `--mapping` file: `{"columns": {"date": "Datum", ...}}`.

        The columns may also sit at the top level, and a column may be given by its 1-based
        number; anything that is not a known field is refused with ValueError.
        """
        raw = data.get("columns", data)
        if not isinstance(raw, Mapping):
            raise ValueError("columns must be an object")
        columns: dict[Field, str] = {}
        for key, value in raw.items():
            target = Field(str(key))
            if isinstance(value, bool) or value is None:
                raise ValueError(f"column of {key} must be a header or a number")
            columns[target] = f"#{value}" if isinstance(value, int) else str(value)
        return cls(columns)


def rows_from_table(table: Table, mapping: ColumnMapping) -> list[SourceRow]:
    """Every absence the table states, read through the mapping, as a list."""
    return list(iter_rows_from_table(table, mapping))


def iter_rows_from_table(table: Table, mapping: ColumnMapping) -> Iterator[SourceRow]:
    """Every absence the table states, read through the mapping, one at a time.

    A long table (one code column) gives one row per line, even when its code is empty (the
    check names that). A grid (a code column per half day) gives one row per non-empty code
    cell: an empty cell there means the pupil was present.
    """
    resolved = mapping.resolve(table.header)
    # Each line is padded with empty cells, so a short line reads "" and an unmapped field
    # reads the last padding cell (index -1): no bounds checks in the loop over 100,000 lines.
    pad = ("",) * (max(resolved.values(), default=0) + 2)

    def column(target: Field) -> int:
        return resolved.get(target, -1)

    identity = itemgetter(
        column(Field.NUMBER), column(Field.LAST_NAME), column(Field.FIRST_NAME), column(Field.CLASS)
    )
    code = column(Field.CODE)
    when = itemgetter(column(Field.DATE), column(Field.HALF), column(Field.HOUR), code)
    grid = [(column(Field.CODE_AM), "VM"), (column(Field.CODE_PM), "NM")]
    pupils: dict[tuple[str, ...], PupilRef] = {}
    make = tuple.__new__  # a named tuple's own __new__ is Python code

    for line, cells in table.rows:
        padded = cells + pad
        who = identity(padded)
        pupil = pupils.get(who)
        if pupil is None:
            pupil = pupils[who] = PupilRef(normalise_number(who[0]), who[1], who[2], who[3])
        if code >= 0:  # day, half, hour and code in one C call
            yield make(SourceRow, (line, pupil, *when(padded)))
            continue
        day = when(padded)[0]
        for index, half_name in grid:
            value = padded[index]
            if value:
                yield make(SourceRow, (line, pupil, day, half_name, "", value))
