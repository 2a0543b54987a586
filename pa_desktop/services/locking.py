"""One writer at a time: the vault's write lock for the GUI (held while it has the vault open)
and the command line (held for one writing command).

A command that finds the lock taken waits a little (`wait` seconds), then refuses with
`VaultBusyError`, which names the holder (program, process, user, since) so the user knows what
to close. The operating system releases the lock when its holder ends, even after a crash.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pa_desktop.services.errors import VaultBusyError
from pa_desktop.store import locks as store_locks

GUI = "PA Desktop"
CLI = "pa-desktop-cli"
WAIT_ENV = "PA_DESKTOP_LOCK_WAIT"
DEFAULT_WAIT = 10.0
READ_ONLY_ERRORS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def lock_path(folder: Path) -> Path:
    """Where the lock lives: `<vault folder>.lock` beside the folder."""
    return store_locks.lock_path(folder)


def default_wait() -> float:
    """Seconds a command waits for the lock: PA_DESKTOP_LOCK_WAIT, else 10."""
    try:
        return max(0.0, min(float(os.environ.get(WAIT_ENV, DEFAULT_WAIT)), 3600.0))
    except ValueError:
        return DEFAULT_WAIT


class VaultHold:
    """The vault's write lock, taken; `release` gives it back (idempotent)."""

    def __init__(self, lock: store_locks.FileLock | None) -> None:
        self._lock = lock  # None: nothing to hold (a read-only medium)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()


def _busy(error: store_locks.VaultBusyError) -> VaultBusyError:
    holder = error.holder
    return VaultBusyError(holder.program, holder.pid, holder.user, holder.since)


def take(folder: Path, program: str, wait: float = 0.0) -> VaultHold:
    """Take the lock, waiting up to `wait` seconds; VaultBusyError names who holds it."""
    try:
        lock = store_locks.vault_lock(folder, program)
        lock.acquire(wait)
    except store_locks.VaultBusyError as error:
        raise _busy(error) from None
    except OSError as error:
        if error.errno in READ_ONLY_ERRORS:  # a read-only medium: nobody can write there anyway
            return VaultHold(None)
        raise
    return VaultHold(lock)


@contextmanager
def writing(folder: Path, program: str = CLI, wait: float | None = None) -> Iterator[None]:
    """Hold the vault's write lock for the duration of the block."""
    hold = take(folder, program, default_wait() if wait is None else wait)
    try:
        yield
    finally:
        hold.release()


def holder(folder: Path) -> VaultBusyError | None:
    """Who holds the lock now (as a VaultBusyError to word), or None when it is free."""
    try:
        hold = take(folder, "probe")
    except VaultBusyError as busy:
        return busy
    hold.release()
    return None
