"""`pa-desktop-cli referral`, `signal-list`, `measure add` and `trajectory`."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tests.cli.test_cli_commands import Run


@pytest.fixture
def pupil(run: Run) -> str:
    assert run("init", "--user", "An", "--clb", "CLB GO! Brussel").status == 0
    pupil_id = run(
        "pupil", "add", "--last-name", "Yılmaz", "--first-name", "Ayşe", "--class", "1A"
    ).out.strip()
    assert (
        run(
            "absence",
            "add",
            pupil_id,
            "--date",
            "2026-10-05",
            "--until",
            "2026-10-07",
            "--code",
            "B",
        ).status
        == 0
    )
    return pupil_id


def test_referral_with_a_password_from_the_environment(
    run: Run,
    pupil: str,
    tmp_path: Path,
    monkeypatch,
) -> None:
    monkeypatch.setenv("REFERRAL_PW", "een-goed-wachtwoord")
    result = run(
        "referral",
        pupil,
        "--out",
        str(tmp_path),
        "--pseudonymise",
        "--password-env",
        "REFERRAL_PW",
        "--school-year",
        "2026-2027",
    )
    assert result.status == 0, result.err
    files = list(tmp_path.glob("*.pdf"))
    assert len(files) == 1 and "Yılmaz" not in files[0].name
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(files[0].read_bytes())
    pdfium.PdfDocument(files[0].read_bytes(), password="een-goed-wachtwoord").close()
    missing = run("referral", pupil, "--out", str(tmp_path), "--password-env", "NOT_SET_PW")
    assert missing.status == 1 and "NOT_SET_PW" in missing.err
    assert len(list(tmp_path.glob("*.pdf"))) == 1  # nothing written on refusal


def test_signal_list_marks_and_then_is_empty(run: Run, pupil: str, tmp_path: Path) -> None:
    first = run(
        "signal-list",
        "--out",
        str(tmp_path / "lijst.csv"),
        "--school-year",
        "2026-2027",
        "--mark-signalled",
    )
    assert first.status == 0 and "1 pupil(s) marked" in first.out
    assert "Yılmaz;Ayşe;1A;5" in (tmp_path / "lijst.csv").read_text(encoding="utf-8-sig")
    second = run("signal-list", "--out", str(tmp_path / "leeg.csv"), "--school-year", "2026-2027")
    assert (tmp_path / "leeg.csv").read_text(encoding="utf-8-sig").count("\n") == 1
    assert second.status == 0
    assert run("signal-list", "--out", str(tmp_path / "lijst.txt")).status == 1


def test_a_csv_signal_list_with_a_password_is_refused(
    run: Run, pupil: str, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("LIST_PW", "een-goed-wachtwoord")
    refused = run("signal-list", "--out", str(tmp_path / "lijst.csv"), "--password-env", "LIST_PW")
    assert refused.status == 1 and "--password-env" in refused.err
    assert not (tmp_path / "lijst.csv").exists()


def test_measure_and_trajectory_words(run: Run, pupil: str) -> None:
    logged = run(
        "measure",
        "add",
        pupil,
        "--date",
        "2026-10-06",
        "--towards",
        "parents",
        "--channel",
        "phone",
        "--purpose",
        "ask-reason",
        "--outcome",
        "not-reached",
    )
    assert logged.status == 0 and logged.out.strip().isdigit()
    step = run("trajectory", pupil, "registered_clb", "--date", "2026-10-08")
    assert step.status == 0 and "parents" in step.err  # the warning, and the step recorded
    assert run("trajectory", pupil, "no_such_step").status == 2


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("trajectory", "{pupil}", "registered_clb", "--date", "8/10/2026"), "Invalid date"),
        (
            (
                *("measure", "add", "{pupil}", "--date", "2026-10-06", "--follow-up", "soon"),
                *("--towards", "parents", "--channel", "phone"),
                *("--purpose", "ask-reason", "--outcome", "not-reached"),
            ),
            "Invalid date",
        ),
        (("referral", "{pupil}", "--out", ".", "--school-year", "2026"), "Invalid school year"),
    ],
)
def test_a_bad_date_or_year_is_refused_in_words(
    run: Run, pupil: str, args: tuple[str, ...], words: str
) -> None:
    """Not a traceback: exit 1, the words on stderr, nothing recorded."""
    result = run(*(a.format(pupil=pupil) for a in args))
    assert (result.status, result.out) == (1, "")
    assert words in result.err and "Traceback" not in result.err
