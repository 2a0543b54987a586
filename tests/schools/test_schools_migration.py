"""Migration v7: every existing vault becomes one school holding all its pupils."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import AbsenceEntry, Profile
from pa_desktop.store import vault as vault_module
from pa_desktop.store.keyfile import KdfParameters
from pa_desktop.store.migrations import current_version, migrate
from pa_desktop.store.schools import SchoolRepository
from pa_desktop.store.tables import CarriedBRow, EnrolmentRow, SchoolRow
from pa_desktop.store.vault import create_vault

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault_v1"


def test_the_version_1_vault_becomes_one_school_with_its_pupil(tmp_path: Path) -> None:
    copy = tmp_path / "v1"
    shutil.copytree(FIXTURE, copy)
    session = Vaults.for_tests().unlock(copy, "fixture passphrase v1")
    try:
        [school] = session.schools()
        assert school.pupils == 1
        [pupil] = session.pupils()
        assert pupil.school_id == school.id
        assert school.name == (session.profile().school or "School")
        [row] = session.overview(SchoolYear(2024), date(2024, 9, 30))
        assert row.school == school.name
        assert (row.carried_b, row.b_this_year) == (0, 1)
    finally:
        session.close()


def test_a_version_6_vault_with_a_profile_school_migrates_to_that_school(
    tmp_path: Path, light_kdf: KdfParameters, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vault of the version before schools: its pupils all land in the profile's school."""
    folder = tmp_path / "v6"
    with monkeypatch.context() as patched:
        patched.setattr(vault_module, "migrate", lambda connection: migrate(connection, 6))
        opened, _ = create_vault(folder, "a v6 passphrase here", light_kdf)
    with opened.engine.connect() as connection:
        assert current_version(connection) == 6
    with opened.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES ('school', '\"Sint-Jan Berchmans\"')"
        )
        for name in ("Peeters", "Janssens"):
            connection.exec_driver_sql(
                "INSERT INTO pupils (last_name, first_name, class_name, created_at) "
                "VALUES (?, 'A', '3A', '2025-09-01 08:00:00')",
                (name,),
            )
    opened.close()
    session = Vaults.for_tests().unlock(folder, "a v6 passphrase here")
    try:
        [school] = session.schools()
        assert (school.name, school.pupils) == ("Sint-Jan Berchmans", 2)
        assert {p.school_id for p in session.pupils()} == {school.id}
        # a one-school vault never asks: a pupil added without a school joins it
        added = session.add_pupil(PupilDraft("Nieuw", "Kind", "1A"))
        assert added.school_id == school.id
        session.add_absences(added.id, AbsenceEntry(date(2025, 9, 8), "B"))
    finally:
        session.close()


def test_a_new_vault_names_its_school_after_the_profile(tmp_path: Path) -> None:
    session, _ = Vaults.for_tests().create(
        tmp_path / "new", "a fresh passphrase", Profile(school="Atheneum", user_name="T")
    )
    try:
        assert [s.name for s in session.schools()] == ["Atheneum"]
    finally:
        session.close()


@pytest.mark.parametrize("table", [SchoolRow, EnrolmentRow, CarriedBRow])
def test_school_tables_match_the_migrated_database(
    table: type, tmp_path: Path, light_kdf: KdfParameters
) -> None:
    opened, _ = create_vault(tmp_path / "t", "table test passphrase", light_kdf)
    try:
        with opened.engine.connect() as connection:
            info = connection.exec_driver_sql(f"PRAGMA table_info({table.__tablename__})").all()
        assert SchoolRepository(opened.engine).all()[0].id == 1
    finally:
        opened.close()
    in_database = {(row[1], bool(row[3]) or bool(row[5]), bool(row[5])) for row in info}
    in_model = {
        (column.name, not column.nullable or column.primary_key, column.primary_key)
        for column in table.__table__.columns  # type: ignore[attr-defined]
    }
    assert in_model == in_database


def test_a_vault_that_recorded_version_7_as_a_placeholder_gets_its_schools(
    tmp_path: Path, light_kdf: KdfParameters, monkeypatch: pytest.MonkeyPatch
) -> None:
    """main carried an empty step 7 for a while: vaults made then still get one school."""
    from pa_desktop.store import migrations

    folder = tmp_path / "placeholder"
    with monkeypatch.context() as patched:
        steps = list(migrations.MIGRATIONS)
        steps[6] = lambda execute: None
        patched.setattr(migrations, "MIGRATIONS", steps)
        patched.setattr(migrations, "_has_table", lambda cursor, name: True)
        opened, _ = create_vault(folder, "placeholder passphrase", light_kdf)
    with opened.engine.connect() as connection:
        assert (
            connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'schools'"
            ).scalar_one()
            == 0
        )
    opened.close()
    session = Vaults.for_tests().unlock(folder, "placeholder passphrase")
    try:
        assert [s.name for s in session.schools()] == ["School"]
        added = session.add_pupil(PupilDraft("Nieuw", "Kind", "1A"))
        assert added.school_id == session.schools()[0].id
    finally:
        session.close()
