"""Full garbage collections when the user is not looking, not in the middle of their work.

Python's cyclic collector walks *every* object it tracks when it collects its oldest
generation, holding the GIL all along. A worker that reads a school year (125,000 absences,
their rows and the kept overview) triggers such a full collection once or twice per read, and
the GUI thread, which needs the GIL for every Python slot, paint event and model call, stands
still meanwhile: 190-290 ms when exporting the signalling list or switching the school year
(measured with `gc.callbacks`; the stalls matched the collections one for one).

So the oldest generation is no longer collected automatically. The young generations are, as
always: most cyclic garbage dies young and is freed there, and everything without cycles is
freed by reference counting the moment it is dropped. What survives into the oldest generation
is collected here, on the GUI thread, once for `IDLE_SECONDS` the pointer has not moved, nothing
was typed, the focus stayed and no background task ran (a pause nobody sees: nothing is being
done or waited for), or after `FORCE_AFTER` young collections without such a pause (a user who
never pauses still gets their memory back; that is some millions of allocations).

This is one policy for the whole process, set once on the GUI thread when the main window
shows; it is never switched from a worker around a computation.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from pa_desktop.gui.common.workers import running_tasks, tasks_started

IDLE_SECONDS = 8.0
CHECK_MS = 1_000
FORCE_AFTER = 1_000  # young (generation 1) collections since the last full one
_NEVER = 2**31 - 1  # the oldest generation's threshold: never reached by counting


class IdleCollector(QObject):
    """Runs the full collections the interpreter no longer starts itself (see the module)."""

    _installed: IdleCollector | None = None

    def __init__(
        self,
        app: QApplication,
        clock: Callable[[], float] = time.monotonic,
        idle_seconds: float = IDLE_SECONDS,
        pointer: Callable[[], QPoint] = QCursor.pos,
    ) -> None:
        super().__init__(app)
        self._clock = clock
        self._idle_seconds = idle_seconds
        self._pointer = pointer
        self._last_activity = clock()
        self._seen_tasks = tasks_started()
        self._seen_pointer = pointer()
        self.full_collections = 0
        young, middle, _oldest = gc.get_threshold()
        gc.set_threshold(young, middle, _NEVER)
        # Input is seen without an application-wide event filter (a Python call for every
        # event of every widget cost 10-20 ms in the turns that build a window): the pointer is
        # compared at each check, typing moves the text cursor, Tab moves the focus.
        app.inputMethod().cursorRectangleChanged.connect(self.user_active)
        app.focusObjectChanged.connect(self.user_active)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_when_due)
        self._timer.start()

    @classmethod
    def install(cls) -> IdleCollector | None:
        """Once per process, on the GUI thread (later calls return the one installed)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return None
        if cls._installed is None:
            cls._installed = cls(app)
        return cls._installed

    def user_active(self, *_args: object) -> None:
        """The user did something (typed, moved the focus): no full collection for a while."""
        self._last_activity = self._clock()

    def pending(self) -> int:
        """Young collections since the last full one: what a full one would have to sort out."""
        return gc.get_count()[2]

    def collect_when_due(self) -> bool:
        """A full collection when something waits for one and the user and the app pause (or
        after too many young collections without a pause); True when it ran."""
        now = self._clock()
        started, pointer = tasks_started(), self._pointer()
        if running_tasks() or started != self._seen_tasks or pointer != self._seen_pointer:
            self._seen_tasks, self._seen_pointer = started, pointer
            self._last_activity = now
        pending = self.pending()
        if pending == 0:
            return False
        idle = now - self._last_activity >= self._idle_seconds
        if not idle and pending < FORCE_AFTER:
            return False
        gc.collect()
        self.full_collections += 1
        return True

    def stop(self) -> None:
        """The interpreter's own policy again (tests; a process that ends needs nothing)."""
        self._timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.inputMethod().cursorRectangleChanged.disconnect(self.user_active)
            app.focusObjectChanged.disconnect(self.user_active)
        young, middle, _oldest = gc.get_threshold()
        gc.set_threshold(young, middle, 10)
        if IdleCollector._installed is self:
            IdleCollector._installed = None
