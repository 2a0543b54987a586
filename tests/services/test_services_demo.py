"""The demo vault: every signal that needs no measures or trajectory shows up, and its figures
agree with a count made here independently of the domain code."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.codes import CodeGroup
from pa_desktop.services.access import Vaults
from pa_desktop.services.demo import fill_demo_vault, generate
from pa_desktop.services.overview import OverviewRow
from pa_desktop.services.session import Profile, VaultSession

D = date.fromisoformat
TODAY = D("2026-11-28")
YEAR = SchoolYear(2026)

DATA_SIGNALS = [
    "clb_signal_due",
    "early_year_b",
    "fast_accumulation",
    "same_moment",
    "unknown_code",
    "sick_note_limit",
    "known_problem",
    "allowance_at_risk",
    "allowance_lost",
]
# The demo profile meant to show each signal (services/demo.py PROFILES).
PROFILE_SIGNAL = {
    "early_b": "early_year_b",
    "signal_due": "clb_signal_due",
    "fast": "fast_accumulation",
    "same_moment": "same_moment",
    "unknown": "unknown_code",
    "sick_note_many": "sick_note_limit",
    "sick_note_long": "sick_note_limit",
    "known_problem": "known_problem",
    "allowance_risk": "allowance_at_risk",
    "allowance_lost": "allowance_lost",
}

# Counted on paper for 2026-2027 up to Saturday 28/11/2026, without the domain code:
# herfstvakantie 2-8/11/2026 (1/11 is a Sunday), wapenstilstand Wednesday 11/11.
HERFST_2026 = (D("2026-11-02"), D("2026-11-08"))
FREE_2026 = {D("2026-11-11")}
GROUP_BY_HAND = {
    "B": "B",
    "Z": "Z",
    "D": "Z",
    "R": "R",
    "C": "R",
    "J": "R",
    "T": "R",
    "U": "R",
    "Y": "R",
    "P": "P",
    "Q": "P",
    "O": "P",
    "H": "other",
    "M": "other",
    "-": "unknown",
}  # L and A are no absent half days


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[VaultSession, date]]:
    folder: Path = tmp_path_factory.mktemp("demo") / "vault"
    session, _ = Vaults.for_tests().create(
        folder, "demo vault passphrase", Profile(user_name="Demo")
    )
    reference = fill_demo_vault(session, today=TODAY)
    yield session, reference
    session.close()


@pytest.fixture(scope="module")
def rows(demo: tuple[VaultSession, date]) -> list[OverviewRow]:
    session, _ = demo
    return session.overview(YEAR)


@pytest.fixture(scope="module")
def profile_of(rows: list[OverviewRow]) -> dict[int, str]:
    by_name = {(p.draft.last_name, p.draft.first_name): p.profile for p in generate(40, TODAY)}
    return {row.pupil.id: by_name[(row.pupil.last_name, row.pupil.first_name)] for row in rows}


def test_demo_uses_the_given_day_as_reference(demo: tuple[VaultSession, date], rows) -> None:
    session, reference = demo
    assert reference == TODAY
    assert session.today() == TODAY
    assert len(rows) == 40
    assert session.check() == []


@pytest.mark.parametrize("signal_id", DATA_SIGNALS)
def test_demo_shows_every_signal_the_data_can_raise(
    signal_id: str, rows: list[OverviewRow]
) -> None:
    assert any(signal_id in row.signal_ids for row in rows)


@pytest.mark.parametrize("profile", sorted(PROFILE_SIGNAL))
def test_each_demo_profile_fires_its_signal(
    profile: str, rows: list[OverviewRow], profile_of: dict[int, str]
) -> None:
    [row] = [r for r in rows if profile_of[r.pupil.id] == profile]
    assert PROFILE_SIGNAL[profile] in row.signal_ids


def test_demo_luxeverzuim_and_certificate_pupils_stay_quiet(
    rows: list[OverviewRow], profile_of: dict[int, str]
) -> None:
    by_profile = {profile_of[r.pupil.id]: r for r in rows}
    lux = by_profile["luxeverzuim"]
    assert lux.figures.b_count > 0
    assert "early_year_b" not in lux.signal_ids
    certificate = by_profile["certificate"]
    assert certificate.figures.totals[CodeGroup.Z] >= 8  # 5 days under a medical certificate
    assert "sick_note_limit" not in certificate.signal_ids


def _lesson_half_day(day: date, half: str) -> bool:
    return (
        D("2026-09-01") <= day <= TODAY
        and day.weekday() < 5
        and not HERFST_2026[0] <= day <= HERFST_2026[1]
        and day not in FREE_2026
        and not (day.weekday() == 2 and half == "NM")
    )


def test_demo_lesson_half_days_counted_by_hand(rows: list[OverviewRow]) -> None:
    # Tue 1/9 - Fri 4/9: 7; 8 weeks of 9 up to 30/10: 72; herfst; week of 9/11 without
    # Wednesday 11/11 (morning only): 8; weeks of 16/11 and 23/11: 18.  Total 105.
    assert {row.figures.lesson_half_days for row in rows} == {105}


@pytest.mark.parametrize("profile", ["signal_due", "same_moment", "allowance_risk"])
def test_demo_pupil_totals_counted_independently(
    profile: str,
    demo: tuple[VaultSession, date],
    rows: list[OverviewRow],
    profile_of: dict[int, str],
) -> None:
    session, _ = demo
    [row] = [r for r in rows if profile_of[r.pupil.id] == profile]
    stored = session.absences(row.pupil.id, YEAR)
    counted = [
        a
        for a in sorted(stored, key=lambda a: (a.day, a.half.value != "VM"))
        if a.code in GROUP_BY_HAND and _lesson_half_day(a.day, a.half.value)
    ]
    totals = {group: 0 for group in ("B", "P", "R", "Z", "other", "unknown")}
    for absence in counted:
        totals[GROUP_BY_HAND[absence.code]] += 1
    b_days = [a.day for a in counted if a.code == "B"]
    window_start = TODAY - timedelta(days=41)

    data = row.as_json()
    assert data["totals"] == totals
    assert data["total"] == len(counted) > 0
    assert data["b_fifth_date"] == (b_days[4].isoformat() if len(b_days) >= 5 else None)
    assert data["last_6_weeks"] == sum(1 for a in counted if a.day >= window_start)
    assert data["absence_rate"] == round(len(counted) / 105, 4)


# 2025-2026 as worked out in DOMAIN.md, for the previous-year counts.
HOLIDAYS_2025 = [
    (D("2025-10-27"), D("2025-11-02")),
    (D("2025-12-22"), D("2026-01-04")),
    (D("2026-02-16"), D("2026-02-22")),
    (D("2026-04-06"), D("2026-04-19")),
]
FREE_2025 = {D(d) for d in ("2025-11-11", "2026-05-01", "2026-05-14", "2026-05-15", "2026-05-25")}


def _lesson_half_day_2025(day: date, half: str) -> bool:
    return (
        D("2025-09-01") <= day <= D("2026-06-30")
        and day.weekday() < 5
        and not any(first <= day <= last for first, last in HOLIDAYS_2025)
        and day not in FREE_2025
        and not (day.weekday() == 2 and half == "NM")
    )


@pytest.mark.parametrize("profile", ["allowance_risk", "allowance_lost", "known_problem"])
def test_demo_previous_year_b_counted_independently(
    profile: str,
    demo: tuple[VaultSession, date],
    rows: list[OverviewRow],
    profile_of: dict[int, str],
) -> None:
    session, _ = demo
    [row] = [r for r in rows if profile_of[r.pupil.id] == profile]
    previous = session.absences(row.pupil.id, SchoolYear(2025))
    b = sum(1 for a in previous if a.code == "B" and _lesson_half_day_2025(a.day, a.half.value))
    assert row.previous_b == b
    assert b >= (30 if profile.startswith("allowance") else 5)
