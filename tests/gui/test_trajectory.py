"""A pupil walked from the first B code to closure through the dossier's trajectory tab:
the advice, the warnings and the signals at each step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.domain.trajectory import RegistrationReason, Step
from pa_desktop.gui.dossier.window import DossierWindow
from pa_desktop.services import guidance
from pa_desktop.services.session import AbsenceEntry

YEAR = SchoolYear(2026)


def _choose(tab, step: Step, day: date) -> None:
    tab.step_combo.setCurrentIndex(tab.step_combo.findData(step.value))
    tab.date_edit.setDate(QDate(day.year, day.month, day.day))


def _signals(session, pupil_id: int) -> list[str]:
    return session.overview(YEAR, only=[pupil_id])[0].signal_ids


def test_a_pupil_from_the_first_b_to_closure(qtbot, demo_session, monkeypatch) -> None:
    session = demo_session
    pupil = session.add_pupil(PupilDraft("Benali", "Salma", "2B")).id
    window = DossierWindow(session, pupil, YEAR)
    qtbot.addWidget(window)
    tab = window.trajectory_tab
    asked: list[str] = []

    def answer(result):
        def fake(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return result

        return fake

    # first B: the advice is to contact the pupil and parents; an early-year signal fires
    session.add_absences(pupil, AbsenceEntry(date(2026, 9, 21), "B", half="VM"))
    tab.reload()
    assert "first B" in tab.advice_label.text()
    assert "early_year_b" in _signals(session, pupil)

    # two unanswered calls to the parents: parents_unreachable
    for day in (date(2026, 9, 22), date(2026, 9, 24)):
        guidance.add_measure(
            session,
            pupil,
            MeasureDraft(
                day, Towards.PARENTS, Channel.PHONE, Purpose.ASK_REASON, Outcome.NOT_REACHED
            ),
        )
    assert "parents_unreachable" in _signals(session, pupil)

    # five B half days: the legal duty to signal; recording it clears the signal
    session.add_absences(pupil, AbsenceEntry(date(2026, 10, 5), "B", last_day=date(2026, 10, 6)))
    assert "clb_signal_due" in _signals(session, pupil)
    _choose(tab, Step.SIGNALLED_CLB, date(2026, 10, 7))
    tab.record_step()
    assert "clb_signal_due" not in _signals(session, pupil)
    assert "Signalled to the CLB" in tab.state_label.text()

    # registering without any contact with the parents: warned, and the user may decline
    _choose(tab, Step.REGISTERED_CLB, date(2026, 10, 12))
    assert "No contact with the parents" in tab.warning_label.text()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    tab.record_step()
    assert [e.step for e in guidance.trajectory(session, pupil)] == [Step.SIGNALLED_CLB]
    assert "No contact with the parents" in asked[-1]

    # after reaching the parents and ticking a reason nothing stands against it
    guidance.add_measure(
        session,
        pupil,
        MeasureDraft(
            date(2026, 10, 9),
            Towards.BOTH,
            Channel.CONVERSATION,
            Purpose.HELP_QUESTION,
            Outcome.REACHED,
            agreements="dagelijks aanmelden bij de zorgleerkracht",
        ),
    )
    tab.reason_checks[RegistrationReason.NOT_WORKING].setChecked(True)
    assert tab.warning_label.text() == ""
    assert "parents_unreachable" not in _signals(session, pupil)
    tab.record_step()
    assert "Registered for CLB guidance" in tab.state_label.text()
    assert "CLB plan" in tab.advice_label.text() or "explores" in tab.advice_label.text()

    # a police report without consulting the CLB is warned against, and never for powerlessness
    _choose(tab, Step.POLICE_UNWILLINGNESS, date(2026, 10, 13))
    text = tab.warning_label.text()
    assert "powerlessness" in text

    # CLB guidance, then closure with a follow-up agreement
    _choose(tab, Step.CLB_GUIDANCE, date(2026, 10, 14))
    tab.record_step()
    _choose(tab, Step.CLB_CLOSED, date(2026, 11, 9))
    assert "follow-up agreement" in tab.warning_label.text()
    tab.agreement_edit.setText("zorgleerkracht meldt elke nieuwe B aan het CLB")
    assert tab.warning_label.text() == ""
    tab.record_step()
    assert "relapse" in tab.advice_label.text()
    assert "relapse_after_closure" not in _signals(session, pupil)

    # a relapse after the closure
    session.add_absences(pupil, AbsenceEntry(date(2026, 11, 16), "B", half="VM"))
    assert "relapse_after_closure" in _signals(session, pupil)
    window.reload()
    assert "Relapse" in window.figures_label.text()

    # undo takes back the closure (the relapse signal goes with it), redo brings it back
    window.tabs.setCurrentWidget(tab)  # undo acts on the tab in front
    window.undo_action.trigger()
    assert guidance.trajectory(session, pupil)[-1].step is Step.CLB_GUIDANCE
    assert "relapse_after_closure" not in _signals(session, pupil)
    window.redo_action.trigger()
    assert guidance.trajectory(session, pupil)[-1].step is Step.CLB_CLOSED


def test_removing_a_step_can_be_undone(qtbot, demo_session) -> None:
    pupil = demo_session.add_pupil(PupilDraft("Haddad", "Layla", "4A")).id
    window = DossierWindow(demo_session, pupil, YEAR)
    qtbot.addWidget(window)
    tab = window.trajectory_tab
    _choose(tab, Step.SCHOOL_CHANGE, date(2026, 11, 20))
    tab.partner_edit.setText("Atheneum Anderlecht")
    tab.record_step()
    assert demo_session.overview(YEAR, only=[pupil])[0].attention
    tab.table.selectRow(0)
    tab._remove_selected()
    assert guidance.trajectory(demo_session, pupil) == []
    window.tabs.setCurrentWidget(tab)
    window.undo_action.trigger()
    restored = guidance.trajectory(demo_session, pupil)
    assert [e.details.partner for e in restored] == ["Atheneum Anderlecht"]
