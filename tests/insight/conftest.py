"""The small school of school.py in a real (light-KDF) vault, for the service and window tests."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.domain.trajectory import Step, StepDetails
from pa_desktop.services import guidance
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import Profile, VaultSession
from tests.insight.school import ABSENCES, PREVIOUS_ABSENCES, PUPILS, YEAR_END, D

PASSPHRASE = "insight test passphrase"


@pytest.fixture
def school(tmp_path: Path) -> Iterator[tuple[VaultSession, dict[int, int]]]:
    """(session, {school.py id: vault id}); "today" is the last day of 2025-2026."""
    session, _code = Vaults.for_tests().create(
        tmp_path / "vault", PASSPHRASE, Profile(school="Sint-Test", user_name="Tester")
    )
    session.set_reference_date(YEAR_END)
    drafts = [
        PupilDraft(last, first, class_name, enrolled_from=arrived)
        for last, first, class_name, _state, arrived in PUPILS.values()
    ]
    ids = dict(zip(PUPILS, session.bulk_add_pupils(drafts), strict=True))
    session.bulk_add_absences(
        [
            (ids[pupil], absence)
            for table in (ABSENCES, PREVIOUS_ABSENCES)
            for pupil, absences in table.items()
            for absence in absences
        ]
    )
    guidance.add_step(session, ids[1], Step.SIGNALLED_CLB, D("2025-11-25"), StepDetails())
    guidance.add_step(session, ids[4], Step.SCHOOL_FOLLOW_UP, D("2026-03-05"), StepDetails())
    guidance.set_flag(session, ids[4], "known_problem", "home context")
    yield session, ids
    session.close()
