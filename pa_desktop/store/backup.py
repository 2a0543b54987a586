"""Backups: one encrypted file that carries the database and the vault's wrapped keys.

The database is copied with SQLite's `VACUUM INTO` from the open connection (never by copying the
live file, whose newest pages may sit in the WAL). SQLCipher writes the copy encrypted under the
same key, so the key file's slots, carried along, open it with the passphrase or the recovery code
that were valid when the backup was made.

File layout (all numbers big-endian):

    8 bytes   magic "PADBKP01"
    4 bytes   length of the header
    header    UTF-8 JSON: format, vault_id, made_at (UTC), schema_version, program_version,
              database_size, database_sha256, key_file (wrapped keys only, no secret)
    rest      the SQLCipher database (database_size bytes)

The header holds no personal data. A restore writes into a new folder and checks SQLite's and
SQLCipher's integrity and the audit chain before anything else may replace the vault.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
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
from typing import Any, BinaryIO

from sqlcipher3 import dbapi2 as sqlcipher

from pa_desktop import __version__
from pa_desktop.store.audit import AuditKeys, AuditRepository, head_of
from pa_desktop.store.database import (
    DATABASE_FILE,
    KEY_FILE,
    integrity_problems,
    open_engine,
    restrict_permissions,
)
from pa_desktop.store.keyfile import KeyFile, KeyFileError, normalise_recovery_code
from pa_desktop.store.migrations import LATEST_VERSION, migrate
from pa_desktop.store.vault import (
    AUDIT_HEAD,
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    OpenVault,
    _open_with_key,
)

MAGIC = b"PADBKP01"
BACKUP_FORMAT = 1
SUFFIX = ".pabackup"
AUTOMATIC_PREFIX = "pa-desktop-"
_CHUNK = 1 << 20
_MAX_HEADER = 1 << 20


class BackupFormatError(Exception):
    """Not a PA Desktop backup, or a damaged or truncated one. `reason`: not_a_backup, damaged,
    too_new."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RestoreCheckError(Exception):
    """The restored copy failed a check; the new folder was removed again."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems[:5]))
        self.problems = problems


class TargetNotEmptyError(Exception):
    """A restore goes into a new (or empty) folder only."""


@dataclass(frozen=True)
class BackupHeader:
    vault_id: str
    made_at: datetime
    schema_version: int
    program_version: str
    database_size: int
    database_sha256: str
    key_file: dict[str, Any]
    pupils: int | None = None  # how many pupils the copy holds (None: an older backup)

    def to_json(self) -> dict[str, Any]:
        extra = {} if self.pupils is None else {"pupils": self.pupils}
        return {
            **extra,
            "format": BACKUP_FORMAT,
            "vault_id": self.vault_id,
            "made_at": self.made_at.isoformat(),
            "schema_version": self.schema_version,
            "program_version": self.program_version,
            "database_size": self.database_size,
            "database_sha256": self.database_sha256,
            "key_file": self.key_file,
        }

    def unwrap(self, secret: str, recovery: bool = False) -> bytes:
        """The database key from the slots the backup carries (WrongSecretError when wrong)."""
        key_file = KeyFile.from_payload(self.key_file)
        if recovery:
            return key_file.unwrap(RECOVERY_SLOT, normalise_recovery_code(secret))
        return key_file.unwrap(PASSPHRASE_SLOT, secret)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    header: BackupHeader
    size: int
    offset: int  # where the database starts in the file


# reading ------------------------------------------------------------------------------------
def _read_exactly(stream: BinaryIO, count: int) -> bytes:
    data = stream.read(count)
    if len(data) != count:
        raise BackupFormatError("damaged")
    return data


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _read_header(stream: BinaryIO) -> tuple[BackupHeader, int]:
    if stream.read(len(MAGIC)) != MAGIC:
        raise BackupFormatError("not_a_backup")
    (length,) = struct.unpack(">I", _read_exactly(stream, 4))
    if length > _MAX_HEADER:
        raise BackupFormatError("damaged")
    try:
        data = json.loads(_read_exactly(stream, length).decode("utf-8"))
        if int(data["format"]) > BACKUP_FORMAT:
            raise BackupFormatError("too_new")
        header = BackupHeader(
            vault_id=str(data["vault_id"]),
            made_at=datetime.fromisoformat(str(data["made_at"])),
            schema_version=int(data["schema_version"]),
            program_version=str(data.get("program_version", "")),
            database_size=int(data["database_size"]),
            database_sha256=str(data["database_sha256"]),
            key_file=dict(data["key_file"]),
            pupils=_count(data.get("pupils")),
        )
        KeyFile.from_payload(header.key_file)
    except (ValueError, KeyError, TypeError, KeyFileError):
        raise BackupFormatError("damaged") from None
    if header.schema_version > LATEST_VERSION:
        raise BackupFormatError("too_new")
    return header, len(MAGIC) + 4 + length


def read_backup(path: Path) -> BackupFile:
    """The header of a backup file (the database itself is checked on restore)."""
    with path.open("rb") as stream:
        header, offset = _read_header(stream)
        size = os.fstat(stream.fileno()).st_size
    if size - offset != header.database_size:
        raise BackupFormatError("damaged")
    return BackupFile(path, header, size, offset)


def _header_bytes(header: BackupHeader) -> bytes:
    return json.dumps(header.to_json(), sort_keys=True).encode("utf-8")


def backups_in(folder: Path, vault_id: str | None = None) -> list[BackupFile]:
    """Readable backups in a folder (of one vault when vault_id is given), newest first."""
    found: list[BackupFile] = []
    try:
        candidates = [p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file()]
    except OSError:
        return []
    for path in candidates:
        try:
            backup = read_backup(path)
        except (OSError, BackupFormatError):
            continue
        if vault_id is None or backup.header.vault_id == vault_id:
            found.append(backup)
    return sorted(found, key=lambda b: b.header.made_at, reverse=True)


# writing ------------------------------------------------------------------------------------
def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@contextlib.contextmanager
def _scratch_folder(beside: Path) -> Iterator[Path]:
    """A private temporary folder on the same disk as `beside` (so a full disk shows early)."""
    folder = Path(tempfile.mkdtemp(prefix=".pa-desktop-", dir=beside))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _connect_copy(path: Path, key: bytes, read_only: bool = True) -> Any:
    uri = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    connection = sqlcipher.connect(uri, uri=read_only, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")  # damage is reported in words
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def _check_copy(path: Path, key: bytes) -> tuple[int, list[str], int]:
    """The copy's schema version, problems (empty when sound) and pupil count, read with the
    key."""
    connection = _connect_copy(path, key)
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
            for chunk in iter(lambda: source.read(_CHUNK), b""):
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
        header_bytes = _header_bytes(header)
        partial = scratch / (destination.name + ".partial")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out, copy.open("rb") as source:
            out.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
            shutil.copyfileobj(source, out, _CHUNK)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, destination)
        _fsync_folder(destination.parent)
    offset = len(MAGIC) + 4 + len(header_bytes)
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
                chunk = source.read(min(_CHUNK, remaining))
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
        _fsync_folder(target)
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
    _fsync_folder(current.parent)


def open_with_key(folder: Path, key: bytes) -> OpenVault:
    """Open a restored vault with the key already unwrapped from a backup's slots."""
    return _open_with_key(folder, KeyFile.load(folder / KEY_FILE), key)
