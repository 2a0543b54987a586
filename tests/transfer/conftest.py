"""Two (or three) real vaults: a sending school with a full dossier, a new school, a CLB worker."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.domain.trajectory import RegistrationReason, Step, StepDetails
from pa_desktop.services import checklist, guidance
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import AbsenceEntry, Profile, VaultSession
from pa_desktop.services.transfer_file import TransferKdf

YEAR = SchoolYear(2026)
LAST_YEAR = SchoolYear(2025)
TODAY = date(2026, 11, 27)
TRANSFER_PASSPHRASE = "paarse olifant op dinsdag"
FAST_KDF = TransferKdf(memory_kib=8 * 1024, iterations=1, lanes=1)
B_DAYS = [date(2026, 9, 14), date(2026, 9, 15), date(2026, 10, 5), date(2026, 10, 6)]
Z_DAYS = [date(2026, 11, 16), date(2026, 11, 17)]
SECRET_NOTES = ("Moeder belt zelf terug", "thuis spanningen", "CLB-notitie", "Politiezone Zuid")


def _vault(tmp_path: Path, name: str, profile: Profile) -> VaultSession:
    session, _code = Vaults.for_tests().create(tmp_path / name, "vault passphrase 1", profile)
    session.set_reference_date(TODAY)
    return session


@pytest.fixture
def sender(tmp_path: Path) -> Iterator[VaultSession]:
    session = _vault(
        tmp_path, "sender", Profile("Sint-Guido-Instituut", "CLB GO! Brussel", "Mevr. Peeters")
    )
    yield session
    session.close()


@pytest.fixture
def new_school(tmp_path: Path) -> Iterator[VaultSession]:
    session = _vault(
        tmp_path, "school", Profile("Atheneum Brussel", "CLB GO! Brussel", "Dhr. Janssens")
    )
    yield session
    session.close()


@pytest.fixture
def clb_worker(tmp_path: Path) -> Iterator[VaultSession]:
    session = _vault(tmp_path, "clb", Profile("", "CLB VGC Brussel", "Mevr. Dubois", "clb"))
    yield session
    session.close()


def measure(day: date, outcome: Outcome, **extra: object) -> MeasureDraft:
    return MeasureDraft(
        day,
        Towards.PARENTS,
        Channel.PHONE,
        Purpose.ASK_REASON,
        outcome,
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def pupil(sender: VaultSession) -> int:
    """Ayşe Yılmaz: 8 B half days (2 days each in September and October), Z in November, a B
    last year; measures with notes, an edited one with history; steps incl. a KANS referral; a
    checklist answer, a CLB note and plan; a hand-set flag with a note."""
    pupil_id = sender.add_pupil(
        PupilDraft("Yılmaz", "Ayşe", "3B", birth_date=date(2012, 5, 14), school_number="4711")
    ).id
    for day in B_DAYS:
        sender.add_absences(pupil_id, AbsenceEntry(day, "B"))
    for day in Z_DAYS:
        sender.add_absences(pupil_id, AbsenceEntry(day, "Z", half="VM"))
    sender.add_absences(pupil_id, AbsenceEntry(date(2026, 3, 9), "B", half="VM"))
    guidance.add_measure(sender, pupil_id, measure(date(2026, 9, 14), Outcome.NOT_REACHED))
    guidance.add_measure(sender, pupil_id, measure(date(2026, 9, 14), Outcome.NOT_REACHED))
    edited = guidance.add_measure(
        sender,
        pupil_id,
        measure(date(2026, 10, 6), Outcome.REACHED, agreements="Moeder belt zelf terug"),
    )
    guidance.update_measure(
        sender,
        edited.id,
        measure(
            date(2026, 10, 6),
            Outcome.REACHED,
            agreements="Moeder belt zelf terug",
            note="thuis spanningen",
        ),
    )
    guidance.add_step(
        sender, pupil_id, Step.SCHOOL_FOLLOW_UP, date(2026, 9, 15), StepDetails("start")
    )
    guidance.add_step(
        sender,
        pupil_id,
        Step.REGISTERED_CLB,
        date(2026, 10, 8),
        StepDetails(registration_reasons=(RegistrationReason.NOT_WORKING,)),
    )
    guidance.add_step(
        sender,
        pupil_id,
        Step.POLICE_UNWILLINGNESS,
        date(2026, 11, 2),
        StepDetails(partner="Politiezone Zuid", clb_consulted=True),
    )
    checklist.answer_item(sender, pupil_id, YEAR, "vision.clear", True, "schoolreglement besproken")
    checklist.set_clb_note(sender, pupil_id, YEAR, "signals", "CLB-notitie over het gezin")
    checklist.set_clb_plan(sender, pupil_id, YEAR, "short_guidance")
    guidance.set_flag(sender, pupil_id, "known_problem", "thuis spanningen")
    return pupil_id
