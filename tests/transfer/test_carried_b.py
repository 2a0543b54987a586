"""Rule 10: B codes follow the pupil. Carried-in B half days count for the receiving school's
signals, the arrival date starts the enrolment, a hand-over to the school's own CLB is not a
school change, and the same file imported twice changes nothing whatever the pupil's fields."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from pa_desktop.domain.insight import aggregate
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.domain.transfer_schema import Receiver
from pa_desktop.services import checklist, guidance
from pa_desktop.services.dossier import load_pupil_year
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.insight import load_insight
from pa_desktop.services.referral import ReferralOptions, build_referral
from pa_desktop.services.session import AbsenceEntry, VaultSession
from tests.transfer.conftest import LAST_YEAR, YEAR
from tests.transfer.test_round_trip import receive, send


def _b_days(session: VaultSession, pupil_id: int, first: date, half_days: int) -> None:
    """`half_days` B half days on consecutive lesson days from `first` (whole days)."""
    day, left = first, half_days
    while left > 0:
        if session.calendar(YEAR if day >= YEAR.first_date else LAST_YEAR).is_lesson_day(day):
            half = "day" if left >= 2 else "VM"
            if day.weekday() == 2:
                half = "VM"
            session.add_absences(pupil_id, AbsenceEntry(day, "B", half=half))
            left -= 1 if half == "VM" else 2
        day += timedelta(days=1)


def test_carried_b_fire_the_signal_duty_and_the_enrolment_starts_on_arrival(
    sender: VaultSession, new_school: VaultSession, tmp_path: Path
) -> None:
    pupil = sender.add_pupil(PupilDraft("Maes", "Lina", "3B", birth_date=date(2012, 1, 9))).id
    _b_days(sender, pupil, date(2026, 9, 14), 8)
    sent = send(sender, pupil, Receiver.SCHOOL, tmp_path)
    result = receive(new_school, sent.path, arrival=date(2026, 11, 16))
    arrived = result.pupil_id
    assert arrived is not None
    [row] = new_school.overview(YEAR, only=[arrived])
    assert (row.figures.b_count, row.carried_b, row.b_this_year) == (0, 8, 8)
    assert "clb_signal_due" in row.signal_ids
    facts = row.as_json()["signal_facts"]["clb_signal_due"]
    assert (facts["b"], facts["carried_b"]) == (8, 8)
    # the rate counts from the arrival date, not from 1 September
    whole_year = new_school.calendar(YEAR).count_lesson_half_days(end=date(2026, 11, 27))
    from_arrival = new_school.calendar(YEAR).count_lesson_half_days(
        date(2026, 11, 16), date(2026, 11, 27)
    )
    assert row.figures.lesson_half_days == from_arrival < whole_year
    # the dossier's timeline greys the days before the arrival
    assert load_pupil_year(new_school, arrived, YEAR).enrolment == (date(2026, 11, 16), None)
    # the AGODI bands of the insight count them too
    source = load_insight(new_school, YEAR, compare_previous=False)
    [everyone] = [row for row in aggregate(source.current).bands if row.class_name == ""]
    assert everyone.cells["b5"].members == {arrived: 8}
    with pytest.raises(InvalidInputError) as refused:
        new_school.add_absences(arrived, AbsenceEntry(date(2026, 11, 9), "B"))
    assert refused.value.problems == ["outside_enrolment"]
    new_school.add_absences(arrived, AbsenceEntry(date(2026, 11, 17), "Z"))


def test_carried_years_fire_allowance_lost_and_known_problem(
    sender: VaultSession, new_school: VaultSession, tmp_path: Path
) -> None:
    pupil = sender.add_pupil(PupilDraft("Claes", "Jonas", "4A", birth_date=date(2011, 2, 3))).id
    _b_days(sender, pupil, date(2025, 9, 8), 30)
    _b_days(sender, pupil, date(2026, 9, 7), 35)
    sent = send(sender, pupil, Receiver.SCHOOL, tmp_path, (YEAR, LAST_YEAR))
    arrived = receive(new_school, sent.path, arrival=date(2026, 11, 16)).pupil_id
    assert arrived is not None
    assert new_school.carried_b(arrived) == {2025: 30, 2026: 35}
    [row] = new_school.overview(YEAR, only=[arrived])
    assert row.previous_b == 30 and row.b_this_year == 35
    assert {"allowance_lost", "known_problem", "clb_signal_due"} <= set(row.signal_ids)
    # shown apart in the dossier's figures and the checklist's evidence; the checklist knows
    # of the earlier problem year although the vault holds none of its dates
    assert load_pupil_year(new_school, arrived, YEAR).carried_b == 35
    sheet = checklist.load_checklist(new_school, arrived, YEAR)
    totals = sheet.answers["overview.totals"].prefill
    assert totals is not None and totals.evidence["carried_b"] == 35
    history = sheet.answers["signals.history"].prefill
    assert history is not None and history.value is True
    assert history.evidence == {"year": "2025-2026", "year_b": 30}
    document = build_referral(new_school, arrived, YEAR, ReferralOptions(brief=True))
    reader = PdfReader(io.BytesIO(document.data))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "B-halve dagen in de vorige school (dit schooljaar) 35" in text


def test_the_same_file_twice_changes_nothing_even_without_birth_date_or_number(
    sender: VaultSession, new_school: VaultSession, tmp_path: Path
) -> None:
    pupil = sender.add_pupil(PupilDraft("Dubois", "Emma", "2C")).id
    _b_days(sender, pupil, date(2026, 9, 7), 6)
    sent = send(sender, pupil, Receiver.SCHOOL, tmp_path)
    first = receive(new_school, sent.path)
    # the receiving school corrects the name meanwhile: still the same pupil
    new_school.update_pupil(first.pupil_id, PupilDraft("Dubois-Martin", "Emma", "2C"))  # type: ignore[arg-type]
    before = new_school.counts(), guidance.trajectory(new_school, first.pupil_id)  # type: ignore[arg-type]
    again = receive(new_school, sent.path)
    assert again.pupil_id == first.pupil_id
    assert again.match.by == "earlier_import"
    assert again.plan.writes == 0
    assert (new_school.counts(), guidance.trajectory(new_school, first.pupil_id)) == before  # type: ignore[arg-type]
    assert len(new_school.pupils()) == 1
    assert new_school.carried_b(first.pupil_id) == {2026: 6}  # type: ignore[arg-type]


def test_a_school_to_clb_handover_is_recorded_as_signalled_not_as_a_school_change(
    sender: VaultSession, pupil: int, clb_worker: VaultSession, tmp_path: Path
) -> None:
    sent = send(sender, pupil, Receiver.CLB, tmp_path)
    result = receive(clb_worker, sent.path)
    arrived = result.pupil_id
    assert arrived is not None
    steps = [s.step.value for s in guidance.trajectory(clb_worker, arrived)]
    assert "school_change" not in steps
    assert not result.plan.school_change_added
    [row] = clb_worker.overview(YEAR, only=[arrived])
    assert row.school == "Sint-Guido-Instituut"
    assert not row.attention
    assert row.carried_b == 0 and row.figures.b_count == 8  # dated B are not counted twice
    names = [s.name for s in clb_worker.schools()]
    assert "Sint-Guido-Instituut" in names
