"""An import's memory is bounded: a 20 MB CSV is previewed and imported (all or nothing, its bad
rows named) in a fresh process whose peak resident set stays under 160 MiB, some 80 of which
are the interpreter, SQLCipher and the libraries before the file is read. Reading the file
whole, as before, took over 450 MiB for this file (2.35 GB for 100 MB). A 20 MB Smartschool
JSON, read a pupil at a time, stays under 200 MiB (about 150 here; parsed whole, as before,
273). The 100 MB figures are in the README, measured by tests/benchmarks/bench_import_memory.py
(it takes some 90 s here)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.benchmarks.bench_import_memory import measure, write_csv, write_smartschool

PEAK_MIB = 160
JSON_PEAK_MIB = 200


@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage is POSIX")
def test_a_20_mb_csv_imports_under_a_memory_ceiling(tmp_path: Path) -> None:
    csv_path = tmp_path / "afwezigheden.csv"
    lines = write_csv(csv_path, megabytes=20, pupils=2000)
    figures = measure(csv_path, tmp_path, pupils=2000)
    assert figures["rows_read"] == lines > 400_000
    assert figures["problems"] == len(range(7, lines, 50_000))  # the unknown codes, by line
    assert figures["written"] == figures["new"] == lines - figures["problems"]
    assert figures["peak_mib"] < PEAK_MIB, str(figures)


@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage is POSIX")
def test_a_20_mb_smartschool_json_imports_under_a_memory_ceiling(tmp_path: Path) -> None:
    json_path = tmp_path / "afwezigheden.json"
    rows = write_smartschool(json_path, megabytes=20, pupils=2000)
    assert 19 * 1024 * 1024 < json_path.stat().st_size <= 20 * 1024 * 1024
    figures = measure(json_path, tmp_path, pupils=2000)
    assert figures["rows_read"] == rows > 300_000
    assert figures["problems"] == len(range(7, rows, 50_000))  # the unknown codes
    assert figures["written"] == figures["new"] == rows - figures["problems"]
    assert figures["peak_mib"] < JSON_PEAK_MIB, str(figures)
