"""The whole-school overview is kept while nothing changes, and never shown stale."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services import guidance
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import AbsenceEntry, Profile

YEAR = SchoolYear(2026)


def test_the_overview_is_reused_until_something_is_committed(tmp_path: Path) -> None:
    session, _ = Vaults.for_tests().create(
        tmp_path / "v", "cache passphrase", Profile(user_name="A")
    )
    try:
        session.set_reference_date(date(2026, 11, 27))
        pupil = session.add_pupil(PupilDraft("Peeters", "Lotte", "2A")).id
        first = session.overview(YEAR)
        again = session.overview(YEAR)
        assert again[0] is first[0]  # nothing changed: the same computed row
        session.add_absences(pupil, AbsenceEntry(date(2026, 10, 5), "B"))
        assert session.overview(YEAR)[0].figures.b_count == 2
        session.update_pupil(pupil, PupilDraft("Peeters", "Lotte", "3A"))
        assert session.overview(YEAR)[0].pupil.class_name == "3A"

        def from_another_thread() -> None:  # another connection commits
            guidance.set_flag(session, pupil, "known_problem", "rouw")

        worker = threading.Thread(target=from_another_thread)
        worker.start()
        worker.join()
        assert "known_problem" in session.overview(YEAR)[0].signal_ids
        assert session.overview(YEAR, date(2026, 10, 6))[0].figures.b_count == 2  # other date
    finally:
        session.close()
