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
    assert row["doubtful_certificates"] == 1
    assert "early_year_b" not in row["signals"]  # luxeverzuim stays filtered out


def _step(run: Run, pupil: str, step: str, *extra: str) -> str:
    result = run("trajectory", pupil, step, "--date", "2026-11-20", *extra)
    assert result.status == 0, result.err
    return result.err


def _measure(run: Run, pupil: str, day: str, towards: str, purpose: str, outcome: str) -> None:
    result = run(
        "measure", "add", pupil, "--date", day, "--towards", towards, "--channel", "phone",
        "--purpose", purpose, "--outcome", outcome,
    )  # fmt: skip
    assert result.status == 0, result.err


# 2. registration reasons ----------------------------------------------------------------------
def test_refusing_guidance_is_a_reason_of_its_own_and_needs_no_help_question(
    run: Run, pupil: str
) -> None:
    _measure(run, pupil, "2026-11-16", "parents", "ask-reason", "reached")
    warned = _step(run, pupil, "registered_clb", "--reason", "refuses_guidance")
    assert warned == ""  # reason c asks for no help question
    warned = _step(run, pupil, "registered_clb", "--reason", "not_working")
    assert "help question" in warned  # reason a does (rule 5)


# 3. police only after a real CLB consultation -------------------------------------------------
def test_a_signalling_list_is_no_consultation_of_the_clb(run: Run, pupil: str, tmp_path) -> None:
    _absence(run, pupil, "2026-11-16", "B", "--until", "2026-11-18")
    listed = run("signal-list", "--out", str(tmp_path / "list.csv"), "--mark-signalled")
    assert listed.status == 0, listed.err
    warned = _step(run, pupil, "police_unwillingness")
    assert "only after consulting the CLB" in warned
    _measure(run, pupil, "2026-11-19", "partner", "clb-consultation", "reached")
    assert "only after consulting the CLB" not in _step(run, pupil, "police_unwillingness")


def test_a_school_user_recording_ocj_hears_that_the_clb_files_the_m_document(
    run: Run, pupil: str
) -> None:
    assert "M-document" in _step(run, pupil, "ocj")


def test_a_clb_worker_recording_ocj_is_not_sent_to_the_clb(run: Run) -> None:
    assert run("init", "--user", "CLB-medewerker", "--role", "clb").status == 0
    added = run("pupil", "add", "--last-name", "Kaya", "--first-name", "Elif", "--class", "1A")
    assert "M-document" not in _step(run, added.out.strip(), "ocj")


# 6. unreachable with certainty ----------------------------------------------------------------
def test_the_contact_check_is_recorded_and_read_by_the_unreachable_signal(
    run: Run, pupil: str
) -> None:
    _measure(run, pupil, "2026-11-09", "parents", "ask-reason", "not-reached")
    _measure(run, pupil, "2026-11-12", "parents", "ask-reason", "not-reached")
    facts = _row(run, "2026-11-27")["signal_facts"]["parents_unreachable"]  # type: ignore[index]
    assert facts["checked_since"] is False and facts["checked_on"] is None
    checked = run("measure", "contact-checked", pupil, "--date", "2026-11-13")
    assert (checked.status, checked.out.strip()) == (0, "2026-11-13")
    row = _row(run, "2026-11-27")
    facts = row["signal_facts"]["parents_unreachable"]  # type: ignore[index]
    assert facts["checked_since"] is True and facts["checked_on"] == "2026-11-13"
    assert row["contact_checked_on"] == "2026-11-13"


def test_a_contact_check_in_the_future_is_refused(run: Run, pupil: str) -> None:
    result = run("measure", "contact-checked", pupil, "--date", "2099-01-01")
    assert result.status == 1 and "future" in result.err


# 7. the first contact -------------------------------------------------------------------------
def test_no_contact_after_b_fires_in_pupils_json_until_someone_is_contacted(
    run: Run, pupil: str
) -> None:
    _absence(run, pupil, "2026-11-16", "B", "--half", "VM")  # Monday
    assert "no_contact_after_b" not in _row(run, "2026-11-19")["signals"]  # 3 lesson days
    row = _row(run, "2026-11-20")
    assert "no_contact_after_b" in row["signals"]
    assert row["signal_facts"]["no_contact_after_b"] == {  # type: ignore[index]
        "last_b": "2026-11-16",
        "lesson_days": 4,
    }
    _measure(run, pupil, "2026-11-17", "pupil", "ask-reason", "not-reached")
    assert "no_contact_after_b" not in _row(run, "2026-11-20")["signals"]


# 8. earlier years -----------------------------------------------------------------------------
def test_known_problem_reads_a_school_year_before_the_last_one(run: Run, pupil: str) -> None:
    _absence(run, pupil, "2025-03-10", "B", "--until", "2025-03-12")  # 2024-2025: 5 B
    _absence(run, pupil, "2025-10-06", "B", "--half", "VM")  # 2025-2026: 1 B
    row = _row(run, "2026-11-27")
    assert "known_problem" in row["signals"]
    facts = row["signal_facts"]["known_problem"]  # type: ignore[index]
    assert (facts["year"], facts["year_b"], facts["previous_b"]) == ("2024-2025", 5, 1)


def test_an_unreadable_date_is_refused_in_words(run: Run, pupil: str) -> None:
    result = run("measure", "contact-checked", pupil, "--date", "13/11/2026")
    assert result.status == 1 and "YYYY-MM-DD" in result.err
