"""Windows built and refreshed in small steps still show everything (issue 18: no long stalls).

These are behaviour tests, never timed: a dossier whose guidance-measure log is built when its
tab is first shown still lists every measure, a timeline that keeps its cell metrics measures
them again when its font changes, and the overview model that turns unknown roles away at once
still answers every role the views ask for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.overview.main_window import MainWindow
from pa_desktop.gui.overview.model import (
    B_COUNT,
    NAME,
    PUPIL_ID_ROLE,
    SEARCH_ROLE,
    SIGNALS_ROLE,
    SORT_ROLE,
)
from pa_desktop.services import guidance

YEAR = SchoolYear(2026)


def test_the_measure_log_is_built_when_its_tab_is_shown_and_lists_every_measure(
    qtbot, demo_session
) -> None:
    from pa_desktop.gui.dossier.window import DossierWindow

    pupil = max(demo_session.pupils(), key=lambda p: len(guidance.measures(demo_session, p.id)))
    expected = len(guidance.measures(demo_session, pupil.id))
    assert expected > 0
    dossier = DossierWindow(demo_session, pupil.id, YEAR)
    qtbot.addWidget(dossier)
    dossier.show()
    assert dossier._measures is None  # the absences come first
    dossier.tabs.setCurrentIndex(1)  # the user clicks "Guidance measures"
    tab = dossier._measures
    assert tab is not None and dossier.tabs.currentWidget() is tab
    assert dossier.tabs.count() == 4 and dossier.tabs.indexOf(tab) == 1
    assert tab.model.rowCount() == expected
    assert dossier.undo_group.activeStack() is tab.undo_stack  # Ctrl+Z acts on the log
    dossier.tabs.setCurrentIndex(0)
    assert dossier.undo_group.activeStack() is dossier.undo_stack
    assert dossier.measures_tab is tab  # built once


def test_the_measure_log_can_be_used_before_its_tab_was_ever_shown(qtbot, demo_session) -> None:
    """Code that reaches for the log (a shortcut, the keyboard test) builds it then."""
    from pa_desktop.gui.dossier.window import DossierWindow

    pupil = demo_session.pupils()[0]
    dossier = DossierWindow(demo_session, pupil.id, YEAR)
    qtbot.addWidget(dossier)
    tab = dossier.measures_tab
    assert dossier.tabs.indexOf(tab) == 1 and dossier.tabs.currentIndex() == 0
    assert tab.model.rowCount() == len(guidance.measures(demo_session, pupil.id))


def test_the_timeline_measures_its_cells_again_when_the_font_grows(qtbot, demo_session) -> None:
    from pa_desktop.gui.dossier.window import DossierWindow

    dossier = DossierWindow(demo_session, demo_session.pupils()[0].id, YEAR)
    qtbot.addWidget(dossier)
    timeline = dossier.timeline
    before = timeline.sizeHint()
    bigger = QFont(timeline.font())
    bigger.setPointSizeF(timeline.font().pointSizeF() * 2)
    timeline.setFont(bigger)
    after = timeline.sizeHint()
    assert after.width() > before.width() and after.height() > before.height()


def test_the_overview_answers_every_role_its_views_ask_for(qtbot, demo_session) -> None:
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    model = window.model
    row = model.row_at(0)
    name = model.index(0, NAME)
    assert model.data(name, Qt.ItemDataRole.DisplayRole) == row.pupil.display_name
    assert model.data(name, PUPIL_ID_ROLE) == row.pupil.id
    assert row.pupil.last_name.casefold() in model.data(name, SEARCH_ROLE)
    assert model.data(name, SORT_ROLE) == model.cells_at(0).sort[NAME]
    assert model.data(name, SIGNALS_ROLE) == model.cells_at(0).signals
    assert model.data(name, Qt.ItemDataRole.AccessibleTextRole) == row.pupil.display_name
    assert model.data(name, Qt.ItemDataRole.ToolTipRole)  # why the signals fired, or none
    b_count = model.index(0, B_COUNT)
    alignment = model.data(b_count, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(name, Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(name, Qt.ItemDataRole.DecorationRole) is None


def test_switching_the_school_year_shows_that_years_rows_in_fitted_columns(
    qtbot, demo_session
) -> None:
    from PySide6.QtWidgets import QHeaderView

    from pa_desktop.gui.overview.model import CLASS, SIGNALS

    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    header = window.ui.pupilTable.horizontalHeader()
    assert header.sectionResizeMode(NAME) == QHeaderView.ResizeMode.Interactive
    assert header.sectionResizeMode(SIGNALS) == QHeaderView.ResizeMode.Stretch
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    window.ui.yearCombo.setCurrentIndex(1)  # the year before
    qtbot.waitUntil(lambda: resets != [], timeout=10_000)
    year = window.selected_year()
    assert year == SchoolYear(window.session.current_school_year().start_year - 1)
    expected = {row.pupil.id: row.figures.total for row in demo_session.overview(year)}
    shown = {
        window.model.row_at(i).pupil.id: window.model.row_at(i).figures.total
        for i in range(window.model.rowCount())
    }
    assert shown == expected
    metrics = window.ui.pupilTable.fontMetrics()
    for column in (NAME, CLASS, B_COUNT):
        widest = max(
            metrics.horizontalAdvance(window.model.cells_at(i).display[column])
            for i in range(window.model.rowCount())
        )
        assert header.sectionSize(column) >= widest  # nothing cut off


def test_the_measure_log_sizes_one_line_cells_from_their_text(qtbot, demo_session) -> None:
    """The log answers the size of its one-line cells itself, as wide as the view's delegate
    would make them; the purpose and the agreements, which wrap, are left to Qt."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from pa_desktop.gui.dossier.measure_log_model import AGREEMENTS, AUTHOR, DATE, PURPOSE
    from pa_desktop.gui.dossier.window import DossierWindow

    pupil = max(demo_session.pupils(), key=lambda p: len(guidance.measures(demo_session, p.id)))
    dossier = DossierWindow(demo_session, pupil.id, YEAR)
    qtbot.addWidget(dossier)
    dossier.show()
    tab = dossier.measures_tab
    model, table = tab.model, tab.table
    assert model.rowCount() > 0
    for column in (PURPOSE, AGREEMENTS):
        assert model.data(model.index(0, column), Qt.ItemDataRole.SizeHintRole) is None
    sizer = model._cell_size
    assert sizer is not None
    for column in (DATE, AUTHOR):
        index = model.index(0, column)
        given = model.data(index, Qt.ItemDataRole.SizeHintRole)
        model._cell_size = None  # what Qt's delegate makes of the cell by itself
        option = QStyleOptionViewItem()
        option.initFrom(table)
        qt_own = QStyledItemDelegate().sizeHint(option, index)
        model.size_cells_with(sizer)  # back as it was
        assert abs(given.width() - qt_own.width()) <= 2, (column, given, qt_own)
        assert given.width() >= table.fontMetrics().horizontalAdvance(index.data())


def test_rows_prepared_in_a_worker_arrive_sorted_counted_and_measured(qtbot, demo_session) -> None:
    """`prepare` sorts by the view's order and keeps each column's longest texts, so the GUI
    thread's own sort is a single pass and the columns are sized on a handful of texts."""
    from pa_desktop.gui.overview.model import LONGEST, SIGNALS, OverviewModel

    rows = demo_session.overview(YEAR)
    order = (SIGNALS, Qt.SortOrder.DescendingOrder)
    prepared = OverviewModel.prepare(rows, order)
    model = OverviewModel()
    model.set_rows(OverviewModel.prepare(rows))
    model.sort(*order)
    assert [r.pupil.id for r in prepared.rows] == [
        model.row_at(i).pupil.id for i in range(model.rowCount())
    ]
    names = sorted((r.pupil.display_name for r in rows), key=len, reverse=True)
    assert len(prepared.longest[NAME]) == min(LONGEST, len(rows))
    assert len(prepared.longest[NAME][0]) == len(names[0])
    signals = sum(1 for r in rows if r.signals)
    due = sum(1 for r in rows if "clb_signal_due" in r.signal_ids)
    assert model.counts() == (signals, due) and due > 0
