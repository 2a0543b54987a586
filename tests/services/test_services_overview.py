"""The overview of a small vault, counted by hand, through the services a front end uses."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pa_desktop.domain.absences import Mark
from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.figures import Pattern
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import AbsenceEntry, Profile, VaultSession

D = date.fromisoformat
PASSPHRASE = "services test passphrase"
YEAR = SchoolYear(2025)
REFERENCE = D("2025-10-24")  # the Friday before the herfstvakantie


@pytest.fixture
def session(vaults: Vaults, vault_folder: Path) -> Iterator[VaultSession]:
    opened, _ = vaults.create(
        vault_folder, PASSPHRASE, Profile(school="Sint-X", user_name="Tester")
    )
    yield opened
    opened.close()


@pytest.fixture
def small_vault(session: VaultSession) -> dict[str, int]:
    """Three pupils; their absences are counted by hand in the tests."""
    lotte = session.add_pupil(PupilDraft("Peeters", "Lotte", "1A")).id
    wout = session.add_pupil(PupilDraft("Janssens", "Wout", "1A")).id
    noor = session.add_pupil(PupilDraft("Claes", "Noor", "2B")).id
    # Lotte: Mon 8/9 - Wed 10/9 B (Mon VM NM, Tue VM NM, Wed VM: Wednesday afternoon is free)
    assert (
        len(session.add_absences(lotte, AbsenceEntry(D("2025-09-08"), "B", D("2025-09-10")))) == 5
    )
    # Thu 11/9 - Fri 12/9 Z: 4 half days
    assert (
        len(session.add_absences(lotte, AbsenceEntry(D("2025-09-11"), "Z", D("2025-09-12")))) == 4
    )
    # Thu 2/10 morning: late (not an absence); Fri 3/10 afternoon: bereavement, typed lower case
    session.add_absences(lotte, AbsenceEntry(D("2025-10-02"), "L", half="VM"))
    session.add_absences(lotte, AbsenceEntry(D("2025-10-03"), "q", half="NM"))
    # Noor: 5 B in the previous school year (Mon 10/3/2025 - Wed 12/3/2025, after the krokus)
    assert len(session.add_absences(noor, AbsenceEntry(D("2025-03-10"), "B", D("2025-03-12")))) == 5
    return {"lotte": lotte, "wout": wout, "noor": noor}


def _rows(session: VaultSession, reference: date | None = REFERENCE) -> dict[int, object]:
    return {row.pupil.id: row for row in session.overview(YEAR, reference)}


def test_overview_totals_match_a_hand_count(
    session: VaultSession, small_vault: dict[str, int]
) -> None:
    rows = _rows(session)
    lotte = rows[small_vault["lotte"]].figures
    assert lotte.totals == {
        CodeGroup.B: 5,
        CodeGroup.P: 1,
        CodeGroup.R: 0,
        CodeGroup.Z: 4,
        CodeGroup.OTHER: 0,
        CodeGroup.UNKNOWN: 0,
    }
    assert lotte.total == 10
    assert lotte.b_fifth_date == D("2025-09-10")
    assert lotte.last_6_weeks == 1  # 13/9 - 24/10 holds only the P of 3/10
    assert lotte.lesson_half_days == 72  # 8 full weeks of 9 half days
    assert lotte.absence_rate == pytest.approx(10 / 72)
    # all 10 fall within 6 weeks, but so do 45 of her 72 lesson half days: early in the year
    # that is no concentration (DOMAIN.md)
    assert lotte.pattern is Pattern.SPREAD
    # the last B (10/9) is weeks old and nobody contacted her or her parents (rule 1)
    assert rows[small_vault["lotte"]].signal_ids == [
        "clb_signal_due",
        "early_year_b",
        "no_contact_after_b",
    ]

    wout = rows[small_vault["wout"]]
    assert (wout.figures.total, wout.figures.pattern, wout.signal_ids) == (0, None, [])

    noor = rows[small_vault["noor"]]
    assert noor.figures.total == 0
    assert noor.previous_b == 5
    assert noor.signal_ids == ["known_problem"]


def test_overview_json_of_a_pupil(session: VaultSession, small_vault: dict[str, int]) -> None:
    row = _rows(session)[small_vault["lotte"]]
    data = row.as_json()
    assert data["totals"] == {"B": 5, "P": 1, "R": 0, "Z": 4, "other": 0, "unknown": 0}
    assert (data["total"], data["b_fifth_date"], data["last_6_weeks"]) == (10, "2025-09-10", 1)
    assert data["absence_rate"] == round(10 / 72, 4)
    assert data["pattern"] == "spread"
    assert data["signal_facts"]["clb_signal_due"] == {"b": 5, "fifth": "2025-09-10"}


def test_a_new_code_on_the_same_half_day_replaces_the_old_one(
    session: VaultSession, small_vault: dict[str, int]
) -> None:
    lotte = small_vault["lotte"]
    # the reason of Monday 8/9 became known: personal reasons with the head's consent
    assert len(session.add_absences(lotte, AbsenceEntry(D("2025-09-08"), "P"))) == 2
    figures = _rows(session)[lotte].figures
    assert (figures.totals[CodeGroup.B], figures.totals[CodeGroup.P], figures.total) == (3, 3, 10)
    assert figures.b_fifth_date is None
    assert "clb_signal_due" not in _rows(session)[lotte].signal_ids


def test_removing_absences_lowers_the_count(
    session: VaultSession, small_vault: dict[str, int]
) -> None:
    lotte = small_vault["lotte"]
    assert session.remove_absences(lotte, [(D("2025-09-10"), HalfDay.VM)]) == 1
    assert _rows(session)[lotte].figures.b_count == 4


def test_marks_reach_the_signals(session: VaultSession) -> None:
    pupil = session.add_pupil(PupilDraft("Dubois", "Camille", "3A")).id
    session.add_absences(
        pupil,
        AbsenceEntry(D("2025-09-29"), "B", D("2025-10-01"), marks=frozenset({Mark.LUXEVERZUIM})),
    )
    row = _rows(session)[pupil]
    assert row.figures.b_count == 5
    assert "early_year_b" not in row.signal_ids
    assert "clb_signal_due" in row.signal_ids


def test_overview_uses_the_pinned_reference_date(
    session: VaultSession, small_vault: dict[str, int]
) -> None:
    session.set_reference_date(D("2025-09-10"))
    assert session.today() == D("2025-09-10")
    lotte = _rows(session, reference=None)[small_vault["lotte"]].figures
    assert lotte.total == 5  # only the B codes up to Wednesday 10/9
    session.set_reference_date(None)
    assert session.today() == date.today()


def test_overview_survives_closing_and_reopening(
    vaults: Vaults, vault_folder: Path, session: VaultSession, small_vault: dict[str, int]
) -> None:
    before = {i: r.as_json() for i, r in _rows(session).items()}
    session.close()
    reopened = vaults.unlock(vault_folder, PASSPHRASE)
    try:
        assert {i: r.as_json() for i, r in _rows(reopened).items()} == before
        assert reopened.profile() == Profile(school="Sint-X", user_name="Tester")
        assert reopened.check() == []
        assert reopened.counts() == {"pupils": 3, "absences": 16}
    finally:
        reopened.close()


def test_calendar_settings_change_which_half_days_can_be_registered(
    vaults: Vaults, vault_folder: Path, session: VaultSession
) -> None:
    pupil = session.add_pupil(PupilDraft("Wouters", "Seppe", "4C")).id
    session.save_calendar_settings(False, [(D("2025-10-01"), "pedagogische studiedag")])
    # lessons on Wednesday afternoon now: a whole Wednesday is two half days
    assert session.add_absences(pupil, AbsenceEntry(D("2025-09-10"), "Z")) == [
        (D("2025-09-10"), HalfDay.VM),
        (D("2025-09-10"), HalfDay.NM),
    ]
    session.close()
    reopened = vaults.unlock(vault_folder, PASSPHRASE)
    try:
        calendar = reopened.calendar(YEAR)
        assert not calendar.settings.wednesday_afternoon_free
        assert any(f.name == "pedagogische studiedag" for f in calendar.free_days)
        with pytest.raises(InvalidInputError) as refused:
            reopened.add_absences(pupil, AbsenceEntry(D("2025-10-01"), "Z"))
        assert refused.value.problems == ["no_lesson_half_day"]
    finally:
        reopened.close()
