"""An unexpected error in the GUI: logged without data, said with what to do, details copyable."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pa_desktop import __version__
from pa_desktop.gui.common import crash
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.services import logs

SECRET = "Łukasiewicz, 12/03/2014"


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    logs.stop_logging()
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path))
    path = logs.start_logging("pa-desktop")
    assert path is not None
    yield path
    logs.stop_logging()


@pytest.fixture
def handler(monkeypatch: pytest.MonkeyPatch) -> crash._CrashHandler:
    """The crash handler installed as in the application; the hooks are put back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash, "_installed", [])
    monkeypatch.setattr(crash, "qInstallMessageHandler", lambda _handler: None)
    installed = crash.install_crash_handler()
    shown: list[str] = []
    monkeypatch.setattr(installed, "show", shown.append)
    installed.shown = shown  # type: ignore[attr-defined]
    return installed


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown_without_data(
    qtbot, log_file: Path, handler: crash._CrashHandler
) -> None:
    assert sys.excepthook is handler

    def slot() -> None:
        raise ValueError(f"unknown pupil {SECRET}")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: bool(handler.shown), timeout=30_000)  # type: ignore[attr-defined]
    (details,) = handler.shown  # type: ignore[attr-defined]
    assert f"PA Desktop {__version__}" in details and "Python" in details
    assert "builtins.ValueError" in details and "in slot" in details
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL pa_desktop.gui.common.crash: unexpected error" in text
    assert "builtins.ValueError" in text
    assert SECRET not in details and SECRET not in text


def test_the_dialog_says_what_to_do_and_copies_the_details(qtbot) -> None:
    try:
        raise KeyError(SECRET)
    except KeyError as error:
        details = crash.crash_details(type(error), error, error.__traceback__)
    dialog = crash.CrashDialog(details)
    qtbot.addWidget(dialog)
    dialog.show()
    words = dialog.message.text()
    assert "safe in the vault" in words and "start it again" in words
    assert str(logs.log_folder()) in words
    assert dialog.details_view.toPlainText() == details
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    assert SECRET not in QGuiApplication.clipboard().text()
    assert dialog.isVisible()  # copying does not close it
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_failed_background_task_logs_its_traceback(qtbot, log_file: Path) -> None:
    failures: list[Exception] = []

    def work() -> None:
        raise ZeroDivisionError(SECRET)

    run_in_background(work, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=30_000)
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR pa_desktop.gui.common.workers: background task failed" in text
    assert "test_crash.py:" in text and "in work" in text and "builtins.ZeroDivisionError" in text
    assert SECRET not in text


def test_errors_in_a_thread_are_logged(log_file: Path, handler: crash._CrashHandler) -> None:
    def work() -> None:
        raise OSError(SECRET)

    thread = threading.Thread(target=work, name="sorter")
    thread.start()
    thread.join()
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error in thread sorter" in text and "builtins.OSError" in text
    assert SECRET not in text
    assert QApplication.activeModalWidget() is None  # no dialog from a worker thread
