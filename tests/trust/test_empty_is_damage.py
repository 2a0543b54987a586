"""An empty or missing database is damage, not a new vault (finding 2), and the automatic
backups never rotate out the last copy that held more pupils than the vault has now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pa_desktop.services import backups
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import VaultDamagedError
from tests.trust.conftest import PASSPHRASE, run_cli

DAY_ONE = datetime(2026, 10, 5, 9, 0, tzinfo=UTC)


def _daily_backups(folder: Path, days: range, keep: int = 3) -> list[backups.BackupSummary]:
    session = Vaults.for_tests().unlock(folder, PASSPHRASE)
    try:
        backups.save_policy(session, backups.BackupPolicy(keep=keep))
        made = []
        for day in days:
            summary = backups.automatic_backup(session, DAY_ONE + timedelta(days=day))
            assert summary is not None
            made.append(summary)
        return made
    finally:
        session.close()


def test_a_truncated_vault_db_is_refused_and_the_good_backups_stay(small_vault: Path) -> None:
    _daily_backups(small_vault, range(3))
    place = backups.default_folder(small_vault)
    before = sorted(p.name for p in place.iterdir())
    assert len(before) == 3
    (small_vault / "vault.db").write_bytes(b"")  # truncated: a crash, a sync tool, an attacker
    with pytest.raises(VaultDamagedError):
        Vaults.for_tests().unlock(small_vault, PASSPHRASE)
    check = run_cli(small_vault, "check")
    assert check.status == 1 and "Traceback" not in check.err
    assert "missing, empty or damaged" in check.err and "sound" not in check.out
    assert (small_vault / "vault.db").stat().st_size == 0  # no schema quietly made in its place
    assert sorted(p.name for p in place.iterdir()) == before
    assert all(b.pupils == 2 for b in backups.backups(place))


def test_a_missing_vault_db_beside_its_key_file_is_damage(small_vault: Path) -> None:
    (small_vault / "vault.db").unlink()
    with pytest.raises(VaultDamagedError):
        Vaults.for_tests().unlock(small_vault, PASSPHRASE)
    assert not (small_vault / "vault.db").exists()
    done = run_cli(small_vault, "pupil", "add", "--last-name", "A", "--first-name", "B",
                   "--class", "1A")  # fmt: skip
    assert done.status == 1 and not (small_vault / "vault.db").exists()


def test_rotation_keeps_the_last_backup_with_more_pupils_than_the_vault_has(
    small_vault: Path,
) -> None:
    _daily_backups(small_vault, range(3))
    session = Vaults.for_tests().unlock(small_vault, PASSPHRASE)
    try:  # an accident empties the vault (the test plays it with direct database access)
        with session.opened.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM pupils")
    finally:
        session.close()
    made = _daily_backups(small_vault, range(3, 13))
    kept = backups.backups(backups.default_folder(small_vault))
    assert [b.pupils for b in kept].count(0) == 3
    assert [b.pupils for b in kept].count(2) == 1  # the last full copy, never rotated out
    assert made[-1].kept_for_pupils is not None and made[-1].kept_for_pupils.exists()
