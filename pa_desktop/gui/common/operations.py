"""Background operations for the windows, in the style of Anki's QueryOp / CollectionOp.

A window never runs a service call that can take more than a blink on the GUI thread. It says
what to run and what to do with the result:

    QueryOp(self, lambda progress: signal_list(session, year), self._show).run_in_background()
    CollectionOp(self, session, write, OpChanges.of_pupil(7)).success(done).run_in_background()

`QueryOp` reads: the work runs in Qt's thread pool, `success` gets the result on the GUI thread,
and a failure gets a default dialog (in the user's words, never a traceback) unless the caller
handles it. `CollectionOp` changes the vault: changes run one at a time, in the order asked (a
second edit never overtakes the first), and afterwards the session's `ChangeHub` tells every
window *what* changed (`OpChanges`), so each one refreshes only what it shows: the overview one
row, a dossier only when it is its pupil. Long work shows a progress dialog (after a short delay,
so quick work never flashes one) and can be cancelled when the work checks `progress.cancelled`.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from pa_desktop.gui.common.error_texts import error_message
from pa_desktop.gui.common.texts import problem_text, tr
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.services.errors import InvalidInputError

T = TypeVar("T")

# a progress dialog appears only for work still running after this long
PROGRESS_DELAY_MS = 400


class OpCancelledError(Exception):
    """Raised by work that saw `progress.cancelled`; the operation ends without a message."""


@dataclass(frozen=True)
class OpChanges:
    """What an operation changed, so each view refreshes only what it shows.

    `pupils`: pupils whose data changed (their overview rows, their dossier); `every_pupil`:
    something that concerns all of them (settings, an import, a restore); `kinds`: which parts
    ("absences", "measures", "trajectory", "flags", "checklist", "pupils", "settings").
    """

    pupils: frozenset[int] = frozenset()
    every_pupil: bool = False
    kinds: frozenset[str] = frozenset()

    @classmethod
    def of_pupil(cls, pupil_id: int, *kinds: str) -> OpChanges:
        return cls(frozenset({pupil_id}), False, frozenset(kinds))

    @classmethod
    def of_pupils(cls, pupil_ids: Iterable[int], *kinds: str) -> OpChanges:
        return cls(frozenset(pupil_ids), False, frozenset(kinds))

    @classmethod
    def everything(cls, *kinds: str) -> OpChanges:
        return cls(frozenset(), True, frozenset(kinds))

    def touches(self, pupil_id: int) -> bool:
        return self.every_pupil or pupil_id in self.pupils


class ChangeHub(QObject):
    """The "what changed" notice of one open vault: `changed(OpChanges, source)` where source is
    the window that asked for the change (it may already show the new state)."""

    changed = Signal(object, object)

    _hubs: ClassVar[weakref.WeakKeyDictionary[object, ChangeHub]] = weakref.WeakKeyDictionary()

    @classmethod
    def of(cls, session: object) -> ChangeHub:
        """The hub of a session (one per open vault, made on first use on the GUI thread)."""
        hub = cls._hubs.get(session)
        if hub is None:
            hub = cls._hubs[session] = ChangeHub()
        return hub

    def announce(self, changes: OpChanges, source: QObject | None = None) -> None:
        self.changed.emit(changes, source)


class OpProgress(QObject):
    """Handed to the work: `report(done, total)` from any thread, `cancelled` to stop early."""

    reported = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        self.reported.emit(done, total)

    def check(self) -> None:
        """Raise `OpCancelledError` when the user cancelled (call between steps of long work)."""
        if self.cancelled:
            raise OpCancelledError()


def failure_text(error: BaseException) -> str:
    """A plain sentence for an error of a background operation (never a traceback)."""
    if isinstance(error, InvalidInputError):
        return " ".join(problem_text(problem) for problem in error.problems)
    return error_message(error)


def show_failure(parent: QWidget | None, error: BaseException) -> None:
    """The default failure dialog; quiet when the window is gone or the user cancelled."""
    if isinstance(error, OpCancelledError) or parent is None or not parent.isVisible():
        return
    QMessageBox.warning(parent, parent.windowTitle() or tr("PA Desktop"), failure_text(error))


# changes run one at a time, in order: a second edit never overtakes the first
_changes_pool: QThreadPool | None = None


def _serial_pool() -> QThreadPool:
    global _changes_pool
    if _changes_pool is None:
        _changes_pool = QThreadPool()
        _changes_pool.setMaxThreadCount(1)
    return _changes_pool


def wait_for_changes(milliseconds: int = 30_000) -> bool:
    """Wait until every queued change is written (the lock and closing the vault use this)."""
    return _changes_pool is None or _changes_pool.waitForDone(milliseconds)


class QueryOp(Generic[T]):
    """Run `op(progress)` off the GUI thread; `success(result)` runs on the GUI thread."""

    _serial = False

    def __init__(
        self,
        parent: QWidget,
        op: Callable[[OpProgress], T],
        success: Callable[[T], None] | None = None,
    ) -> None:
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Callable[[Exception], None] | None = None
        self._label: str | None = None
        self._cancellable = False
        self.progress = OpProgress()

    def success(self, callback: Callable[[T], None]) -> QueryOp[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> QueryOp[T]:
        """Handle failures yourself instead of the default dialog."""
        self._failure = callback
        return self

    def with_progress(self, label: str, cancellable: bool = False) -> QueryOp[T]:
        """Show `label` with a progress bar when the work lasts; a Cancel button if asked."""
        self._label = label
        self._cancellable = cancellable
        return self

    def run_in_background(self) -> None:
        dialog = self._progress_dialog()
        progress = self.progress
        alive = [True]  # the window may close while the work runs: then no callback touches it
        self._parent.destroyed.connect(lambda *_: alive.__setitem__(0, False))

        def work() -> Any:
            return self._op(progress)

        def finished() -> None:
            if dialog is not None and alive[0]:
                dialog.reset()
                dialog.deleteLater()

        def done(result: Any) -> None:
            finished()
            self._succeeded(result, alive[0])

        def failed(error: Exception) -> None:
            finished()
            if isinstance(error, OpCancelledError) or not alive[0]:
                return
            if self._failure is not None:
                self._failure(error)
            else:
                show_failure(self._parent, error)

        run_in_background(work, done, failed, pool=_serial_pool() if self._serial else None)

    def _succeeded(self, result: Any, parent_alive: bool) -> None:
        if self._success is not None and parent_alive:
            self._success(result)

    def _progress_dialog(self) -> QProgressDialog | None:
        if self._label is None:
            return None
        dialog = QProgressDialog(
            self._label, tr("Cancel") if self._cancellable else "", 0, 0, self._parent
        )
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.progress.cancel)

        def report(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done)

        self.progress.reported.connect(report)
        dialog.setValue(0)
        return dialog


class CollectionOp(QueryOp[T]):
    """A change to the vault: run in order with every other change, off the GUI thread; then the
    session's `ChangeHub` announces `changes` (or `changes(result)`) before `success` runs."""

    _serial = True

    def __init__(
        self,
        parent: QWidget,
        session: object,
        op: Callable[[OpProgress], T],
        changes: OpChanges | Callable[[T], OpChanges],
    ) -> None:
        super().__init__(parent, op)
        self._hub = ChangeHub.of(session)
        self._changes = changes

    def _succeeded(self, result: Any, parent_alive: bool) -> None:
        # announced even when the asking window closed meanwhile: the others still show it
        changes = self._changes(result) if callable(self._changes) else self._changes
        self._hub.announce(changes, self._parent if parent_alive else None)
        super()._succeeded(result, parent_alive)
