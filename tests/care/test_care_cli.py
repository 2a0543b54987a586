"""`pa-desktop-cli passphrase`, `backup`, `restore`, `audit`: words, exit statuses, JSON keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pa_desktop.cli import main as cli
from pa_desktop.cli import unlocking
from pa_desktop.services.access import Vaults

PASSPHRASE = "cli care passphrase"
NEW = "the next cli passphrase"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        status = cli.main(list(argv))
    except SystemExit as stop:
        status = int(stop.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("PA_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PA_DESKTOP_LANG", "en")
    monkeypatch.delenv("PA_DESKTOP_VAULT", raising=False)
    monkeypatch.setattr(unlocking, "open_vaults", Vaults.for_tests)
    return monkeypatch


def test_backup_passphrase_restore_and_audit(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    vault = str(tmp_path / "vault")
    assert _run(capsys, "--vault", vault, "init", "--user", "An")[0] == 0
    status, out, _ = _run(
        capsys, "--vault", vault, "pupil", "add", "--last-name", "Yılmaz", "--first-name",
        "Ayşe", "--class", "3B",
    )  # fmt: skip
    assert status == 0
    backup = tmp_path / "one.pabackup"
    status, out, err = _run(capsys, "--vault", vault, "backup", "--out", str(backup))
    assert status == 0 and "Backup made" in out and backup.exists()

    env.setenv("PA_DESKTOP_NEW_PASSPHRASE", "short")
    status, _, err = _run(capsys, "--vault", vault, "passphrase")
    assert status == 1 and "10 characters" in err
    env.setenv("PA_DESKTOP_NEW_PASSPHRASE", NEW)
    status, out, _ = _run(capsys, "--vault", vault, "passphrase")
    assert status == 0 and "passphrase was changed" in out
    assert _run(capsys, "--vault", vault, "check")[0] == 3  # the old one no longer opens

    status, out, _ = _run(capsys, "restore", str(backup), "--to", str(tmp_path / "restored"))
    assert status == 0 and "restored" in out
    status, out, _ = _run(capsys, "--vault", str(tmp_path / "restored"), "check")
    assert status == 0 and "1 pupils" in out
    status, _, err = _run(capsys, "restore", str(backup), "--to", str(tmp_path / "restored"))
    assert status == 1 and "not empty" in err

    env.setenv("PA_DESKTOP_PASSPHRASE", NEW)
    status, out, err = _run(capsys, "--vault", vault, "audit", "--json")
    assert status == 0
    log = json.loads(out)
    assert [e["action"] for e in log] == ["backup", "passphrase_change", "unlock_failed"]
    assert set(log[0]) == {"id", "at", "actor", "action", "pupil_id", "details"}
    status, out, err = _run(capsys, "--vault", vault, "audit", "--action", "backup")
    # the text output says the action in words (--json above keeps the ids)
    assert status == 0 and out.count("Backup made") == 1 and "intact" in err

    status, out, _ = _run(capsys, "--vault", vault, "passphrase", "--new-recovery-code")
    assert status == 0 and len(out.strip().splitlines()[-1].strip()) == 29


def test_restore_of_a_file_that_is_no_backup(
    env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    junk = tmp_path / "junk.pabackup"
    junk.write_bytes(b"hello")
    status, _, err = _run(capsys, "restore", str(junk), "--to", str(tmp_path / "r"))
    assert status == 1 and "not a PA Desktop backup" in err
