"""Storage faults in words the front ends can show: a full disk, a read-only medium, a folder
that disappeared, a damaged file. The store says what happened underneath; this module turns it
into the services' typed errors, so no front end sees a SQL message (which could quote data)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pa_desktop.services.errors import (
    ReadOnlyStorageError,
    ServiceError,
    StorageError,
    StorageFullError,
    StorageGoneError,
    VaultDamagedError,
    VaultLockedError,
)
from pa_desktop.store import care as store_care


def translate(
    error: BaseException, folder: Path | None = None, where: str = "vault"
) -> ServiceError | None:
    """The typed error for a storage fault; None when `error` is something else (a bug)."""
    if isinstance(error, ServiceError):
        return error
    if isinstance(error, store_care.VaultSealedError):
        return VaultLockedError()
    kind = store_care.fault_kind(error, folder)
    if kind is None:
        return None
    if kind == store_care.FULL:
        return StorageFullError(where)
    if kind == store_care.READ_ONLY:
        return ReadOnlyStorageError(where)
    if kind == store_care.GONE:
        return StorageGoneError(where)
    if kind == store_care.DAMAGED:
        return VaultDamagedError("database")
    return StorageError(kind, where)


@contextmanager
def guarded(folder: Path | None = None, where: str = "vault") -> Iterator[None]:
    """Run storage work; a storage fault leaves as the matching typed error."""
    try:
        yield
    except ServiceError:
        raise
    except Exception as error:
        typed = translate(error, folder, where)
        if typed is None:
            raise
        raise typed from None
