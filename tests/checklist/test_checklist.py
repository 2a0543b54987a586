"""The PA checklist: the seed's exact wording, the brief version, pre-filled answers, overrides."""

from __future__ import annotations

import re
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
from pa_desktop.services.checklist import (
    answer_item,
    definition,
    load_checklist,
    reset_item,
    set_clb_note,
    set_clb_plan,
)
from pa_desktop.services.demo import fill_demo_vault
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import AbsenceEntry, Profile, VaultSession

SEED = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "seed"
    / ("leidraad-problematische-afwezigheden.txt")
)
YEAR = SchoolYear(2026)
PASSPHRASE = "checklist passphrase"


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("□", " ").replace("\u00a0", " ")).strip()


def _seed_part(title: str) -> str:
    text = SEED.read_text(encoding="utf-8")
    start = text.index(f"Checklist PA bij aanmelding CLB secundair onderwijs ({title})")
    return _normal(text[start:])


@pytest.mark.skipif(not SEED.exists(), reason="the seed text lies outside the repository")
def test_every_dutch_text_is_the_seeds_own_wording() -> None:
    extended = _seed_part("uitgebreide versie")
    brief = _seed_part("beknopte versie")
    for section in definition().sections:
        source = brief if section.in_brief else extended
        assert _normal(section.title["nl"]) in source, section.id
        for item in section.items:
            assert _normal(item.text["nl"]) in source, item.id
            for option in item.options:
                assert _normal(option.text["nl"]).rstrip(":") in source, (item.id, option.id)


def test_every_text_has_french_and_english() -> None:
    checklist = definition()
    texts = [
        t
        for s in checklist.sections
        for t in (
            s.title,
            *(i.text for i in s.items),
            *(o.text for i in s.items for o in i.options),
        )
    ]
    assert all(t.get("fr") and t.get("en") for t in texts)
    assert all(
        checklist.titles[v].get(lang) for v in ("extended", "brief") for lang in ("nl", "fr", "en")
    )


def test_the_brief_version_hides_exactly_vision_and_internal_follow_up() -> None:
    checklist = definition()
    full = [s.id for s in checklist.sections_for(brief=False)]
    short = [s.id for s in checklist.sections_for(brief=True)]
    assert full == ["vision", "internal", "overview", "actions", "signals", "reason"]
    assert short == ["overview", "actions", "signals", "reason"]


@pytest.fixture
def session(tmp_path: Path) -> Iterator[VaultSession]:
    opened, _ = Vaults.for_tests().create(tmp_path / "v", PASSPHRASE, Profile(user_name="An"))
    opened.set_reference_date(date(2026, 11, 27))
    yield opened
    opened.close()


def test_prefill_follows_the_data_with_its_evidence(session) -> None:
    pupil = session.add_pupil(PupilDraft("Ilunga", "Divine", "3B")).id
    for monday in (date(2026, 10, 5), date(2026, 10, 12), date(2026, 10, 19), date(2026, 11, 16)):
        session.add_absences(pupil, AbsenceEntry(monday, "B", half="VM"))
    session.add_absences(pupil, AbsenceEntry(date(2026, 10, 7), "Z", half="VM"))
    session.add_absences(pupil, AbsenceEntry(date(2026, 10, 8), "D", half="VM"))
    guidance.add_measure(
        session,
        pupil,
        MeasureDraft(
            date(2026, 10, 6),
            Towards.PARENTS,
            Channel.PHONE,
            Purpose.REPORT_ABSENCE,
            Outcome.NOT_REACHED,
        ),
    )
    guidance.add_measure(
        session,
        pupil,
        MeasureDraft(
            date(2026, 10, 9),
            Towards.PARENTS,
            Channel.HOME_VISIT,
            Purpose.ASK_REASON,
            Outcome.REACHED,
            agreements="vader belt bij elke afwezigheid",
        ),
    )
    guidance.add_measure(
        session,
        pupil,
        MeasureDraft(
            date(2026, 10, 13),
            Towards.PUPIL,
            Channel.CONVERSATION,
            Purpose.HELP_QUESTION,
            Outcome.REACHED,
        ),
    )
    guidance.add_step(
        session,
        pupil,
        Step.REGISTERED_CLB,
        date(2026, 11, 2),
        StepDetails(registration_reasons=(RegistrationReason.UNDERLYING_PROBLEM,)),
    )
    view = load_checklist(session, pupil, YEAR)
    a = view.answers
    assert a["overview.totals"].value == {"B": 4, "P": 0, "R": 0, "Z": 2, "other": 0}
    assert a["overview.pattern"].value == "same_moment"
    assert a["overview.pattern"].prefill.evidence["weekday"] == 0
    assert a["actions.parents"].value == ["report", "reason", "agreements"]
    assert a["actions.parents"].prefill.evidence["report"] == [date(2026, 10, 6)]
    assert a["actions.pupil"].value == ["help_question"]
    assert a["reason.underlying"].value is True and a["reason.not_working"].value is False
    # no earlier year in the vault with 5 B says nothing about the pupil's whole past
    assert a["signals.history"].value is None and not a["signals.history"].answered
    assert a["signals.uncooperative"].value is None  # no refusal logged is no "no"
    assert a["vision.clear"].value is None  # nothing in the data answers it
    assert view.readiness == []


