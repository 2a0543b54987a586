"""Starting light: the unlock dialog is painted before SQLAlchemy, SQLModel, reportlab or the
services are imported; they load in a background thread while the user types.

Only Qt, the dialog's own form and the words it shows are loaded first. Right after the dialog
is on screen a thread imports the services and the main window's modules, builds the vault
access and tries the key remembered on this device: when that opens the vault, the dialog
closes by itself (as the start did before, only now with a window on screen at once). An
unlock the user asks for before loading ends simply waits for it, off the GUI thread.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from pa_desktop.gui.application import make_application, show_main_window
from pa_desktop.gui.common.crash import install_crash_handler
from pa_desktop.services.places import default_vault_folder, has_database

if TYPE_CHECKING:
    from pa_desktop.services.access import Vaults


# what the first minutes need, imported while the user types: the main window with its Vault
# menu, and the dossier and the signalling list (their first opening would import them on the
# GUI thread otherwise)
PRELOADED_MODULES = (
    "pa_desktop.gui.overview.main_window",
    "pa_desktop.gui.vault.menu",
    "pa_desktop.gui.dossier.window",
    "pa_desktop.gui.referral.signal_list_dialog",
)


class Preload(QObject):
    """Loads the heavy modules and the vault access in a thread; `vaults()` waits for them.

    `remembered(session)` is emitted (to the GUI thread) when the key remembered on this
    device opened the vault."""

    remembered = Signal(object)

    def __init__(self, folder: Path, make_vaults: Callable[[], Vaults]) -> None:
        super().__init__()
        self._folder = folder
        self._make_vaults = make_vaults
        self._ready = threading.Event()
        self._vaults: Vaults | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._load, name="preload", daemon=True)
        self._starting = threading.Lock()
        self._started = False

    def _load(self) -> None:
        try:
            for name in PRELOADED_MODULES:
                importlib.import_module(name)
            self._vaults = self._make_vaults()
        except BaseException as error:  # handed to whoever waits in vaults()
            self._error = error
            self._ready.set()
            return
        self._ready.set()
        try:
            session = self._vaults.unlock_from_device(self._folder)
        except Exception:  # the passphrase still works; the dialog stays
            return
        if session is not None:
            self.remembered.emit(session)

    def vaults(self) -> Vaults:
        """The vault access, once loaded (called from a worker, never the GUI thread)."""
        self.start_if_needed()
        self._ready.wait()
        if self._error is not None:
            raise self._error
        assert self._vaults is not None
        return self._vaults

    def start_if_needed(self) -> None:
        """Start loading (once; the GUI's timer and an early unlock may both ask)."""
        with self._starting:
            if not self._started:
                self._started = True
                self._thread.start()


def _desktop_vaults() -> Vaults:
    from pa_desktop.services.access import Vaults

    return Vaults.for_desktop()


def start(folder: Path | None = None, make_vaults: Callable[[], Any] = _desktop_vaults) -> int:
    """`pa-desktop` on a vault that exists: the unlock dialog first, the rest while typing.
    Without a vault, the first-run wizard (application.run) as before."""
    app = make_application()
    crash_handler = install_crash_handler()
    folder = folder or default_vault_folder()
    if not has_database(folder):
        from pa_desktop.gui.application import run
        from pa_desktop.services.access import keychain_available

        return run(make_vaults(), folder, False, keychain_available())
    from pa_desktop.gui.vault.instance import claim_or_tell
    from pa_desktop.gui.vault.unlock_dialog import UnlockDialog

    if claim_or_tell(folder) is None:  # this vault is open in another PA Desktop
        return 0
    preload = Preload(folder, make_vaults)
    dialog = UnlockDialog(preload.vaults, folder)
    preload.remembered.connect(dialog.open_remembered)
    QTimer.singleShot(0, preload.start_if_needed)  # after the dialog is painted
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
        return 0
    try:
        vaults = preload.vaults()
    except Exception as error:  # logged, and said with what to do (the crash dialog)
        crash_handler(type(error), error, error.__traceback__)
        return 1
    return show_main_window(app, dialog.session, vaults, False)
