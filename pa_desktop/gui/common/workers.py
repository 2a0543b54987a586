"""Running service calls off the GUI thread, with the result delivered back on it.

Unlocking (a memory-hard KDF) and computing the overview of a whole school take long enough to
freeze a window; everything of that kind goes through `run_in_background`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from pa_desktop.services.errors import ServiceError

_log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # delivered to the GUI thread, shown there
            if isinstance(error, ServiceError):  # refused in words (a wrong passphrase...)
                _log.info("background task refused: %s", type(error).__name__)
            else:  # the window shows it in words; the traceback is for the log
                _log.error("background task failed", exc_info=True)
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


_live_relays: set[_Relay] = set()
_started = [0]  # tasks started since the process began (the idle collector watches it)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> _Relay:
    """Run `work` in Qt's thread pool (or `pool`); the callbacks run on the GUI thread.

    When `parent` (the window that asked) is destroyed before the work ends, the result is
    dropped: a callback must never touch a window that is gone.
    """
    relay = _Relay()
    _live_relays.add(relay)
    _started[0] += 1
    alive = [True]
    if parent is not None:
        parent.destroyed.connect(lambda *_: alive.__setitem__(0, False))

    def finish_ok(result: Any) -> None:
        _live_relays.discard(relay)
        if alive[0]:
            on_done(result)

    def finish_error(error: Any) -> None:
        _live_relays.discard(relay)
        if alive[0]:
            on_error(error)

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_error)
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))
    return relay


def running_tasks() -> int:
    """How many background tasks have not reported back yet (the lock waits for them)."""
    return len(_live_relays)


def tasks_started() -> int:
    """How many background tasks were started so far: a change means the app was at work."""
    return _started[0]