def test_readiness_says_what_is_missing(session) -> None:
    pupil = session.add_pupil(PupilDraft("Rusu", "Bianca", "2A")).id
    view = load_checklist(session, pupil, YEAR)
    assert view.readiness == ["no_registration_reason", "no_parent_contact"]


def test_a_help_question_is_asked_for_in_reasons_a_and_b_only(session) -> None:
    pupil = session.add_pupil(PupilDraft("Rusu", "Bianca", "2A")).id
    answer_item(session, pupil, YEAR, "reason.no_longer_comes", True)
    assert load_checklist(session, pupil, YEAR).readiness == ["no_parent_contact"]
    answer_item(session, pupil, YEAR, "reason.not_working", True)
    assert load_checklist(session, pupil, YEAR).readiness == [
        "no_parent_contact",
        "no_help_question",
    ]


def test_an_override_survives_reopening_the_vault(tmp_path: Path) -> None:
    vaults = Vaults.for_tests()
    folder = tmp_path / "v"
    session, _ = vaults.create(folder, PASSPHRASE, Profile(user_name="Mevr. Peeters"))
    fill_demo_vault(session, today=date(2026, 11, 28))
    pupil = session.pupils()[0].id
    answer_item(session, pupil, YEAR, "signals.behaviour", True, "trekt zich terug in de klas")
    answer_item(session, pupil, YEAR, "signals.fast", False, "periode van ziekte, nu voorbij")
    set_clb_note(session, pupil, YEAR, "signals", "Gesprek met leerling gepland.")
    set_clb_plan(session, pupil, YEAR, "short_guidance")
    with pytest.raises(InvalidInputError):
        answer_item(session, pupil, YEAR, "overview.pattern", "sometimes")
    session.close()

    reopened = vaults.unlock(folder, PASSPHRASE)
    try:
        view = load_checklist(reopened, pupil, YEAR)
        behaviour = view.answers["signals.behaviour"]
        assert behaviour.value is True and behaviour.override is not None
        assert (behaviour.override.author, behaviour.override.why) == (
            "Mevr. Peeters",
            "trekt zich terug in de klas",
        )
        assert view.answers["signals.fast"].value is False
        assert view.clb_notes == {"signals": "Gesprek met leerling gepland."}
        assert view.clb_plan == "short_guidance"
        reset_item(reopened, pupil, YEAR, "signals.fast")
        assert load_checklist(reopened, pupil, YEAR).answers["signals.fast"].override is None
    finally:
        reopened.close()


def test_prefill_matches_the_demo_pupils(tmp_path: Path) -> None:
    session, _ = Vaults.for_tests().create(tmp_path / "v", PASSPHRASE, Profile(user_name="D"))
    try:
        fill_demo_vault(session, today=date(2026, 11, 28))
        for row in session.overview(YEAR):
            a = load_checklist(session, row.pupil.id, YEAR).answers
            totals = a["overview.totals"].value
            assert totals["B"] == row.figures.b_count
            assert sum(totals.values()) == row.figures.total
            pattern = row.figures.pattern.value if row.figures.pattern else None
            assert (
                a["overview.pattern"].value if a["overview.pattern"].prefill else None
            ) == pattern
            assert a["signals.fast"].value == ("fast_accumulation" in row.signal_ids)
            facts = {s.id: s.facts for s in row.signals}
            unreachable = facts.get("parents_unreachable")
            if unreachable is not None:  # yes only with certainty about the contact details
                certain = unreachable["manual"] or unreachable["checked_since"]
                assert a["signals.unreachable"].value is (True if certain else None)
            else:
                assert a["signals.unreachable"].value is not True
            history = facts.get("known_problem", {})
            assert a["signals.history"].value is (True if history.get("year") else None)
    finally:
        session.close()
