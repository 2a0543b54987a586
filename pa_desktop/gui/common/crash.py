"""An unexpected error: written to the log, and said to the user with what they can do.

`install_crash_handler()` (once, when the application starts) routes every uncaught exception
- from a slot, a timer, an event handler (PySide6 hands those to sys.excepthook) or a Python
thread - to the log file and to `CrashDialog`. Qt's own warnings go to the log too.

The dialog's "Copy details" puts the exception's kind and where it happened, the version and
the platform on the clipboard, for the ICT coordinator or a bug report; never the exception's
text (it may quote a name or a line of an imported file) and never data from the vault.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.gui.common.texts import tr
from pa_desktop.services import logs

_log = logging.getLogger(__name__)
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def crash_details(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """What "Copy details" copies: version, platform, the error's kind and its code frames."""
    return f"{logs.platform_line()}\n{logs.error_report(kind, error, trace)}"


class CrashDialog(QDialog):
    """Says that something went wrong, what is safe and what to do; offers the details."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Something went wrong"))
        self.details = details
        folder = logs.log_folder()
        self.message = QLabel(
            tr(
                "PA Desktop ran into an unexpected error. What was saved before is safe in the "
                "vault; the last action may not have been completed, so check it.\n\n"
                "If the window behaves oddly, close PA Desktop and start it again. If it happens "
                "again, copy the details and give them to your ICT coordinator, with what you "
                "were doing. The details hold no names or other data from the vault; the log "
                "file is in {folder}."
            ).format(folder=folder)
        )
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(tr("Error details"))
        self.copy_button = QPushButton(tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details_view)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details)
        self.copy_button.setText(tr("Copied"))


class _CrashHandler:
    """The hook itself; `show` is replaceable so a test sees the dialog without a modal loop."""

    def __init__(self) -> None:
        self.showing = False
        self.show: Callable[[str], None] = self._show_dialog

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        _log.critical("unexpected error", exc_info=(kind, error, trace))
        if self.showing or QApplication.instance() is None:
            return  # an error while the dialog is open: logged, one dialog is enough
        self.showing = True
        try:
            self.show(crash_details(kind, error, trace))
        finally:
            self.showing = False

    def from_thread(self, hook: threading.ExceptHookArgs) -> None:
        if hook.exc_value is None:
            return
        # not on the GUI thread: logged here, no dialog from a worker thread
        _log.critical(
            "unexpected error in thread %s",
            hook.thread.name if hook.thread else "?",
            exc_info=(hook.exc_type, hook.exc_value, hook.exc_traceback),
        )

    @staticmethod
    def _show_dialog(details: str) -> None:
        CrashDialog(details, QApplication.activeWindow()).exec()


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    logging.getLogger("pa_desktop.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


_handler = _CrashHandler()
_installed: list[bool] = []


def install_crash_handler() -> _CrashHandler:
    """Route uncaught exceptions and Qt's messages to the log and the dialog, once. (Hooks
    installed later, like the Vault menu's storage-fault words, hand the rest on to it.)"""
    if not _installed:
        _installed.append(True)
        sys.excepthook = _handler
        threading.excepthook = _handler.from_thread
        qInstallMessageHandler(_qt_message)
    return _handler
