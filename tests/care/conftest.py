"""A vault of a school with one pupil who left long ago (past the retention term) and one who
is still enrolled; the vault's today is pinned."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services import guidance
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import AbsenceEntry, Profile, VaultSession

PASSPHRASE = "care test passphrase"
TODAY = date(2026, 11, 28)
GONE_LAST, GONE_FIRST = "Ŷılmazqx", "Zoëtrude"
GONE_NOTE = "Gesprek met moeder Xanthippe-Quorn over de schoolmoeheid"


@pytest.fixture
def care_vault(tmp_path: Path, vaults: Vaults) -> Iterator[tuple[VaultSession, str, int, int]]:
    """(session, recovery code, id of the pupil who left in 2023, id of a current pupil)."""
    session, code = vaults.create(
        tmp_path / "vault", PASSPHRASE, Profile(school="Sint-Guido", user_name="An")
    )
    session.set_reference_date(TODAY)
    gone = session.add_pupil(
        PupilDraft(GONE_LAST, GONE_FIRST, "4C", enrolled_until=date(2023, 3, 10))
    )
    session.add_absences(gone.id, AbsenceEntry(date(2022, 11, 7), "B", last_day=date(2022, 11, 10)))
    guidance.add_measure(
        session,
        gone.id,
        MeasureDraft(
            date(2022, 11, 14),
            Towards.PARENTS,
            Channel.PHONE,
            Purpose.ASK_REASON,
            Outcome.REACHED,
            note=GONE_NOTE,
        ),
    )
    current = session.add_pupil(PupilDraft("Peeters", "Lotte", "1A"))
    session.add_absences(current.id, AbsenceEntry(date(2026, 10, 5), "Z"))
    yield session, code, gone.id, current.id
    session.close()
