"""Overview rows kept in the vault (schema 11) are exactly the rows a computation gives.

A wrong count harms a real pupil, so the kept rows are checked against the reference, the
computation of services/overview.py (`compute_overview`), on generated vaults with what makes
figures differ: several schools with their own free days and codes, enrolments with an arrival
or a leaving, B half days carried in, marks, measures, trajectory steps, flags and a checked
contact, earlier school years. And a kept row is never handed out once anything it depends on
changed, whichever session or process made the change.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pa_desktop.domain.absences import Absence, DeferredAbsences, Mark
from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.domain.schools import Enrolment, SchoolFreeDay
from pa_desktop.domain.trajectory import Step, StepDetails
from pa_desktop.services import guidance
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.overview import OverviewRow
from pa_desktop.services.session import AbsenceEntry, Profile, VaultSession
from pa_desktop.store.overview_rows import KeptRow, OverviewRowStore, ViewKey
from pa_desktop.store.schools import SchoolRepository

YEAR = SchoolYear(2025)
PASSPHRASE = "kept rows passphrase"
CODES = ["B", "B", "B", "Z", "Z", "R", "P", "D", "M", "-"]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many pupils each computation covered (none: every row came from the vault)."""
    from pa_desktop.services import overview_reads

    sizes: list[int] = []
    real = overview_reads.compute_overview

    def counted(**arguments):  # type: ignore[no-untyped-def]
        sizes.append(len(arguments["pupils"]))
        return real(**arguments)

    monkeypatch.setattr(overview_reads, "compute_overview", counted)
    return sizes


@contextmanager
def _unlocked(folder: Path) -> Iterator[VaultSession]:
    session = Vaults.for_tests().unlock(folder, PASSPHRASE)
    try:
        yield session
    finally:
        session.close()


def _lessons(session: VaultSession, year: SchoolYear, school: int) -> list[tuple[date, HalfDay]]:
    return list(session.calendar(year, school).lesson_half_days())


def _fill(session: VaultSession, rng: random.Random) -> date:
    """A vault of 1-3 schools and a handful of pupils each, drawn from `rng`; the reference."""
    schools = [session.default_school_id()]
    for index in range(rng.randint(0, 2)):
        schools.append(session.add_school(f"School {index + 2}").id)
    for school in schools:
        if rng.random() < 0.6:
            first = YEAR.first_date + timedelta(days=rng.randint(10, 200))
            span = SchoolFreeDay(first, first + timedelta(days=rng.randint(0, 3)))
            session.add_school_free_day(school, span)
        if rng.random() < 0.5:
            session.add_school_code(school, "XK", rng.choice(["B", "Z", "R"]), "own")
    reference = YEAR.first_date + timedelta(days=rng.randint(20, 320))
    session.set_reference_date(reference)
    carried = session.repository(SchoolRepository)
    for index in range(rng.randint(1, 7)):
        home = rng.choice(schools)
        pupil = session.add_pupil(
            PupilDraft("Peeters", f"K{index}", f"{rng.randint(1, 6)}A", school_id=home)
        ).id
        arrival = leaving = None
        if rng.random() < 0.4:
            arrival = YEAR.first_date + timedelta(days=rng.randint(0, 150))
        if rng.random() < 0.3:
            leaving = YEAR.first_date + timedelta(days=rng.randint(160, 300))
        if arrival or leaving or rng.random() < 0.3:
            session.enrol(Enrolment(pupil, home, YEAR.start_year, "3B", arrival, leaving))
        if rng.random() < 0.3:
            other = rng.choice(schools)
            session.enrol(Enrolment(pupil, other, YEAR.start_year - 1, "2B"))
        if rng.random() < 0.3:
            carried.set_carried(pupil, YEAR.start_year, rng.randint(1, 12), "Other school")
        if rng.random() < 0.2:
            carried.set_carried(pupil, YEAR.start_year - 1, rng.randint(1, 40), "Earlier")
        _absences(session, rng, pupil, home)
        _guidance(session, rng, pupil, reference)
    return reference


def _absences(session: VaultSession, rng: random.Random, pupil: int, school: int) -> None:
    rows: list[tuple[int, Absence]] = []
    for year in (YEAR.previous(), YEAR):
        lessons = _lessons(session, year, school)
        start = rng.randrange(len(lessons))
        for _ in range(rng.choice([0, 2, 6, 20, 60])):
            if rng.random() < 0.5:  # in runs, as illness comes; else anywhere in the year
                start = min(start + 1, len(lessons) - 1)
            else:
                start = rng.randrange(len(lessons))
            day, half = lessons[start]
            code = rng.choice(CODES)
            marks: frozenset[Mark] = frozenset()
            if code == "Z" and rng.random() < 0.3:
                marks = frozenset(
                    {rng.choice([Mark.MEDICAL_CERTIFICATE, Mark.DOUBTFUL_CERTIFICATE])}
                )
            if code == "B" and rng.random() < 0.2:
                marks = frozenset({Mark.LUXEVERZUIM})
            rows.append((pupil, Absence(day, half, code, marks, rng.choice(["manual", "import"]))))
    session.bulk_add_absences(list({(p, a.day, a.half): (p, a) for p, a in rows}.values()))
    for _ in range(rng.randint(0, 3)):  # the school's own code, through the checked entry
        day, half = rng.choice(_lessons(session, YEAR, school))
        with suppress(InvalidInputError):  # no such code at this school, or not enrolled then
            session.add_absences(pupil, AbsenceEntry(day, "XK", half=half.value))


