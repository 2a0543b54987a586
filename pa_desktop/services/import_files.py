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

from pa_desktop.domain.importing.informat import parse_informat
from pa_desktop.domain.importing.records import (
    FileFormatError,
    ImportFormat,
    SourceRow,
    detect_format,
)
from pa_desktop.domain.importing.smartschool import parse_smartschool
from pa_desktop.domain.importing.tabular import Table, read_csv, table_from_cells
from pa_desktop.services.errors import ImportFileError

MAX_FILE_BYTES = 100 * 1024 * 1024
# an XLSX is a zip: its unpacked size and its rows are bounded before and while reading, so a
# small crafted file (a "zip bomb") cannot take the laptop's memory
MAX_XLSX_UNPACKED = 256 * 1024 * 1024
MAX_XLSX_ROWS = 1_000_000
MAX_XLSX_COLUMNS = 200


@dataclass(frozen=True)
class ImportFile:
    """A file read into memory, and what its format makes of it.

    CSV and XLSX give a `table` that still needs a column mapping; Informat and Smartschool
    give their `rows` at once. The SHA-256 of the bytes identifies the file in the import log.
    """

    file_name: str
    sha256: str
    format: ImportFormat
    size: int
    encoding: str | None = None
    table: Table | None = None
    rows: tuple[SourceRow, ...] | None = None

    @property
    def needs_mapping(self) -> bool:
        return self.table is not None


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1"), "latin-1"


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
    text, encoding = decode_text(data)
    try:
        if kind is ImportFormat.CSV:
            return replace(base, encoding=encoding, table=read_csv(text))
        if kind is ImportFormat.INFORMAT:
            rows = tuple(parse_informat(text))
        else:
            rows = tuple(parse_smartschool(text))
    except FileFormatError as error:
        raise ImportFileError(error.reason, line=error.line) from None
    if not rows:
        raise ImportFileError("empty")
    return replace(base, encoding=encoding, rows=rows)


def load_path(path: Path, chosen: ImportFormat = ImportFormat.AUTO) -> ImportFile:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError("too_large")
        data = path.read_bytes()
    except OSError:
        raise ImportFileError("unreadable") from None
    return load_bytes(path.name, data, chosen)
