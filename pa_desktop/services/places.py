"""Where the vault lives and whether there is one, answered without loading the database stack.

The start of the GUI asks these before its first window; importing `services.access` for them
would pull in SQLAlchemy, SQLModel and the store before anything is on screen.
"""

from __future__ import annotations

import os
from pathlib import Path

# the shortest passphrase a vault accepts (the wizard and the passphrase change say so)
MIN_PASSPHRASE_LENGTH = 10
# the encrypted database inside a vault folder (store/database.py uses the same name)
DATABASE_FILE = "vault.db"


def default_vault_folder() -> Path:
    """Per-user data folder: %APPDATA% on Windows, ~/Library on macOS, XDG on Linux."""
    override = os.environ.get("PA_DESKTOP_VAULT")
    if override:
        return Path(override)
    if os.name == "nt":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif os.uname().sysname == "Darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "PA Desktop" / "vault"


def has_database(folder: Path) -> bool:
    """Whether the folder holds a vault's database (then the start asks to unlock it)."""
    return (folder / DATABASE_FILE).exists()
