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
is collected here, on the GUI thread, once the user has given no input and no background task
has run for `IDLE_SECONDS` (a pause nobody sees: nothing is being done or waited for), or after `FORCE_AFTER` young collections without one (a user who never
pauses still gets their memory back; that is some millions of allocations).

This is one policy for the whole process, set once on the GUI thread when the main window
shows; it is never switched from a worker around a computation.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from pa_desktop.gui.common.workers import running_tasks, tasks_started

IDLE_SECONDS = 8.0
CHECK_MS = 1_000
FORCE_AFTER = 1_000  # young (generation 1) collections since the last full one
_NEVER = 2**31 - 1  # the oldest generation's threshold: never reached by counting

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleCollector(QObject):
    """Runs the full collections the interpreter no longer starts itself (see the module)."""

    _installed: IdleCollector | None = None

    def __init__(
        self,
        app: QApplication,
        clock: Callable[[], float] = time.monotonic,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        super().__init__(app)
        self._clock = clock
        self._idle_seconds = idle_seconds
        self._last_activity = clock()
        self._seen_tasks = tasks_started()
        self.full_collections = 0
        young, middle, _oldest = gc.get_threshold()
        gc.set_threshold(young, middle, _NEVER)
        app.installEventFilter(self)
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

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_activity = self._clock()
        return False

    def pending(self) -> int:
        """Young collections since the last full one: what a full one would have to sort out."""
        return gc.get_count()[2]

    def collect_when_due(self) -> bool:
        """A full collection when something waits for one and the user and the app pause (or
        after too many young collections without a pause); True when it ran."""
        now = self._clock()
        started = tasks_started()
        if running_tasks() or started != self._seen_tasks:
            self._seen_tasks = started
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
        if app is not None:
            app.removeEventFilter(self)
        young, middle, _oldest = gc.get_threshold()
        gc.set_threshold(young, middle, 10)
        if IdleCollector._installed is self:
            IdleCollector._installed = None
