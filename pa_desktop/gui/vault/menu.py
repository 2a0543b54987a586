"""The "Vault" menu and everything that watches over the vault while the window is open.

The main window's owner calls, once the window exists:

    from pa_desktop.gui.vault.menu import install_care
    parts = install_care(window, session, vaults, folder, window.show_fresh_data)

(the last argument closes the windows that show data from before a restore or a purge, and
reloads; the window knows which ones it opened).

It adds the menu (lock, passphrase, recovery code, remember on this device, backups, restore,
check, audit log, retention and purge), starts the lock and the automatic backups, watches that
the vault's file is still there, holds the one-instance lock, and shows storage faults (a full
disk, a read-only medium, a pulled USB stick) in plain words instead of a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from pa_desktop.gui.care.audit_dialog import AuditDialog
from pa_desktop.gui.care.backup_dialogs import (
    BackupScheduler,
    BackupSettingsDialog,
    back_up_now,
    check_vault,
)
from pa_desktop.gui.care.purge_dialog import PurgeDialog
from pa_desktop.gui.care.restore_dialog import RestoreDialog
from pa_desktop.gui.care.security_dialog import (
    PassphraseDialog,
    RecoveryCodeDialog,
    RotateKeyDialog,
)
from pa_desktop.gui.care.texts import error_message
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.vault import instance
from pa_desktop.gui.vault.lock import LockController
from pa_desktop.services import audit, care, faults
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import VaultLockedError
from pa_desktop.services.session import VaultSession

_WATCH_MS = 5_000


@dataclass
class CareParts:
    """What install_care made, returned to its caller (tests drive the menu through it)."""

    menu: QMenu
    lock: LockController
    backups: BackupScheduler
    watch_timer: QTimer
    guard: instance.InstanceGuard | None
    actions: dict[str, QAction]
    vaults: Vaults  # for a window that replaces this one (a change of language)
    folder: Path

    def stop(self) -> None:
        """Stop the lock's watch, the backups and the file watch: the window closed for good
        (a new window takes over the session), or a test walks the menu without them."""
        self.lock.stop()
        self.backups.stop()
        self.watch_timer.stop()


def _nothing_to_reload() -> None:
    """A window without data of its own (tests): nothing to close or reload."""


def install_care(
    window: QMainWindow,
    session: VaultSession,
    vaults: Vaults,
    folder: Path,
    data_replaced: Callable[[], None] = _nothing_to_reload,
) -> CareParts:
    """Add the Vault menu to `window` and start the lock, the backups and the watch;
    `data_replaced` runs after a restore or a purge."""
    guard = instance.claim(folder)
    if guard is None:
        QTimer.singleShot(0, window, partial(_tell_second_instance, window))
    menu = QMenu(tr("&Vault"), window)
    menu.setObjectName("menuVault")
    _insert_menu(window, menu)
    controller = LockController(session, window)
    scheduler = BackupScheduler(session, window)
    watch = care.VaultWatch(folder)
    actions: dict[str, QAction] = {}

    def add(key: str, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        actions[key] = action
        return action

    def after_restore(_summary: object) -> None:
        watch.reset()
        data_replaced()

    def restore() -> None:
        dialog = RestoreDialog(folder, session, window)
        dialog.restored.connect(after_restore)
        dialog.exec()

    def purge() -> None:
        dialog = PurgeDialog(session, window)
        dialog.purged.connect(data_replaced)
        dialog.exec()

    def lock_after() -> None:
        minutes, ok = QInputDialog.getInt(
            window,
            tr("Lock after"),
            tr("Lock the vault after this many minutes without input:"),
            care.lock_minutes(session),
            care.LOCK_MINUTES_RANGE[0],
            care.LOCK_MINUTES_RANGE[1],
        )
        if ok:
            _guarded(window, lambda: care.set_lock_minutes(session, minutes))
            controller.set_idle_minutes(care.lock_minutes(session))

    remember = QAction(tr("&Remember on this device"), window)
    remember.setCheckable(True)

    def toggle_remember(on: bool) -> None:
        state = care.set_remembered(session, vaults, on)
        remember.blockSignals(True)
        remember.setChecked(state)
        remember.blockSignals(False)
        if on and not state:
            QMessageBox.information(
                window,
                tr("Remember on this device"),
                tr(
                    "This computer's credential store is not available or refused the key. "
                    "Nothing changed: the vault keeps opening with your passphrase."
                ),
            )
        elif on:
            QMessageBox.information(
                window,
                tr("Remember on this device"),
                tr(
                    "This computer now opens the vault without asking the passphrase, for this "
                    "user account. Switch it off on a shared account."
                ),
            )

    def menu_shown() -> None:
        if session.is_locked:
            return
        remember.blockSignals(True)
        remember.setChecked(care.is_remembered(session, vaults))
        remember.blockSignals(False)

    add("lock", tr("&Lock"), controller.lock, QKeySequence("Ctrl+L"))
    add("lock_after", tr("Lock &after…"), lock_after)
    menu.addSeparator()
    add(
        "passphrase",
        tr("Change &passphrase…"),
        lambda: PassphraseDialog(session, vaults, window).exec(),
    )
    add(
        "recovery",
        tr("New r&ecovery code…"),
        lambda: RecoveryCodeDialog(session, vaults, window).exec(),
    )
    add(
        "rotate_key",
        tr("Renew the vault's &key…"),
        lambda: RotateKeyDialog(session, vaults, window).exec(),
    )
    remember.toggled.connect(toggle_remember)
    menu.addAction(remember)
    actions["remember"] = remember
    menu.addSeparator()
    add("backup", tr("&Back up now…"), lambda: back_up_now(window, session))
    add(
        "backup_settings",
        tr("Backup &settings…"),
        lambda: BackupSettingsDialog(session, window).exec(),
    )
    add("restore", tr("Res&tore…"), restore)
    menu.addSeparator()
    add("check", tr("&Check the vault…"), lambda: check_vault(window, session))
    add("audit", tr("A&udit log…"), lambda: AuditDialog(session, window).exec())
    add("purge", tr("Retention and pur&ge…"), purge)
    menu.aboutToShow.connect(menu_shown)

    watch_timer = QTimer(window)
    watch_timer.setInterval(_WATCH_MS)
    warned = {"gone": False}

    def watch_tick() -> None:
        if watch.still_there() or warned["gone"] or session.is_locked:
            return
        warned["gone"] = True
        _vault_gone(window, session)

    watch_timer.timeout.connect(watch_tick)
    watch_timer.start()
    _install_fault_hook(folder)

    parts = CareParts(menu, controller, scheduler, watch_timer, guard, actions, vaults, folder)
    window.installEventFilter(_StopWhenClosed(window, parts.stop))
    QTimer.singleShot(0, window, partial(_tell_failed_unlocks, window, session))
    return parts


# helpers --------------------------------------------------------------------------------------
class _StopWhenClosed(QObject):
    """When the window is closed for good (a new window may take over the same session, as on a
    change of language), its lock, backup timer and watch stop, so only one of each runs."""

    def __init__(self, window: QMainWindow, stop: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._stop = stop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            QTimer.singleShot(0, self, self._check)
        return False

    def _check(self) -> None:
        if not self._window.isVisible():
            self._stop()


def _insert_menu(window: QMainWindow, menu: QMenu) -> None:
    """Before the Help menu when there is one, else at the end."""
    bar = window.menuBar()
    for action in bar.actions():
        sub = action.menu()
        if sub is not None and sub.objectName() == "menuHelp":
            bar.insertMenu(action, menu)
            return
    bar.addMenu(menu)


def _guarded(parent: QWidget, work: object) -> None:
    try:
        work()  # type: ignore[operator]
    except Exception as error:
        QMessageBox.warning(parent, "PA Desktop", error_message(error))


def _tell_second_instance(window: QWidget) -> None:
    QMessageBox.warning(
        window,
        "PA Desktop",
        tr(
            "Another PA Desktop has this vault open too. Close one of the two windows: two "
            "programs writing in the same vault can get in each other's way."
        ),
    )


def _vault_gone(window: QMainWindow, session: VaultSession) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("The vault's folder is gone"),
        tr(
            "The vault's file is no longer where it was opened (was a USB stick pulled out, or "
            "the folder moved?). What was saved before is in that file. Put the stick back and "
            "start PA Desktop again; until then, changes cannot be saved. You can save a backup "
            "of what is open now elsewhere."
        ),
        parent=window,
    )
    backup = box.addButton(tr("&Back up now…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is backup:
        back_up_now(window, session)


def _tell_failed_unlocks(window: QMainWindow, session: VaultSession) -> None:
    """Right after unlocking: were there failed attempts since the last time?"""
    if session.is_locked:
        return
    try:
        found = audit.entries(session, "unlock_failed")
    except Exception:
        return
    if not found:
        return
    latest = found[-1]
    if datetime.now(UTC) - latest.at.astimezone(UTC) > timedelta(minutes=2):
        return
    QMessageBox.warning(
        window,
        tr("Failed unlock attempts"),
        tr(
            "Since the vault was last opened, someone tried to unlock it %n time(s) with a "
            "wrong passphrase or recovery code. The attempts are in the audit log.",
            "",
            int(latest.details.get("count", 1)),
        ),
    )


def _install_fault_hook(folder: Path) -> None:
    """Storage faults that reach Qt's event loop become a plain message, not a traceback."""
    previous = sys.excepthook
    if getattr(previous, "pa_desktop_care", False):
        return
    showing = {"now": False}

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        typed = faults.translate(error, folder)
        if typed is None:
            previous(kind, error, trace)
            return
        if isinstance(typed, VaultLockedError) or showing["now"]:
            return  # work that ran into the lock: nothing was written, nothing lost
        showing["now"] = True
        try:
            QMessageBox.warning(QApplication.activeWindow(), tr("Not saved"), error_message(typed))
        finally:
            showing["now"] = False

    hook.pa_desktop_care = True  # type: ignore[attr-defined]
    sys.excepthook = hook
