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


def _counting(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    """How many pupils each overview computation covered."""
    from pa_desktop.services import overview_reads

    sizes: list[int] = []
    real = overview_reads.compute_overview

    def counted(**arguments):  # type: ignore[no-untyped-def]
        sizes.append(len(arguments["pupils"]))
        return real(**arguments)

    monkeypatch.setattr(overview_reads, "compute_overview", counted)
    return sizes


def test_an_edit_recomputes_one_row_and_a_setting_every_row(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session, _ = Vaults.for_tests().create(
        tmp_path / "v", "rows passphrase", Profile(user_name="A")
    )
    try:
        session.set_reference_date(date(2026, 11, 27))
        ids = [session.add_pupil(PupilDraft("Peeters", f"K{i}", "2A")).id for i in range(6)]
        sizes = _counting(monkeypatch)
        first = session.overview(YEAR)
        assert sizes == [6]
        session.add_absences(ids[2], AbsenceEntry(date(2026, 10, 5), "B"))
        guidance.set_flag(session, ids[4], "known_problem", "rouw")
        after = session.overview(YEAR)
        assert sizes == [6, 2]  # only the two pupils that changed
        assert after[2].figures.b_count == 2 and "known_problem" in after[4].signal_ids
        assert [a is b for a, b in zip(first, after, strict=True)] == [
            True,
            True,
            False,
            True,
            False,
            True,
        ]
        assert session.overview(YEAR, only=[ids[2]])[0] is after[2]  # the dossier's row, kept
        session.save_calendar_settings(True, [(date(2026, 11, 12), "studiedag")])
        session.overview(YEAR)
        assert sizes[-1] == 6  # a setting concerns every pupil
    finally:
        session.close()


def test_a_change_by_another_process_is_seen_in_its_row(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pa_desktop.store.care import database_key
    from pa_desktop.store.database import DATABASE_FILE, open_engine

    session, _ = Vaults.for_tests().create(
        tmp_path / "v", "rows passphrase", Profile(user_name="A")
    )
    try:
        session.set_reference_date(date(2026, 11, 27))
        ids = [session.add_pupil(PupilDraft("Janssens", f"K{i}", "1B")).id for i in range(3)]
        sizes = _counting(monkeypatch)
        session.overview(YEAR)
        # another program (the command line) writes through its own engine and connection
        other = open_engine(session.folder / DATABASE_FILE, database_key(session.opened))
        with other.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO absences (pupil_id, day, half, code, recorded_at) "
                "VALUES (?, '2026-10-06', 'VM', 'B', '2026-10-06 08:00:00')",
                (ids[1],),
            )
        other.dispose()
        rows = session.overview(YEAR)
        assert sizes == [3, 1]
        assert [row.figures.b_count for row in rows] == [0, 1, 0]
    finally:
        session.close()


def test_one_pupils_dossier_reads_only_that_pupils_rows(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pa_desktop.services.dossier import load_pupil_year
    from pa_desktop.store import guidance as store_guidance
    from pa_desktop.store import repositories

    session, _ = Vaults.for_tests().create(
        tmp_path / "v", "rows passphrase", Profile(user_name="A")
    )
    try:
        session.set_reference_date(date(2026, 11, 27))
        ids = [session.add_pupil(PupilDraft("Maes", f"K{i}", "3C")).id for i in range(3)]
        session.add_absences(ids[0], AbsenceEntry(date(2026, 10, 5), "B"))
        session.add_absences(ids[1], AbsenceEntry(date(2026, 10, 6), "Z"))
        whole: list[str] = []

        def watch(cls: type, name: str, pupil_arguments: tuple[str, ...]) -> None:
            real = getattr(cls, name)

            def wrapped(self, *args, **kwargs):  # type: ignore[no-untyped-def]
                given = [kwargs.get(a) for a in pupil_arguments] + [
                    a for a in args if isinstance(a, (int, list)) and not isinstance(a, bool)
                ]
                if not any(g is not None for g in given):
                    whole.append(f"{cls.__name__}.{name}")
                return real(self, *args, **kwargs)

            monkeypatch.setattr(cls, name, wrapped)

        watch(repositories.AbsenceRepository, "by_pupil", ("pupil_id", "pupils"))
        watch(repositories.AbsenceRepository, "code_counts", ("pupil_id", "pupils"))
        watch(repositories.AbsenceRepository, "counts_by_year", ("pupil_id", "pupils"))
        watch(store_guidance.ContactCheckRepository, "by_pupil", ("pupil_id", "pupils"))
        watch(repositories.PupilRepository, "all", ("only",))
        watch(store_guidance.MeasureRepository, "by_pupil", ("pupils",))
        watch(store_guidance.TrajectoryRepository, "by_pupil", ("pupil_id", "pupils"))
        watch(store_guidance.FlagRepository, "by_pupil", ("pupils",))
        view = load_pupil_year(session, ids[1], YEAR)
        assert whole == []  # no read of the whole school
        assert view.figures.total == 2 and view.pupil.id == ids[1]
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
