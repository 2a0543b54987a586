"""A vault on disk: a folder holding the encrypted database and its key file.

Creating a vault makes the one database key it will ever have. Opening never makes a key: a
credential store that fails or holds a stale key only sends the user back to the passphrase.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from pa_desktop.store.database import (
    DATABASE_FILE,
    KEY_FILE,
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
from pa_desktop.store.migrations import migrate

PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"


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

    def close(self) -> None:
        """Close every connection, refuse new ones, and overwrite the key held in memory."""
        seal_engine(self.engine)
        for i in range(len(self._database_key)):
            self._database_key[i] = 0

    @property
    def vault_id(self) -> str:
        return self.key_file.vault_id

    def change_passphrase(self, new_passphrase: str, kdf: KdfParameters | None = None) -> None:
        """Re-wrap the same database key: the data are not re-encrypted."""
        self.key_file.wrap(
            PASSPHRASE_SLOT, new_passphrase, bytes(self._database_key), kdf or KdfParameters()
        )
        self.key_file.save(self.folder / KEY_FILE)

    def new_recovery_code(self, kdf: KdfParameters | None = None) -> str:
        code = new_recovery_code()
        self.key_file.wrap(RECOVERY_SLOT, code, bytes(self._database_key), kdf or KdfParameters())
        self.key_file.save(self.folder / KEY_FILE)
        return code

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
    if not (folder / DATABASE_FILE).exists():
        raise VaultMissingError(str(folder))
    return KeyFile.load(folder / KEY_FILE)


def _open_with_key(folder: Path, key_file: KeyFile, key: bytes) -> OpenVault:
    engine = open_engine(folder / DATABASE_FILE, key)
    try:
        with engine.connect() as connection:
            migrate(connection)
    except BaseException:
        engine.dispose()
        raise
    return OpenVault(folder, engine, key_file, bytearray(key))


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
