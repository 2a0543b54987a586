"""The key rotation's journal, and finishing (or undoing) a rotation a crash cut short.

Kept apart from store/rotation.py so that opening a vault (store/vault.py) can run the recovery
without importing the rotation itself. See store/rotation.py for the steps.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from pa_desktop.store.database import DATABASE_FILE, KEY_FILE
from pa_desktop.store.durable import fsync_folder
from pa_desktop.store.locks import VaultBusyError, key_file_lock

ROTATING = ".rotating"
JOURNAL = "vault.rotation"


def _nothing(_step: str) -> None:
    return None


def paths_of(folder: Path) -> dict[str, Path]:
    return {
        "db": folder / DATABASE_FILE,
        "keys": folder / KEY_FILE,
        "new_db": folder / (DATABASE_FILE + ROTATING),
        "new_keys": folder / (KEY_FILE + ROTATING),
        "journal": folder / JOURNAL,
    }


# recovery -------------------------------------------------------------------------------------
def switch(folder: Path, step: Callable[[str], None] = _nothing) -> None:
    """Complete the switch the journal promises; every part may already be done."""
    paths = paths_of(folder)
    if paths["new_db"].exists():
        for suffix in ("-wal", "-shm"):  # the old database's: never replayed onto the new one
            (folder / (DATABASE_FILE + suffix)).unlink(missing_ok=True)
        step("old_wal_removed")
        os.replace(paths["new_db"], paths["db"])
        fsync_folder(folder)
        step("database_switched")
    if paths["new_keys"].exists():
        os.replace(paths["new_keys"], paths["keys"])
        fsync_folder(folder)
        step("keys_switched")
    paths["journal"].unlink(missing_ok=True)
    fsync_folder(folder)
    step("journal_removed")


def roll_back(folder: Path) -> None:
    paths = paths_of(folder)
    for name in ("new_db", "new_keys"):
        paths[name].unlink(missing_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        (folder / (DATABASE_FILE + ROTATING + suffix)).unlink(missing_ok=True)
    (folder / (KEY_FILE + ROTATING + ".tmp")).unlink(missing_ok=True)
    (folder / (JOURNAL + ".tmp")).unlink(missing_ok=True)


def _left_over(folder: Path) -> bool:
    paths = paths_of(folder)
    return any(paths[n].exists() for n in ("new_db", "new_keys", "journal"))


def finish_interrupted_rotation(folder: Path) -> None:
    """Run before every open: finish a switch that was committed, drop one that was not. While
    another process rotates (it holds the key-file lock), its files are left alone."""
    if not _left_over(folder):
        return
    journal = paths_of(folder)["journal"].exists()
    try:
        with key_file_lock(folder, wait=60.0 if journal else 0.0):
            if paths_of(folder)["journal"].exists():
                switch(folder)
            else:
                roll_back(folder)
    except VaultBusyError:
        return  # a rotation is writing its new files: the old ones are whole meanwhile
    except OSError:
        return  # a read-only medium: nothing can be finished here; the old files still open
