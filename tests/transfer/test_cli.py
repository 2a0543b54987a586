"""`pa-desktop-cli transfer export` and `transfer import`, between two vaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli_commands import Run, run  # noqa: F401 (the fixture)

SECRET = "paarse olifant op dinsdag"


@pytest.fixture
def two_vaults(run: Run, tmp_path: Path) -> tuple[Path, Path, str]:  # noqa: F811
    sender, receiver = tmp_path / "sender", tmp_path / "receiver"
    assert run("init", "--user", "An", "--school", "Sint-Guido", vault=sender).status == 0
    assert (
        run("init", "--user", "Bo", "--clb", "CLB VGC", "--role", "clb", vault=receiver).status == 0
    )
    pupil = run(
        "pupil", "add", "--last-name", "Yılmaz", "--first-name", "Ayşe", "--class", "3B",
        "--birth-date", "2012-05-14", "--number", "4711", vault=sender,
    ).out.strip()  # fmt: skip
    added = run(
        "absence", "add", pupil, "--date", "2026-10-05", "--until", "2026-10-06", "--code", "B",
        vault=sender,
    )  # fmt: skip
    assert added.status == 0, added.err
    return sender, receiver, pupil


def test_a_round_trip_through_the_command_line(
    run: Run,  # noqa: F811
    two_vaults: tuple[Path, Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sender, receiver, pupil = two_vaults
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setenv("HANDOVER", SECRET)
    exported = run(
        "transfer", "export", pupil, "--out", str(out), "--to", "clb",
        "--school-years", "2026-2027", "--passphrase-env", "HANDOVER", vault=sender,
    )  # fmt: skip
    assert exported.status == 0, exported.err
    (file,) = out.glob("dossier-*.padossier")
    assert str(file) in exported.out and "Yılmaz" not in file.name
    assert SECRET not in exported.out + exported.err

    dry = run(
        "transfer", "import", str(file), "--passphrase-env", "HANDOVER", "--dry-run", "--json",
        vault=receiver,
    )  # fmt: skip
    assert dry.status == 0, dry.err
    preview = json.loads(dry.out)
    assert preview["dry_run"] is True and preview["absences_new"] == 4
    assert preview["sender"]["school"] == "Sint-Guido" and preview["receiver"] == "clb"
    assert preview["pupil"]["last_name"] == "Yılmaz" and preview["matched_by"] == "new"
    assert preview["b_counts"] == {"2026-2027": 4}

    monkeypatch.setenv("PA_DESKTOP_TRANSFER_PASSPHRASE", SECRET)  # the default variable
    done = run("transfer", "import", str(file), vault=receiver)
    assert done.status == 0, done.err
    # a school handing the pupil to its CLB: recorded as signalled, not as a school change
    assert "Sint-Guido" in done.out and "signalled the pupil" in done.out
    again = run("transfer", "import", str(file), "--json", vault=receiver)
    second = json.loads(again.out)
    assert second["absences_unchanged"] == 4 and second["absences_new"] == 0
    assert second["previous_imports"] and second["matched_by"] == "school_number"
    listed = json.loads(run("pupils", "--json", "--school-year", "2026-2027", vault=receiver).out)
    assert len(listed) == 1 and listed[0]["totals"]["B"] == 4
    assert listed[0]["state"] == "signalled_clb" and listed[0]["school"] == "Sint-Guido"


def test_refusals_exit_1_with_a_clear_message(
    run: Run,  # noqa: F811
    two_vaults: tuple[Path, Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sender, receiver, pupil = two_vaults
    monkeypatch.delenv("PA_DESKTOP_TRANSFER_PASSPHRASE", raising=False)
    target = tmp_path / "x.padossier"
    missing = run("transfer", "export", pupil, "--out", str(target), "--to", "school", vault=sender)
    assert missing.status == 1 and "PA_DESKTOP_TRANSFER_PASSPHRASE" in missing.err
    assert not target.exists()
    monkeypatch.setenv("PA_DESKTOP_TRANSFER_PASSPHRASE", SECRET)
    made = run("transfer", "export", pupil, "--out", str(target), "--to", "school", vault=sender)
    assert made.status == 0 and target.exists()
    monkeypatch.setenv("PA_DESKTOP_TRANSFER_PASSPHRASE", "een ander wachtwoord")
    wrong = run("transfer", "import", str(target), vault=receiver)
    assert wrong.status == 1 and "does not open this file" in wrong.err
    monkeypatch.setenv("PA_DESKTOP_TRANSFER_PASSPHRASE", SECRET)
    damaged = tmp_path / "damaged.padossier"
    data = bytearray(target.read_bytes())
    data[-20] ^= 0xFF
    damaged.write_bytes(bytes(data))
    broken = run("transfer", "import", str(damaged), vault=receiver)
    assert broken.status == 1 and "damaged" in broken.err
    assert json.loads(run("pupils", "--json", vault=receiver).out) == []
    usage = run("transfer", "export", pupil, "--out", str(target), "--to", "police", vault=sender)
    assert usage.status == 2