def _guidance(session: VaultSession, rng: random.Random, pupil: int, reference: date) -> None:
    for _ in range(rng.randint(0, 4)):
        day = reference - timedelta(days=rng.randint(0, 90))
        draft = MeasureDraft(
            day,
            rng.choice(list(Towards)),
            Channel.PHONE,
            Purpose.ASK_REASON,
            rng.choice(list(Outcome)),
            follow_up=day + timedelta(days=rng.randint(1, 30)) if rng.random() < 0.5 else None,
        )
        guidance.add_measure(session, pupil, draft)
    for step in (Step.SIGNALLED_CLB, Step.CLB_CLOSED):
        if rng.random() < 0.3:
            day = reference - timedelta(days=rng.randint(0, 60))
            guidance.add_step(session, pupil, step, day, StepDetails())
    for flag in ("parents_unreachable", "known_problem"):
        if rng.random() < 0.2:
            guidance.set_flag(session, pupil, flag, "zie dossier")
    if rng.random() < 0.3:
        guidance.mark_contact_checked(session, pupil, reference - timedelta(days=5))


def _same(kept: list[OverviewRow], computed: list[OverviewRow]) -> None:
    assert kept == computed
    for a, b in zip(kept, computed, strict=True):
        assert a.as_json() == b.as_json()
        assert tuple(a.figures.absent) == tuple(b.figures.absent)
        assert a.figures.busiest_slot == b.figures.busiest_slot
        assert a.figures.busiest_window == b.figures.busiest_window


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.integers(0, 2**32 - 1))
def test_kept_rows_are_the_rows_the_computation_gives(
    seed: int, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path_factory.mktemp("kept") / "v"
    rng = random.Random(seed)
    session, _ = Vaults.for_tests().create(folder, PASSPHRASE, Profile(user_name="A"))
    try:
        reference = _fill(session, rng)
        schools = [s.id for s in session.schools()]
        views: list[tuple[int | None, int | None]] = [(None, None)] + [(None, s) for s in schools]
        views.append((rng.choice([p.id for p in session.pupils()]), None))
        computed = {
            (one, school): session.overview(
                YEAR, only=None if one is None else [one], school=school
            )
            for one, school in views
        }
    finally:
        session.close()
    sizes = _counting(monkeypatch)
    with _unlocked(folder) as fresh:  # a new process: nothing in memory
        for (one, school), rows in computed.items():
            only = None if one is None else [one]
            _same(fresh.overview(YEAR, only=only, school=school), rows)
    assert sizes == []  # every row came from the vault, none was computed
    assert reference  # the pinned day the views were computed for


def test_a_kept_row_reads_its_absences_only_when_asked(tmp_path: Path) -> None:
    session, _ = Vaults.for_tests().create(tmp_path / "v", PASSPHRASE, Profile(user_name="A"))
    try:
        session.set_reference_date(date(2025, 11, 27))
        pupil = session.add_pupil(PupilDraft("Peeters", "Lotte", "2A")).id
        session.add_absences(pupil, AbsenceEntry(date(2025, 10, 6), "B", date(2025, 10, 8)))
        computed = session.overview(YEAR)[0]
        session.forget_overview()
        kept = session.overview(YEAR)[0]
    finally:
        session.close()
    assert isinstance(kept.figures.absent, DeferredAbsences)
    assert kept.figures.absent._items is None  # not decoded until read
    assert kept.figures.absent[0] == computed.figures.absent[0]
    assert list(reversed(kept.figures.absent)) == list(reversed(computed.figures.absent))
    assert (
        kept == computed and kept.figures.total == len(kept.figures.absent) == 5
    )  # Wednesday afternoon free


def test_a_change_in_another_session_is_computed_not_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "v"
    session, _ = Vaults.for_tests().create(folder, PASSPHRASE, Profile(user_name="A"))
    try:
        session.set_reference_date(date(2025, 11, 27))
        ids = [session.add_pupil(PupilDraft("Peeters", f"K{i}", "2A")).id for i in range(4)]
        session.overview(YEAR)  # computed and kept
    finally:
        session.close()
    with _unlocked(folder) as other:  # another process changes one pupil and the settings
        other.add_absences(ids[1], AbsenceEntry(date(2025, 10, 6), "B"))
    sizes = _counting(monkeypatch)
    with _unlocked(folder) as fresh:
        rows = fresh.overview(YEAR)
        assert sizes == [1]  # only the changed pupil
        assert rows[1].figures.b_count == 2
        fresh.update_pupil(ids[2], PupilDraft("Peeters", "K2", "5C"))
        fresh.forget_overview()
        assert fresh.overview(YEAR)[2].pupil.class_name == "5C"
        assert sizes == [1, 1]
        fresh.save_calendar_settings(True, [])  # a setting: every row computed again
        fresh.forget_overview()
        fresh.overview(YEAR)
        assert sizes == [1, 1, 4]


def test_a_purged_pupil_leaves_no_kept_row(tmp_path: Path) -> None:
    session, _ = Vaults.for_tests().create(tmp_path / "v", PASSPHRASE, Profile(user_name="A"))
    try:
        session.set_reference_date(date(2025, 11, 27))
        pupil = session.add_pupil(PupilDraft("Peeters", "Lotte", "2A")).id
        session.add_pupil(PupilDraft("Janssens", "Omar", "2A"))
        session.overview(YEAR)
        store = session.repository(OverviewRowStore)
        assert store.count() == 2
        with session._vault.engine.begin() as connection:  # the retention purge deletes so
            connection.exec_driver_sql("DELETE FROM pupils WHERE id = ?", (pupil,))
        assert store.count() == 1
    finally:
        session.close()


def test_only_the_latest_reference_date_is_kept(tmp_path: Path) -> None:
    session, _ = Vaults.for_tests().create(tmp_path / "v", PASSPHRASE, Profile(user_name="A"))
    try:
        session.add_pupil(PupilDraft("Peeters", "Lotte", "2A"))
        store = session.repository(OverviewRowStore)
        for day in (date(2025, 11, 26), date(2025, 11, 27), date(2025, 11, 28)):
            session.overview(YEAR, day)
        assert store.count() == 1
        session.overview(YEAR.previous(), date(2025, 6, 30))
        assert store.count() == 2  # one per school year
    finally:
        session.close()


def test_a_change_removes_the_rows_it_made_stale_in_its_own_transaction(tmp_path: Path) -> None:
    """No copy of a corrected or deleted absence stays behind in the kept rows."""
    session, _ = Vaults.for_tests().create(tmp_path / "v", PASSPHRASE, Profile(user_name="A"))
    try:
        session.set_reference_date(date(2025, 11, 27))
        ids = [session.add_pupil(PupilDraft("Peeters", f"K{i}", "2A")).id for i in range(3)]
        session.add_absences(ids[0], AbsenceEntry(date(2025, 10, 6), "B"))
        session.overview(YEAR)
        store = session.repository(OverviewRowStore)
        assert store.count() == 3
        session.remove_absences(ids[0], [(date(2025, 10, 6), HalfDay.VM)])
        assert store.count() == 2  # the changed pupil's row went with the change
        assert ids[0] not in store.read(ViewKey(YEAR.start_year, date(2025, 11, 27)))
        session.save_calendar_settings(True, [])  # a setting: every row is stale
        assert store.count() == 0
    finally:
        session.close()


def test_a_row_computed_before_a_change_is_not_stored_after_it(tmp_path: Path) -> None:
    session, _ = Vaults.for_tests().create(tmp_path / "v", PASSPHRASE, Profile(user_name="A"))
    try:
        pupil = session.add_pupil(PupilDraft("Peeters", "Lotte", "2A")).id
        view = ViewKey(YEAR.start_year, date(2025, 11, 27))
        late = KeptRow(pupil, 0, 0, "program", "print", "{}", "[]")  # revisions from before
        session.add_absences(pupil, AbsenceEntry(date(2025, 10, 6), "B"))
        store = session.repository(OverviewRowStore)
        assert store.keep(view, [late])
        assert store.count() == 0
    finally:
        session.close()


def test_a_setting_the_overview_never_reads_keeps_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The daily backup writes the moment of the last backup: no reason to compute a school."""
    from pa_desktop.services import care

    session, _ = Vaults.for_tests().create(tmp_path / "v", PASSPHRASE, Profile(user_name="A"))
    try:
        session.set_reference_date(date(2025, 11, 27))
        for index in range(3):
            session.add_pupil(PupilDraft("Peeters", f"K{index}", "2A"))
        session.overview(YEAR)
        sizes = _counting(monkeypatch)
        store = session.repository(OverviewRowStore)
        care.save_setting(session, "backup_last", "2025-11-27T10:00:00")
        care.save_setting(session, "lock_minutes", 7)
        session.forget_overview()
        session.overview(YEAR)
        assert sizes == [] and store.count() == 3
        care.save_setting(session, "wednesday_afternoon_free", False)  # one the calendar reads
        assert store.count() == 0
        session.overview(YEAR)
        assert sizes == [3]
    finally:
        session.close()
