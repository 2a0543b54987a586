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


def test_a_commit_while_a_worker_computes_is_never_hidden_by_the_cache(
    tmp_path: Path, monkeypatch
) -> None:
    """The GUI computes the overview on a worker thread while the user keeps typing: a change
    committed (on another thread) during that computation must show in the next overview."""
    from pa_desktop.services import overview_reads

    session, _ = Vaults.for_tests().create(
        tmp_path / "v", "cache passphrase", Profile(user_name="A")
    )
    try:
        session.set_reference_date(date(2026, 11, 27))
        pupil = session.add_pupil(PupilDraft("Peeters", "Lotte", "2A")).id
        real = overview_reads.compute_overview
        committed = threading.Event()

        def compute_then_commit(**kwargs):  # type: ignore[no-untyped-def]
            rows = real(**kwargs)  # figures of the data read before the commit
            if not committed.is_set():
                committed.set()
                typing = threading.Thread(
                    target=session.add_absences, args=(pupil, AbsenceEntry(date(2026, 10, 5), "B"))
                )
                typing.start()
                typing.join()
            return rows

        monkeypatch.setattr(overview_reads, "compute_overview", compute_then_commit)
        seen: list[int] = []

        def refresh_repeatedly() -> None:  # the worker's connection: its cache entry would be hit
            for _ in range(3):
                seen.append(session.overview(YEAR)[0].figures.b_count)

        worker = threading.Thread(target=refresh_repeatedly)
        worker.start()
        worker.join()
        assert committed.is_set()
        assert seen == [0, 2, 2]  # recomputed after the commit, then kept
    finally:
        session.close()
