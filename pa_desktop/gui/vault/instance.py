"""One PA Desktop per vault: the vault's write lock (services/locking.py, `<vault>.lock` beside
the folder), held while the window has the vault, and a local socket through which a second
start asks the first one to come to the front.

The same lock is taken by every writing `pa-desktop-cli` command, so the GUI and the command
line never write at once: a command waits briefly, then names the holder. The operating system
releases the lock when its process ends, so a crashed PA Desktop never blocks the next start.
"""

from __future__ import annotations

import hashlib
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from pa_desktop.gui.common.texts import tr
from pa_desktop.services import locking
from pa_desktop.services.errors import VaultBusyError

_RAISE = b"raise\n"


def lock_path(folder: Path) -> Path:
    """`<vault folder>.lock` beside the folder (not inside: a restore swaps the folder)."""
    return locking.lock_path(folder)


def server_name(folder: Path) -> str:
    digest = hashlib.sha256(str(folder.absolute()).encode("utf-8")).hexdigest()[:16]
    return f"pa-desktop-{digest}"


class InstanceGuard(QObject):
    """Held for as long as this process works on the vault."""

    raise_requested = Signal()

    def __init__(self, folder: Path, lock: locking.VaultHold) -> None:
        super().__init__()
        self.folder = folder
        self._lock = lock
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._connection)
        name = server_name(folder)
        QLocalServer.removeServer(name)  # a crashed first instance may leave its socket file
        self._server.listen(name)
        self.raise_requested.connect(self._raise_windows)

    def release(self) -> None:
        self._server.close()
        self._lock.release()

    def _connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(partial(self._read, socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_RAISE.strip()):
            self.raise_requested.emit()

    def _raise_windows(self) -> None:
        """Bring the main window (or, while locked, the unlock dialog) to the front."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        target = app.activeModalWidget()
        if target is None:
            windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)]
            visible = [w for w in windows if w.isVisible()]
            if not (visible or windows):
                return
            target = (visible or windows)[0]
        if target.isMinimized():
            target.showNormal()
        target.raise_()
        target.activateWindow()


def _ask_first_to_come_forward(folder: Path) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(1000):
        return False
    socket.write(_RAISE)
    socket.flush()
    socket.waitForBytesWritten(1000)
    socket.disconnectFromServer()
    return True


_held: dict[str, InstanceGuard] = {}


def claim(folder: Path) -> InstanceGuard | None:
    """Take the vault for this process; None when another PA Desktop has it (that one is asked
    to come to the front). Claiming twice in one process returns the same guard."""
    key = str(folder.absolute())
    if key in _held:
        return _held[key]
    try:
        hold = locking.take(folder, locking.GUI, wait=0.1)
    except VaultBusyError as busy:
        if busy.program != locking.CLI:
            _ask_first_to_come_forward(folder)
            return None
        try:  # a command is writing: it is done in a moment
            hold = locking.take(folder, locking.GUI, wait=locking.default_wait())
        except VaultBusyError:
            return None
    guard = InstanceGuard(folder, hold)
    _held[key] = guard
    return guard


def release(folder: Path) -> None:
    guard = _held.pop(str(folder.absolute()), None)
    if guard is not None:
        guard.release()


def claim_or_tell(folder: Path, parent: QWidget | None = None) -> InstanceGuard | None:
    """`claim`, and when another PA Desktop has the vault, say so plainly."""
    guard = claim(folder)
    if guard is None:
        QMessageBox.information(
            parent,
            "PA Desktop",
            tr(
                "PA Desktop is already open for this vault, in another window. That window was "
                "brought to the front (if it does not show, look in the taskbar). A vault is "
                "opened by one PA Desktop at a time, so nothing is written twice."
            ),
        )
    return guard
