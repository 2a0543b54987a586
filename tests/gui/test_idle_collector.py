"""Full garbage collections wait for a pause of the user instead of freezing the window mid-action."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from pa_desktop.gui.common import collector as collector_module
from pa_desktop.gui.common.collector import IdleCollector


class _Clock:
    """The time and the pointer's place, as the test sets them."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.at = QPoint(10, 10)

    def __call__(self) -> float:
        return self.now

    def pointer(self) -> QPoint:
        return self.at


class _Node:
    """Something that refers to itself: only the cyclic collector can free it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def clock_and_collector(qapp: QApplication) -> Iterator[tuple[_Clock, IdleCollector]]:
    before = gc.get_threshold()
    clock = _Clock()
    collector = IdleCollector(qapp, clock=clock, idle_seconds=8.0, pointer=clock.pointer)
    yield clock, collector
    collector.stop()
    gc.set_threshold(*before)


def _garbage_in_the_oldest_generation() -> weakref.ref[_Node]:
    node = _Node()
    gc.collect(1)  # it survives a young collection: it now sits in the oldest generation
    ref = weakref.ref(node)
    del node  # garbage from now on, reachable only by a full collection
    gc.collect(1)  # young collections do not free it
    assert ref() is not None
    return ref


def test_the_interpreter_no_longer_starts_full_collections(clock_and_collector) -> None:  # type: ignore[no-untyped-def]
    _clock, _collector = clock_and_collector
    assert gc.get_threshold()[2] >= 2**30  # the oldest generation's count never gets there
    assert gc.get_threshold()[0] > 0  # the young generations are collected as always
    ref = _garbage_in_the_oldest_generation()
    for _ in range(30):  # far more young collections than would start a full one by default
        gc.collect(1)
    assert ref() is not None


def test_a_full_collection_runs_once_the_user_pauses(clock_and_collector) -> None:  # type: ignore[no-untyped-def]
    clock, collector = clock_and_collector
    ref = _garbage_in_the_oldest_generation()
    clock.now += 5.0
    clock.at = QPoint(200, 120)  # the user moves the mouse
    assert not collector.collect_when_due()
    clock.now += 5.0  # 10 s since start, but only 5 s since the mouse moved: the user is busy
    assert not collector.collect_when_due()
    assert ref() is not None
    clock.now += 2.0
    collector.user_active()  # typing (the text cursor moved) or Tab (the focus moved)
    clock.now += 7.0
    assert not collector.collect_when_due()
    clock.now += 1.0  # 8 s without input
    assert collector.collect_when_due()
    assert ref() is None and collector.full_collections == 1
    assert not collector.collect_when_due()  # nothing waits for a full collection any more


def test_typing_and_moving_the_focus_count_as_input(qtbot, clock_and_collector) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    clock, collector = clock_and_collector
    _garbage_in_the_oldest_generation()
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, second = QLineEdit(), QLineEdit()
    layout.addWidget(first)
    layout.addWidget(second)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=10_000)
    clock.now += 20.0
    second.setFocus()  # the focus moves
    qtbot.waitUntil(second.hasFocus, timeout=10_000)
    assert not collector.collect_when_due()


def test_no_full_collection_while_background_work_runs(clock_and_collector, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A user waiting for an export gives no input, but the window is at work: no pause."""
    import threading

    from pa_desktop.gui.common.workers import run_in_background

    clock, collector = clock_and_collector
    ref = _garbage_in_the_oldest_generation()
    release = threading.Event()
    results: list[int] = []
    run_in_background(lambda: release.wait(60) and 1, results.append, print)
    clock.now += 20.0
    assert not collector.collect_when_due()  # still running
    release.set()
    qtbot.waitUntil(lambda: results == [1], timeout=30_000)
    assert not collector.collect_when_due()  # the app was at work until just now
    clock.now += 8.0
    assert collector.collect_when_due()
    assert ref() is None


def test_a_user_who_never_pauses_still_gets_the_memory_back(
    clock_and_collector, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _clock, collector = clock_and_collector
    monkeypatch.setattr(collector_module, "FORCE_AFTER", 3)
    ref = _garbage_in_the_oldest_generation()
    gc.collect(1)
    gc.collect(1)
    assert collector.pending() >= 3
    assert collector.collect_when_due()
    assert ref() is None


def test_the_main_window_installs_the_policy_once(qapp: QApplication) -> None:
    from pa_desktop.gui.application import settle_startup_objects

    before = gc.get_threshold()
    try:
        settle_startup_objects()
        installed = IdleCollector._installed
        assert installed is not None and gc.get_threshold()[2] >= 2**30
        settle_startup_objects()
        assert IdleCollector._installed is installed
    finally:
        if IdleCollector._installed is not None:
            IdleCollector._installed.stop()
        gc.set_threshold(*before)
        gc.unfreeze()
