"""Windows stay responsive: work runs off the GUI thread and a change redraws only what it touched."""

from __future__ import annotations

import threading
from datetime import date

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.gui.common.operations import ChangeHub, CollectionOp, OpChanges, QueryOp
from pa_desktop.gui.overview.main_window import MainWindow

YEAR = SchoolYear(2026)


def _main(qtbot, session) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 40, timeout=10_000)
    return window


def test_a_dossier_edit_refreshes_one_overview_row_off_the_gui_thread(
    qtbot, demo_session, monkeypatch
) -> None:
    main = _main(qtbot, demo_session)
    before = [main.model.row_at(i) for i in range(main.model.rowCount())]
    resets: list[int] = []
    main.model.modelReset.connect(lambda: resets.append(1))
    threads: list[str] = []
    real = type(demo_session).overview

    def spy(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(type(demo_session), "overview", spy)
    target = before[3].pupil.id
    dossier = main.open_dossier(target)
    assert dossier is not None
    qtbot.addWidget(dossier)
    monday = (date(2026, 11, 23), HalfDay.VM)
    dossier.timeline.select_range(monday, monday)
    dossier.set_code("B")
    qtbot.waitUntil(
        lambda: (
            next(
                main.model.row_at(i) for i in range(40) if main.model.row_at(i).pupil.id == target
            ).figures.b_count
            == before[3].figures.b_count + 1
        ),
        timeout=10_000,
    )
    after = [main.model.row_at(i) for i in range(40)]
    assert resets == []  # no model reset: one row redrawn where it stands
    assert [a is b for a, b in zip(before, after, strict=True)].count(False) == 1
    assert threading.main_thread().name not in threads[-1:]  # the row was computed in a worker


def test_a_collection_op_runs_in_order_off_the_gui_thread_and_announces_its_changes(
    qtbot, demo_session
) -> None:
    main = _main(qtbot, demo_session)
    heard: list[OpChanges] = []
    ChangeHub.of(demo_session).changed.connect(lambda changes, _source: heard.append(changes))
    order: list[int] = []
    threads: set[str] = set()

    def step(n: int) -> int:
        threads.add(threading.current_thread().name)
        order.append(n)
        return n

    for n in range(20):
        CollectionOp(
            main, demo_session, lambda _p, n=n: step(n), OpChanges.of_pupil(n)
        ).run_in_background()
    qtbot.waitUntil(lambda: len(heard) == 20, timeout=10_000)
    assert order == list(range(20))  # changes never overtake each other
    assert [min(c.pupils) for c in heard] == list(range(20))
    assert threading.main_thread().name not in threads


def test_a_failed_op_shows_the_default_message_and_a_query_its_result(
    qtbot, demo_session, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from pa_desktop.services.errors import InvalidInputError

    main = _main(qtbot, demo_session)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def refuse(_progress: object) -> None:
        raise InvalidInputError(["unknown_code"], code="X")

    QueryOp(main, refuse).run_in_background()
    qtbot.waitUntil(lambda: shown != [], timeout=10_000)
    assert shown[0] and "Traceback" not in shown[0]
    got: list[int] = []
    QueryOp(main, lambda _p: 41 + 1, got.append).run_in_background()
    qtbot.waitUntil(lambda: got == [42], timeout=10_000)


def test_a_dossier_opens_on_its_absences_and_builds_the_other_tabs_when_shown(
    qtbot, demo_session
) -> None:
    from pa_desktop.gui.dossier.window import DossierWindow

    dossier = DossierWindow(demo_session, demo_session.pupils()[0].id, YEAR)
    qtbot.addWidget(dossier)
    dossier.show()
    assert dossier._trajectory is None and dossier._checklist is None
    dossier.tabs.setCurrentIndex(3)  # the user clicks "PA checklist"
    assert dossier._checklist is not None and dossier.tabs.currentWidget() is dossier._checklist
    assert dossier._trajectory is None
    assert dossier.tabs.count() == 4


def test_a_timeline_edit_is_written_off_the_gui_thread_and_shown_at_once(
    qtbot, demo_session, monkeypatch
) -> None:
    from pa_desktop.domain.pupils import PupilDraft
    from pa_desktop.gui.dossier import window as dossier_module

    threads: list[str] = []
    real = dossier_module.apply_change

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(dossier_module, "apply_change", spy)
    pupil = demo_session.add_pupil(PupilDraft("Vos", "Mila", "1B")).id
    dossier = dossier_module.DossierWindow(demo_session, pupil, YEAR)
    qtbot.addWidget(dossier)
    dossier.show()
    monday, tuesday = (date(2026, 11, 23), HalfDay.VM), (date(2026, 11, 24), HalfDay.VM)
    dossier.timeline.select_range(monday, monday)
    dossier.set_code("B")
    dossier.timeline.select_range(tuesday, tuesday)
    dossier.set_code("Z")  # asked before the first is saved: planned on what is shown
    assert dossier.view is not None and set(dossier.view.absences) == {monday, tuesday}
    qtbot.waitUntil(lambda: not dossier.saving, timeout=10_000)
    assert [a.code for a in demo_session.absences(pupil, YEAR)] == ["B", "Z"]
    assert dossier.view.figures.total == 2
    assert threads and threading.main_thread().name not in threads
    dossier.undo_action.trigger()
    qtbot.waitUntil(lambda: not dossier.saving, timeout=10_000)
    assert [a.code for a in demo_session.absences(pupil, YEAR)] == ["B"]
