"""Faults underneath: a full disk rolls back cleanly, a read-only medium and a vanished folder
are named, a flipped byte is found. Nothing that was saved before is lost."""

from __future__ import annotations

import errno
from datetime import date, timedelta
from pathlib import Path

import pytest

from pa_desktop.domain.absences import Absence
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services import care, faults
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import (
    ReadOnlyStorageError,
    StorageFullError,
    StorageGoneError,
    VaultDamagedError,
)
from pa_desktop.services.session import VaultSession
from pa_desktop.store import care as store_care
from tests.care.conftest import PASSPHRASE


def _engine(session: VaultSession):  # type: ignore[no-untyped-def]
    return session.repository(lambda engine: engine)


def _many_absences(pupil_id: int, count: int) -> list[tuple[int, Absence]]:
    start = date(2026, 9, 1)
    return [
        (pupil_id, Absence(start + timedelta(days=i // 2), (HalfDay.VM, HalfDay.NM)[i % 2], "Z"))
        for i in range(count)
    ]


def test_a_full_disk_rolls_back_the_whole_change_and_keeps_what_was_saved(
    care_vault: tuple[VaultSession, str, int, int],
) -> None:
    session, _code, _gone, current = care_vault
    before = session.counts()
    extra = session.add_pupil(PupilDraft("Vol", "Schijf", "6A"))
    before = session.counts()
    with _engine(session).connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(StorageFullError), faults.guarded(session.folder):
        session.bulk_add_absences(_many_absences(extra.id, 600))
    with pytest.raises(StorageFullError), faults.guarded(session.folder):
        session.bulk_add_pupils([PupilDraft(f"Naam{i}" * 40, "X", "1A") for i in range(300)])
    assert session.counts() == before
    assert care.check(session) == []
    with _engine(session).connect() as connection:
        connection.exec_driver_sql("PRAGMA max_page_count = 4294967294")
    session.bulk_add_absences(_many_absences(extra.id, 600))  # room again: it works
    assert session.counts()["absences"] == before["absences"] + 600
    assert care.check(session) == []
    assert current in {p.id for p in session.pupils()}


def test_a_read_only_medium_is_named_and_changes_nothing(
    care_vault: tuple[VaultSession, str, int, int],
) -> None:
    session = care_vault[0]
    before = session.counts()
    with _engine(session).connect() as connection:
        connection.exec_driver_sql("PRAGMA query_only = ON")
    try:
        with pytest.raises(ReadOnlyStorageError), faults.guarded(session.folder):
            session.add_pupil(PupilDraft("Alleen", "Lezen", "1A"))
    finally:
        with _engine(session).connect() as connection:
            connection.exec_driver_sql("PRAGMA query_only = OFF")
    assert session.counts() == before


def test_os_errors_are_told_apart(tmp_path: Path) -> None:
    kind = store_care.fault_kind
    assert kind(OSError(errno.ENOSPC, "full")) == "full"
    assert kind(OSError(errno.EROFS, "read-only file system")) == "read_only"
    assert kind(OSError(errno.EACCES, "denied")) == "read_only"
    assert kind(OSError(errno.EIO, "i/o"), tmp_path / "pulled") == "gone"
    assert kind(OSError(errno.EIO, "i/o"), tmp_path) == "io"
    assert kind(ValueError("a bug")) is None
    assert isinstance(
        faults.translate(OSError(errno.ENOSPC, "x"), where="backup"), StorageFullError
    )
    assert faults.translate(KeyError("bug")) is None


def test_a_vanished_vault_folder_is_noticed(
    care_vault: tuple[VaultSession, str, int, int], tmp_path: Path
) -> None:
    session = care_vault[0]
    watch = care.VaultWatch(session.folder)
    assert watch.still_there()
    moved = tmp_path / "elsewhere"
    session.folder.rename(moved)
    try:
        assert not watch.still_there()
        with pytest.raises(StorageGoneError):
            from pa_desktop.services import backups

            backups.make_backup(session, tmp_path / "gone" / "b.pabackup")
    finally:
        moved.rename(session.folder)
    assert watch.still_there()


def test_a_flipped_byte_is_found_by_check_or_refused_at_open(
    care_vault: tuple[VaultSession, str, int, int], vaults: Vaults
) -> None:
    session = care_vault[0]
    folder = session.folder
    for i in range(60):
        session.add_pupil(PupilDraft(f"Vulling{i}" * 20, "Pagina", "2B"))
    session.close()
    database = folder / "vault.db"
    pristine = database.read_bytes()
    assert len(pristine) > 8 * 4096

    flipped = bytearray(pristine)
    flipped[6 * 4096 + 1000] ^= 0x01  # a data page
    database.write_bytes(bytes(flipped))
    opened = vaults.unlock(folder, PASSPHRASE)
    try:
        problems = care.check(opened)
        assert problems and any("page 7" in p or "HMAC" in p for p in problems)
    finally:
        opened.close()

    flipped = bytearray(pristine)
    flipped[50] ^= 0x01  # page 1, read at every open
    database.write_bytes(bytes(flipped))
    with pytest.raises(VaultDamagedError):
        vaults.unlock(folder, PASSPHRASE)

    database.write_bytes(pristine)
    sound = vaults.unlock(folder, PASSPHRASE)
    assert care.check(sound) == []
    sound.close()
