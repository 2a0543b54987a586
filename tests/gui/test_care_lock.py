"""The lock in the GUI: the idle timer, Ctrl+L, sleep; windows hidden and shown again; a modal
dialog's input kept, or discarded with a word when it holds a passphrase field."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QMessageBox

from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.gui.vault.lock import LockController
from pa_desktop.services import audit
from pa_desktop.services.session import VaultSession
from tests.gui.conftest import PASSPHRASE


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded instead of shown (they would wait for a click)."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    return shown


def _window(qtbot) -> QMainWindow:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    window.setWindowTitle("Overview")
    qtbot.addWidget(window)
    window.show()
    return window


def _unlock(qtbot, controller: LockController, secret: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.dialog
    assert dialog is not None
    dialog.ui.secretEdit.setText(secret)
    dialog.ui.buttons.accepted.emit()


def test_the_idle_timer_locks_and_unlocking_resumes_the_same_session(
    qtbot, demo_session: VaultSession, messages: list[str]
) -> None:
    window = _window(qtbot)
    controller = LockController(demo_session, window, idle_ms=300)
    qtbot.waitUntil(lambda: demo_session.is_locked, timeout=30_000)
    assert not window.isVisible()
    assert controller.dialog is not None and controller.dialog.isVisible()
    assert controller.dialog.windowModality() == Qt.WindowModality.ApplicationModal

    _unlock(qtbot, controller, "not the passphrase")
    qtbot.waitUntil(lambda: controller.dialog.ui.errorLabel.isVisible(), timeout=30_000)
    assert demo_session.is_locked and controller.is_locked
    controller.set_idle_minutes(10)
    _unlock(qtbot, controller)
    qtbot.waitUntil(lambda: not controller.is_locked, timeout=30_000)
    assert window.isVisible() and not demo_session.is_locked
    assert len(demo_session.pupils()) == 40
    told = [m for m in messages if "tried to unlock the vault" in m]
    assert told and ("once" in told[0] or " 1 time" in told[0])  # the failed attempt is told
    assert audit.entries(demo_session, "unlock_failed")[0].details["count"] == 1
    controller.stop()


def test_a_modal_dialog_without_a_secret_is_covered_and_keeps_its_input(
    qtbot, demo_session: VaultSession, messages: list[str]
) -> None:
    window = _window(qtbot)
    controller = LockController(demo_session, window, idle_ms=600_000)
    dialog = QDialog(window)
    dialog.setWindowTitle("Measure for Ayşe")
    note = QLineEdit(dialog)
    note.setText("half-typed note")
    seen: dict[str, object] = {}

    def lock_then_unlock() -> None:
        controller.lock()
        seen["enabled_while_locked"] = dialog.isEnabled()
        seen["title_while_locked"] = dialog.windowTitle()
        _unlock(qtbot, controller)

    def finish() -> None:
        if controller.is_locked:
            QTimer.singleShot(50, finish)
            return
        seen["text"] = note.text()
        dialog.accept()

    QTimer.singleShot(50, lock_then_unlock)
    QTimer.singleShot(100, finish)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert seen == {
        "enabled_while_locked": False,
        "title_while_locked": "PA Desktop is locked",
        "text": "half-typed note",
    }
    assert dialog.windowTitle() == "Measure for Ayşe" and dialog.isEnabled()
    assert window.isVisible() and messages == []
    controller.stop()


def test_a_modal_dialog_with_a_passphrase_field_is_closed_with_a_word(
    qtbot, demo_session: VaultSession, messages: list[str]
) -> None:
    window = _window(qtbot)
    controller = LockController(demo_session, window, idle_ms=600_000)
    dialog = QDialog(window)
    dialog.setWindowTitle("Change the passphrase")
    secret = QLineEdit(dialog)
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    secret.setText("half-typed secret")
    QTimer.singleShot(50, controller.lock)
    assert dialog.exec() == QDialog.DialogCode.Rejected  # ended by the lock
    assert secret.text() == "" and controller.is_locked
    _unlock(qtbot, controller)
    qtbot.waitUntil(lambda: not controller.is_locked, timeout=30_000)
    assert any("Change the passphrase" in m and "discarded" in m for m in messages)
    controller.stop()


def test_sleep_and_suspend_lock_at_once(qtbot, demo_session: VaultSession) -> None:
    window = _window(qtbot)
    now = [1_000_000.0]
    controller = LockController(demo_session, window, idle_ms=600_000, clock=lambda: now[0])
    controller._tick()
    assert not controller.is_locked
    now[0] += 3 * 3600  # the laptop slept for three hours between two ticks
    controller._tick()
    assert controller.is_locked and demo_session.is_locked
    _unlock(qtbot, controller)
    qtbot.waitUntil(lambda: not controller.is_locked, timeout=30_000)
    controller._state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert controller.is_locked
    _unlock(qtbot, controller)
    qtbot.waitUntil(lambda: not controller.is_locked, timeout=30_000)
    controller.stop()


def test_the_key_is_dropped_only_after_running_work_finished(
    qtbot, demo_session: VaultSession
) -> None:
    window = _window(qtbot)
    controller = LockController(demo_session, window, idle_ms=600_000)
    finished: list[int] = []
    # the task is held until the lock was asked for, whatever the machine's load
    release = threading.Event()
    run_in_background(
        lambda: (release.wait(30), len(demo_session.pupils()))[1],
        finished.append,
        lambda error: finished.append(-1),
    )
    controller.lock()
    assert not window.isVisible() and not demo_session.is_locked  # the task still reads
    release.set()
    qtbot.waitUntil(lambda: demo_session.is_locked, timeout=30_000)
    assert finished == [40]
    _unlock(qtbot, controller)
    qtbot.waitUntil(lambda: not controller.is_locked, timeout=30_000)
    controller.stop()
