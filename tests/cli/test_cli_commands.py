"""`pa-desktop-cli` in-process: words, JSON keys and exit statuses are a public interface."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from pa_desktop.cli import main as cli
from pa_desktop.cli import unlocking
from pa_desktop.services.access import Vaults

PASSPHRASE = "cli test passphrase"
PUPIL_KEYS = {
    "id",
    "last_name",
    "first_name",
    "class",
    "totals",
    "total",
    "b_fifth_date",
    "last_6_weeks",
    "absence_rate",
    "pattern",
    "signals",
    "state",
}


@dataclass
class Result:
    status: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault_folder: Path
) -> Run:
    monkeypatch.setenv("PA_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PA_DESKTOP_LANG", "en")
    monkeypatch.delenv("PA_DESKTOP_VAULT", raising=False)
    monkeypatch.setattr(unlocking, "open_vaults", Vaults.for_tests)

    def _run(*args: str, vault: Path | None = vault_folder) -> Result:
        capsys.readouterr()
        argv = (["--vault", str(vault)] if vault is not None else []) + list(args)
        try:
            status = cli.main(argv)
        except SystemExit as stop:  # argparse's way out
            status = int(stop.code or 0)
        captured = capsys.readouterr()
        return Result(status, captured.out, captured.err)

    return _run


@pytest.fixture
def vault_with_pupil(run: Run) -> int:
    assert run("init", "--user", "Tester", "--school", "Sint-X").status == 0
    added = run("pupil", "add", "--last-name", "Yılmaz", "--first-name", "Ayşe", "--class", "3B")
    assert added.status == 0
    return int(added.out)


def _pupils(run: Run, *extra: str) -> list[dict[str, object]]:
    result = run("pupils", "--json", "--school-year", "2025-2026", "--at", "2025-10-24", *extra)
    assert result.status == 0, result.err
    return json.loads(result.out)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_init_creates_a_vault_and_shows_the_recovery_code_once(
    run: Run, vault_folder: Path
) -> None:
    result = run("init", "--user", "Tester")
    assert result.status == 0
    assert f"Vault created in {vault_folder}" in result.out
    assert "Recovery code" in result.out
    code = result.out.strip().splitlines()[-1].strip()
    assert len(code) == 29 and code.count("-") == 5
    assert {"vault.db", "vault.keys"} <= set(_files(vault_folder))
    assert PASSPHRASE not in result.out + result.err


def test_init_twice_is_refused_and_keeps_the_key(run: Run, vault_folder: Path) -> None:
    assert run("init", "--user", "Tester").status == 0
    key_file = (vault_folder / "vault.keys").read_bytes()
    again = run("init", "--user", "Tester")
    assert again.status == 1
    assert "There is already a vault" in again.err
    assert (vault_folder / "vault.keys").read_bytes() == key_file


def test_init_with_a_short_passphrase_is_refused(
    run: Run, monkeypatch: pytest.MonkeyPatch, vault_folder: Path
) -> None:
    monkeypatch.setenv("PA_DESKTOP_PASSPHRASE", "short")
    result = run("init", "--user", "Tester")
    assert result.status == 1
    assert "at least 10 characters" in result.err
    assert not (vault_folder / "vault.db").exists()


def test_pupil_add_prints_the_new_id(run: Run, vault_with_pupil: int) -> None:
    assert vault_with_pupil == 1
    second = run("pupil", "add", "--last-name", "Peeters", "--first-name", "Lotte", "--class", "1A")
    assert (second.status, second.out.strip()) == (0, "2")


def test_absence_add_and_pupils_json(run: Run, vault_with_pupil: int) -> None:
    added = run(
        "absence",
        "add",
        str(vault_with_pupil),
        "--date",
        "2025-09-08",
        "--until",
        "2025-09-10",
        "--code",
        "B",
    )
    assert added.status == 0
    assert added.out.strip() == "5 half days registered."
    late = run("absence", "add", "1", "--date", "2025-09-11", "--half", "VM", "--code", "L")
    assert late.out.strip() == "1 half days registered."

    [pupil] = _pupils(run)
    assert set(pupil) >= PUPIL_KEYS
    assert (pupil["id"], pupil["last_name"], pupil["first_name"], pupil["class"]) == (
        1,
        "Yılmaz",
        "Ayşe",
        "3B",
    )
    assert pupil["totals"] == {"B": 5, "P": 0, "R": 0, "Z": 0, "other": 0, "unknown": 0}
    assert pupil["total"] == 5
    assert pupil["b_fifth_date"] == "2025-09-10"
    assert pupil["last_6_weeks"] == 0
    assert pupil["absence_rate"] == round(5 / 72, 4)
    assert pupil["pattern"] == "concentrated"
    assert pupil["signals"] == ["clb_signal_due", "early_year_b", "no_contact_after_b"]
    assert pupil["state"] is None


def test_marks_on_the_command_line(run: Run, vault_with_pupil: int) -> None:
    result = run(
        "absence", "add", "1", "--date", "2025-09-08", "--code", "B", "--mark", "luxeverzuim"
    )
    assert result.status == 0
    [pupil] = _pupils(run)
    assert pupil["totals"]["B"] == 2
    # luxeverzuim is filtered out of the early-year signal; the school still contacts them
    assert pupil["signals"] == ["no_contact_after_b"]


def test_pupils_table_lists_names_and_signals(run: Run, vault_with_pupil: int) -> None:
    run("absence", "add", "1", "--date", "2025-09-08", "--until", "2025-09-10", "--code", "B")
    result = run("pupils", "--school-year", "2025-2026", "--at", "2025-10-24")
    assert result.status == 0
    assert "Yılmaz, Ayşe" in result.out
    # names in the user's language (PA_DESKTOP_LANG, English in these tests); --json keeps ids
    assert "Signal to the CLB, Early B codes" in result.out
    assert "clb_signal_due" not in result.out


def test_wrong_passphrase_exits_3_with_a_message(
    run: Run, vault_with_pupil: int, monkeypatch: pytest.MonkeyPatch, vault_folder: Path
) -> None:
    before = _files(vault_folder)
    monkeypatch.setenv("PA_DESKTOP_PASSPHRASE", "not the cli passphrase")
    for args in (
        ("pupils", "--json"),
        ("pupil", "add", "--last-name", "A", "--first-name", "B", "--class", "1A"),
        ("check",),
    ):
        result = run(*args)
        assert result.status == 3
        assert "The passphrase is wrong" in result.err
        assert result.out == ""
    assert _files(vault_folder) == before


def test_no_passphrase_and_no_terminal_exits_3(
    run: Run, vault_with_pupil: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PA_DESKTOP_PASSPHRASE")
    result = run("check")
    assert result.status == 3
    assert "PA_DESKTOP_PASSPHRASE" in result.err


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("absence", "add", "1", "--date", "2025-09-09", "--code", "X"), "unknown absence code"),
        (
            ("absence", "add", "1", "--date", "2025-10-27", "--until", "2025-10-31", "--code", "B"),
            "no lesson half day",
        ),
        (
            ("absence", "add", "1", "--date", "2025-09-12", "--until", "2025-09-09", "--code", "B"),
            "end date is before",
        ),
        (("absence", "add", "1", "--date", "2025-13-01", "--code", "B"), "Invalid date"),
        (("absence", "add", "7", "--date", "2025-09-09", "--code", "B"), "No pupil with id 7"),
        (
            ("pupil", "add", "--last-name", " ", "--first-name", "X", "--class", "1A"),
            "the last name is empty",
        ),
        (("pupils", "--school-year", "2025-2027"), "Invalid school year"),
    ],
)
def test_refused_input_exits_1_and_changes_nothing(
    run: Run, vault_with_pupil: int, args: tuple[str, ...], words: str
) -> None:
    run("absence", "add", "1", "--date", "2025-09-08", "--code", "Z")
    before = _pupils(run)
    result = run(*args)
    assert result.status == 1
    assert words in result.err
    assert result.out == ""
    assert _pupils(run) == before
    check = run("check")
    assert check.out.strip() == "Vault is sound: 1 pupils, 2 absences."


def test_commands_on_a_missing_vault_exit_1(run: Run, vault_folder: Path) -> None:
    result = run("check")
    assert result.status == 1
    assert "No vault found" in result.err
    assert not vault_folder.exists()


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("frobnicate",),
        ("absence", "add", "1", "--date", "2025-09-09"),  # no --code
        ("absence", "add", "1", "--date", "2025-09-09", "--code", "B", "--half", "XM"),
        ("absence", "add", "one", "--date", "2025-09-09", "--code", "B"),
        ("absence", "add", "1", "--date", "2025-09-09", "--code", "B", "--mark", "holiday"),
        ("pupil", "add", "--last-name", "X"),
    ],
)
def test_usage_errors_exit_2(run: Run, vault_with_pupil: int, args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.status == 2
    assert "usage:" in result.err


def test_check_exits_0_on_a_sound_vault(run: Run, vault_with_pupil: int) -> None:
    run("absence", "add", "1", "--date", "2025-09-08", "--code", "Z")
    result = run("check")
    assert result.status == 0
    assert result.out.strip() == "Vault is sound: 1 pupils, 2 absences."


def test_calendar_json(run: Run) -> None:
    result = run("calendar", "2025-2026", "--json", vault=None)
    assert result.status == 0
    data = json.loads(result.out)
    assert {
        "school_year",
        "first_day",
        "last_day",
        "holidays",
        "free_days",
        "lesson_half_days",
    } <= set(data)
    assert data["school_year"] == "2025-2026"
    assert (data["first_day"], data["last_day"]) == ("2025-09-01", "2026-06-30")
    assert data["holidays"] == [
        {"name": "herfstvakantie", "start": "2025-10-27", "end": "2025-11-02"},
        {"name": "kerstvakantie", "start": "2025-12-22", "end": "2026-01-04"},
        {"name": "krokusvakantie", "start": "2026-02-16", "end": "2026-02-22"},
        {"name": "paasvakantie", "start": "2026-04-06", "end": "2026-04-19"},
    ]
    assert [f["date"] for f in data["free_days"]] == [
        "2025-11-11",
        "2026-05-01",
        "2026-05-14",
        "2026-05-15",
        "2026-05-25",
    ]
    assert data["lesson_half_days"] == 327


def test_calendar_with_a_vault_uses_the_schools_settings(
    run: Run, vault_with_pupil: int, vault_folder: Path
) -> None:
    from datetime import date

    session = Vaults.for_tests().unlock(vault_folder, PASSPHRASE)
    session.save_calendar_settings(True, [(date(2025, 10, 1), "pedagogische studiedag")])
    session.close()
    data = json.loads(run("calendar", "2025-26", "--json").out)
    assert {"date": "2025-10-01", "name": "pedagogische studiedag"} in data["free_days"]
    assert data["lesson_half_days"] == 326


def test_calendar_text(run: Run) -> None:
    result = run("calendar", "2026-2027", vault=None)
    assert result.status == 0
    assert "herfstvakantie   02/11/2026 - 08/11/2026" in result.out


def test_calendar_with_a_bad_year_exits_1(run: Run) -> None:
    result = run("calendar", "2026", vault=None)
    assert result.status == 1
    assert "Invalid school year" in result.err


def test_messages_are_dutch_by_default(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PA_DESKTOP_LANG")
    result = run("check")
    assert result.status == 1
    assert "Geen kluis gevonden" in result.err
