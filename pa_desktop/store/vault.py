"""A vault on disk: a folder holding the encrypted database and its key file.

Creating a vault makes the one database key it will ever have. Opening never makes a key: a
credential store that fails or holds a stale key only sends the user back to the passphrase.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine

from pa_desktop.store.audit import (
    AuditEntry,
    AuditHead,
    AuditKeys,
    AuditRepository,
    quick_head_problems,
)
from pa_desktop.store.database import (
    DATABASE_FILE,
    KEY_FILE,
    DatabaseDamagedError,
    WrongKeyError,
    open_engine,
    prepare_database_file,
    restrict_permissions,
    seal_engine,
)
from pa_desktop.store.keychain import CredentialStore
from pa_desktop.store.keyfile import (
    KdfParameters,
    KeyFile,
    KeyFileError,
    WrongSecretError,
    new_database_key,
    new_recovery_code,
    normalise_recovery_code,
)
from pa_desktop.store.locks import key_file_lock
from pa_desktop.store.migrations import LATEST_VERSION, current_version, migrate
from pa_desktop.store.rotation_journal import finish_interrupted_rotation

PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
AUDIT_HEAD = "audit_head"
T = TypeVar("T")


class VaultExistsError(Exception):
    """There is already a vault in that folder; creating would destroy its key."""


class VaultMissingError(Exception):
    """No vault in that folder."""


@dataclass
class OpenVault:
    """An unlocked vault: the engine and what is needed to re-wrap its key."""

    folder: Path
    engine: Engine
    key_file: KeyFile
    _database_key: bytearray = field(repr=False)
    # what the unlock found wrong with the audit log against the head sealed in the key file
    audit_warnings: list[str] = field(default_factory=list)
    read_only: bool = False  # on a medium that cannot be written: read and back up only

    def close(self) -> None:
        """Close every connection, refuse new ones, and overwrite the key held in memory."""
        seal_engine(self.engine)
        for i in range(len(self._database_key)):
            self._database_key[i] = 0

    @property
    def vault_id(self) -> str:
        return self.key_file.vault_id

    # the key file: every change reloads it from disk under its lock ---------------------------
    def update_key_file(self, change: Callable[[KeyFile], T]) -> T:
        """Reload the key file from disk under the key-file lock, apply `change`, save it. A
        session that unlocked long ago thus never writes back a stale copy (which could revive
        a revoked recovery code), and two changes at once run one after the other."""
        path = self.folder / KEY_FILE
        with key_file_lock(self.folder):
            fresh = KeyFile.load(path)
            if fresh.vault_id != self.key_file.vault_id:
                raise KeyFileError("the key file belongs to another vault")
            result = change(fresh)
            fresh.save(path)
        self.key_file = fresh
        return result

    def _check_current(self, key_file: KeyFile, current: str) -> None:
        """`current` (passphrase or recovery code) must open the key file as it is now."""
        try:
            found = key_file.unwrap(PASSPHRASE_SLOT, current)
        except WrongSecretError:
            found = key_file.unwrap(RECOVERY_SLOT, normalise_recovery_code(current))
        if found != bytes(self._database_key):
            raise KeyFileError("the vault's key changed since this session unlocked")

    def change_passphrase(
        self, new_passphrase: str, kdf: KdfParameters | None = None, current: str | None = None
    ) -> None:
        """Re-wrap the same database key: the data are not re-encrypted. With `current`, that
        secret must still open the key file on disk (two changes at once: the second fails)."""
        key = bytes(self._database_key)

        def change(key_file: KeyFile) -> None:
            if current is not None:
                self._check_current(key_file, current)
            key_file.wrap(PASSPHRASE_SLOT, new_passphrase, key, kdf or KdfParameters())

        self.update_key_file(change)

    def new_recovery_code(
        self, kdf: KdfParameters | None = None, current: str | None = None
    ) -> str:
        code = new_recovery_code()
        key = bytes(self._database_key)

        def change(key_file: KeyFile) -> None:
            if current is not None:
                self._check_current(key_file, current)
            key_file.wrap(RECOVERY_SLOT, code, key, kdf or KdfParameters())

        self.update_key_file(change)
        return code

    # the audit log ------------------------------------------------------------------------------
    def audit_keys(self) -> AuditKeys:
        return AuditKeys.derive(bytes(self._database_key))

    def audit(self) -> AuditRepository:
        return AuditRepository(self.engine, self.audit_keys())

    def record(
        self,
        action: str,
        actor: str,
        pupil_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> AuditEntry:
        """Append to the audit log (its own transaction), then seal the new head."""
        entry, head = self.audit().append(action, actor, pupil_id, details)
        self.seal_audit_head(head)
        return entry

    def seal_audit_head(self, head: AuditHead, force: bool = False) -> None:
        """Seal the head in the key file, unless a later one is sealed there already (another
        writer got there first). `force` puts it back to this head (a restore). Sealing is
        best effort after the commit: a crash or a read-only medium leaves the sealed head
        behind the database, which `verify` accepts; never ahead of it."""
        keys = self.audit_keys()

        def change(key_file: KeyFile) -> None:
            if not force:
                try:
                    sealed = key_file.unseal(AUDIT_HEAD, keys.seal)
                except KeyFileError:
                    sealed = None
                if sealed is not None and int(sealed.get("count", 0)) >= head.count:
                    return
            key_file.seal(AUDIT_HEAD, keys.seal, {"count": head.count, "mac": head.mac})

        with contextlib.suppress(OSError):
            self.update_key_file(change)

    def sealed_audit_head(self) -> AuditHead | None:
        """The head sealed in the key file on disk now; KeyFileError when it was altered."""
        sealed = KeyFile.load(self.folder / KEY_FILE).unseal(AUDIT_HEAD, self.audit_keys().seal)
        if sealed is None:
            return None
        try:
            return AuditHead(int(sealed["count"]), str(sealed["mac"]))
        except (KeyError, TypeError, ValueError):
            raise KeyFileError("the sealed audit head was altered") from None

    def verify_audit(self) -> list[str]:
        """The chain, and the chain against the head sealed in the key file."""
        try:
            sealed = self.sealed_audit_head()
        except KeyFileError as error:
            return [f"audit log: {error}", *self.audit().verify()]
        return self.audit().verify(sealed, head_required=True)

    def remember_on_device(self, keychain: CredentialStore) -> bool:
        return keychain.put(self.vault_id, bytes(self._database_key))


def vault_exists(folder: Path) -> bool:
    return (folder / DATABASE_FILE).exists() or (folder / KEY_FILE).exists()


def create_vault(
    folder: Path, passphrase: str, kdf: KdfParameters | None = None
) -> tuple[OpenVault, str]:
    """Make a new vault; returns it open, with the recovery code to show the user once."""
    if vault_exists(folder):
        raise VaultExistsError(str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    restrict_permissions(folder, directory=True)
    parameters = kdf or KdfParameters()
    database_key = new_database_key()
    recovery_code = new_recovery_code()
    key_file = KeyFile.new()
    key_file.wrap(PASSPHRASE_SLOT, passphrase, database_key, parameters)
    key_file.wrap(RECOVERY_SLOT, recovery_code, database_key, parameters)
    prepare_database_file(folder / DATABASE_FILE)
    try:
        engine = open_engine(folder / DATABASE_FILE, database_key)
        with engine.connect() as connection:
            migrate(connection)
        key_file.save(folder / KEY_FILE)
    except BaseException:
        for name in (DATABASE_FILE, DATABASE_FILE + "-wal", DATABASE_FILE + "-shm"):
            (folder / name).unlink(missing_ok=True)
        raise
    return OpenVault(folder, engine, key_file, bytearray(database_key)), recovery_code


def _load_key_file(folder: Path) -> KeyFile:
    finish_interrupted_rotation(folder)  # a key rotation cut short: finish or undo it first
    if not (folder / DATABASE_FILE).exists():
        if (folder / KEY_FILE).exists():  # the key file without its database: damage
            raise DatabaseDamagedError("the vault's database file is missing")
        raise VaultMissingError(str(folder))
    return KeyFile.load(folder / KEY_FILE)


def _open_with_key(folder: Path, key_file: KeyFile, key: bytes) -> OpenVault:
    """Open an existing vault. A missing, empty or schema-less database is damage, never a new
    vault: only `create_vault` makes a schema (else a truncated file would open as a sound,
    empty vault and automatic backups would rotate the good ones out)."""
    read_only = not writable(folder)
    wal = folder / (DATABASE_FILE + "-wal")
    if read_only and wal.exists() and wal.stat().st_size > 0:
        # the newest changes still wait in the WAL, which only a writable medium can replay
        raise OSError(errno.EROFS, "the vault's newest changes wait in its WAL")
    engine = open_engine(folder / DATABASE_FILE, key, must_exist=True, read_only=read_only)
    opened = OpenVault(folder, engine, key_file, bytearray(key), read_only=read_only)
    try:
        with engine.connect() as connection:
            version = current_version(connection)
            if version == 0:
                raise DatabaseDamagedError("the vault's database holds no schema")
            if read_only and version < LATEST_VERSION:  # it cannot be brought up to date here
                raise OSError(errno.EROFS, "an older vault on a read-only medium")
            if not read_only:
                migrate(connection)
        opened.audit_warnings = _audit_warnings(opened)
    except BaseException:
        engine.dispose()
        raise
    return opened


def writable(folder: Path) -> bool:
    """Whether the vault's folder and database can be written (False on a read-only medium or
    share; the operating system says so even to an administrator)."""
    return os.access(folder, os.W_OK) and os.access(folder / DATABASE_FILE, os.W_OK)


def _audit_warnings(opened: OpenVault) -> list[str]:
    try:
        sealed = opened.sealed_audit_head()
    except KeyFileError as error:
        return [f"audit log: {error}"]
    with opened.engine.connect() as connection:
        return quick_head_problems(connection, sealed)


def open_with_passphrase(folder: Path, passphrase: str) -> OpenVault:
    key_file = _load_key_file(folder)
    key = key_file.unwrap(PASSPHRASE_SLOT, passphrase)
    return _open_with_key(folder, key_file, key)


def open_with_recovery_code(folder: Path, code: str) -> OpenVault:
    key_file = _load_key_file(folder)
    key = key_file.unwrap(RECOVERY_SLOT, normalise_recovery_code(code))
    return _open_with_key(folder, key_file, key)


def open_with_keychain(folder: Path, keychain: CredentialStore) -> OpenVault | None:
    """The remembered key, if the store has one that still opens this vault; else None."""
    key_file = _load_key_file(folder)
    key = keychain.get(key_file.vault_id)
    if key is None:
        return None
    try:
        return _open_with_key(folder, key_file, key)
    except WrongKeyError:
        return None


def forget_on_device(folder: Path, keychain: CredentialStore) -> None:
    keychain.delete(_load_key_file(folder).vault_id)


def vault_files(folder: Path) -> list[Path]:
    """Every file the vault keeps in its folder (for tests and backups)."""
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.exists() else []


__all__ = [
    "DatabaseDamagedError",
    "KeyFileError",
    "OpenVault",
    "VaultExistsError",
    "VaultMissingError",
    "WrongKeyError",
    "WrongSecretError",
    "create_vault",
    "forget_on_device",
    "open_with_keychain",
    "open_with_passphrase",
    "open_with_recovery_code",
    "vault_exists",
    "vault_files",
]
