"""Writing files so a crash or a planted file never leaves half of one: fsync, atomic replace.

One place for what the key file, the notes beside the vault, backups and the key rotation all
need; a power cut between two of their steps must leave either the old file or the new one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (a no-op on Windows, which cannot open a folder)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_all(descriptor: int, data: bytes) -> None:
    """Every byte of `data` to an open file (os.write may write less than asked), then fsync."""
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]
    os.fsync(descriptor)


def replace_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a fresh owner-only `<name>.tmp` beside `path`, fsync it, then rename it
    over `path`. The folder may be writable by others: a left-over or planted temporary file is
    removed first and never written through (O_EXCL, O_NOFOLLOW). On failure the temporary file
    is removed and the error passes on; `path` is untouched."""
    temporary = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(temporary, flags | getattr(os, "O_BINARY", 0), 0o600)
        try:
            write_all(descriptor, data)
        finally:
            os.close(descriptor)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
