"""Refused input: a typed error with problem ids, and nothing written to the vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import InvalidInputError, NotFoundError
from pa_desktop.services.session import AbsenceEntry, Profile, VaultSession

D = date.fromisoformat


@pytest.fixture
def session(vaults: Vaults, vault_folder: Path) -> Iterator[VaultSession]:
    opened, _ = vaults.create(vault_folder, "input test passphrase", Profile(user_name="Tester"))
    yield opened
    opened.close()


@pytest.fixture
def pupil(session: VaultSession) -> int:
    pupil_id = session.add_pupil(PupilDraft("Peeters", "Lotte", "1A")).id
    session.add_absences(pupil_id, AbsenceEntry(D("2025-09-08"), "Z"))
    return pupil_id


def _state(session: VaultSession) -> tuple[dict[str, int], list[object], list[object]]:
    return (
        session.counts(),
        session.pupils(),
        [session.absences(p.id, SchoolYear(2025)) for p in session.pupils()],
    )


@pytest.mark.parametrize(
    ("draft", "problems"),
    [
        (PupilDraft("", "Lotte", "1A"), ["last_name_empty"]),
        (PupilDraft("Peeters", "   ", "1A"), ["first_name_empty"]),
        (PupilDraft(" ", "", ""), ["last_name_empty", "first_name_empty", "class_empty"]),
        (
            PupilDraft("Peeters", "Lotte", "1A", birth_date=date.today() + timedelta(days=1)),
            ["birth_date_future"],
        ),
        (
            PupilDraft(
                "Peeters",
                "Lotte",
                "1A",
                enrolled_from=D("2026-01-05"),
                enrolled_until=D("2025-12-19"),
            ),
            ["enrolment_reversed"],
        ),
    ],
)
def test_invalid_pupil_is_refused_and_nothing_is_written(
    session: VaultSession, pupil: int, draft: PupilDraft, problems: list[str]
) -> None:
    before = _state(session)
    with pytest.raises(InvalidInputError) as refused:
        session.add_pupil(draft)
    assert refused.value.problems == problems
    with pytest.raises(InvalidInputError):
        session.update_pupil(pupil, draft)
    with pytest.raises(InvalidInputError):
        session.bulk_add_pupils([PupilDraft("Goed", "Kind", "1A"), draft])
    assert _state(session) == before


@pytest.mark.parametrize(
    ("entry", "problems"),
    [
        (AbsenceEntry(D("2025-09-09"), "X"), ["unknown_code"]),
        (AbsenceEntry(D("2025-09-09"), ""), ["unknown_code"]),
        # the whole herfstvakantie 2025
        (AbsenceEntry(D("2025-10-27"), "B", D("2025-10-31")), ["no_lesson_half_day"]),
        (AbsenceEntry(D("2025-09-06"), "B", D("2025-09-07")), ["no_lesson_half_day"]),  # weekend
        (AbsenceEntry(D("2025-11-11"), "B"), ["no_lesson_half_day"]),  # wapenstilstand
        (AbsenceEntry(D("2025-09-10"), "B", half="NM"), ["no_lesson_half_day"]),  # Wed afternoon
        (AbsenceEntry(D("2025-09-12"), "B", D("2025-09-09")), ["range_reversed"]),
        (AbsenceEntry(D("2026-06-29"), "B", D("2026-09-02")), ["range_spans_years"]),
        (AbsenceEntry(D("2025-09-09"), "B", half="evening"), ["unknown_half_day"]),
    ],
)
def test_invalid_absence_is_refused_and_nothing_is_written(
    session: VaultSession, pupil: int, entry: AbsenceEntry, problems: list[str]
) -> None:
    before = _state(session)
    with pytest.raises(InvalidInputError) as refused:
        session.add_absences(pupil, entry)
    assert refused.value.problems == problems
    assert _state(session) == before


def test_absence_for_an_unknown_pupil_is_refused_and_nothing_is_written(
    session: VaultSession, pupil: int
) -> None:
    before = _state(session)
    with pytest.raises(NotFoundError) as missing:
        session.add_absences(pupil + 100, AbsenceEntry(D("2025-09-09"), "B"))
    assert (missing.value.kind, missing.value.ident) == ("pupil", pupil + 100)
    with pytest.raises(NotFoundError):
        session.pupil(pupil + 100)
    assert _state(session) == before


def test_a_range_over_a_holiday_registers_only_the_lesson_half_days(
    session: VaultSession, pupil: int
) -> None:
    # Friday 24/10 to Monday 3/11/2025: the herfstvakantie and two weekends are skipped.
    slots = session.add_absences(pupil, AbsenceEntry(D("2025-10-24"), "Z", D("2025-11-03")))
    assert [d for d, _ in slots] == [D("2025-10-24")] * 2 + [D("2025-11-03")] * 2


def test_a_half_day_over_a_range_takes_only_that_half(session: VaultSession, pupil: int) -> None:
    slots = session.add_absences(
        pupil, AbsenceEntry(D("2025-09-15"), "B", D("2025-09-19"), half="NM")
    )
    # Monday-Friday afternoons, without Wednesday afternoon
    assert [d.isoformat() for d, _ in slots] == [
        "2025-09-15",
        "2025-09-16",
        "2025-09-18",
        "2025-09-19",
    ]
