"""Issue 20 in the dossier: the GUI offers only what the guideline allows."""

from __future__ import annotations

from datetime import date

from pa_desktop.domain.absences import Mark
from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.gui.dossier.window import DossierWindow

YEAR = SchoolYear(2026)


def _dossier(qtbot, session, pupil_id: int) -> DossierWindow:
    window = DossierWindow(session, pupil_id, YEAR)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_dossier_offers_only_the_marks_the_chosen_code_may_carry(qtbot, demo_session) -> None:
    pupil = demo_session.add_pupil(PupilDraft("Dubois", "Camille", "3A"))
    window = _dossier(qtbot, demo_session, pupil.id)
    window.code_combo.setCurrentIndex(window.code_combo.findData("B"))
    lux = window.mark_checks[Mark.LUXEVERZUIM]
    doubtful = window.mark_checks[Mark.DOUBTFUL_CERTIFICATE]
    assert lux.isEnabled() and not doubtful.isEnabled()
    lux.setChecked(True)
    window.code_combo.setCurrentIndex(window.code_combo.findData("Z"))
    assert not lux.isEnabled() and not lux.isChecked()
    assert doubtful.isEnabled()
    doubtful.setChecked(True)
    monday = (date(2026, 11, 16), HalfDay.VM)
    window.timeline.select_range(monday, monday)
    window.set_code("B")  # typed in the calendar while the certificate is ticked
    qtbot.waitUntil(lambda: not window.saving, timeout=10_000)  # written off the GUI thread
    [stored] = demo_session.absences(pupil.id, YEAR)
    assert (stored.code, stored.marks) == ("B", frozenset())


def test_one_click_records_the_contact_check_and_the_signal_reads_it(qtbot, demo_session) -> None:
    from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
    from pa_desktop.services import guidance

    pupil = demo_session.add_pupil(PupilDraft("Kaya", "Elif", "1A")).id
    for day in (date(2026, 11, 23), date(2026, 11, 24)):
        guidance.add_measure(
            demo_session,
            pupil,
            MeasureDraft(
                day, Towards.PARENTS, Channel.PHONE, Purpose.ASK_REASON, Outcome.NOT_REACHED
            ),
        )
    window = _dossier(qtbot, demo_session, pupil)
    tab = window.measures_tab
    assert "not checked" in tab.flags.contact_label.text()
    [signal] = [s for s in window.view.signals if s.id == "parents_unreachable"]
    assert signal.facts["checked_since"] is False
    tab.flags.contact_button.click()
    assert guidance.contact_checked_on(demo_session, pupil) == demo_session.today()
    assert "28/11/2026" in tab.flags.contact_label.text()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)  # read off the GUI thread
    [signal] = [s for s in window.view.signals if s.id == "parents_unreachable"]
    assert signal.facts["checked_since"] is True  # the dossier reloaded its signals
    assert "checked on 28/11/2026" in window.figures_label.text()


def test_the_trajectory_offers_both_halves_of_reason_c(qtbot, demo_session) -> None:
    from pa_desktop.domain.trajectory import RegistrationReason, Step

    pupil = demo_session.add_pupil(PupilDraft("Rusu", "Bianca", "2A")).id
    window = _dossier(qtbot, demo_session, pupil)
    tab = window.trajectory_tab
    tab.step_combo.setCurrentIndex(tab.step_combo.findData(Step.REGISTERED_CLB.value))
    refuses = tab.reason_checks[RegistrationReason.REFUSES_GUIDANCE]
    assert "refuse" in refuses.text()
    assert "refuse" not in tab.reason_checks[RegistrationReason.NO_LONGER_COMES].text()
    refuses.setChecked(True)
    assert tab.details().registration_reasons == (RegistrationReason.REFUSES_GUIDANCE,)
    assert "help question" not in tab.warning_label.text()
    tab.reason_checks[RegistrationReason.NOT_WORKING].setChecked(True)
    assert "help question" in tab.warning_label.text()


def test_every_signal_has_a_badge_a_label_an_explanation_and_a_reason(qtbot) -> None:
    from pa_desktop.domain.signals import SIGNAL_IDS, Signal
    from pa_desktop.gui.common.texts import SIGNAL_STYLES, signal_label, signal_reason
    from pa_desktop.gui.overview.main_window import _signal_help
    from pa_desktop.services.names import SIGNAL_NAMES
    from pa_desktop.services.signal_texts import SIGNALS

    for sid in SIGNAL_IDS:
        assert sid in SIGNAL_STYLES and sid in SIGNALS and sid in SIGNAL_NAMES, sid
        assert signal_label(sid) != sid and _signal_help(sid) != sid, sid
    quiet = Signal("no_contact_after_b", {"last_b": date(2026, 11, 16), "lesson_days": 4})
    assert "16/11/2026" in signal_reason(quiet) and "4" in signal_reason(quiet)
