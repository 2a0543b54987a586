"""Issue 20 through the services: the checklist, the advice and the v8 migration."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pa_desktop.domain.absences import Mark
from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.domain.trajectory import RegistrationReason, Step, StepDetails
from pa_desktop.services import guidance
from pa_desktop.services.access import Vaults
from pa_desktop.services.checklist import load_checklist
from pa_desktop.services.session import AbsenceEntry, Profile, VaultSession
from pa_desktop.store.migrations import LATEST_VERSION

YEAR = SchoolYear(2026)
TODAY = date(2026, 11, 27)
PASSPHRASE = "guideline passphrase"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[VaultSession]:
    opened, _ = Vaults.for_tests().create(
        tmp_path / "v", PASSPHRASE, Profile(school="S", user_name="Mevr. Claes")
    )
    opened.set_reference_date(TODAY)
    yield opened
    opened.close()


def _pupil(session: VaultSession) -> int:
    return session.add_pupil(PupilDraft("Ilunga", "Divine", "3B")).id


def _call(day: date, outcome: Outcome, towards: Towards = Towards.PARENTS) -> MeasureDraft:
    return MeasureDraft(day, towards, Channel.PHONE, Purpose.ASK_REASON, outcome)


# 5. doubtful certificates ---------------------------------------------------------------------
def test_doubtful_certificates_are_counted_shown_and_advised_on(session: VaultSession) -> None:
    pupil = _pupil(session)
    doubtful = frozenset({Mark.DOUBTFUL_CERTIFICATE})
    # one certificate over Mon-Tue (4 half days), one on Thursday morning: two certificates
    session.add_absences(
        pupil, AbsenceEntry(date(2026, 10, 5), "Z", date(2026, 10, 6), marks=doubtful)
    )
    row = session.overview(YEAR, only=[pupil])[0]
    assert row.figures.doubtful_certificates == 1
    assert "doubtful_certificates" not in guidance.advice(session, pupil, YEAR).next_steps
    session.add_absences(pupil, AbsenceEntry(date(2026, 10, 8), "Z", half="VM", marks=doubtful))
    assert session.overview(YEAR, only=[pupil])[0].figures.doubtful_certificates == 2
    advice = guidance.advice(session, pupil, YEAR)
    assert advice.next_steps[-1] == "doubtful_certificates"
    evidence = load_checklist(session, pupil, YEAR).answers["overview.totals"].prefill.evidence
    assert evidence["doubtful_certificates"] == 2


# 3. advice after a police step ----------------------------------------------------------------
def test_after_a_police_step_the_school_informs_the_clb(session: VaultSession) -> None:
    pupil = _pupil(session)
    guidance.add_step(session, pupil, Step.POLICE_UNREACHABLE, date(2026, 11, 20), StepDetails())
    assert guidance.advice(session, pupil, YEAR).next_steps[0] == "school_informs_clb"


def test_signalling_is_no_clb_consultation_but_a_registration_is(session: VaultSession) -> None:
    pupil = _pupil(session)
    guidance.add_step(session, pupil, Step.SIGNALLED_CLB, date(2026, 11, 2), StepDetails())
    assert guidance.facts_for(session, pupil, YEAR).clb_consulted is False
    guidance.add_step(session, pupil, Step.REGISTERED_CLB, date(2026, 11, 9), StepDetails())
    assert guidance.facts_for(session, pupil, YEAR).clb_consulted is True


# 6 and 9. the checklist leaves what the data cannot say unanswered ----------------------------
def test_unreachable_parents_are_a_yes_only_after_the_contact_details_were_checked(
    session: VaultSession,
) -> None:
    pupil = _pupil(session)
    item = "signals.unreachable"
    assert load_checklist(session, pupil, YEAR).answers[item].value is None  # nothing logged
    guidance.add_measure(session, pupil, _call(date(2026, 11, 9), Outcome.NOT_REACHED))
    guidance.add_measure(session, pupil, _call(date(2026, 11, 12), Outcome.NOT_REACHED))
    answer = load_checklist(session, pupil, YEAR).answers[item]
    assert answer.value is None and not answer.answered
    assert answer.prefill is not None and answer.prefill.evidence["checked_since"] is False
    guidance.mark_contact_checked(session, pupil, date(2026, 11, 13))
    answer = load_checklist(session, pupil, YEAR).answers[item]
    assert answer.value is True and answer.from_data
    guidance.add_measure(session, pupil, _call(date(2026, 11, 16), Outcome.REACHED))
    assert load_checklist(session, pupil, YEAR).answers[item].value is False


def test_silent_data_leave_the_actions_and_signals_unanswered(session: VaultSession) -> None:
    pupil = _pupil(session)
    session.add_absences(pupil, AbsenceEntry(date(2026, 11, 16), "B", half="VM"))
    view = load_checklist(session, pupil, YEAR)
    for item in ("actions.pupil", "actions.parents", "signals.uncooperative", "signals.history"):
        assert view.answers[item].value is None, item
        assert not view.answers[item].answered, item
    # the new signal is part of the evidence of the actions
    evidence = view.answers["actions.parents"].prefill.evidence
    assert evidence["no_contact_after_b"] == date(2026, 11, 16)
    assert view.answers["signals.fast"].value is False  # the absences do answer this one


def test_known_problem_of_an_earlier_year_answers_the_history_item(
    session: VaultSession,
) -> None:
    pupil = _pupil(session)
    session.add_absences(pupil, AbsenceEntry(date(2024, 10, 7), "B", date(2024, 10, 9)))
    answer = load_checklist(session, pupil, YEAR).answers["signals.history"]
    assert answer.value is True
    assert answer.prefill.evidence == {"year": "2024-2025", "year_b": 5}


def test_refusing_guidance_fills_its_own_checklist_item(session: VaultSession) -> None:
    pupil = _pupil(session)
    details = StepDetails(registration_reasons=(RegistrationReason.REFUSES_GUIDANCE,))
    guidance.add_step(session, pupil, Step.REGISTERED_CLB, date(2026, 11, 20), details)
    answers = load_checklist(session, pupil, YEAR).answers
    assert answers["reason.refuses"].value is True
    assert answers["reason.no_longer_comes"].value is False


# 2. the v8 migration --------------------------------------------------------------------------
def test_a_registration_from_before_the_split_leaves_refusing_unanswered(tmp_path: Path) -> None:
    vaults = Vaults.for_tests()
    folder = tmp_path / "old"
    session, _ = vaults.create(folder, PASSPHRASE, Profile(user_name="T"))
    pupil = _pupil(session)
    merged = StepDetails(registration_reasons=(RegistrationReason.NO_LONGER_COMES,))
    guidance.add_step(session, pupil, Step.REGISTERED_CLB, date(2026, 11, 20), merged)
    guidance.add_step(session, pupil, Step.SIGNALLED_CLB, date(2026, 11, 2), merged)
    # make it a schema-7 vault: the step as version 7 wrote it, without the new column
    with session.opened.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE trajectory SET details = json_remove(details, '$.reasons_before_split')"
        )
        connection.exec_driver_sql("ALTER TABLE pupils DROP COLUMN contact_checked_on")
        connection.exec_driver_sql("PRAGMA user_version = 7")
    session.close()

    reopened = vaults.unlock(folder, PASSPHRASE)
    try:
        with reopened.opened.engine.connect() as connection:
            version = connection.exec_driver_sql("PRAGMA user_version").scalar_one()
        assert version == LATEST_VERSION
        steps = {e.step: e for e in guidance.trajectory(reopened, pupil)}
        assert steps[Step.REGISTERED_CLB].details.reasons_before_split is True
        assert steps[Step.SIGNALLED_CLB].details.reasons_before_split is False  # not a registration
        answers = load_checklist(reopened, pupil, YEAR).answers
        assert answers["reason.no_longer_comes"].value is True
        assert answers["reason.refuses"].value is None  # unknown, not "no"
        guidance.mark_contact_checked(reopened, pupil, date(2026, 11, 13))  # the new column
        assert guidance.contact_checked_on(reopened, pupil) == date(2026, 11, 13)
    finally:
        reopened.close()


def test_the_referral_counts_doubtful_certificates_only_when_the_user_includes_them(
    session: VaultSession,
) -> None:
    import io

    from pypdf import PdfReader

    from pa_desktop.services.referral import ReferralOptions, build_referral

    pupil = _pupil(session)
    doubtful = frozenset({Mark.DOUBTFUL_CERTIFICATE})
    session.add_absences(pupil, AbsenceEntry(date(2026, 10, 5), "Z", half="VM", marks=doubtful))

    def text(options: ReferralOptions) -> str:
        data = build_referral(session, pupil, YEAR, options).data
        return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)

    assert "Twijfelachtige medische attesten" not in text(ReferralOptions())
    shown = " ".join(text(ReferralOptions(include_doubtful_certificates=True)).split())
    assert "Twijfelachtige medische attesten 1" in shown


def test_the_referral_leaves_what_the_data_cannot_say_unanswered(session: VaultSession) -> None:
    import io

    from pypdf import PdfReader

    from pa_desktop.services.referral import ReferralOptions, build_referral

    pupil = _pupil(session)
    session.add_absences(pupil, AbsenceEntry(date(2026, 11, 16), "B", half="VM"))
    data = build_referral(session, pupil, YEAR, ReferralOptions()).data
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert "Ouders zijn weinig bereid tot samenwerking niet beantwoord" in text
    assert "weinig bereid tot samenwerking nee" not in text
    assert "afwezigheidsproblematiek niet beantwoord" in text


def test_a_transfer_keeps_the_mark_of_a_registration_from_before_the_split() -> None:
    from pa_desktop.domain.transfer_reader import _details, _Reader
    from pa_desktop.domain.transfer_schema import details_json

    old = StepDetails(
        registration_reasons=(RegistrationReason.NO_LONGER_COMES,), reasons_before_split=True
    )
    assert _details(_Reader(details_json(old), "$")) == old
    new = StepDetails(registration_reasons=(RegistrationReason.REFUSES_GUIDANCE,))
    assert "reasons_before_split" not in details_json(new)  # files stay as they were
    assert _details(_Reader(details_json(new), "$")) == new
