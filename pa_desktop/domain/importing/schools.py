"""Which school of the vault each line of a file names (a CLB worker's export of several schools).

A CSV or XLSX export may carry a school column ("School", "Schoolnaam", "Instelling",
"Instellingsnummer", "École", "Établissement"). In a vault of several schools each line is then
matched to one of the vault's schools, by its name (spaces and capitals aside) or by its
institution number (leading zeros aside), and pupil numbers and classes are matched within that
school only. A line that names no school (detail `no_school`), or one the vault does not hold
(detail: the text it gave), is refused as `unknown_school`: it is never booked on whatever school
the user chose.

Lines are kept as a school index per line number in an array (two bytes a line), not as a
dictionary: an export of a whole CLB has hundreds of thousands of lines.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence

from pa_desktop.domain.importing.records import Reason, RowProblem
from pa_desktop.domain.importing.values import normalise_number

DETAIL_MAX = 40
NO_SCHOOL = "no_school"  # the detail of a row whose school cell is empty


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


class SchoolMatcher:
    """The vault's schools by folded name and by normalised institution number."""

    def __init__(self, schools: Iterable[tuple[int, str, str | None]]) -> None:
        self._by_name: dict[str, int] = {}
        self._by_number: dict[str, int] = {}
        for school_id, name, number in schools:
            self._by_name[_fold(name)] = school_id
            if number and number.strip():
                self._by_number[normalise_number(number)] = school_id

    def match(self, text: str) -> int | None:
        """The school a cell names (its name first, then its number), or None."""
        key = _fold(text)
        if not key:
            return None
        found = self._by_name.get(key)
        if found is None:
            found = self._by_number.get(normalise_number(text))
        return found


class LineSchools:
    """The school each line of the file names: `school_at(line)` is an id, or None when the
    line names none or one the vault lacks (`text_at(line)` then says what it named)."""

    def __init__(self, cells: Iterable[tuple[int, str]], matcher: SchoolMatcher) -> None:
        self._index = array("H")  # per line: 0 no data line, else 1 + position in _texts
        self._texts: list[str] = []
        self._ids: list[int | None] = []
        seen: dict[str, int] = {}
        for line, text in cells:
            position = seen.get(text)
            if position is None:
                position = seen[text] = len(self._texts)
                if position + 1 >= 0xFFFF:
                    raise ValueError("too many different school names")
                self._texts.append(text)
                self._ids.append(matcher.match(text))
            if line >= len(self._index):
                self._index.extend(bytes(2 * (line + 1 - len(self._index))))
            self._index[line] = position + 1

    def school_at(self, line: int) -> int | None:
        position = self._index[line] if 0 <= line < len(self._index) else 0
        return self._ids[position - 1] if position else None

    def text_at(self, line: int) -> str:
        position = self._index[line] if 0 <= line < len(self._index) else 0
        return self._texts[position - 1] if position else ""

    @property
    def schools(self) -> list[int]:
        """The vault's schools the file names, in the order the file first names them."""
        return list(dict.fromkeys(school for school in self._ids if school is not None))

    @property
    def has_unknown(self) -> bool:
        return any(school is None for school in self._ids)

    def group_of(self, schools: Sequence[int]) -> Callable[[int], int]:
        """line -> the index in `schools` of the school the line names, or -1 (no school of
        the vault, or one not in `schools`): the grouping `checks.check_rows_in_groups` reads."""
        to_group = array("i", [-1])
        for school in self._ids:
            to_group.append(schools.index(school) if school in schools else -1)
        index = self._index

        def group(line: int) -> int:
            return to_group[index[line]]

        return group

    def refusal(self, line: int) -> RowProblem:
        """Why a row of a line naming no school of the vault is refused, with what it named."""
        text = " ".join(self.text_at(line).split())[:DETAIL_MAX] or NO_SCHOOL
        return RowProblem(line, Reason.UNKNOWN_SCHOOL, text)


def school_cells(
    rows: Sequence[tuple[int, tuple[str, ...]]], column: int
) -> Iterator[tuple[int, str]]:
    """(line, school cell) of every data row of a table; a short row names no school."""
    for line, cells in rows:
        yield line, cells[column] if column < len(cells) else ""
