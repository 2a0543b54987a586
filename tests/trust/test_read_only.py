"""A vault on a read-only medium (a write-protected stick, a read-only share) opens read-only:
reading and backing up work, nothing is written beside or inside it, a write is refused in
words. Tests run as root, for whom permission bits do not apply; the operating system's answer
(`os.access`, which reports EROFS even to root) is played by the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from pa_desktop.cli import main as cli
from pa_desktop.cli import unlocking
from pa_desktop.services import backups
from pa_desktop.services import restore as restoring
from pa_desktop.services.access import Vaults
from pa_desktop.store import vault as store_vault
from tests.trust.conftest import PASSPHRASE


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_read_only_vault_is_read_and_backed_up_and_never_written(
    small_vault: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _snapshot(small_vault)
    monkeypatch.setattr(store_vault, "writable", lambda folder: False)
    session = Vaults.for_tests().unlock(small_vault, PASSPHRASE)
    try:
        assert session.opened.read_only
        assert [p.last_name for p in session.pupils()] == ["Peeters", "Yılmaz"]
        assert session.check() == []
        made = backups.make_backup(session, tmp_path / "from-the-stick.pabackup")
    finally:
        session.close()
    assert _snapshot(small_vault) == before  # no WAL, no SHM, no change
    restored = restoring.restore(made.path, tmp_path / "restored", PASSPHRASE)
    again = Vaults.for_tests().unlock(restored.folder, PASSPHRASE)
    try:
        assert len(again.pupils()) == 2
    finally:
        again.close()
    monkeypatch.setenv("PA_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PA_DESKTOP_LANG", "en")
    monkeypatch.setattr(unlocking, "open_vaults", Vaults.for_tests)
    capsys.readouterr()
    status = cli.main(
        ["--vault", str(small_vault), "pupil", "add", "--last-name", "A", "--first-name", "B",
         "--class", "1A"]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert status == 1 and "cannot be written" in err and "Traceback" not in err
    assert _snapshot(small_vault) == before
