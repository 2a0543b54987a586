"""The vault's write lock: one writer at a time, the GUI and the command line alike.

The lock is `<vault folder>.lock` beside the folder (not inside: a restore swaps the folder), held
with an operating-system file lock (`flock` on POSIX, `msvcrt.locking` on Windows). The system
releases it when the holder's process ends, however it ends, so a crash never leaves a stale
lock behind. While held, the file says who holds it (program, process id, user, host, since),
so a refused writer can tell the user plainly; it holds no path and no personal data.

The key file has its own short lock (`key_file_lock`, `<vault folder>.keys.lock`) for read-modify-write of `vault.keys`:
every key-file change reloads the file from disk under it, so a session that unlocked earlier
never writes back a stale copy (a renewed recovery code undone by a later passphrase change).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

LOCK_SUFFIX = ".lock"
KEY_LOCK_SUFFIX = ".keys.lock"
_WINDOWS_LOCK_OFFSET = 1 << 20  # Windows locks a byte range: lock one far past the text
_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as the holder wrote it (any field may be empty when unknown)."""

    program: str = ""
    pid: int = 0
    user: str = ""
    host: str = ""
    since: str = ""

    @classmethod
    def from_text(cls, text: str) -> LockHolder:
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        pid = data.get("pid")
        return cls(
            program=str(data.get("program", ""))[:40],
            pid=pid if isinstance(pid, int) else 0,
            user=str(data.get("user", ""))[:40],
            host=str(data.get("host", ""))[:64],
            since=str(data.get("since", ""))[:40],
        )


class VaultBusyError(Exception):
    """Another process holds the vault's write lock; `holder` says who (as far as known)."""

    def __init__(self, holder: LockHolder) -> None:
        super().__init__("the vault is in use by another process")
        self.holder = holder


def lock_path(folder: Path) -> Path:
    """`<vault folder>.lock` beside the folder."""
    return folder.with_name(folder.name + LOCK_SUFFIX)


def _try_lock(descriptor: int) -> bool:
    if sys.platform.startswith("win"):
        import msvcrt

        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(descriptor: int) -> None:
    if sys.platform.startswith("win"):
        import msvcrt

        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(descriptor, fcntl.LOCK_UN)


def _open_lock_file(path: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, 0o600)


def _holder_text(program: str) -> bytes:
    try:
        user = getpass.getuser()
    except Exception:  # no user name known (a service account): say nothing
        user = ""
    data: dict[str, Any] = {
        "program": program,
        "pid": os.getpid(),
        "user": user,
        "host": socket.gethostname(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    return json.dumps(data).encode("utf-8")


def read_holder(path: Path) -> LockHolder:
    """Who the lock file says holds it (empty when unknown or unreadable)."""
    try:
        with open(path, "rb") as handle:
            return LockHolder.from_text(handle.read(4096).decode("utf-8", "replace"))
    except OSError:
        return LockHolder()


class FileLock:
    """An exclusive lock on one file; `acquire` waits up to `wait` seconds, then raises
    VaultBusyError naming the holder."""

    def __init__(self, path: Path, program: str) -> None:
        self.path = path
        self.program = program
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def acquire(self, wait: float = 0.0) -> None:
        if self._descriptor is not None:
            return
        deadline = time.monotonic() + max(0.0, wait)
        descriptor = _open_lock_file(self.path)
        try:
            while not _try_lock(descriptor):
                if time.monotonic() >= deadline:
                    raise VaultBusyError(read_holder(self.path))
                time.sleep(_POLL_SECONDS)
            os.ftruncate(descriptor, 0)
            os.lseek(descriptor, 0, os.SEEK_SET)
            os.write(descriptor, _holder_text(self.program))
        except BaseException:
            os.close(descriptor)
            raise
        self._descriptor = descriptor

    def release(self) -> None:
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(descriptor, 0)
        with contextlib.suppress(OSError):
            _unlock(descriptor)
        os.close(descriptor)

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def vault_lock(folder: Path, program: str) -> FileLock:
    """The vault's write lock (not yet acquired); the folder's parent is made when missing."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    return FileLock(lock_path(folder), program)


@contextlib.contextmanager
def key_file_lock(folder: Path, wait: float = 30.0) -> Iterator[None]:
    """Held around every read-modify-write of the key file (short: one JSON file)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(folder.with_name(folder.name + KEY_LOCK_SUFFIX), "key file")
    lock.acquire(wait)
    try:
        yield
    finally:
        lock.release()
