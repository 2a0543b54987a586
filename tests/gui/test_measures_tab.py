"""The guidance-measure log as a user works with it: quick entry, the measure dialog with undo and
redo, the history, the sanction warning, the hand-set signals and the to-do list of follow-ups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.gui.dossier.measure_dialog import MeasureDialog
from pa_desktop.gui.dossier.measures_tab import MeasuresTab
from pa_desktop.gui.overview.follow_ups_dialog import FollowUpsDialog
from pa_desktop.services import guidance
from pa_desktop.services.session import AbsenceEntry

YEAR = SchoolYear(2026)
TODAY = date(2026, 11, 28)  # the demo vault's reference date


def _tab(qtbot, session, pupil_id: int) -> MeasuresTab:
    stack = QUndoStack()
    tab = MeasuresTab(session, pupil_id, stack)
    tab._stack_keeper = stack  # the dossier window owns the stack; here the test does
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _new_pupil(session, last_name: str = "Peeters") -> int:
    return session.add_pupil(PupilDraft(last_name, "Lotte", "2A")).id


def _signals(session, pupil_id: int) -> list[str]:
    return session.overview(YEAR, only=[pupil_id])[0].signal_ids


def _choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def _save(qtbot, dialog: MeasureDialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_quick_entry_logs_a_call_in_one_click_and_two_make_the_parents_unreachable(
    qtbot, demo_session
) -> None:
    pupil = _new_pupil(demo_session)
    tab = _tab(qtbot, demo_session, pupil)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.not_reached_button, Qt.MouseButton.LeftButton)
    [call] = guidance.measures(demo_session, pupil)
    assert (call.day, call.draft.towards, call.draft.channel) == (
        TODAY,
        Towards.PARENTS,
        Channel.PHONE,
    )
    assert (call.draft.purpose, call.draft.outcome) == (Purpose.ASK_REASON, Outcome.NOT_REACHED)
    assert call.author == "Demo"
    assert "parents_unreachable" not in _signals(demo_session, pupil)  # one attempt is not enough

    qtbot.mouseClick(tab.not_reached_button, Qt.MouseButton.LeftButton)
    assert len(guidance.measures(demo_session, pupil)) == 2
    assert "parents_unreachable" in _signals(demo_session, pupil)
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, 5).data() == "not reached"  # outcome, in words

    tab.undo_stack.undo()  # Ctrl+Z takes the last call back, and the signal with it
    assert "parents_unreachable" not in _signals(demo_session, pupil)
    qtbot.mouseClick(tab.reached_button, Qt.MouseButton.LeftButton)
    assert guidance.measures(demo_session, pupil)[-1].draft.outcome is Outcome.REACHED


def test_add_edit_delete_through_the_dialog_each_undone_and_redone(qtbot, demo_session) -> None:
    pupil = _new_pupil(demo_session)
    tab = _tab(qtbot, demo_session, pupil)
    stack = tab.undo_stack

    # add -----------------------------------------------------------------------------------
    dialog = tab.add()
    ui = dialog.ui
    ui.dateEdit.setDate(QDate(2026, 11, 20))
    ui.timeCheck.setChecked(True)
    ui.timeEdit.setTime(QTime(10, 15))
    _choose(ui.towardsCombo, "both")
    _choose(ui.channelCombo, "home-visit")
    _choose(ui.purposeCombo, "agreements")
    _choose(ui.outcomeCombo, "reached")
    ui.agreementsEdit.setPlainText("Elke maandag melden bij de zorgleerkracht")
    ui.followUpCheck.setChecked(True)
    ui.followUpEdit.setDate(QDate(2026, 12, 4))
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    [added] = guidance.measures(demo_session, pupil)
    assert added.draft == MeasureDraft(
        date(2026, 11, 20),
        Towards.BOTH,
        Channel.HOME_VISIT,
        Purpose.AGREEMENTS,
        Outcome.REACHED,
        at=added.draft.at,
        agreements="Elke maandag melden bij de zorgleerkracht",
        follow_up=date(2026, 12, 4),
    )
    assert added.draft.at is not None and added.draft.at.strftime("%H:%M") == "10:15"
    row = [tab.model.index(0, c).data() for c in range(9)]
    assert row[:6] == ["20/11/2026", "10:15", "pupil and parents", "home visit",
                       "agreements on follow-up", "reached"]  # fmt: skip
    assert row[7].startswith("04/12/2026") and row[8] == "Demo"
    stack.undo()
    assert guidance.measures(demo_session, pupil) == []
    stack.redo()
    assert [m.id for m in guidance.measures(demo_session, pupil)] == [added.id]

    # edit ----------------------------------------------------------------------------------
    tab.select_measure(added.id)
    dialog = tab.edit()
    assert dialog is not None and dialog.ui.agreementsEdit.toPlainText().startswith("Elke")
    _choose(dialog.ui.outcomeCombo, "refused")
    _save(qtbot, dialog)
    assert guidance.measures(demo_session, pupil)[0].draft.outcome is Outcome.REFUSED
    history = tab.show_history()
    assert history is not None
    assert [(r[0], r[1], r[3]) for r in history.rows()] == [
        ("1", "Demo", "logged"),
        ("2", "Demo", "deleted"),  # the undo of the add
        ("3", "Demo", "restored"),  # its redo
        ("4", "Demo", "outcome"),  # the edit, naming what changed
    ]
    assert "refused" in history.rows()[-1][4]
    history.close()
    stack.undo()
    assert guidance.measures(demo_session, pupil)[0].draft.outcome is Outcome.REACHED
    stack.redo()
    assert guidance.measures(demo_session, pupil)[0].draft.outcome is Outcome.REFUSED

    # delete --------------------------------------------------------------------------------
    tab.select_measure(added.id)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert guidance.measures(demo_session, pupil) == []
    assert tab.model.rowCount() == 0
    stack.undo()
    [back] = guidance.measures(demo_session, pupil)
    assert back.id == added.id and back.draft.outcome is Outcome.REFUSED
    tab.select_measure(back.id)
    history = tab.show_history()
    assert history is not None
    changes = [r[3] for r in history.rows()]
    assert changes[-2:] == ["deleted", "restored"]  # the deletion stays in the history
    history.close()
    stack.redo()
    assert guidance.measures(demo_session, pupil) == []
    assert guidance.measure_history(demo_session, added.id)[-1].draft is None


def test_a_refused_draft_stays_in_the_dialog_with_the_problem_in_words(qtbot, demo_session) -> None:
    pupil = _new_pupil(demo_session)
    tab = _tab(qtbot, demo_session, pupil)
    dialog = tab.add()
    dialog.ui.dateEdit.setDate(QDate(2026, 11, 20))
    dialog.ui.followUpCheck.setChecked(True)
    dialog.ui.followUpEdit.setDate(QDate(2026, 11, 10))
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.problemLabel.isVisible()
    assert (
        dialog.ui.problemLabel.text() == "The follow-up date lies before the date of the measure."
    )
    assert guidance.measures(demo_session, pupil) == [] and tab.undo_stack.count() == 0
    assert dialog.ui.dateEdit.maximumDate() == QDate(2026, 11, 28)  # no measure in the future
    dialog.reject()


def test_a_sanction_for_repeated_b_codes_is_warned_against_not_blocked(qtbot, demo_session) -> None:
    truant = _new_pupil(demo_session, "Claes")
    demo_session.add_absences(truant, AbsenceEntry(date(2026, 11, 16), "B", half="day"))
    tab = _tab(qtbot, demo_session, truant)
    dialog = tab.add()
    assert not dialog.warning_shown()
    _choose(dialog.ui.purposeCombo, "sanction")
    assert dialog.warning_shown()
    assert "widen the gap with school" in dialog.ui.warningLabel.text()
    _choose(dialog.ui.purposeCombo, "agreements")
    assert not dialog.warning_shown()
    _choose(dialog.ui.purposeCombo, "sanction")
    _choose(dialog.ui.towardsCombo, "pupil")
    _save(qtbot, dialog)  # a warning, not a refusal
    assert guidance.measures(demo_session, truant)[0].draft.purpose is Purpose.SANCTION

    first_time = _new_pupil(demo_session, "Dubois")  # no B codes: no warning
    dialog = _tab(qtbot, demo_session, first_time).add()
    _choose(dialog.ui.purposeCombo, "sanction")
    assert not dialog.warning_shown()
    dialog.reject()


def test_hand_set_signals_ask_a_reason_and_can_be_switched_off(qtbot, demo_session) -> None:
    pupil = _new_pupil(demo_session)
    tab = _tab(qtbot, demo_session, pupil)
    check = tab.flags.checks["known_problem"]
    tab.flags.ask_reason = lambda _flag: None  # the user cancels the question
    check.click()
    assert not check.isChecked() and guidance.flags(demo_session, pupil) == {}
    tab.flags.ask_reason = lambda _flag: "rouw in het gezin"
    with qtbot.waitSignal(tab.changed):
        check.click()
    assert check.isChecked() and tab.flags.reasons["known_problem"].text() == "rouw in het gezin"
    assert "known_problem" in _signals(demo_session, pupil)
    assert "Not undoable" in check.toolTip()
    tab.flags.ask_reason = lambda _flag: "   "  # a reason is needed
    tab.flags.checks["parents_unreachable"].click()
    assert not tab.flags.checks["parents_unreachable"].isChecked()
    assert tab.status_label.text() == "Give a short reason."
    check.click()
    assert "known_problem" not in _signals(demo_session, pupil)


def test_the_to_do_list_puts_overdue_first_and_opens_the_pupil(qtbot, demo_session) -> None:
    from pa_desktop.gui.common.i18n import install_language

    install_language("en")  # as the app shows English: with its plural forms
    late = _new_pupil(demo_session, "Aerts")
    due_today = _new_pupil(demo_session, "Baert")
    call = MeasureDraft(
        date(2026, 9, 1), Towards.PARENTS, Channel.PHONE, Purpose.AGREEMENTS, Outcome.REACHED
    )
    agreed = replace(call, follow_up=date(2026, 9, 2), agreements="Attest binnenbrengen")
    guidance.add_measure(demo_session, late, agreed)
    guidance.add_measure(demo_session, due_today, replace(call, follow_up=TODAY))
    dialog = FollowUpsDialog(demo_session)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.shown()
    assert shown[0].pupil.id == late and shown[0].overdue
    assert dialog.table.item(0, 0).text() == "overdue (87 days)"  # in words, not colour only
    assert dialog.table.item(0, 4).text() == "Attest binnenbrengen"
    states = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert states.index("today") > max(i for i, s in enumerate(states) if s.startswith("overdue"))
    assert all(f.due <= TODAY for f in shown)  # the filter starts on: overdue and today
    dialog.due_only_check.setChecked(False)
    assert dialog.table.rowCount() > len(shown)
    last = dialog.table.rowCount() - 1
    assert dialog.table.item(last, 0).text() == "upcoming"

    opened: list[int] = []
    dialog.open_pupil.connect(opened.append)
    centre = dialog.table.visualItemRect(dialog.table.item(0, 2)).center()
    qtbot.mousePress(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [late]  # once, not twice
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.open_pupil):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)


def test_a_double_click_opens_one_edit_dialog(qtbot, demo_session) -> None:
    pupil = _new_pupil(demo_session)
    tab = _tab(qtbot, demo_session, pupil)
    tab.quick_call(Outcome.REACHED)
    centre = tab.table.visualRect(tab.model.index(0, 4)).center()
    qtbot.mousePress(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    dialogs = [d for d in tab.findChildren(MeasureDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].measure is not None
    dialogs[0].reject()
