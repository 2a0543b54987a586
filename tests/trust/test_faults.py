"""Faults in words (finding 7): a flipped byte anywhere, a full disk, a missing file reach the
user as a plain message and an exit status, never as a traceback with SQL text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from pa_desktop.cli import main as cli
from pa_desktop.cli import unlocking
from pa_desktop.services.access import Vaults
from pa_desktop.store.repositories import PupilRepository
from tests.trust.conftest import PASSPHRASE

PAGE = 4096


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PA_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PA_DESKTOP_LANG", "en")
    monkeypatch.setattr(unlocking, "open_vaults", Vaults.for_tests)

    def _run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        status = cli.main(list(argv))
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return _run


def test_check_reports_a_flipped_byte_on_every_page_instead_of_crashing(
    run,
    small_vault: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    database = small_vault / "vault.db"
    good = tmp_path / "good.db"
    shutil.copy(database, good)
    pages = good.stat().st_size // PAGE
    assert pages >= 5
    for page in range(pages):
        damaged = bytearray(good.read_bytes())
        damaged[page * PAGE + 1000] ^= 0x20
        database.write_bytes(bytes(damaged))
        status, out, err = run("--vault", str(small_vault), "check")
        assert status in (1, 3), page  # 3: page 1 carries the key check, "about the key"
        assert "sound" not in out and "Traceback" not in err and "SQL" not in err
        assert "damaged" in err or "does not open" in err or "errors" in err


def test_a_full_disk_is_said_plainly(
    run,
    small_vault: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    def full(*_args: object, **_kwargs: object) -> object:
        raise sqlcipher.OperationalError("database or disk is full")

    monkeypatch.setattr(PupilRepository, "add", full)
    status, _out, err = run(
        "--vault", str(small_vault), "pupil", "add", "--last-name", "A", "--first-name", "B",
        "--class", "1A",
    )  # fmt: skip
    assert status == 1 and "The disk is full" in err and "SQL" not in err


def test_a_damaged_key_file_exits_3_and_a_foreign_one_is_named(
    run,
    small_vault: Path,  # type: ignore[no-untyped-def]
) -> None:
    keys = small_vault / "vault.keys"
    text = keys.read_text(encoding="utf-8")
    keys.write_text(text.replace('"memory_kib": 8192', '"memory_kib": Infinity'), "utf-8")
    status, _out, err = run("--vault", str(small_vault), "pupils")
    assert status == 3 and "damaged" in err and "Traceback" not in err
    keys.write_text(text.replace('"memory_kib": 8192', '"memory_kib": 1048576'), "utf-8")
    status, _out, err = run("--vault", str(small_vault), "pupils")
    assert status == 3 and "not made by PA Desktop" in err


def test_sqlcipher_noise_never_reaches_stderr(small_vault: Path) -> None:
    from tests.trust.conftest import run_cli

    database = small_vault / "vault.db"
    damaged = bytearray(database.read_bytes())
    damaged[3 * PAGE + 1000] ^= 0x20
    database.write_bytes(bytes(damaged))
    done = run_cli(small_vault, "check")
    assert done.status == 1 and "errors" in done.err
    assert "ERROR CORE" not in done.err and "hmac check failed" not in done.err
