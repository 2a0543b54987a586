"""`pa-desktop` starts light: the unlock dialog first, the database stack while the user types."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pa_desktop.gui import start as start_module
from pa_desktop.gui.overview.main_window import MainWindow
from pa_desktop.gui.vault.unlock_dialog import UnlockDialog
from pa_desktop.services.access import Vaults
from pa_desktop.services.places import DATABASE_FILE
from pa_desktop.services.session import Profile
from pa_desktop.store import database

PASSPHRASE = "correct horse battery"
# the database stack and what stands on it (the store's file locks are plain Python: allowed)
HEAVY = (
    "sqlalchemy",
    "sqlmodel",
    "sqlcipher3",
    "reportlab",
    "pa_desktop.services.session",
    "pa_desktop.store.database",
    "pa_desktop.store.vault",
)


def test_the_first_window_needs_none_of_the_database_stack() -> None:
    probe = (
        "import sys\n"
        "import pa_desktop.app, pa_desktop.gui.start\n"
        "import pa_desktop.gui.vault.unlock_dialog, pa_desktop.gui.vault.instance\n"
        f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert DATABASE_FILE == database.DATABASE_FILE  # the light check names the same file


def _vault(tmp_path: Path, vaults: Vaults, remember: bool) -> Path:
    folder = tmp_path / "vault"
    session, _code = vaults.create(folder, PASSPHRASE, Profile(user_name="An"))
    if remember:
        session.remember_on_device(vaults.keychain)
    session.close()
    return folder


def _close_main_window(seen: dict[str, object]) -> None:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    visible = [w for w in windows if w.isVisible()]
    if not visible:
        QTimer.singleShot(20, lambda: _close_main_window(seen))
        return
    seen["main"] = visible[0].session.folder
    visible[0].close()


def test_typing_the_passphrase_while_the_services_load_opens_the_vault(
    qtbot, tmp_path: Path
) -> None:
    vaults = Vaults.for_tests()
    folder = _vault(tmp_path, vaults, remember=False)
    seen: dict[str, object] = {}

    def type_passphrase() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog)]
        if not dialogs or not dialogs[0].isVisible():
            QTimer.singleShot(10, type_passphrase)
            return
        seen["dialog"] = True
        dialogs[0].ui.secretEdit.setText(PASSPHRASE)
        dialogs[0].ui.buttons.accepted.emit()
        _close_main_window(seen)

    import gc

    QTimer.singleShot(0, type_passphrase)
    try:
        assert start_module.start(folder, lambda: vaults) == 0
        assert seen == {"dialog": True, "main": folder}
        assert gc.get_freeze_count() > 0  # the start's objects are out of the collector's way
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_a_key_remembered_on_the_device_closes_the_dialog_by_itself(qtbot, tmp_path: Path) -> None:
    vaults = Vaults.for_tests()
    folder = _vault(tmp_path, vaults, remember=True)
    seen: dict[str, object] = {}
    QTimer.singleShot(0, lambda: _close_main_window(seen))
    assert start_module.start(folder, lambda: vaults) == 0
    assert seen == {"main": folder}
