"""A vault with the sample pupils and the absences the samples conflict with or repeat."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pa_desktop.domain.absences import Absence
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import Profile, VaultSession
from tests.importing.samples import EXISTING, PUPILS

PASSPHRASE = "import test passphrase"


def make_vault(folder: Path) -> VaultSession:
    session, _code = Vaults.for_tests().create(folder, PASSPHRASE, Profile(user_name="An Peeters"))
    session.set_reference_date(date(2026, 1, 15))
    ids = session.bulk_add_pupils(PUPILS)
    assert ids == [1, 2, 3]
    session.bulk_add_absences(
        [(pupil, Absence(day, HalfDay(half), code)) for pupil, day, half, code in EXISTING]
    )
    return session


@pytest.fixture
def session(tmp_path: Path) -> Iterator[VaultSession]:
    opened = make_vault(tmp_path / "vault")
    yield opened
    opened.close()


def dump(session: VaultSession) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in rowid order: "the same vault" means the same dump."""
    engine = session.repository(lambda engine: engine)
    with engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).scalars()
        return {
            name: [tuple(row) for row in connection.exec_driver_sql(f"SELECT * FROM {name}")]
            for name in list(tables)
        }


def absences(session: VaultSession) -> dict[tuple[int, str, str], tuple[str, str]]:
    """(pupil, day, half) -> (code, source) of every absence in the vault."""
    engine = session.repository(lambda engine: engine)
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT pupil_id, day, half, code, source FROM absences")
        return {(p, d, h): (c, s) for p, d, h, c, s in rows}
