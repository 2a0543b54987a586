"""Reading an import file: bytes in, decoded text or worksheet cells out, parsed per format.

Decoding lives here and not in the parsers because the bytes decide it: a UTF-8 byte-order mark
(Excel's "CSV UTF-8"), a UTF-16 one (Excel's "Unicode text"), valid UTF-8 without a mark, or else
Windows-1252, which is what Belgian Excel writes by default ("Françoise" as one byte 0xE7).
"""

from __future__ import annotations

import codecs
import hashlib
import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pa_desktop.domain.importing.informat import iter_informat
from pa_desktop.domain.importing.records import (
    FileFormatError,
    ImportFormat,
    SourceRow,
    detect_format,
)
from pa_desktop.domain.importing.smartschool import smartschool_rows
from pa_desktop.domain.importing.streams import HEAD_ROWS, Replayable, TextSource, split_lines
from pa_desktop.domain.importing.tabular import Table, stream_csv, table_from_cells
from pa_desktop.services.errors import ImportFileError

MAX_FILE_BYTES = 100 * 1024 * 1024
# an XLSX is a zip: its unpacked size and its rows are bounded before and while reading, so a
# small crafted file (a "zip bomb") cannot take the laptop's memory
MAX_XLSX_UNPACKED = 256 * 1024 * 1024
MAX_XLSX_ROWS = 1_000_000
MAX_XLSX_COLUMNS = 200


@dataclass(frozen=True)
class ImportFile:
    """A file read into memory (its bytes, once), and what its format makes of it.

    CSV and XLSX give a `table` that still needs a column mapping; Informat and Smartschool
    give their `rows` at once. CSV table rows and Informat and Smartschool rows are `Replayable`:
    counted and sampled here, parsed again from the bytes on each pass, never all held as
    objects. The SHA-256 of the bytes identifies the file in the import log.
    """

    file_name: str
    sha256: str
    format: ImportFormat
    size: int
    encoding: str | None = None
    table: Table | None = None
    rows: Sequence[SourceRow] | None = None  # a `Replayable`: parsed again per pass

    @property
    def needs_mapping(self) -> bool:
        return self.table is not None


_PIECE = 1 << 20  # bytes decoded at a time


def _encoding_of(data: bytes) -> tuple[int, str, str]:
    """(bytes to skip, codec, the name reported): a mark, else valid UTF-8, else Windows-1252
    (else Latin-1, for the five bytes cp1252 leaves undefined). Checked piece by piece, so the
    file's text is never held whole."""
    if data.startswith(codecs.BOM_UTF8):
        if _decodes(data, len(codecs.BOM_UTF8), "utf-8"):
            return len(codecs.BOM_UTF8), "utf-8", "utf-8-sig"
        start = len(codecs.BOM_UTF8)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if _decodes(data, 0, "utf-16"):
            return 0, "utf-16", "utf-16"
        start = 0
    else:
        start = 0
    for codec in ("utf-8", "cp1252"):
        if _decodes(data, start, codec):
            return start, codec, codec
    return start, "latin-1", "latin-1"


def _pieces(data: bytes, start: int, codec: str) -> Iterator[str]:
    """The text of data[start:], decoded a piece at a time."""
    decoder = codecs.getincrementaldecoder(codec)()
    view = memoryview(data)
    for offset in range(start, len(data), _PIECE):
        yield decoder.decode(view[offset : offset + _PIECE])
    yield decoder.decode(b"", final=True)


def _decodes(data: bytes, start: int, codec: str) -> bool:
    try:
        for _ in _pieces(data, start, codec):
            pass
    except UnicodeDecodeError:
        return False
    return True


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with (for small inputs and tests)."""
    start, codec, name = _encoding_of(data)
    return "".join(_pieces(data, start, codec)), name


def text_source(data: bytes) -> tuple[TextSource, str]:
    """The file's text as a source that decodes it again on every pass, and the encoding."""
    start, codec, name = _encoding_of(data)
    return (lambda: _pieces(data, start, codec)), name


def _check_unpacked_size(data: bytes) -> None:
    """Refuse a workbook whose parts unpack to more than MAX_XLSX_UNPACKED (as the zip's own
    directory declares them; openpyxl stops at a part longer than declared)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFileError("bad_xlsx") from None
    if unpacked > MAX_XLSX_UNPACKED:
        raise ImportFileError("too_large")


def _bounded_rows(rows: Iterable[Sequence[object]]) -> Iterator[Sequence[object]]:
    """The worksheet's rows, refused past MAX_XLSX_ROWS rows or MAX_XLSX_COLUMNS columns."""
    for number, row in enumerate(rows, start=1):
        if number > MAX_XLSX_ROWS:
            raise ImportFileError("too_large")
        if len(row) > MAX_XLSX_COLUMNS:
            if any(value not in (None, "") for value in row[MAX_XLSX_COLUMNS:]):
                raise ImportFileError("too_large")
            row = tuple(row[:MAX_XLSX_COLUMNS])
        yield row


def read_xlsx(data: bytes) -> Table:
    """The first worksheet's cell values (formulas as their last computed values)."""
    import openpyxl

    _check_unpacked_size(data)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # a damaged or foreign file: openpyxl raises many kinds
        raise ImportFileError("bad_xlsx") from None
    try:
        if not workbook.worksheets:
            raise ImportFileError("empty")
        sheet = workbook.worksheets[0]
        return table_from_cells(_bounded_rows(sheet.iter_rows(values_only=True)))
    except FileFormatError as error:
        raise ImportFileError(error.reason) from None
    except ImportFileError:
        raise
    except Exception:
        raise ImportFileError("bad_xlsx") from None
    finally:
        workbook.close()


def load_bytes(file_name: str, data: bytes, chosen: ImportFormat = ImportFormat.AUTO) -> ImportFile:
    """Read a file's bytes in the chosen format (or the detected one for AUTO)."""
    if not data.strip():
        raise ImportFileError("empty")
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError("too_large")
    kind = detect_format(file_name, data[:4096]) if chosen is ImportFormat.AUTO else chosen
    base = ImportFile(file_name, hashlib.sha256(data).hexdigest(), kind, len(data))
    if kind is ImportFormat.XLSX:
        return replace(base, table=read_xlsx(data))
    source, encoding = text_source(data)
    try:
        if kind is ImportFormat.CSV:
            return replace(base, encoding=encoding, table=stream_csv(source))
        informat = kind is ImportFormat.INFORMAT
        rows = _informat_rows(source) if informat else smartschool_rows(source)
    except FileFormatError as error:
        raise ImportFileError(error.reason, line=error.line) from None
    if not rows:
        raise ImportFileError("empty")
    return replace(base, encoding=encoding, rows=rows)


def _informat_rows(source: TextSource) -> Sequence[SourceRow]:
    """Informat's rows, counted in one pass and parsed again on each later one."""

    def parse() -> Iterator[SourceRow]:
        return iter_informat(split_lines(source()))

    head: list[SourceRow] = []
    count = 0
    for row in parse():
        if count < HEAD_ROWS:
            head.append(row)
        count += 1
    return Replayable(parse, count, head)


def load_path(path: Path, chosen: ImportFormat = ImportFormat.AUTO) -> ImportFile:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError("too_large")
        data = path.read_bytes()
    except OSError:
        raise ImportFileError("unreadable") from None
    return load_bytes(path.name, data, chosen)
