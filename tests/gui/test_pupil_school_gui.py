"""The school of a pupil in the GUI of a CLB worker's vault: the pupil dialog asks for it (a new
pupil joins the school chosen, the overview's by default), choosing another school for an
existing pupil moves it from an arrival date with its absences kept, and the dossier's header
names the school and offers the same move. A school's own vault shows none of it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.dossier.window import DossierWindow
from pa_desktop.gui.overview.pupil_dialog import PupilDialog
from pa_desktop.services.records import AbsenceEntry
from pa_desktop.services.session import VaultSession

YEAR = SchoolYear(2025)


def _pupil_id(session: VaultSession, last_name: str) -> int:
    return next(p.id for p in session.pupils() if p.last_name == last_name)


def test_a_schools_vault_shows_no_school_field(qtbot, demo_session: VaultSession) -> None:
    dialog = PupilDialog(demo_session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.school.combo.isVisible() and not dialog.school.label.isVisible()
    assert not dialog.school.arrival_edit.isVisible()
    assert dialog.draft().school_id is None  # the vault's only school
    edit = PupilDialog(demo_session, demo_session.pupils()[0])
    qtbot.addWidget(edit)
    edit.show()
    assert not edit.school.combo.isVisible()


def test_a_new_pupil_joins_the_school_chosen_in_the_dialog(
    qtbot, clb_session: VaultSession
) -> None:
    dialog = PupilDialog(clb_session, school_id=2)  # the overview shows Atheneum Noord
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.school.combo.isVisible()
    assert dialog.school.combo.selected_school() == 2
    assert not dialog.school.arrival_edit.isVisible()  # a new pupil does not move
    dialog.ui.lastNameEdit.setText("Maes")
    dialog.ui.firstNameEdit.setText("Lotte")
    dialog.ui.classEdit.setText("3A")
    dialog.school.combo.select_school(1)
    dialog.grab().save("/tmp/pa15c-pupil-dialog-new.png")
    dialog.ui.buttons.accepted.emit()
    assert dialog.saved is not None
    assert clb_session.pupil(dialog.saved.id).school_id == 1

    unchosen = PupilDialog(clb_session)  # "All schools" in the overview: the first is shown
    qtbot.addWidget(unchosen)
    assert unchosen.school.combo.selected_school() == clb_session.default_school_id()


def test_choosing_another_school_moves_the_pupil_and_keeps_its_absences(
    qtbot, clb_session: VaultSession
) -> None:
    peeters = _pupil_id(clb_session, "Peeters")
    clb_session.add_absences(peeters, AbsenceEntry(date(2025, 10, 6), "B"))
    dialog = PupilDialog(clb_session, clb_session.pupil(peeters))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.school.combo.selected_school() == 1
    assert not dialog.school.arrival_edit.isVisible()
    dialog.school.combo.select_school(2)
    assert dialog.school.arrival_edit.isVisible() and dialog.school.note.isVisible()
    dialog.school.arrival_edit.setDate(QDate(2025, 11, 3))
    dialog.ui.classEdit.setText("3C")
    dialog.grab().save("/tmp/pa15c-pupil-dialog-move.png")
    dialog.ui.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.problemLabel.text()
    moved = clb_session.pupil(peeters)
    assert (moved.school_id, moved.class_name) == (2, "3C")
    spans = [(e.school_id, e.arrival, e.leaving) for e in clb_session.enrolments(peeters)]
    assert spans == [(1, None, date(2025, 11, 2)), (2, date(2025, 11, 3), None)]
    kept = [(a.day, a.half.value, a.code) for a in clb_session.absences(peeters, YEAR)]
    assert kept == [(date(2025, 10, 6), "VM", "B"), (date(2025, 10, 6), "NM", "B")]


def test_a_refused_move_changes_nothing(qtbot, clb_session: VaultSession) -> None:
    peeters = _pupil_id(clb_session, "Peeters")
    dialog = PupilDialog(clb_session, clb_session.pupil(peeters))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.lastNameEdit.setText("Peeters-Maes")
    dialog.school.combo.select_school(2)
    dialog.ui.classEdit.setText("")  # a problem of the form: nothing moves either
    dialog.ui.buttons.accepted.emit()
    assert dialog.ui.problemLabel.isVisible()
    assert clb_session.enrolments(peeters) == []

    clb_session.move_pupil(peeters, 2, date(2025, 11, 3))
    back = PupilDialog(clb_session, clb_session.pupil(peeters))
    qtbot.addWidget(back)
    back.show()
    assert back.school.combo.selected_school() == 2
    back.ui.lastNameEdit.setText("Peeters-Maes")
    back.school.combo.select_school(1)
    back.school.arrival_edit.setDate(QDate(2025, 10, 15))  # it was at school 1 then
    back.ui.buttons.accepted.emit()
    assert "already" in back.ui.problemLabel.text()
    assert back.result() != back.DialogCode.Accepted
    assert len(clb_session.enrolments(peeters)) == 2
    assert clb_session.pupil(peeters).last_name == "Peeters"


def test_the_dossier_names_the_school_and_moves_the_pupil(
    qtbot, clb_session: VaultSession, demo_session: VaultSession
) -> None:
    peeters = _pupil_id(clb_session, "Peeters")
    dossier = DossierWindow(clb_session, peeters, YEAR)
    qtbot.addWidget(dossier)
    dossier.show()
    assert dossier.title.text().endswith("3A · Sint-X")
    assert dossier.move_button.isVisible()
    dialog = dossier.move_to_school()
    qtbot.addWidget(dialog)
    assert dialog.school_combo.selected_school() == 2  # the other school, not the current one
    dialog.arrival_edit.setDate(QDate(2025, 11, 3))
    dialog.grab().save("/tmp/pa15c-move-dialog.png")
    dialog.apply()
    qtbot.waitUntil(lambda: "Atheneum Noord" in dossier.title.text(), timeout=30_000)
    dossier.grab().save("/tmp/pa15c-dossier-header.png")

    single = DossierWindow(demo_session, demo_session.pupils()[0].id, SchoolYear(2026))
    qtbot.addWidget(single)
    single.show()
    assert "·" not in single.title.text() and not single.move_button.isVisible()
