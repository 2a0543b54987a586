"""Where exports may go, and how they are logged around the file.

No export ever writes into the vault: an output path inside the vault's folder, or one that
resolves (through a link) to one of its files, or to the lock and notes files beside it, is
refused with `OutputInVaultError` before anything is built or written. A referral written over
`vault.keys` would otherwise destroy both key slots, and the recovery code could not help.

An export is logged as an intent before the file is written (the full entry: what, for whom,
the file's SHA-256) and confirmed after it (`export_completed`, naming the entry and whether the
file was written). A crash in between leaves "started, not confirmed" in the log, never nothing.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

from pa_desktop.services import audit
from pa_desktop.services.errors import OutputFolderMissingError, OutputInVaultError
from pa_desktop.services.session import VaultSession
from pa_desktop.store.durable import write_all

COMPLETED = "export_completed"
BESIDE_SUFFIXES = (".lock", ".keys.lock", ".care.json", ".care.json.tmp")


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve(strict=False)
    except (OSError, RuntimeError):  # a link loop: compare the path as given
        return path.absolute()


def inside_vault(vault_folder: Path, path: Path) -> bool:
    """Whether writing `path` could touch the vault: inside its folder (through links too), the
    folder itself, a file beside it that belongs to it, or a hard link to one of its files."""
    folder = _resolved(vault_folder)
    target = _resolved(path)
    if target == folder or folder in target.parents:
        return True
    if target.parent == folder.parent and any(
        target.name == folder.name + suffix for suffix in BESIDE_SUFFIXES
    ):
        return True
    if target.exists() and folder.is_dir():
        for own in folder.iterdir():
            with contextlib.suppress(OSError):
                if os.path.samefile(own, target):
                    return True
    return False


def refuse_inside_vault(vault_folder: Path, path: Path) -> None:
    """OutputInVaultError when `path` (a file, or a folder to write into) touches the vault."""
    if inside_vault(vault_folder, path):
        raise OutputInVaultError(str(path))


def check_output(vault_folder: Path, path: Path) -> None:
    """`refuse_inside_vault`, and OutputFolderMissingError when the folder it should go into
    does not exist (said before anything is built)."""
    refuse_inside_vault(vault_folder, path)
    if not path.is_dir() and not path.parent.is_dir():
        raise OutputFolderMissingError(str(path.parent))


def write_private(path: Path, data: bytes) -> None:
    """Write an export owner-only and whole: a fresh temporary file beside the target (never a
    planted one), every byte written, then renamed; on any failure the temporary file, which
    holds personal data, is removed."""
    descriptor, name = tempfile.mkstemp(prefix=".export-", suffix=".part", dir=path.parent)
    temporary = Path(name)
    try:
        try:
            write_all(descriptor, data)
        finally:
            os.close(descriptor)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_logged(
    session: VaultSession,
    path: Path,
    data: bytes,
    action: str,
    pupil_id: int | None = None,
    **details: Any,
) -> None:
    """Log the export (intent), write the file owner-only, confirm it in the log."""
    check_output(session.folder, path)
    entry = audit.record(session, action, pupil_id, **details)
    try:
        write_private(path, data)
    except BaseException:
        with contextlib.suppress(Exception):
            audit.record(session, COMPLETED, pupil_id, entry=entry.id, written=False)
        raise
    audit.record(session, COMPLETED, pupil_id, entry=entry.id, written=True)
