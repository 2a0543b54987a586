"""Schools in the GUI: the chooser in the overview (hidden in a school's vault), the school
column across schools, the import kept within a school, and the school settings dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.importing.dialog import ImportDialog
from pa_desktop.gui.overview.main_window import MainWindow
from pa_desktop.gui.overview.model import SCHOOL
from pa_desktop.gui.schools.settings_dialog import SchoolSettingsDialog
from pa_desktop.services.session import VaultSession

YEAR = SchoolYear(2025)


def _window(qtbot, session: VaultSession, rows: int) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == rows, timeout=10_000)
    return window


def test_a_schools_vault_never_shows_the_chooser(qtbot, demo_session: VaultSession) -> None:
    window = _window(qtbot, demo_session, 40)
    assert not window.school_chooser.isVisible()
    assert window.ui.pupilTable.isColumnHidden(SCHOOL)
    assert window.selected_school() is None


def test_the_chooser_shows_one_school_or_all_with_a_school_column(
    qtbot, clb_session: VaultSession
) -> None:
    window = _window(qtbot, clb_session, 2)
    assert window.school_chooser.isVisible()
    assert not window.ui.pupilTable.isColumnHidden(SCHOOL)
    schools = {window.model.row_at(i).school for i in range(2)}
    assert schools == {"Sint-X", "Atheneum Noord"}
    window.school_chooser.select_school(2)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    assert window.model.row_at(0).pupil.last_name == "Janssens"
    assert window.ui.pupilTable.isColumnHidden(SCHOOL)
    window.grab().save("/tmp/pa15-overview-schools.png")


def test_the_gui_import_matches_numbers_only_within_the_chosen_school(
    qtbot, clb_session: VaultSession, tmp_path: Path
) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "Leerlingnummer;Naam;Voornaam;Klas;Datum;VM/NM;Code\n123;Janssens;A;3A;15/09/2025;VM;B\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(clb_session, export, None, school=2)
    qtbot.addWidget(dialog)
    assert dialog.school_combo.selected_school() == 2 and dialog.school_combo.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.ui.nextButton.isEnabled() and not dialog._busy, timeout=20_000)
    dialog.ui.nextButton.click()  # the mapping step, then the preview
    qtbot.waitUntil(lambda: dialog.ui.importButton.isEnabled(), timeout=20_000)
    assert dialog.ui.newValue.text() == "1"
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.ui.importButton.click()
    rows = {r.pupil.last_name: r for r in clb_session.overview(YEAR)}
    assert rows["Janssens"].figures.b_count == 1
    assert rows["Peeters"].figures.b_count == 0


def test_the_school_settings_dialog_saves_free_days_codes_and_thresholds(
    qtbot, clb_session: VaultSession
) -> None:
    dialog = SchoolSettingsDialog(clb_session, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    days = dialog.free_days_box
    days.calendar.setSelectedDate(QDate(2025, 10, 6))
    days.reason_edit.setText("pedagogische studiedag")
    days.add_free_day()
    days.calendar.setSelectedDate(QDate(2025, 10, 8))
    days.until_edit.setDate(QDate(2025, 10, 8))
    days.half_combo.setCurrentIndex(days.half_combo.findData("VM"))
    days.add_free_day()
    assert days.free_list.count() == 2
    assert "Not saved" in dialog.status.text()
    dialog.codes_box.add_code_row("S", "B", "spijbelen")
    dialog.threshold_spins["clb_signal_b"].setValue(4)
    dialog.wednesday_check.setChecked(True)
    dialog.grab().save("/tmp/pa15-school-settings.png")
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save()
    calendar = clb_session.calendar(YEAR, 1)
    assert calendar.own_reason(date(2025, 10, 6), calendar.lesson_half_days()[0][1]) == (
        "pedagogische studiedag"
    )
    assert not calendar.is_lesson_day(date(2025, 10, 6))
    assert calendar.is_lesson_half_day(date(2025, 10, 1), calendar.lesson_half_days()[1][1])
    assert "S" in clb_session.code_table(1)
    assert clb_session.thresholds(1).clb_signal_b == 4
    assert clb_session.thresholds(2).clb_signal_b == 5  # the other school keeps the default

    again = SchoolSettingsDialog(clb_session, 1)
    qtbot.addWidget(again)
    assert again.free_days_box.free_list.count() == 2
    assert again.codes_box.codes_table.rowCount() == 1
    again.reset_thresholds()
    assert again.threshold_spins["clb_signal_b"].value() == 5
    again.free_days_box.free_list.setCurrentRow(0)
    again.free_days_box.remove_free_day()
    again.save()
    assert clb_session.thresholds(1).clb_signal_b == 5
    assert len(clb_session.school_settings(1).free_days) == 1


def test_moving_a_pupil_to_the_other_school_from_the_overview(
    qtbot, clb_session: VaultSession
) -> None:
    window = _window(qtbot, clb_session, 2)
    assert window.action_move_pupil.isVisible()
    peeters = next(r.pupil.id for r in clb_session.overview(YEAR) if r.pupil.last_name == "Peeters")
    window.select_pupil(peeters)
    dialog = window.move_pupil()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.school_combo.select_school(1)
    dialog.apply()
    assert "already" in dialog.error.text()
    dialog.school_combo.select_school(2)
    dialog.arrival_edit.setDate(QDate(2025, 11, 3))
    dialog.class_edit.setText("3C")
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [e.school_id for e in clb_session.enrolments(peeters)] == [1, 2]
    assert clb_session.pupil(peeters).school_id == 2


def test_the_gui_import_sends_each_row_to_the_school_its_column_names(
    qtbot, clb_session: VaultSession, tmp_path: Path
) -> None:
    export = tmp_path / "clb-export.csv"
    export.write_text(
        "Instelling;Leerlingnummer;Naam;Voornaam;Klas;Datum;VM/NM;Code\n"
        "Atheneum Noord;123;Janssens;A;3A;15/09/2025;VM;B\n"
        "Sint-X;123;Peeters;A;3A;16/09/2025;VM;B\n"
        "Nergens;123;Peeters;A;3A;17/09/2025;VM;B\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(clb_session, export, None, school=1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.nextButton.isEnabled() and not dialog._busy, timeout=20_000)
    page = dialog._mapping_page
    assert page.school_column() and page.school_hint.isVisible()
    assert not dialog.school_combo.isEnabled()  # the file says each row's school
    dialog.grab().save("/tmp/pa15c-import-mapping-school.png")
    dialog.ui.nextButton.click()
    qtbot.waitUntil(lambda: dialog._preview_page.preview is not None, timeout=20_000)
    preview = dialog._preview_page.preview
    assert preview is not None
    assert [(p.line, p.reason.value, p.detail) for p in preview.problems] == [
        (4, "unknown_school", "Nergens")
    ]
    assert dialog.ui.newValue.text() == "2"
    dialog.grab().save("/tmp/pa15c-import-preview-school.png")
    dialog.ui.skipRowsCheck.setChecked(True)
    qtbot.waitUntil(lambda: dialog.ui.importButton.isEnabled(), timeout=20_000)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.ui.importButton.click()
    rows = {r.pupil.last_name: r for r in clb_session.overview(YEAR)}
    assert rows["Janssens"].figures.b_count == 1 and rows["Peeters"].figures.b_count == 1
