"""Starting the GUI: first-run wizard or unlock, then the main window.

The demo vault lives in a temporary folder with a passphrase shown in the window; it is never
remembered in the system's credential store and is deleted when the application quits.
"""

from __future__ import annotations

import gc
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from pa_desktop.gui.common.crash import install_crash_handler
from pa_desktop.gui.common.texts import tr
from pa_desktop.services.resources import resources_dir

if TYPE_CHECKING:  # loaded after the first window (gui/start.py), not before it
    from pa_desktop.gui.overview.main_window import MainWindow
    from pa_desktop.services.access import Vaults
    from pa_desktop.services.session import VaultSession

DEMO_PASSPHRASE = "demo demo demo"


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("PA Desktop")
    app.setOrganizationName("PA Desktop")
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("pa-desktop")  # ties the windows to pa-desktop.desktop on Linux
    from pa_desktop.gui.common.i18n import chosen_language, install_language

    install_language(chosen_language())
    from pa_desktop.gui.common.accessibility import install_roles

    install_roles()
    return app


def application_icon() -> QIcon:
    """The icon set rendered from resources/icons/pa-desktop.svg (packaging/make_icons.py)."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("pa-desktop-*.png")):
        icon.addFile(str(path))
    return icon


def open_session(vaults: Vaults, folder: Path, keychain_available: bool) -> VaultSession | None:
    """Ask for what is needed to open (or create) the vault; None when the user cancels."""
    from pa_desktop.gui.vault.first_run import FirstRunWizard
    from pa_desktop.gui.vault.unlock_dialog import UnlockDialog

    if not vaults.exists(folder):
        wizard = FirstRunWizard(vaults, folder, keychain_available)
        wizard.exec()
        return wizard.session
    from pa_desktop.gui.vault.unlock_dialog import warn_about_audit

    session = vaults.unlock_from_device(folder)
    if session is None:
        dialog = UnlockDialog(vaults, folder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        session = dialog.session
    if session is not None:
        warn_about_audit(None, session)
    return session


def create_demo_session(vaults: Vaults) -> tuple[VaultSession, Path]:
    from pa_desktop.services.demo import fill_demo_vault
    from pa_desktop.services.session import Profile

    folder = Path(tempfile.mkdtemp(prefix="pa-desktop-demo-")) / "vault"
    session, _code = vaults.create(
        folder,
        DEMO_PASSPHRASE,
        Profile(school="Demoschool Brussel", clb="CLB Demo", user_name="Demo", role="school"),
    )
    fill_demo_vault(session)
    return session, folder.parent


def run(vaults: Vaults, folder: Path, demo: bool, keychain_available: bool) -> int:
    app = make_application()
    crash_handler = install_crash_handler()
    demo_folder: Path | None = None
    try:
        if demo:
            session, demo_folder = create_demo_session(vaults)
        else:
            from pa_desktop.gui.vault.instance import claim_or_tell

            if claim_or_tell(folder) is None:  # this vault is open in another PA Desktop
                return 0
            opened = open_session(vaults, folder, keychain_available)
            if opened is None:
                return 0
            session = opened
    except Exception as error:  # logged, and said with what to do (the crash dialog)
        crash_handler(type(error), error, error.__traceback__)
        return 1
    try:
        return show_main_window(app, session, vaults, demo)
    finally:
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)


def show_main_window(app: QApplication, session: VaultSession, vaults: Vaults, demo: bool) -> int:
    """The overview of an open vault, with the Vault menu; runs until the last window closes."""
    from pa_desktop.gui.overview.main_window import MainWindow

    def prepare(window: MainWindow) -> None:
        from pa_desktop.gui.vault.menu import install_care

        if demo:
            window.statusBar().addPermanentWidget(_demo_badge())
        # Vault menu, lock, backups
        install_care(window, session, vaults, session.folder, window.show_fresh_data)
        window.replaced.connect(prepare)  # a change of language builds a new main window

    window = MainWindow(session)
    prepare(window)
    window.show()
    settle_startup_objects()
    from pa_desktop.gui.common.i18n import prepare_other_languages

    prepare_other_languages()  # a switch of language then finds its file ready
    return app.exec()


def settle_startup_objects() -> None:
    """Move everything made at start (modules, classes, Qt wrappers: some 90,000 objects) out of
    the cyclic collector's reach, once, on the GUI thread. They live as long as the program, and
    a full collection, triggered by a worker that reads a school year, walked them all while
    holding the GIL: the window froze for 200 ms each time (measured; 80 ms once frozen). The
    collector itself stays on for everything made later: the young generations as always, the
    full collections when the user pauses (`IdleCollector`: a worker's mass allocation no
    longer sets one off in the middle of an action)."""
    from pa_desktop.gui.common.collector import IdleCollector

    gc.freeze()
    IdleCollector.install()


def _demo_badge() -> QLabel:
    label = QLabel(
        tr("Demo vault with fictitious pupils (passphrase: {passphrase})").format(
            passphrase=DEMO_PASSPHRASE
        )
    )
    label.setStyleSheet("padding: 2px 8px; background: #FFF3CD; color: #5C4400;")
    return label
