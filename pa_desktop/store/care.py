"""Care for the open vault at the store level: locking, re-wrapping the key, telling faults apart,
and the small non-secret notes kept beside the database.

Locking disposes the engine, overwrites the key held in a bytearray and seals the old engine, so
a repository that still holds it gets `VaultSealedError` instead of quietly reconnecting (its URL
still carries the key; Python cannot overwrite a string, so every reference is dropped instead).
"""

from __future__ import annotations

import contextlib
import copy
import errno
import hmac
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.pool import NullPool
from sqlcipher3 import dbapi2 as sqlcipher

from pa_desktop.store.database import (
    DATABASE_FILE,
    restrict_permissions,
    seal_engine,
)
from pa_desktop.store.database import (
    VaultSealedError as VaultSealedError,  # raised by a sealed engine; callers catch it here
)
from pa_desktop.store.keychain import CredentialStore
from pa_desktop.store.keyfile import KdfParameters
from pa_desktop.store.vault import OpenVault

NOTES_SUFFIX = ".care.json"


# locking ------------------------------------------------------------------------------------
def locked_placeholder(opened: OpenVault) -> OpenVault:
    """What a locked session holds: the folder and the key file (wrapped keys only), an engine
    that refuses to connect, and no key."""
    engine = create_engine("sqlite://", poolclass=NullPool)
    seal_engine(engine)
    return OpenVault(opened.folder, engine, opened.key_file, bytearray())


def lock(opened: OpenVault) -> OpenVault:
    """Close the vault, overwrite its key, seal its engine; returns the locked placeholder."""
    opened.close()
    seal_engine(opened.engine)
    return locked_placeholder(opened)


def is_sealed(opened: OpenVault) -> bool:
    return len(opened._database_key) == 0 or not any(opened._database_key)


# keys -----------------------------------------------------------------------------------------
def change_passphrase(
    opened: OpenVault, new_passphrase: str, kdf: KdfParameters, current: str | None = None
) -> None:
    """Re-wrap the database key under a new passphrase, on the key file as it is on disk (under
    its lock); `current` must still open that file. On a failed write the key file in memory
    stays as it was."""
    before = copy.deepcopy(opened.key_file)
    try:
        opened.change_passphrase(new_passphrase, kdf, current)
    except BaseException:
        opened.key_file = before
        raise


def new_recovery_code(opened: OpenVault, kdf: KdfParameters, current: str | None = None) -> str:
    before = copy.deepcopy(opened.key_file)
    try:
        return opened.new_recovery_code(kdf, current)
    except BaseException:
        opened.key_file = before
        raise


def remembered_here(opened: OpenVault, keychain: CredentialStore) -> bool:
    """Whether the credential store holds this vault's key (and not a stale one)."""
    stored = keychain.get(opened.vault_id)
    return stored is not None and hmac.compare_digest(stored, bytes(opened._database_key))


def database_key(opened: OpenVault) -> bytes:
    """A copy of the key, for checking a backup made from this vault (store use only)."""
    return bytes(opened._database_key)


# faults ---------------------------------------------------------------------------------------
FULL, READ_ONLY, GONE, DAMAGED, BUSY, IO = "full", "read_only", "gone", "damaged", "busy", "io"

_SQLITE_MESSAGES = (
    ("database or disk is full", FULL),
    ("disk is full", FULL),
    ("attempt to write a readonly database", READ_ONLY),
    ("readonly database", READ_ONLY),
    ("unable to open database file", GONE),
    ("database disk image is malformed", DAMAGED),
    ("file is not a database", DAMAGED),
    ("hmac check failed", DAMAGED),
    ("database is locked", BUSY),
    ("disk i/o error", IO),
)
_ERRNO_KINDS = {
    errno.ENOSPC: FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.ENOENT: GONE,
    errno.ENODEV: GONE,
    errno.ENXIO: GONE,
    errno.EIO: IO,
}


def fault_kind(error: BaseException, folder: Path | None = None) -> str | None:
    """What went wrong underneath, as a word: full, read_only, gone, damaged, busy, io; None when
    the error is not a storage fault. An I/O error while the folder is missing counts as gone."""
    kind: str | None = None
    if isinstance(error, VaultSealedError):
        return None
    if isinstance(error, StatementError | DBAPIError) and error.orig is not None:
        return fault_kind(error.orig, folder)
    if isinstance(error, OSError):
        kind = _ERRNO_KINDS.get(error.errno or 0, IO)
    elif isinstance(error, sqlcipher.Error):
        message = str(error).lower()
        kind = next((k for text, k in _SQLITE_MESSAGES if text in message), None)
    if kind in (IO, GONE, READ_ONLY) and folder is not None and not folder.exists():
        return GONE
    return kind


# the file underneath --------------------------------------------------------------------------
@dataclass(frozen=True)
class FileIdentity:
    device: int
    inode: int


def database_identity(folder: Path) -> FileIdentity | None:
    """Which file the vault's name points at now; None when it is gone."""
    try:
        status = os.stat(folder / DATABASE_FILE)
    except OSError:
        return None
    return FileIdentity(status.st_dev, status.st_ino)


# notes beside the vault -----------------------------------------------------------------------
def notes_path(folder: Path) -> Path:
    """`<vault folder>.care.json`, beside the folder: not inside it, so a wrong passphrase
    changes no file of the vault, and a restore that swaps the folder keeps the notes."""
    return folder.with_name(folder.name + NOTES_SUFFIX)


def read_notes(folder: Path) -> dict[str, Any]:
    """The non-secret notes: failed unlock attempts, where backups go, the last backup. They
    hold no key and no personal data; a missing or damaged file reads as empty."""
    try:
        data = json.loads(notes_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_notes(folder: Path, notes: dict[str, Any]) -> bool:
    """Replace the notes atomically; False when that place cannot be written (never raises)."""
    target = notes_path(folder)
    temporary = target.with_name(target.name + ".tmp")
    try:
        # the folder beside the vault may be writable by others: never write through a planted
        # link or into a planted file (O_NOFOLLOW, O_EXCL after removing any left-over)
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(temporary, flags | getattr(os, "O_BINARY", 0), 0o600)
        try:
            os.write(descriptor, json.dumps(notes, indent=2, sort_keys=True).encode("utf-8"))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, target)
        restrict_permissions(target)
        return True
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False


def update_notes(folder: Path, **changes: Any) -> bool:
    notes = read_notes(folder)
    for key, value in changes.items():
        if value is None:
            notes.pop(key, None)
        else:
            notes[key] = value
    return write_notes(folder, notes)


def now_utc() -> datetime:
    return datetime.now(UTC)
