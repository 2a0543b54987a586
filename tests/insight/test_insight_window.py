"""The Inzicht window on the small school: filters change the numbers, a click lists the pupils
behind a bar or cell, a double-click asks to open one, and the exports write protected files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel

from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.gui.insight.charts import InsightChart, Pick
from pa_desktop.gui.insight.window import InsightWindow
from pa_desktop.services import audit
from pa_desktop.services.insight import small_number_threshold
from pa_desktop.services.session import VaultSession
from tests.insight.school import YEAR

pytestmark = pytest.mark.gui
School = tuple[VaultSession, dict[int, int]]


def settle(qtbot, window: InsightWindow, compared: bool = True) -> None:  # type: ignore[no-untyped-def]
    def ready() -> bool:
        report = window.report
        loaded = report is not None and (not compared or report.comparison is not None)
        return loaded and not window.busy

    qtbot.waitUntil(ready, timeout=30000)
    QApplication.processEvents()


@pytest.fixture
def window(qtbot, school: School) -> Iterator[InsightWindow]:  # type: ignore[no-untyped-def]
    from pa_desktop.gui.common.i18n import install_language

    install_language("en")  # the texts below are English, with its plural forms, in any order
    session, _ids = school
    shown = InsightWindow(session, YEAR)
    qtbot.addWidget(shown)
    shown.show()
    settle(qtbot, shown)
    yield shown
    qtbot.waitUntil(lambda: not shown.busy, timeout=30000)  # no query left when the vault closes


def choose(qtbot, window: InsightWindow, combo_name: str, value: str | None) -> None:  # type: ignore[no-untyped-def]
    combo = getattr(window, combo_name)
    combo.setCurrentIndex(combo.findData(value) if value else 0)
    settle(qtbot, window)
    assert window.report is not None and window.report.insight.chosen == window.selected_filter()


def click_on(qtbot, chart: InsightChart, wanted: object) -> None:  # type: ignore[no-untyped-def]
    chart.grab()  # paints, and so records where each cell is drawn
    box = next(box for box, pick in chart._hits if pick.cell is wanted)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=box.center().toPoint())


def test_the_window_shows_the_year_and_the_previous_one(window: InsightWindow) -> None:
    assert window.report is not None
    assert window.report.insight.population.pupils == 6
    assert window.report.comparison is not None
    assert window.windowTitle() == "Insight — 2025-2026"
    assert "6 pupils" in window.summary_label.text()
    assert [window.class_combo.itemData(i) for i in range(window.class_combo.count())] == [
        None,
        "1A",
        "1B",
        "2A",
    ]
    for panel in window.panels.values():
        assert panel.png_button.isEnabled() and panel.title_label.text()


def test_filters_change_the_numbers(qtbot, window: InsightWindow, school: School) -> None:  # type: ignore[no-untyped-def]
    _session, ids = school
    choose(qtbot, window, "class_combo", "1A")
    assert window.report is not None
    insight = window.report.insight
    assert set(insight.population.members) == {ids[1], ids[2]}
    assert insight.total_row.cells["b5"].pupils == 1
    assert "2 pupils" in window.summary_label.text()
    choose(qtbot, window, "state_combo", "signalled_clb")
    assert set(window.report.insight.population.members) == {ids[1]}
    choose(qtbot, window, "class_combo", None)
    choose(qtbot, window, "state_combo", "school_follow_up")
    assert set(window.report.insight.population.members) == {ids[4]}
    assert window.report.insight.total_row.cells["b30"].pupils == 1


def test_a_click_on_a_bar_lists_its_pupils_and_a_double_click_opens_one(
    qtbot,  # type: ignore[no-untyped-def]
    window: InsightWindow,
    school: School,
) -> None:
    _session, ids = school
    assert window.report is not None
    insight = window.report.insight
    picks: list[Pick] = []
    window.month_chart.picked.connect(picks.append)
    click_on(qtbot, window.month_chart, insight.months[0].cells[CodeGroup.B])
    assert picks and picks[-1].cell.pupils == 1
    dialog = window._dialogs[-1]
    assert dialog.pupil_ids() == [ids[1]]
    assert dialog.table.item(0, 0).text() == "Peeters, Lotte"
    assert dialog.table.item(0, 2).text() == "3"  # 3 B half days in September

    friday_afternoon = next(c for c in insight.heatmap if c.weekday == 4 and c.half is HalfDay.NM)
    click_on(qtbot, window.heatmap_chart, friday_afternoon.cell)
    listing = window._dialogs[-1]
    assert listing.pupil_ids() == [ids[6], ids[4], ids[5]]  # 8, 3 and 2 half days
    opened: list[int] = []
    window.open_pupil.connect(opened.append)
    centre = listing.table.visualItemRect(listing.table.item(0, 0)).center()
    qtbot.mousePress(listing.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(listing.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [ids[6]]  # once, not twice

    band_cell = insight.total_row.cells["b30"]
    click_on(qtbot, window.band_chart, band_cell)
    assert window._dialogs[-1].pupil_ids() == [ids[4]]


def test_save_png_and_csv_write_protected_files(
    qtbot,  # type: ignore[no-untyped-def]
    window: InsightWindow,
    tmp_path: Path,
) -> None:
    for chart_id, panel in window.panels.items():
        png = panel.save_png(tmp_path / f"{chart_id}.png")
        image = QImage(str(png))
        assert not image.isNull() and image.width() >= 1000
        written = panel.export_csv(tmp_path)
        assert written.name == f"inzicht-{chart_id.replace('_', '-')}-2025-2026.csv"
        assert written.read_bytes().startswith("\ufeff".encode())
    bands = (tmp_path / "inzicht-bands-2025-2026.csv").read_text(encoding="utf-8-sig")
    assert "<5" in bands
    window.panels["months"].copy()
    assert not QApplication.clipboard().image().isNull()
    logged = audit.entries(window.session, "export_insight")
    assert [(e.details["chart"], e.details["kind"]) for e in logged[:2]] == [
        ("months", "png"),
        ("months", "csv"),
    ]
    assert len(logged) == 2 * len(window.panels) + 1 and logged[-1].details["kind"] == "copy"
    assert logged[0].details["small_number_threshold"] == 5 and logged[0].pupil_id is None


def test_the_small_number_setting_changes_the_exports_and_is_kept(
    qtbot,  # type: ignore[no-untyped-def]
    window: InsightWindow,
    school: School,
    tmp_path: Path,
) -> None:
    session, _ids = school
    window.small_spin.setValue(0)
    qtbot.waitUntil(lambda: window.report is not None and window.report.small_number_threshold == 0)
    settle(qtbot, window)
    bands = window.panels["bands"].export_csv(tmp_path).read_text(encoding="utf-8-sig")
    assert "<5" not in bands and "<" not in window.summary_label.text()
    window.close()  # closing before the delay still stores the choice
    assert small_number_threshold(session) == 0
    assert [e.details for e in audit.entries(session, "small_number_threshold")] == [
        {"from": 5, "to": 0}
    ]
    again = InsightWindow(session, YEAR)
    qtbot.addWidget(again)
    assert (
        again.small_spin.value() == 0
        and again.small_spin.text() == again.small_spin.specialValueText()
    )
    settle(qtbot, again)


def test_the_rate_view_and_the_comparison_switch(qtbot, window: InsightWindow) -> None:  # type: ignore[no-untyped-def]
    before = window.panels["months"].title_label.text()
    window.rate_check.setChecked(True)
    assert window.month_chart.as_rate
    assert window.panels["months"].title_label.text() != before
    window.compare_check.setChecked(False)
    settle(qtbot, window, compared=False)
    assert window.report is not None and window.report.comparison is None


def test_every_control_has_a_name_for_a_screen_reader(window: InsightWindow) -> None:
    labelled = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    for combo in window.findChildren(QComboBox):
        assert id(combo) in labelled
    for button in window.findChildren(QAbstractButton):
        assert button.text() or button.accessibleName()
    for chart in window.panels.values():
        assert chart.chart.accessibleName()
