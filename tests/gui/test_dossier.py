"""The dossier's absence timeline: entering, correcting and undoing absences as a user would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.gui.dossier.window import DossierWindow
from pa_desktop.gui.overview.main_window import MainWindow

YEAR = SchoolYear(2026)


def _dossier(qtbot, session, pupil_id: int) -> DossierWindow:
    window = DossierWindow(session, pupil_id, YEAR)
    qtbot.addWidget(window)
    window.show()
    return window


def _saved(qtbot, window: DossierWindow) -> None:
    """Changes are written off the GUI thread: wait until they are in the vault."""
    qtbot.waitUntil(lambda: not window.saving, timeout=10_000)


def _drag_to(widget, point: QPoint) -> None:
    """QTest's mouseMove carries no button state; a real drag does."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def _centre(window: DossierWindow, day: date, half: HalfDay) -> QPoint:
    return window.timeline._half_rect((day, half)).center()


def test_drag_and_type_a_code_then_undo_and_redo(qtbot, demo_session) -> None:
    pupil = demo_session.add_pupil(PupilDraft("Peeters", "Lotte", "2A"))
    window = _dossier(qtbot, demo_session, pupil.id)
    timeline = window.timeline
    start = _centre(window, date(2026, 10, 5), HalfDay.VM)  # Monday
    end = _centre(window, date(2026, 10, 7), HalfDay.VM)  # Wednesday (no lessons after noon)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    _drag_to(timeline, end)
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=end)
    assert len(timeline.selected_slots()) == 5  # Mon VM+NM, Tue VM+NM, Wed VM
    qtbot.keyClick(timeline, Qt.Key.Key_B)
    assert window.view is not None and window.view.absences  # the calendar shows it at once
    _saved(qtbot, window)
    stored = demo_session.absences(pupil.id, YEAR)
    assert [(a.day.day, a.half.value, a.code) for a in stored] == [
        (5, "VM", "B"),
        (5, "NM", "B"),
        (6, "VM", "B"),
        (6, "NM", "B"),
        (7, "VM", "B"),
    ]
    assert window.view.figures.b_count == 5
    assert "5" in window.figures_label.text()

    window.undo_action.trigger()
    _saved(qtbot, window)
    assert demo_session.absences(pupil.id, YEAR) == []
    window.redo_action.trigger()
    _saved(qtbot, window)
    assert len(demo_session.absences(pupil.id, YEAR)) == 5


def test_correcting_a_code_and_undo_restores_the_old_one(qtbot, demo_session) -> None:
    pupil = demo_session.add_pupil(PupilDraft("Dubois", "Camille", "3A"))
    window = _dossier(qtbot, demo_session, pupil.id)
    monday = (date(2026, 11, 16), HalfDay.VM)
    window.timeline.select_range(monday, monday)
    window.set_code("z")  # lower case is accepted
    window.timeline.select_range(monday, monday)
    window.mark_checks[next(iter(window.mark_checks))].setChecked(False)
    window.set_code("D")
    _saved(qtbot, window)
    assert [a.code for a in demo_session.absences(pupil.id, YEAR)] == ["D"]
    window.undo_action.trigger()
    _saved(qtbot, window)
    assert [a.code for a in demo_session.absences(pupil.id, YEAR)] == ["Z"]


def test_delete_clears_and_keyboard_extends_the_selection(qtbot, demo_session) -> None:
    pupil = demo_session.add_pupil(PupilDraft("Kaya", "Elif", "1A"))
    window = _dossier(qtbot, demo_session, pupil.id)
    timeline = window.timeline
    first = (date(2026, 11, 23), HalfDay.VM)
    timeline.select_range(first, first)
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert timeline.selected_slots() == [
        first,
        (date(2026, 11, 23), HalfDay.NM),
        (date(2026, 11, 24), HalfDay.VM),
    ]
    qtbot.keyClick(timeline, Qt.Key.Key_Minus)
    _saved(qtbot, window)
    assert {a.code for a in demo_session.absences(pupil.id, YEAR)} == {"-"}
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    _saved(qtbot, window)
    assert demo_session.absences(pupil.id, YEAR) == []


def test_holidays_cannot_be_selected_and_say_what_they_are(qtbot, demo_session) -> None:
    pupil = demo_session.add_pupil(PupilDraft("Claes", "Noor", "4C"))
    window = _dossier(qtbot, demo_session, pupil.id)
    autumn = (date(2026, 11, 4), HalfDay.VM)  # herfstvakantie 2026 runs 2-8 November
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=_centre(window, *autumn))
    assert window.timeline.selected_slots() == []
    assert "herfstvakantie" in window.timeline.describe(autumn)


def test_the_overview_opens_the_dossier_and_follows_its_changes(qtbot, demo_session) -> None:
    main = MainWindow(demo_session)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.model.rowCount() == 40, timeout=10_000)
    main.ui.searchEdit.setText("Kowalski")
    main.ui.pupilTable.selectRow(0)
    dossier = main.open_dossier()
    assert dossier is not None and main.open_dossier() is dossier  # one window per pupil
    qtbot.addWidget(dossier)
    before = dossier.view.figures.b_count
    monday = (date(2026, 11, 23), HalfDay.VM)
    dossier.timeline.select_range(monday, monday)
    dossier.set_code("B")
    qtbot.waitUntil(
        lambda: (
            main.model.row_at(
                next(
                    i
                    for i in range(main.model.rowCount())
                    if main.model.row_at(i).pupil.last_name == "Kowalski"
                )
            ).figures.b_count
            == before + 1
        ),
        timeout=10_000,
    )


def test_the_timeline_paints_at_double_scale(qtbot, demo_session) -> None:
    pupil_id = demo_session.pupils()[0].id
    window = _dossier(qtbot, demo_session, pupil_id)
    font = window.timeline.font()
    normal = window.timeline.sizeHint()
    font.setPointSizeF(font.pointSizeF() * 2)
    window.timeline.setFont(font)
    doubled = window.timeline.sizeHint()
    assert doubled.width() > normal.width() * 1.6 and doubled.height() > normal.height() * 1.6
    assert not window.timeline.grab().isNull()
