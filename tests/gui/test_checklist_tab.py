"""The checklist walked with the keyboard only; overrides ask why; the brief version."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.gui.dossier.checklist_tab import ChecklistTab
from pa_desktop.services import checklist as service
from pa_desktop.services.session import AbsenceEntry

YEAR = SchoolYear(2026)


def test_walk_the_checklist_with_the_keyboard_only(qtbot, demo_session, monkeypatch) -> None:
    pupil = demo_session.add_pupil(PupilDraft("Mbuyi", "Grâce", "4C")).id
    demo_session.add_absences(pupil, AbsenceEntry(date(2026, 10, 5), "B"))
    tab = ChecklistTab(demo_session, pupil, YEAR)
    qtbot.addWidget(tab)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    assert tab.page_label.text().startswith("Section 1 of 6")
    # Visie: tab to the first box, tick it with the space bar
    first = tab.editors["vision.clear"].check
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert service.load_checklist(demo_session, pupil, YEAR).answers["vision.clear"].value is True
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = tab.editors["vision.known"].check
    assert QApplication.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_Space)
    # next sections with Page Down, down to the reasons for registration
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert tab.page_label.text().startswith("Section 6 of 6")
    reason = tab.editors["reason.not_working"].check
    assert QApplication.focusWidget() is reason
    qtbot.keyClick(reason, Qt.Key.Key_Space)
    view = service.load_checklist(demo_session, pupil, YEAR)
    assert view.answers["reason.not_working"].value is True
    assert "no_registration_reason" not in view.readiness
    assert "4 of 22" in tab.progress.format() or tab.progress.value() >= 3
    qtbot.keyClick(reason, Qt.Key.Key_PageUp)
    assert tab.page_label.text().startswith("Section 5 of 6")


def test_changing_what_the_data_say_asks_why_and_keeps_it(qtbot, demo_session, monkeypatch) -> None:
    pupil = demo_session.add_pupil(PupilDraft("Kalonji", "Exaucé", "5B")).id
    tab = ChecklistTab(demo_session, pupil, YEAR)
    qtbot.addWidget(tab)
    monkeypatch.setattr(QInputDialog, "exec", lambda self: 1)
    monkeypatch.setattr(QInputDialog, "textValue", lambda self: "de leerling zat in het ziekenhuis")
    printout = tab.editors["overview.printout"]
    printout.check.setChecked(False)  # the data say True
    answer = service.load_checklist(demo_session, pupil, YEAR).answers["overview.printout"]
    assert answer.value is False and answer.override.why == "de leerling zat in het ziekenhuis"
    assert "de leerling zat in het ziekenhuis" in printout.source.text()
    assert not printout.follow_data.isHidden()
    printout.follow_data.click()
    assert service.load_checklist(demo_session, pupil, YEAR).answers["overview.printout"].value


def test_cancelling_the_why_keeps_the_data(qtbot, demo_session, monkeypatch) -> None:
    pupil = demo_session.add_pupil(PupilDraft("Darwish", "Nour", "1B")).id
    tab = ChecklistTab(demo_session, pupil, YEAR)
    qtbot.addWidget(tab)
    monkeypatch.setattr(QInputDialog, "exec", lambda self: 0)
    tab.editors["overview.printout"].check.setChecked(False)
    assert tab.editors["overview.printout"].check.isChecked()
    assert (
        service.load_checklist(demo_session, pupil, YEAR).answers["overview.printout"].override
        is None
    )


def test_brief_version_and_one_page_view(qtbot, demo_session) -> None:
    pupil = demo_session.pupils()[0].id
    tab = ChecklistTab(demo_session, pupil, YEAR)
    qtbot.addWidget(tab)
    tab.brief_radio.setChecked(True)
    assert tab.pages.count() == 4
    assert "vision.clear" not in tab.editors
    tab.one_page_button.setChecked(True)
    html = tab.one_page.toPlainText()
    assert "beknopte versie" in html or "brief version" in html
    assert "Visie" not in html and "Vision" not in html  # the brief version has no vision part
    assert "Overzicht afwezigheden" in html or "Overview of absences" in html
