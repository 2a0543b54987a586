"""Backups: one encrypted file that carries the database and the vault's wrapped keys.

The database is copied with SQLite's `VACUUM INTO` from the open connection (never by copying the
live file, whose newest pages may sit in the WAL). SQLCipher writes the copy encrypted under the
same key, so the key file's slots, carried along, open it with the passphrase or the recovery code
that were valid when the backup was made.

The file's layout and reading it back are store/backup_file.py. A restore writes into a new folder and checks SQLite's and
SQLCipher's integrity and the audit chain before anything else may replace the vault.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import struct
import tempfile
import time
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from pa_desktop import __version__
from pa_desktop.store.audit import AuditKeys, AuditRepository, head_of
from pa_desktop.store.backup_file import (
    AUTOMATIC_PREFIX,
    CHUNK,
    MAGIC,
    SUFFIX,
    BackupFile,
    BackupFormatError,
    BackupHeader,
    backups_in,
    header_bytes,
    read_backup,
)
from pa_desktop.store.database import (
    DATABASE_FILE,
    KEY_FILE,
    integrity_problems,
    open_engine,
    restrict_permissions,
)
from pa_desktop.store.durable import fsync_folder
from pa_desktop.store.keyfile import KeyFile, KeyFileError
from pa_desktop.store.migrations import migrate
from pa_desktop.store.raw import connect_keyed
from pa_desktop.store.vault import (
    AUDIT_HEAD,
    OpenVault,
    _open_with_key,
)


class RestoreCheckError(Exception):
    """The restored copy failed a check; the new folder was removed again."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems[:5]))
        self.problems = problems


class TargetNotEmptyError(Exception):
    """A restore goes into a new (or empty) folder only."""


# writing ------------------------------------------------------------------------------------
@contextlib.contextmanager
def _scratch_folder(beside: Path) -> Iterator[Path]:
    """A private temporary folder on the same disk as `beside` (so a full disk shows early)."""
    folder = Path(tempfile.mkdtemp(prefix=".pa-desktop-", dir=beside))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _check_copy(path: Path, key: bytes) -> tuple[int, list[str], int]:
    """The copy's schema version, problems (empty when sound) and pupil count, read with the
    key."""
    connection = connect_keyed(path, key, read_only=True)
    pupils = 0
    try:
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if version == 0:
                return 0, ["the copy holds no schema"], 0
            problems = [
                str(row[0])
                for row in connection.execute("PRAGMA quick_check").fetchall()
                if str(row[0]) != "ok"
            ]
            problems += [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
            pupils = int(connection.execute("SELECT count(*) FROM pupils").fetchone()[0])
        except sqlcipher.DatabaseError as error:
            return 0, [f"the copy does not read back: {error}"], 0
        return version, problems, pupils
    finally:
        connection.close()


def _current_key_file(opened: OpenVault) -> KeyFile:
    """The key file as it is on disk now (another process may have changed a slot since this
    one unlocked); the one in memory when the disk's cannot be read."""
    try:
        found = KeyFile.load(opened.folder / KEY_FILE)
    except KeyFileError:
        return opened.key_file
    return found if found.vault_id == opened.vault_id else opened.key_file


def write_backup(opened: OpenVault, destination: Path) -> BackupFile:
    """Write a backup of the open vault to `destination` (replaced atomically when it exists).

    The copy is read back with the key and checked before the file is put in place; a failure
    leaves no partial file behind. OSError (disk full, read-only, folder gone) passes through.
    """
    destination = destination.absolute()
    with _scratch_folder(destination.parent) as scratch:
        copy = scratch / "copy.db"
        with opened.engine.connect() as connection:
            connection.exec_driver_sql("VACUUM INTO ?", (str(copy),))
        key = bytes(opened._database_key)
        version, problems, pupils = _check_copy(copy, key)
        if problems:
            raise RestoreCheckError(problems)
        digest = hashlib.sha256()
        with copy.open("rb") as source:
            for chunk in iter(lambda: source.read(CHUNK), b""):
                digest.update(chunk)
        header = BackupHeader(
            vault_id=opened.vault_id,
            made_at=datetime.now(UTC),
            schema_version=version,
            program_version=__version__,
            database_size=copy.stat().st_size,
            database_sha256=digest.hexdigest(),
            key_file=_current_key_file(opened).to_payload(),
            pupils=pupils,
        )
        encoded = header_bytes(header)
        partial = scratch / (destination.name + ".partial")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out, copy.open("rb") as source:
            out.write(MAGIC + struct.pack(">I", len(encoded)) + encoded)
            shutil.copyfileobj(source, out, CHUNK)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, destination)
        fsync_folder(destination.parent)
    offset = len(MAGIC) + 4 + len(encoded)
    return BackupFile(destination, header, destination.stat().st_size, offset)


