"""Streaming reads give exactly what whole-file reads gave: lines across piece borders, CSV tables,
Informat rows, and the file's rows replayed as a sequence (see `domain.importing.streams`)."""

from __future__ import annotations

import io
from itertools import islice, pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pa_desktop.domain.importing import plan
from pa_desktop.domain.importing.informat import parse_informat
from pa_desktop.domain.importing.plan import ConflictChoice
from pa_desktop.domain.importing.records import ImportFormat
from pa_desktop.domain.importing.streams import HEAD_ROWS, Replayable, split_lines
from pa_desktop.domain.importing.tabular import read_csv, stream_csv
from pa_desktop.services import import_files
from pa_desktop.services.import_files import decode_text, load_bytes
from pa_desktop.services.import_report import ImportOptions
from pa_desktop.services.importer import Importer
from pa_desktop.services.session import VaultSession
from tests.importing.samples import WRITERS

# line breaks of every kind splitlines knows, a lone \r and \r\n, and some plain text
TEXT = st.text(st.sampled_from(list('ab;"é \n\r\x0b\x0c\x1c\x85\u2028')), max_size=80)


def _pieces(text: str, cuts: list[int]) -> list[str]:
    """The text cut at these positions: the borders a streaming decoder may put anywhere."""
    borders = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    return [text[a:b] for a, b in pairwise(borders)]


@settings(max_examples=300, deadline=None)
@given(TEXT, st.lists(st.integers(0, 100), max_size=8))
def test_lines_across_piece_borders_are_the_lines_of_the_whole_text(
    text: str, cuts: list[int]
) -> None:
    pieces = _pieces(text, cuts)
    assert list(split_lines(pieces)) == text.splitlines(keepends=True)
    assert list(split_lines(pieces, newline_only=True)) == io.StringIO(text).readlines()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(st.text('ab;,é"\n\r x', max_size=6), min_size=1, max_size=4), max_size=8),
    st.lists(st.integers(0, 300), max_size=6),
)
def test_a_csv_read_in_pieces_is_the_csv_read_whole(rows: list[list[str]], cuts: list[int]) -> None:
    quoted = (";".join('"' + c.replace('"', '""') + '"' for c in row) for row in rows)
    text = "\r\n".join(["Leerlingnummer;Datum;Code", *quoted])
    whole = read_csv(text)
    streamed = stream_csv(lambda: _pieces(text, cuts))
    assert (streamed.header, streamed.header_line, streamed.delimiter) == (
        whole.header,
        whole.header_line,
        whole.delimiter,
    )
    assert list(streamed.rows) == list(whole.rows) and len(streamed.rows) == len(whole.rows)
    assert list(streamed.rows) == list(streamed.rows)  # every pass reads the same


def test_a_large_csv_keeps_only_its_first_rows_and_replays_the_rest() -> None:
    body = "".join(f"{n};08/09/2025;B\n" for n in range(3 * HEAD_ROWS))
    table = stream_csv(lambda: ("sep=;\nNummer;Datum;Code\n", body))
    assert isinstance(table.rows, Replayable) and len(table.rows) == 3 * HEAD_ROWS
    assert len(table.rows._head) <= HEAD_ROWS + 10  # what is held, whatever the length
    assert table.rows[0] == (3, ("0", "08/09/2025", "B"))
    assert table.rows[-1] == (3 * HEAD_ROWS + 2, (str(3 * HEAD_ROWS - 1), "08/09/2025", "B"))
    assert table.rows[HEAD_ROWS + 5 : HEAD_ROWS + 7] == tuple(
        islice(table.rows, HEAD_ROWS + 5, HEAD_ROWS + 7)
    )
    assert table.sample(2) == [("0", "08/09/2025", "B"), ("1", "08/09/2025", "B")]
    with pytest.raises(IndexError):
        table.rows[3 * HEAD_ROWS]


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        ("\ufeffNr;Datum;Code\r\n1;8/9/25;B\r\n".encode(), "utf-8-sig"),
        ("Nr;Datum;Code\r\n1;8/9/25;Françoise\r\n".encode("utf-16"), "utf-16"),
        ("Nr;Datum;Code\r\n1;8/9/25;Françoise\r\n".encode("cp1252"), "cp1252"),
        ("Nr;Datum;Code\r\n1;8/9/25;Zoë\r\n".encode(), "utf-8"),
        (b"Nr;Datum;Code\r\n1;8/9/25;\x81\r\n", "latin-1"),
    ],
)
def test_decoding_in_pieces_chooses_the_encoding_a_whole_decode_chose(
    monkeypatch: pytest.MonkeyPatch, encoded: bytes, encoding: str
) -> None:
    monkeypatch.setattr(import_files, "_PIECE", 3)  # pieces cut through every character
    text, found = decode_text(encoded)
    assert found == encoding and text.endswith("\r\n") and not text.startswith("\ufeff")
    file = load_bytes("export.csv", encoded, ImportFormat.CSV)
    assert file.encoding == encoding
    assert [cells for _, cells in file.table.rows] == [tuple(text.splitlines()[1].split(";"))]


def test_informat_read_in_pieces_is_informat_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_files, "_PIECE", 7)
    text = "\r\n".join(
        ["20230001", "080925T1", "B", "20231234", "20231235 Peeters", "", "310225T1", "20231236"]
        + [f"0{n % 9 + 1}1025T6\r\nZ\r\n{20240000 + n}" for n in range(2 * HEAD_ROWS)]
    )
    file = load_bytes("afwezig.txt", text.encode("cp1252"), ImportFormat.INFORMAT)
    assert isinstance(file.rows, Replayable)
    assert list(file.rows) == parse_informat(text) and len(file.rows) == len(parse_informat(text))


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_plan_made_one_pupil_at_a_time_is_the_plan_made_at_once(
    session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """The grid of half days is split into groups of pupils past GRID_CELLS: the same counts,
    conflicts, problems and lines, whatever the grouping (here one pupil per group)."""
    path, _lines = WRITERS[kind](tmp_path)
    importer = Importer(session)
    options = ImportOptions(create_pupils=True, on_conflict=ConflictChoice.REPLACE)
    at_once = importer.preview(importer.read(path), options).as_json()
    monkeypatch.setattr(plan, "GRID_CELLS", 2)
    one_by_one = importer.preview(importer.read(path), options).as_json()
    assert one_by_one == at_once
    assert at_once["absences_conflicting"] and at_once["problems"] and at_once["duplicates"]
