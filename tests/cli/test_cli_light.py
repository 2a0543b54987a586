"""`pa-desktop-cli pupils --json` does only its own work: the rows a process kept in the vault
are read back, not computed; the PDF libraries are not loaded; the output is written at once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pa_desktop.services import overview_reads
from tests.cli.test_cli_commands import Run

ROOT = Path(__file__).resolve().parents[2]


def test_the_command_line_starts_without_the_pdf_libraries() -> None:
    probe = (
        "import sys, pa_desktop.cli.main; "
        "print(sorted(m for m in ('reportlab', 'pypdf', 'pikepdf', 'openpyxl') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]"


def test_pupils_json_reads_the_rows_an_earlier_process_kept(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("init", "--user", "Tester", "--school", "Sint-X").status == 0
    for first in ("Ayşe", "Omar", "Lotte"):
        added = run("pupil", "add", "--last-name", "Yılmaz", "--first-name", first, "--class", "3B")
        assert added.status == 0
    pupil = int(
        run("pupil", "add", "--last-name", "Peeters", "--first-name", "Jo", "--class", "1A").out
    )
    assert run("absence", "add", str(pupil), "--date", "2025-10-06", "--code", "B").status == 0
    arguments = ("pupils", "--json", "--school-year", "2025-2026", "--at", "2025-10-24")
    first = run(*arguments)
    computed: list[int] = []
    real = overview_reads.compute_overview

    def counted(**values):  # type: ignore[no-untyped-def]
        computed.append(len(values["pupils"]))
        return real(**values)

    monkeypatch.setattr(overview_reads, "compute_overview", counted)
    again = run(*arguments)  # a new process: a new session, nothing in memory
    assert computed == []
    assert again.out == first.out
    rows = json.loads(again.out)
    assert [r["last_name"] for r in rows] == ["Peeters", "Yılmaz", "Yılmaz", "Yılmaz"]
    assert rows[0]["totals"]["B"] == 2 and rows[0]["b_fifth_date"] is None
    # one object per line, so a script may also read it line by line
    lines = again.out.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == len(rows) + 2
    assert json.loads(lines[1].rstrip(",")) == rows[0]
