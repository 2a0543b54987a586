"""Saving a guidance measure changes only its own row of the log: no reset of the model, no new
layout of every wrapped row (issue 18: on a log of 200 measures that reset cost 135 ms of the GUI
thread per save). The log keeps its order and the saved measure stays selected."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem

from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.gui.dossier.measure_log_model import (
    AGREEMENTS,
    FOLLOW_UP,
    OUTCOME,
    MeasureModel,
)
from pa_desktop.gui.dossier.measures_tab import MeasuresTab
from pa_desktop.services import guidance

LONG = "De ouders brengen het kind voortaan zelf naar school en bellen bij elke afwezigheid. "


def _draft(day: int, agreements: str = "", follow_up: date | None = None) -> MeasureDraft:
    """Measures alike in every one-line column, so no column changes width when one is saved."""
    return MeasureDraft(
        date(2026, 11, day),
        Towards.PARENTS,
        Channel.PHONE,
        Purpose.ASK_REASON,
        Outcome.REACHED,
        agreements=agreements,
        follow_up=follow_up,
    )


def _log(qtbot, session, days: list[int]) -> MeasuresTab:
    """A tab on a pupil with one measure per day in `days`, wrapped agreements on every other."""
    pupil = session.add_pupil(PupilDraft("Peeters", "Lotte", "2A")).id
    for i, day in enumerate(days):
        guidance.add_measure(session, pupil, _draft(day, LONG * (i % 2 * 2)))
    stack = QUndoStack()
    tab = MeasuresTab(session, pupil, stack)
    tab._stack_keeper = stack
    qtbot.addWidget(tab)
    tab.resize(1100, 900)
    tab.show()
    qtbot.waitExposed(tab)
    _settle()
    return tab


def _settle() -> None:
    """Let the view do its delayed layout (zero-interval timers: due at once, no waiting)."""
    for _ in range(3):
        QApplication.processEvents()


def _rows(tab: MeasuresTab) -> list[tuple[int, list[object]]]:
    model = tab.model
    return [
        (model.measure_at(r).id, [model.index(r, c).data() for c in range(9)])
        for r in range(model.rowCount())
    ]


class _Resets:
    def __init__(self, model: MeasureModel) -> None:
        self.count = 0
        model.modelAboutToBeReset.connect(self._reset)

    def _reset(self) -> None:
        self.count += 1


class _MeasuredRows(QStyledItemDelegate):
    """The view's delegate, noting which rows' wrapped agreements it is asked to measure."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: set[int] = set()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.column() == AGREEMENTS:
            self.rows.add(index.row())
        return super().sizeHint(option, index)


def _measuring(tab: MeasuresTab) -> _MeasuredRows:
    delegate = _MeasuredRows()
    tab.table.setItemDelegate(delegate)
    tab._delegate_keeper = delegate
    _settle()
    delegate.rows.clear()
    return delegate


def test_a_new_measure_is_inserted_at_its_date_selected_and_only_its_row_measured(
    qtbot, demo_session
) -> None:
    tab = _log(qtbot, demo_session, [2, 4, 6, 8, 10, 12, 14, 16])
    before = _rows(tab)
    heights = [tab.table.rowHeight(r) for r in range(len(before))]
    assert heights[0] > heights[1]  # wrapped agreements make a taller row
    resets = _Resets(tab.model)
    inserted: list[tuple[int, int]] = []
    tab.model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    delegate = _measuring(tab)

    added = tab.save_new(_draft(9, LONG * 3))
    _settle()

    assert resets.count == 0
    assert inserted == [(4, 4)]  # newest first: 16, 14, 12, 10, then the 9th
    after = _rows(tab)
    assert after[:4] + after[5:] == before  # the other rows keep their words
    assert after[4][0] == added.id and after[4][1][0] == "09/11/2026"
    assert tab.selected_measure() == added
    assert delegate.rows == {4}  # no other row laid out again
    assert [tab.table.rowHeight(r) for r in range(9) if r != 4] == heights
    assert tab.table.rowHeight(4) > heights[1]  # the new row fits its three lines of agreements


