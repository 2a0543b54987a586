"""The measure log and the trajectory drive the signals and the advice, as the guideline says."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.domain.trajectory import RegistrationReason, Step, StepDetails
from pa_desktop.services import guidance
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import AbsenceEntry, Profile, VaultSession

YEAR = SchoolYear(2026)
TODAY = date(2026, 11, 27)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[VaultSession]:
    opened, _ = Vaults.for_tests().create(
        tmp_path / "v", "guidance passphrase", Profile(school="S", user_name="Mevr. Claes")
    )
    opened.set_reference_date(TODAY)
    yield opened
    opened.close()


def _pupil(session: VaultSession, b_days: list[date]) -> int:
    pupil = session.add_pupil(PupilDraft("El Amrani", "Yassine", "3B"))
    for day in b_days:
        session.add_absences(pupil.id, AbsenceEntry(day, "B", half="day"))
    return pupil.id


def _call(day: date, outcome: Outcome, towards: Towards = Towards.PARENTS, **kw) -> MeasureDraft:
    return MeasureDraft(day, towards, Channel.PHONE, Purpose.ASK_REASON, outcome, **kw)


def _signals(session: VaultSession, pupil_id: int) -> list[str]:
    return session.overview(YEAR, only=[pupil_id])[0].signal_ids


def test_parents_unreachable_comes_from_the_log_and_goes_when_reached(session) -> None:
    pupil = _pupil(session, [date(2026, 9, 14)])
    guidance.add_measure(session, pupil, _call(date(2026, 9, 15), Outcome.NOT_REACHED))
    assert "parents_unreachable" not in _signals(session, pupil)  # one attempt is not enough
    guidance.add_measure(session, pupil, _call(date(2026, 9, 16), Outcome.NOT_REACHED))
    guidance.add_measure(session, pupil, _call(date(2026, 9, 16), Outcome.REACHED, Towards.PUPIL))
    assert "parents_unreachable" in _signals(session, pupil)  # the pupil is not the parents
    guidance.add_measure(session, pupil, _call(date(2026, 9, 18), Outcome.REFUSED))
    assert "parents_unreachable" not in _signals(session, pupil)  # refusing is contact


def test_the_manual_flag_needs_a_reason(session) -> None:
    pupil = _pupil(session, [])
    with pytest.raises(InvalidInputError):
        guidance.set_flag(session, pupil, "known_problem", "  ")
    guidance.set_flag(session, pupil, "known_problem", "rouw in het gezin")
    assert "known_problem" in _signals(session, pupil)
    guidance.clear_flag(session, pupil, "known_problem")
    assert "known_problem" not in _signals(session, pupil)


def test_signalling_clears_the_duty_for_that_school_year_only(session) -> None:
    days = [date(2026, 10, d) for d in (5, 6, 7)]  # Mon, Tue, Wed (no lessons Wed afternoon)
    pupil = _pupil(session, days)
    assert "clb_signal_due" in _signals(session, pupil)  # 5 B half days
    guidance.add_step(session, pupil, Step.SIGNALLED_CLB, date(2026, 10, 8), StepDetails())
    row = session.overview(YEAR, only=[pupil])[0]
    assert "clb_signal_due" not in row.signal_ids
    assert row.state == "signalled_clb"
    guidance.add_step(session, pupil, Step.SIGNALLED_CLB, date(2025, 10, 8), StepDetails())
    assert "clb_signal_due" not in _signals(session, pupil)


def test_registration_warns_without_parent_contact_and_reason(session) -> None:
    pupil = _pupil(session, [date(2026, 10, 5)])
    details = StepDetails(registration_reasons=(RegistrationReason.NOT_WORKING,))
    warned = guidance.step_warnings(session, pupil, Step.REGISTERED_CLB, StepDetails(), YEAR)
    assert warned == ["no_parent_contact_before_registration", "registration_reason_missing"]
    guidance.add_measure(session, pupil, _call(date(2026, 10, 6), Outcome.REACHED))
    # reason a: the school words a help question with the pupil first (rule 5)
    warned = guidance.step_warnings(session, pupil, Step.REGISTERED_CLB, details, YEAR)
    assert warned == ["help_question_missing"]
    help_question = MeasureDraft(
        date(2026, 10, 7),
        Towards.PUPIL,
        Channel.CONVERSATION,
        Purpose.HELP_QUESTION,
        Outcome.REACHED,
    )
    guidance.add_measure(session, pupil, help_question)
    assert guidance.step_warnings(session, pupil, Step.REGISTERED_CLB, details, YEAR) == []


def test_police_asks_for_clb_consultation_and_never_for_powerlessness(session) -> None:
    pupil = _pupil(session, [])
    warned = guidance.step_warnings(session, pupil, Step.POLICE_UNWILLINGNESS, StepDetails(), YEAR)
    assert "police_without_clb" in warned and "police_not_for_powerlessness" in warned
    consult = MeasureDraft(
        date(2026, 10, 1),
        Towards.PARTNER,
        Channel.CONVERSATION,
        Purpose.CLB_CONSULTATION,
        Outcome.REACHED,
    )
    guidance.add_measure(session, pupil, consult)
    warned = guidance.step_warnings(session, pupil, Step.POLICE_UNWILLINGNESS, StepDetails(), YEAR)
    assert "police_without_clb" not in warned


def test_new_absences_after_closure_raise_relapse(session) -> None:
    pupil = _pupil(session, [date(2026, 9, 21)])
    closing = StepDetails(follow_up_agreement="maandelijks overleg zorgleerkracht-CLB")
    assert guidance.step_warnings(session, pupil, Step.CLB_CLOSED, StepDetails(), YEAR) == [
        "closing_without_agreement"
    ]
    guidance.add_step(session, pupil, Step.CLB_CLOSED, date(2026, 10, 1), closing)
    assert "relapse_after_closure" not in _signals(session, pupil)
    session.add_absences(pupil, AbsenceEntry(date(2026, 11, 16), "Z", half="VM"))
    assert "relapse_after_closure" in _signals(session, pupil)
    assert guidance.advice(session, pupil, YEAR).next_steps[0] == "follow_up_agreement"


def test_editing_and_deleting_keep_the_history(session) -> None:
    pupil = _pupil(session, [])
    measure = guidance.add_measure(session, pupil, _call(date(2026, 11, 2), Outcome.NOT_REACHED))
    guidance.update_measure(session, measure.id, _call(date(2026, 11, 2), Outcome.REACHED))
    guidance.delete_measure(session, measure.id)
    history = guidance.measure_history(session, measure.id)
    assert [v.version for v in history] == [1, 2, 3]
    assert history[0].draft is not None and history[0].draft.outcome is Outcome.NOT_REACHED
    assert history[1].draft is not None and history[1].draft.outcome is Outcome.REACHED
    assert history[2].draft is None  # the deletion itself
    assert all(v.author == "Mevr. Claes" for v in history)
    assert guidance.measures(session, pupil) == []
    restored = guidance.add_measure(session, pupil, history[1].draft, measure_id=measure.id)
    assert restored.id == measure.id


def test_follow_ups_become_a_to_do_list(session) -> None:
    first = _pupil(session, [])
    second = session.add_pupil(PupilDraft("Kowalski", "Łukasz", "2A")).id
    guidance.add_measure(
        session, first, _call(date(2026, 11, 2), Outcome.REACHED, follow_up=date(2026, 11, 20))
    )
    guidance.add_measure(
        session, second, _call(date(2026, 11, 3), Outcome.REACHED, follow_up=date(2026, 12, 4))
    )
    due = guidance.follow_ups(session, until=TODAY)
    assert [(f.pupil.id, f.due, f.overdue) for f in due] == [(first, date(2026, 11, 20), True)]
    assert len(guidance.follow_ups(session)) == 2
    guidance.add_measure(session, first, _call(date(2026, 11, 23), Outcome.REACHED))
    assert [f.pupil.id for f in guidance.follow_ups(session)] == [second]  # done by a later one
    assert session.overview(YEAR, only=[second])[0].next_follow_up == date(2026, 12, 4)


def test_school_change_sets_the_attention_flag(session) -> None:
    pupil = _pupil(session, [])
    guidance.add_step(
        session,
        pupil,
        Step.SCHOOL_CHANGE,
        date(2026, 11, 20),
        StepDetails(partner="Atheneum Anderlecht"),
    )
    row = session.overview(YEAR, only=[pupil])[0]
    assert row.attention and row.as_json()["attention"] is True
    assert row.as_json()["state"] == "school_change"


def test_a_sanction_for_repeated_b_codes_is_warned_against(session) -> None:
    pupil = _pupil(session, [date(2026, 10, 5)])  # two B half days
    sanction = MeasureDraft(
        date(2026, 10, 6), Towards.PUPIL, Channel.CONVERSATION, Purpose.SANCTION, Outcome.REACHED
    )
    assert guidance.warns_against_sanction(session, pupil, sanction)
    other = _pupil(session, [])
    assert not guidance.warns_against_sanction(session, other, sanction)


def test_future_dates_are_refused(session) -> None:
    pupil = _pupil(session, [])
    with pytest.raises(InvalidInputError):
        guidance.add_measure(session, pupil, _call(date(2026, 12, 1), Outcome.REACHED))
    with pytest.raises(InvalidInputError):
        guidance.add_step(session, pupil, Step.KANS, date(2026, 12, 1), StepDetails())


def test_a_restored_measure_continues_its_version_count(session) -> None:
    pupil = _pupil(session, [])
    measure = guidance.add_measure(session, pupil, _call(date(2026, 11, 2), Outcome.REACHED))
    guidance.delete_measure(session, measure.id)  # history: v1 content, v2 deletion
    restored = guidance.add_measure(session, pupil, measure.draft, measure_id=measure.id)
    assert restored.version == 3
    guidance.update_measure(session, measure.id, _call(date(2026, 11, 2), Outcome.REFUSED))
    assert [v.version for v in guidance.measure_history(session, measure.id)] == [1, 2, 3]
