"""Issue 20 through the command line: where the product must say what the guideline says.

Each test reproduces a case where the product used to say something the guideline does not.
"""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli_commands import Run


@pytest.fixture
def pupil(run: Run) -> str:
    assert run("init", "--user", "Tester", "--school", "Sint-X").status == 0
    added = run("pupil", "add", "--last-name", "Peeters", "--first-name", "Lotte", "--class", "2A")
    assert added.status == 0, added.err
    return added.out.strip()


def _row(run: Run, at: str, year: str = "2026-2027") -> dict[str, object]:
    result = run("pupils", "--json", "--school-year", year, "--at", at)
    assert result.status == 0, result.err
    [row] = json.loads(result.out)
    return row


def _absence(run: Run, pupil: str, day: str, code: str, *extra: str) -> None:
    result = run("absence", "add", pupil, "--date", day, "--code", code, *extra)
    assert result.status == 0, result.err


# 1. pattern -----------------------------------------------------------------------------------
def test_one_b_a_month_is_spread_not_concentrated(run: Run, pupil: str) -> None:
    for day in ("2026-09-08", "2026-10-14", "2026-11-18"):
        _absence(run, pupil, day, "B", "--half", "VM")
    assert _row(run, "2026-11-27")["pattern"] == "spread"


# 4. marks go with codes -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("code", "mark"),
    [("Z", "luxeverzuim"), ("B", "medical-certificate"), ("B", "doubtful-certificate")],
)
def test_a_mark_that_does_not_go_with_the_code_is_refused(
    run: Run, pupil: str, code: str, mark: str
) -> None:
    result = run("absence", "add", pupil, "--date", "2026-09-08", "--code", code, "--mark", mark)
    assert result.status == 1
    assert "only on B" in result.err
    assert _row(run, "2026-11-27")["total"] == 0  # nothing written


def test_marks_that_go_with_their_codes_are_kept(run: Run, pupil: str) -> None:
    _absence(run, pupil, "2026-09-08", "B", "--mark", "luxeverzuim")
    _absence(run, pupil, "2026-09-09", "D", "--half", "VM", "--mark", "doubtful-certificate")
    row = _row(run, "2026-11-27")
    assert row["total"] == 3
    assert "early_year_b" not in row["signals"]  # luxeverzuim stays filtered out
