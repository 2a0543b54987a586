"""Backups: one encrypted file, restored elsewhere with the same content, opening with the
secrets of its day; checked before it replaces anything; on a schedule, with rotation."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pa_desktop.services import audit, backups, care
from pa_desktop.services import restore as restoring
from pa_desktop.services.access import Vaults
from pa_desktop.services.backups import BackupPolicy, backup_due
from pa_desktop.services.errors import (
    BackupFileError,
    RestoreTargetError,
    StorageGoneError,
    WrongPassphraseError,
)
from pa_desktop.services.session import VaultSession
from pa_desktop.store.backup_file import MAGIC
from tests.care.conftest import GONE_LAST, PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase"


def _content(session: VaultSession) -> dict[str, object]:
    """Everything a user would miss: pupils, absences per pupil, measures, settings."""
    year_rows = {}
    for pupil in session.pupils():
        rows = []
        for start in (2022, 2026):
            from pa_desktop.domain.calendar import SchoolYear

            rows += [(a.day, a.half, a.code) for a in session.absences(pupil.id, SchoolYear(start))]
        year_rows[pupil.id] = rows
    from pa_desktop.services import guidance

    return {
        "pupils": session.pupils(),
        "absences": year_rows,
        "measures": {p.id: guidance.measures(session, p.id) for p in session.pupils()},
        "profile": session.profile(),
    }


def test_backup_restored_elsewhere_has_the_same_content_and_the_old_passphrase(
    care_vault: tuple[VaultSession, str, int, int], vaults: Vaults, tmp_path: Path
) -> None:
    session, code, _gone, _current = care_vault
    before = _content(session)
    made = backups.make_backup(session, tmp_path / "one.pabackup")
    assert made.path.read_bytes().startswith(MAGIC)
    assert GONE_LAST.encode() not in made.path.read_bytes()  # encrypted
    care.change_passphrase(session, vaults, PASSPHRASE, NEW_PASSPHRASE)

    with pytest.raises(WrongPassphraseError):
        restoring.restore(made.path, tmp_path / "nope", NEW_PASSPHRASE)
    assert not (tmp_path / "nope").exists() or not any((tmp_path / "nope").iterdir())
    restored = restoring.restore(made.path, tmp_path / "restored", PASSPHRASE)
    assert restored.folder == tmp_path / "restored"
    again = vaults.unlock(tmp_path / "restored", PASSPHRASE)
    try:
        assert _content(again) == before
        assert again.check() == []
        assert [e.action for e in audit.entries(again)][-1] == "restore"
    finally:
        again.close()
    # the recovery code of that day opens it too
    second = restoring.restore(made.path, tmp_path / "by-code", code, recovery=True)
    vaults.unlock_with_recovery_code(second.folder, code).close()


def test_restore_goes_into_a_new_folder_only(
    care_vault: tuple[VaultSession, str, int, int], tmp_path: Path
) -> None:
    session = care_vault[0]
    made = backups.make_backup(session, tmp_path / "b.pabackup")
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "something.txt").write_text("mine")
    with pytest.raises(RestoreTargetError):
        restoring.restore(made.path, taken, PASSPHRASE)
    assert (taken / "something.txt").read_text() == "mine"


def test_a_damaged_or_foreign_file_is_refused_and_leaves_nothing(
    care_vault: tuple[VaultSession, str, int, int], tmp_path: Path
) -> None:
    session = care_vault[0]
    made = backups.make_backup(session, tmp_path / "b.pabackup")
    data = bytearray(made.path.read_bytes())
    data[-5000] ^= 0x40
    damaged = tmp_path / "damaged.pabackup"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupFileError) as refused:
        restoring.restore(damaged, tmp_path / "r1", PASSPHRASE)
    assert refused.value.reason == "damaged"
    assert not (tmp_path / "r1").exists()
    truncated = tmp_path / "truncated.pabackup"
    truncated.write_bytes(bytes(data[:-4096]))
    with pytest.raises(BackupFileError):
        backups.describe(truncated)
    other = tmp_path / "notes.pabackup"
    other.write_text("not a backup at all")
    with pytest.raises(BackupFileError) as refused:
        restoring.restore(other, tmp_path / "r2", PASSPHRASE)
    assert refused.value.reason == "not_a_backup"


def test_replacing_the_vault_keeps_todays_passphrase_and_the_old_vault_aside(
    care_vault: tuple[VaultSession, str, int, int], vaults: Vaults, tmp_path: Path
) -> None:
    session, _code, gone, current = care_vault
    made = backups.make_backup(session, tmp_path / "b.pabackup")
    care.change_passphrase(session, vaults, PASSPHRASE, NEW_PASSPHRASE)
    session.remove_absences(current, [])  # no-op write
    from pa_desktop.domain.pupils import PupilDraft

    added = session.add_pupil(PupilDraft("Na", "Backup", "2B"))
    summary = restoring.replace_vault(session.folder, made.path, NEW_PASSPHRASE, session=session)
    assert summary.keys_from == "current"
    assert summary.kept_aside is not None and (summary.kept_aside / "vault.db").exists()
    assert not session.is_locked
    assert {p.id for p in session.pupils()} == {gone, current}  # the same session, resumed
    assert added.id not in {p.id for p in session.pupils()}
    session.close()
    vaults.unlock(session.folder, NEW_PASSPHRASE).close()
    kept = vaults.unlock(summary.kept_aside, NEW_PASSPHRASE)
    assert added.id in {p.id for p in kept.pupils()}
    kept.close()


def test_a_vault_too_damaged_to_open_finds_and_restores_its_latest_backup(
    care_vault: tuple[VaultSession, str, int, int], vaults: Vaults
) -> None:
    session = care_vault[0]
    folder = session.folder
    first = backups.automatic_backup(session, datetime(2026, 11, 27, 8, tzinfo=UTC))
    latest = backups.automatic_backup(session, datetime(2026, 11, 28, 8, tzinfo=UTC))
    assert first is not None and latest is not None
    session.close()
    database = folder / "vault.db"
    data = bytearray(database.read_bytes())
    data[100] ^= 0xFF  # page 1: the vault no longer opens
    database.write_bytes(bytes(data))
    from pa_desktop.services.errors import VaultDamagedError

    with pytest.raises(VaultDamagedError):
        vaults.unlock(folder, PASSPHRASE)
    found = backups.latest_backup(folder)
    assert found is not None and found.path == latest.path
    summary = restoring.replace_vault(folder, found.path, PASSPHRASE)
    assert summary.kept_aside is not None
    restored = vaults.unlock(folder, PASSPHRASE)
    assert restored.check() == [] and len(restored.pupils()) == 2
    restored.close()


def test_backup_due_daily_weekly_and_with_a_wrong_clock() -> None:
    daily = BackupPolicy()
    morning = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
    assert backup_due(None, morning, daily)
    assert not backup_due(morning, morning + timedelta(hours=5), daily)
    assert backup_due(morning, datetime(2026, 11, 29, 7, 55, tzinfo=UTC), daily)  # next day
    assert backup_due(morning, morning + timedelta(days=3), daily)
    assert backup_due(morning + timedelta(days=2), morning, daily)  # clock set back
    weekly = BackupPolicy(interval="weekly")
    assert not backup_due(morning, morning + timedelta(days=6), weekly)
    assert backup_due(morning, morning + timedelta(days=7), weekly)
    assert not backup_due(None, morning, BackupPolicy(enabled=False))


def test_automatic_backups_keep_the_last_n_and_skip_a_damaged_vault(
    care_vault: tuple[VaultSession, str, int, int], tmp_path: Path
) -> None:
    session = care_vault[0]
    target = tmp_path / "usb"
    target.mkdir()
    (target / "holiday-photos.pabackup").write_text("not ours, never removed")
    backups.save_policy(session, BackupPolicy(keep=3, folder=str(target)))
    start = datetime(2026, 11, 1, 9, tzinfo=UTC)
    for day in range(5):
        assert backups.automatic_backup(session, start + timedelta(days=day)) is not None
        assert backups.automatic_backup(session, start + timedelta(days=day, hours=2)) is None
    ours = backups.backups(target, session.opened.vault_id)
    assert len(ours) == 3
    assert ours[0].path.name.endswith("20261105-090000.pabackup")
    assert (target / "holiday-photos.pabackup").exists()
    assert backups.last_backup(session) == start + timedelta(days=4)

    engine = session.repository(lambda e: e)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER audit_no_update")
        connection.exec_driver_sql("UPDATE audit_log SET actor = 'X' WHERE id = 1")
    with pytest.raises(BackupFileError) as refused:
        backups.automatic_backup(session, start + timedelta(days=9))
    assert refused.value.reason == "check_failed"
    assert len(backups.backups(target, session.opened.vault_id)) == 3  # the good ones kept


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_default_backup_folder_is_created_owner_only(
    care_vault: tuple[VaultSession, str, int, int], tmp_path: Path
) -> None:
    session = care_vault[0]
    target = tmp_path / "new-backups"
    backups.save_policy(session, BackupPolicy(keep=3, folder=str(target)))
    assert backups.automatic_backup(session, datetime(2026, 11, 1, 9, tzinfo=UTC)) is not None
    assert target.stat().st_mode & 0o777 == 0o700


def test_a_backup_into_a_missing_folder_says_so(
    care_vault: tuple[VaultSession, str, int, int], tmp_path: Path
) -> None:
    with pytest.raises(StorageGoneError):
        backups.make_backup(care_vault[0], tmp_path / "pulled-stick" / "b.pabackup")
