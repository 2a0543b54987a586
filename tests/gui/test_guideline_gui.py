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
    [stored] = demo_session.absences(pupil.id, YEAR)
    assert (stored.code, stored.marks) == ("B", frozenset())
