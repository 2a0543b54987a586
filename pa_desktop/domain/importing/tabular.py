"""CSV text and XLSX cell values as one kind of table: a header row and numbered data rows.

Belgian Excel saves "CSV" with semicolons (the comma is the decimal sign here), other software
uses commas, Excel's "Unicode text" uses tabs, and some files start with Excel's `sep=;` line or
a title row above the header. The delimiter is sniffed from the first lines, and the header is
the first row in which at least two cells are known column names (see `headers`), so a title row
is skipped; failing that, the first non-empty row is the header and the user maps the columns.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import islice

from pa_desktop.domain.importing.headers import recognise_field
from pa_desktop.domain.importing.records import FileFormatError
from pa_desktop.domain.importing.streams import HEAD_ROWS, Replayable, TextSource, split_lines

DELIMITERS = (";", ",", "\t", "|")
_SNIFF_LINES = 20
_HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True)
class Table:
    """A header and the data rows under it, each with its 1-based line (or sheet row) number."""

    header: tuple[str, ...]
    rows: Sequence[tuple[int, tuple[str, ...]]]  # a tuple, or a `Replayable` of a file
    header_line: int = 1
    delimiter: str | None = None

    @property
    def width(self) -> int:
        return max([len(self.header), *(len(cells) for _, cells in self.rows[:100])])

    def sample(self, count: int = 5) -> list[tuple[str, ...]]:
        """The first data rows, for the mapping step's preview."""
        return [cells for _, cells in self.rows[:count]]


def sniff_delimiter(lines: Sequence[str]) -> str:
    """The delimiter of the first lines, read as CSV (quotes respected) with each candidate.

    First choice: the one that splits a row into two or more known column names (a header).
    Then: the one that gives the most lines the same number of cells (two or more), then more
    cells, then the order of DELIMITERS (semicolon first: Belgian Excel). Counting characters
    instead would let a tab or comma inside names outvote the semicolons between the cells.
    """
    sample = "\n".join(line for line in lines if line.strip())
    best, best_score = ";", (False, 0, 0, 0)
    for rank, candidate in enumerate(DELIMITERS):
        rows = _split_leniently(sample, candidate)
        widths = Counter(len(cells) for cells in rows if len(cells) > 1)
        if not widths:
            continue
        width, agreeing = widths.most_common(1)[0]
        header = any(
            sum(1 for cell in cells if recognise_field(cell) is not None) >= 2
            for cells in rows[:_HEADER_SEARCH_ROWS]
        )
        score = (header, agreeing, width, -rank)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _split_leniently(sample: str, delimiter: str) -> list[list[str]]:
    """The sample's rows with this delimiter; a row the csv module rejects ends the sample."""
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter, quotechar='"')
    try:
        for cells in reader:
            rows.append(cells)
    except csv.Error:
        pass
    return rows


def read_csv(text: str) -> Table:
    """A decoded CSV file as a table held whole; blank lines and rows of empty cells are left out."""
    table = stream_csv(lambda: (text,))
    return Table(table.header, tuple(table.rows), table.header_line, table.delimiter)


def stream_csv(source: TextSource) -> Table:
    """A CSV file as a table whose rows are parsed again from `source` on each pass (see
    `streams`): one pass here checks every row and counts them, keeping only the first ones."""
    head_text = ""
    for piece in source():
        head_text += piece
        if len(head_text) >= 65536:
            break
    head = head_text[:65536].splitlines()[:_SNIFF_LINES]  # the sniff needs the first lines only
    offset = 0
    delimiter: str | None = None
    if head and head[0].strip().lower().startswith("sep=") and len(head[0].strip()) == 5:
        delimiter = head[0].strip()[4]
        offset = 1
        head = head[1:]
    if delimiter is None:
        delimiter = sniff_delimiter(head)

    def numbered() -> Iterator[tuple[int, tuple[str, ...]]]:
        lines = split_lines(source(), newline_only=True)
        if offset:
            next(lines, None)
        reader = csv.reader(lines, delimiter=delimiter, quotechar='"')
        strip = str.strip
        try:
            for cells in reader:
                stripped = tuple(map(strip, cells))
                if any(stripped):
                    yield reader.line_num + offset, stripped
        except csv.Error:
            raise FileFormatError("bad_csv", reader.line_num + offset) from None

    first: list[tuple[int, tuple[str, ...]]] = []
    count = 0
    for row in numbered():
        if count < _HEADER_SEARCH_ROWS + HEAD_ROWS:
            first.append(row)
        count += 1
    header_index = _header_index(first)
    if header_index is None:
        raise FileFormatError("empty")
    line, header = first[header_index]
    skip = header_index + 1
    rows = Replayable(lambda: islice(numbered(), skip, None), count - skip, first[skip:])
    return Table(header=header, rows=rows, header_line=line, delimiter=delimiter)


def cell_text(value: object) -> str:
    """An XLSX cell as the text a CSV export would hold; dates become `yyyy-mm-dd`."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def table_from_cells(rows: Iterable[Sequence[object]]) -> Table:
    """The values of a worksheet (row by row, as openpyxl gives them) as a table."""
    numbered: list[tuple[int, tuple[str, ...]]] = []
    for number, values in enumerate(rows, start=1):
        cells = tuple(cell_text(v) for v in values)
        if any(cells):
            numbered.append((number, cells))
    return _with_header(numbered, None)


def _header_index(numbered: Sequence[tuple[int, tuple[str, ...]]]) -> int | None:
    """The first of the first rows in which two cells are known column names, else 0."""
    if not numbered:
        return None
    for index, (_, cells) in enumerate(numbered[:_HEADER_SEARCH_ROWS]):
        if sum(1 for cell in cells if recognise_field(cell) is not None) >= 2:
            return index
    return 0


def _with_header(numbered: list[tuple[int, tuple[str, ...]]], delimiter: str | None) -> Table:
    header_index = _header_index(numbered)
    if header_index is None:
        raise FileFormatError("empty")
    line, header = numbered[header_index]
    return Table(
        header=header,
        rows=tuple(numbered[header_index + 1 :]),
        header_line=line,
        delimiter=delimiter,
    )
