"""The diagnostic log: where it lives, that the CLI writes it, and that it holds no data."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from pa_desktop.cli import main as cli
from pa_desktop.cli import unlocking, vault_commands
from pa_desktop.services import logs
from pa_desktop.services.access import Vaults

PASSPHRASE = "log test passphrase"
SECRET_NAME = "Yılmaz-Verhaegen"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    logs.stop_logging()
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    yield folder
    logs.stop_logging()


def test_the_log_folder_is_the_platforms_per_user_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(logs.LOG_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", "/home/an/.state")
    monkeypatch.setattr(logs.sys, "platform", "linux")
    assert logs.log_folder() == Path("/home/an/.state/PA Desktop/logs")
    monkeypatch.delenv("XDG_STATE_HOME")
    assert logs.log_folder() == Path.home() / ".local" / "state" / "PA Desktop" / "logs"
    monkeypatch.setattr(logs.sys, "platform", "darwin")
    assert logs.log_folder() == Path.home() / "Library" / "Logs" / "PA Desktop"
    monkeypatch.setenv(logs.LOG_DIR_ENV, "/portable/logs")
    assert logs.log_folder() == Path("/portable/logs")


def _cli(monkeypatch: pytest.MonkeyPatch, vault: Path, *args: str) -> int:
    monkeypatch.setenv("PA_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(unlocking, "open_vaults", Vaults.for_tests)
    return cli.main(["--vault", str(vault), *args])


def test_the_cli_logs_its_commands_with_ids_only(
    log_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    vault = tmp_path / "vault"
    assert _cli(monkeypatch, vault, "init", "--user", "An", "--school", "Sint-X") == 0
    name = ("pupil", "add", "--last-name", SECRET_NAME, "--first-name", "Ayşe", "--class", "3B")
    assert _cli(monkeypatch, vault, *name) == 0
    text = (log_dir / "pa-desktop-cli.log").read_text(encoding="utf-8")
    assert "pa-desktop-cli started: PA Desktop" in text
    assert "command: init" in text and "command: pupil add" in text
    for secret in (SECRET_NAME, "Ayşe", PASSPHRASE, "Sint-X", str(tmp_path)):
        assert secret not in text
    if hasattr(logs.os, "getuid"):
        assert (log_dir / "pa-desktop-cli.log").stat().st_mode & 0o077 == 0


def test_an_unexpected_cli_error_is_logged_as_frames_and_kind_without_its_text(
    log_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError(f"row 3: {SECRET_NAME}")

    monkeypatch.setattr(vault_commands, "cmd_init", broken)
    with pytest.raises(RuntimeError):
        _cli(monkeypatch, tmp_path / "vault", "init")
    text = (log_dir / "pa-desktop-cli.log").read_text(encoding="utf-8")
    assert "CRITICAL pa_desktop.cli.main: command init failed" in text
    assert "pa_desktop/cli/main.py:" in text and "in main" in text
    assert "builtins.RuntimeError" in text
    assert SECRET_NAME not in text and "row 3" not in text


def test_an_error_report_names_its_causes_and_no_paths_outside_the_package() -> None:
    try:
        try:
            {}["Peeters"]
        except KeyError as inner:
            raise ValueError("Peeters is not valid") from inner
    except ValueError as error:
        report = logs.error_report(type(error), error, error.__traceback__)
    lines = report.splitlines()
    assert lines[-3:] == [lines[-3], lines[-2], "builtins.KeyError"] and "caused by:" in lines
    assert "builtins.ValueError" in lines
    assert "Peeters" not in report
    assert "tests/services/test_logs.py" not in report  # outside the package: file name alone
    assert any(line.strip().startswith("test_logs.py:") for line in lines)


def test_the_file_rotates_and_keeps_three_old_ones(
    log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.start_logging("rotation")
    assert path == log_dir / "rotation.log"
    assert logs.start_logging("rotation") == path  # a second call adds no second handler
    log = logging.getLogger("pa_desktop.test")
    for n in range(400):
        log.info("pupil %d opened", n)
    names = sorted(p.name for p in log_dir.iterdir())
    assert names == ["rotation.log", "rotation.log.1", "rotation.log.2", "rotation.log.3"]
    assert all(p.stat().st_size <= 2_100 for p in log_dir.iterdir())


def test_an_unwritable_log_folder_leaves_the_program_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(blocker / "logs"))
    logs.stop_logging()
    assert logs.start_logging("pa-desktop") is None