def automatic_name(vault_id: str, at: datetime) -> str:
    """No personal data in a file name: the program, the vault id's first part, the moment."""
    return f"{AUTOMATIC_PREFIX}{vault_id[:8]}-{at.astimezone(UTC):%Y%m%d-%H%M%S}{SUFFIX}"


def prune_automatic(
    folder: Path, vault_id: str, keep: int, protected: frozenset[Path] = frozenset()
) -> list[Path]:
    """Remove this vault's automatic backups beyond the newest `keep`; others' files and the
    `protected` ones stay."""
    mine = [
        b
        for b in backups_in(folder, vault_id)
        if b.path.name.startswith(f"{AUTOMATIC_PREFIX}{vault_id[:8]}-")
    ]
    removed = []
    for backup in mine[max(keep, 1) :]:
        if backup.path in protected:
            continue
        with contextlib.suppress(OSError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed


# restoring ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RestoreReport:
    folder: Path
    header: BackupHeader
    migrated_from: int
    seconds: float


def _prepare_target(target: Path) -> None:
    if target.exists():
        if not target.is_dir() or any(target.iterdir()):
            raise TargetNotEmptyError(str(target))
    else:
        target.mkdir(parents=True)
    restrict_permissions(target, directory=True)


def restore_backup(
    path: Path, target: Path, key: bytes, key_file: KeyFile | None = None
) -> RestoreReport:
    """Restore a backup into a new folder and check it there; on any failure the folder is
    removed again and nothing else was touched.

    `key_file` replaces the one the backup carries (a vault restored over itself keeps today's
    passphrase and recovery code); it must wrap the same key.
    """
    started = time.perf_counter()
    backup = read_backup(path)
    header = backup.header
    _prepare_target(target)
    try:
        database = target / DATABASE_FILE
        digest = hashlib.sha256()
        descriptor = os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with path.open("rb") as source, os.fdopen(descriptor, "wb") as out:
            source.seek(backup.offset)
            remaining = header.database_size
            while remaining:
                chunk = source.read(min(CHUNK, remaining))
                if not chunk:
                    raise BackupFormatError("damaged")
                digest.update(chunk)
                out.write(chunk)
                remaining -= len(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != header.database_sha256:
            raise BackupFormatError("damaged")
        restored_keys = deepcopy(key_file) or KeyFile.from_payload(header.key_file)
        restored_keys.save(target / KEY_FILE)
        restrict_permissions(target / KEY_FILE)
        engine = open_engine(database, key, must_exist=True)
        try:
            audit_keys = AuditKeys.derive(key)
            problems = integrity_problems(engine) + AuditRepository(engine, audit_keys).verify()
            if problems:
                raise RestoreCheckError(problems)
            with engine.connect() as connection:
                migrate(connection)
                head = head_of(connection)
            # the restored log is now the true one: seal its head (a deliberate step back)
            restored_keys.sealed.pop(AUDIT_HEAD, None)
            if head.count:
                restored_keys.seal(
                    AUDIT_HEAD, audit_keys.seal, {"count": head.count, "mac": head.mac}
                )
            restored_keys.save(target / KEY_FILE)
        finally:
            engine.dispose()
        fsync_folder(target)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return RestoreReport(target, header, header.schema_version, time.perf_counter() - started)


def swap_folders(current: Path, replacement: Path, aside: Path) -> None:
    """Put `replacement` where `current` was; `current` is kept at `aside` (never deleted)."""
    os.replace(current, aside)
    try:
        os.replace(replacement, current)
    except BaseException:
        os.replace(aside, current)
        raise
    fsync_folder(current.parent)


def open_with_key(folder: Path, key: bytes) -> OpenVault:
    """Open a restored vault with the key already unwrapped from a backup's slots."""
    return _open_with_key(folder, KeyFile.load(folder / KEY_FILE), key)