def test_an_edit_changes_one_row_and_a_new_date_moves_it(qtbot, demo_session) -> None:
    tab = _log(qtbot, demo_session, [3, 5, 7, 9, 11])
    before = _rows(tab)
    resets = _Resets(tab.model)
    changed: list[tuple[int, int]] = []
    tab.model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    delegate = _measuring(tab)
    tab.select_measure(before[2][0])
    measure = tab.selected_measure()
    assert measure is not None and measure.day == date(2026, 11, 7)
    short = tab.table.rowHeight(2)

    tab.save_edit(measure, _draft(7, LONG * 3))
    _settle()

    assert resets.count == 0 and changed == [(2, 2)]
    after = _rows(tab)
    assert after[:2] + after[3:] == before[:2] + before[3:]
    assert after[2][0] == measure.id and after[2][1][AGREEMENTS] == (LONG * 3).strip()
    assert tab.selected_measure() == tab.model.measure_at(2)
    assert delegate.rows == {2}
    assert tab.table.rowHeight(2) > short

    edited = tab.model.measure_at(2)
    tab.save_edit(edited, _draft(10, LONG * 3))  # a later date: it moves up, one place
    _settle()
    assert resets.count == 0
    assert [m for m, _ in _rows(tab)] == [before[0][0], measure.id, before[1][0], *[
        m for m, _ in before[3:]]]  # fmt: skip
    assert tab.selected_measure() == tab.model.measure_at(1)


def test_a_delete_removes_one_row_and_undo_puts_it_back_in_place(qtbot, demo_session) -> None:
    tab = _log(qtbot, demo_session, [3, 5, 7, 9])
    before = _rows(tab)
    resets = _Resets(tab.model)
    removed: list[tuple[int, int]] = []
    tab.model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    tab.select_measure(before[1][0])
    tab.delete()
    assert removed == [(1, 1)] and _rows(tab) == before[:1] + before[2:]
    tab.undo_stack.undo()
    assert _rows(tab) == before and resets.count == 0


def test_the_due_follow_up_words_move_to_the_measure_now_due_first(qtbot, demo_session) -> None:
    tab = _log(qtbot, demo_session, [3])
    first = tab.model.measure_at(0)
    tab.save_edit(first, _draft(3, follow_up=date(2026, 11, 20)))  # overdue
    assert " · " in tab.model.index(0, FOLLOW_UP).data()
    resets = _Resets(tab.model)
    sooner = tab.save_new(_draft(5, follow_up=date(2026, 11, 10)))  # now the next one due
    assert resets.count == 0
    assert tab.model.measure_at(0) == sooner and " · " in tab.model.index(0, FOLLOW_UP).data()
    assert tab.model.index(1, FOLLOW_UP).data() == "20/11/2026"  # no longer the one due


def test_a_wider_log_fits_every_row_again(qtbot, demo_session) -> None:
    tab = _log(qtbot, demo_session, [3, 5, 7])
    tall = tab.table.rowHeight(1)
    tab.resize(700, 900)  # the agreements column narrows: its text wraps onto more lines
    qtbot.waitUntil(lambda: tab.table.rowHeight(1) > tall, timeout=10_000)


def test_the_log_model_keeps_qts_model_contract_through_every_kind_of_change(
    qtmodeltester, demo_session
) -> None:
    pupil = demo_session.add_pupil(PupilDraft("Peeters", "Lotte", "2A")).id
    model = MeasureModel()
    qtmodeltester.check(model)
    today = demo_session.today()
    model.set_measures([], today)
    for day in (3, 8, 5):
        guidance.add_measure(demo_session, pupil, _draft(day, LONG))
        model.set_measures(guidance.measures(demo_session, pupil), today)
    assert [model.index(r, 0).data() for r in range(3)] == [
        "08/11/2026", "05/11/2026", "03/11/2026"]  # fmt: skip
    [third, fifth, _eighth] = guidance.measures(demo_session, pupil)
    guidance.update_measure(demo_session, fifth.id, _draft(9, "korter"))
    guidance.delete_measure(demo_session, third.id)
    guidance.add_measure(demo_session, pupil, _draft(1))
    model.set_measures(guidance.measures(demo_session, pupil), today)
    assert [model.index(r, 0).data() for r in range(3)] == [
        "09/11/2026", "08/11/2026", "01/11/2026"]  # fmt: skip
    assert model.index(0, AGREEMENTS).data() == "korter"
    for measure in guidance.measures(demo_session, pupil):
        guidance.delete_measure(demo_session, measure.id)
    model.set_measures([], today)
    assert model.rowCount() == 0


def test_a_wider_outcome_widens_its_column_instead_of_wrapping(qtbot, demo_session) -> None:
    tab = _log(qtbot, demo_session, [3, 5, 7])  # all "reached"
    header = tab.table.horizontalHeader()
    narrow = header.sectionSize(OUTCOME)
    draft = replace(_draft(9), outcome=Outcome.NOT_REACHED)
    tab.save_new(draft)
    wide = tab.model.index(0, OUTCOME).data(Qt.ItemDataRole.SizeHintRole).width()
    assert wide > narrow and header.sectionSize(OUTCOME) >= wide
    assert tab.table.rowHeight(0) == tab.table.rowHeight(1)  # one line, like the 7th
