"""The lock: after some minutes without input, on Ctrl+L, and when the machine sleeps.

Locking hides every window, closes the vault's connections and forgets its key (the session
object stays, so the windows carry on after unlocking), and shows the unlock dialog. A modal
dialog that is open at that moment cannot be hidden without ending it, so it is covered and
disabled instead, and its input is kept in memory; if it holds a passphrase field, it is closed
and its input discarded, and the user is told after unlocking.

Sleep is seen in two ways: Qt's application state "suspended" (where the platform reports it),
and a jump of the wall clock between two ticks of the check timer (the machine slept, or the
process was frozen): either locks at once. Idle time is measured on the wall clock, so time spent
asleep counts as idle.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.gui.care.restore_dialog import offer_latest_backup
from pa_desktop.gui.care.texts import error_message
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.common.workers import run_in_background, running_tasks
from pa_desktop.gui.vault.unlock_dialog import UnlockDialog
from pa_desktop.services import care
from pa_desktop.services.session import VaultSession

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)
_SLEEP_GAP_SECONDS = 60.0


def holds_secret(dialog: QWidget) -> bool:
    """Whether a window has a field that hides what is typed (a passphrase or a code)."""
    return any(
        edit.echoMode() != QLineEdit.EchoMode.Normal for edit in dialog.findChildren(QLineEdit)
    )


def _is_modal(widget: QWidget) -> bool:
    return isinstance(widget, QDialog) and (
        widget.isModal() or widget.windowModality() != Qt.WindowModality.NonModal
    )


class _Cover(QWidget):
    """A plain sheet over a modal dialog while locked; the dialog's input stays underneath."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._title = dialog.windowTitle()
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        label = QLabel(tr("PA Desktop is locked."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        dialog.setWindowTitle(tr("PA Desktop is locked"))
        dialog.setEnabled(False)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dialog and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._dialog.rect())
        return False

    def remove(self) -> None:
        self._dialog.removeEventFilter(self)
        self._dialog.setWindowTitle(self._title)
        self._dialog.setEnabled(True)
        self.hide()
        self.deleteLater()


class LockedDialog(UnlockDialog):
    """The unlock dialog over a locked session: unlocking resumes the same session."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(None, session.folder, parent)  # type: ignore[arg-type]
        self._locked_session = session
        self.failures_logged = 0
        self.setWindowTitle(tr("PA Desktop is locked"))
        self.ui.introLabel.setText(
            tr("PA Desktop is locked. Enter your passphrase to carry on where you were.")
        )
        self.ui.introLabel.setWordWrap(True)
        quit_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(tr("&Quit PA Desktop"))
        self.ui.buttons.rejected.disconnect()
        quit_button.clicked.connect(self._quit)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def reject(self) -> None:
        """Escape and the close button do nothing: only unlocking or quitting leaves."""

    def _quit(self) -> None:
        QApplication.quit()

    def _try_unlock(self) -> None:
        secret = self.ui.secretEdit.text()
        recovery = self.ui.recoveryCheck.isChecked()
        if not secret:
            self._show_error(
                tr("Enter your recovery code first.")
                if recovery
                else tr("Enter your passphrase first.")
            )
            return
        session = self._locked_session

        def work() -> int:
            return care.unlock(session, secret, recovery)

        self._set_busy(True)
        run_in_background(work, self._resumed, self._failed)

    def _resumed(self, failures: int) -> None:
        self.failures_logged = int(failures)
        self.ui.secretEdit.clear()
        self._unlocked(self._locked_session)

    def _offer_backup(self) -> None:
        if offer_latest_backup(self, self._locked_session.folder, self._locked_session):
            self._resumed(0)  # a restore in place resumes the session on the restored vault


class LockController(QObject):
    """Locks the session after `lock_minutes` without input, on `lock()` (Ctrl+L), and when the
    machine sleeps; shows the windows again after unlocking."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        session: VaultSession,
        parent: QWidget | None = None,
        idle_ms: int | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._window = parent
        self._clock = clock
        self._idle_ms = idle_ms if idle_ms is not None else care.lock_minutes(session) * 60_000
        self._last_input = clock()
        self._last_tick = clock()
        self._hidden: list[QWidget] = []
        self._covers: list[_Cover] = []
        self._discarded: list[str] = []
        self.dialog: LockedDialog | None = None
        self._pending = QTimer(self)
        self._pending.setInterval(200)
        self._pending.timeout.connect(self._lock_session_when_idle)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._set_interval()
        self._timer.start()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)
        self._watching_state = True

    # settings -----------------------------------------------------------------------------------
    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    def set_idle_minutes(self, minutes: int) -> None:
        self._idle_ms = minutes * 60_000
        self._set_interval()

    def _set_interval(self) -> None:
        self._timer.setInterval(max(100, min(self._idle_ms // 4, 15_000)))

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    # watching -----------------------------------------------------------------------------------
    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.dialog is None:
            self._last_input = self._clock()
        return False

    def _tick(self) -> None:
        now = self._clock()
        slept = now - self._last_tick > self._timer.interval() / 1000 + _SLEEP_GAP_SECONDS
        self._last_tick = now
        if self.dialog is not None:
            return
        if slept or (now - self._last_input) * 1000 >= self._idle_ms:
            self.lock()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()

    # locking ------------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.dialog is not None:
            return
        self._close_popups()
        to_discard: list[QDialog] = []
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or not widget.isWindow():
                continue
            if _is_modal(widget):
                assert isinstance(widget, QDialog)
                if holds_secret(widget):
                    to_discard.append(widget)
                else:
                    self._covers.append(_Cover(widget))
            else:
                self._hidden.append(widget)
        for dialog in to_discard:
            notice = getattr(dialog, "lock_notice", None)
            self._discarded.append(
                notice
                if isinstance(notice, str) and notice
                else tr(
                    "When the vault locked, the window “{title}” held a passphrase field. It was "
                    "closed and what you had typed there was discarded. Open it again to carry on."
                ).format(title=dialog.windowTitle())
            )
            for edit in dialog.findChildren(QLineEdit):
                edit.clear()
            dialog.done(QDialog.DialogCode.Rejected)  # not reject(): a dialog may refuse that
        for widget in self._hidden:
            widget.hide()
        self.dialog = LockedDialog(self.session)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self._lock_session_when_idle()
        self.locked.emit()

    def _close_popups(self) -> None:
        QToolTip.hideText()
        for _ in range(20):
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()

    def _lock_session_when_idle(self) -> None:
        """Close the vault once no background task uses it (they finish within seconds)."""
        if self.dialog is None:
            self._pending.stop()
            return
        if running_tasks() > 0:
            self._pending.start()
            return
        self._pending.stop()
        care.lock(self.session)

    def _unlocked(self) -> None:
        self._pending.stop()
        dialog = self.dialog
        self.dialog = None
        failures = dialog.failures_logged if dialog is not None else 0
        if dialog is not None:
            dialog.deleteLater()
        for widget in self._hidden:
            widget.show()
        self._hidden.clear()
        for cover in self._covers:
            cover.remove()
        self._covers.clear()
        self._last_input = self._last_tick = self._clock()
        parent = self._window
        for notice in self._discarded:
            QMessageBox.information(parent, tr("Vault unlocked"), notice)
        self._discarded.clear()
        if failures:
            QMessageBox.warning(
                parent,
                tr("Failed unlock attempts"),
                tr(
                    "Someone tried to unlock the vault %n time(s) with a wrong passphrase or "
                    "recovery code while it was locked. The attempts are in the audit log.",
                    "",
                    failures,
                ),
            )
        self.unlocked.emit()

    def stop(self) -> None:
        """Stop watching (the window is closing): no timer, no input filter, and no lock when
        the application is suspended later (another window's controller takes over)."""
        self._timer.stop()
        self._pending.stop()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            if self._watching_state and isinstance(app, QGuiApplication):
                app.applicationStateChanged.disconnect(self._state_changed)
                self._watching_state = False


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    QMessageBox.warning(parent, title, error_message(error))
