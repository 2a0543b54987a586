"""Schema versions: an old vault opens and migrates, a newer one is refused, tables match the DDL."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import VaultTooNewError
from pa_desktop.store import tables  # noqa: F401  (registers every row class)
from pa_desktop.store.database import open_engine
from pa_desktop.store.keyfile import KdfParameters
from pa_desktop.store.migrations import LATEST_VERSION, NewerVaultError, current_version
from pa_desktop.store.repositories import AbsenceRepository, PupilRepository
from pa_desktop.store.vault import OpenVault, create_vault, open_with_passphrase

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault_v1"
FIXTURE_PASSPHRASE = "fixture passphrase v1"
PASSPHRASE = "migration test passphrase"


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    """A copy of the checked-in version-1 vault (opening migrates, so never open the original)."""
    assert sorted(p.name for p in FIXTURE.iterdir()) == ["vault.db", "vault.keys"]
    copy = tmp_path / "vault_v1"
    shutil.copytree(FIXTURE, copy)
    return copy


def _user_version(folder: Path, passphrase: str) -> int:
    """Read user_version without migrating (opens the engine directly with the unwrapped key)."""
    from pa_desktop.store.keyfile import KeyFile

    key = KeyFile.load(folder / "vault.keys").unwrap("passphrase", passphrase)
    engine = open_engine(folder / "vault.db", key)
    try:
        with engine.connect() as connection:
            return current_version(connection)
    finally:
        engine.dispose()


def test_the_fixture_is_a_version_1_vault(v1_copy: Path) -> None:
    assert LATEST_VERSION > 1
    assert _user_version(v1_copy, FIXTURE_PASSPHRASE) == 1


def test_a_version_1_vault_opens_migrated_with_its_pupil(v1_copy: Path) -> None:
    original = _digest(FIXTURE)
    opened = open_with_passphrase(v1_copy, FIXTURE_PASSPHRASE)
    try:
        with opened.engine.connect() as connection:
            assert current_version(connection) == LATEST_VERSION
        [pupil] = PupilRepository(opened.engine).all()
        assert (pupil.last_name, pupil.first_name, pupil.class_name) == ("Versteven", "Ine", "2B")
        assert pupil.birth_date == date(2012, 3, 4)
        assert pupil.school_number == "240001"
        assert (pupil.enrolled_from, pupil.enrolled_until) == (None, None)
        [absence] = AbsenceRepository(opened.engine).for_pupil(
            pupil.id, date(2024, 9, 1), date(2025, 6, 30)
        )
        assert (absence.day, absence.half.value, absence.code) == (date(2024, 9, 16), "VM", "B")
        # the new columns are usable
        added = PupilRepository(opened.engine).add(
            PupilDraft("Nieuw", "Kind", "1A", enrolled_from=date(2025, 1, 6))
        )
        assert PupilRepository(opened.engine).get(added.id).enrolled_from == date(2025, 1, 6)
    finally:
        opened.close()
    assert _user_version(v1_copy, FIXTURE_PASSPHRASE) == LATEST_VERSION
    assert _digest(FIXTURE) == original  # the checked-in fixture is untouched


def test_a_version_1_vault_shows_in_the_overview_after_migration(v1_copy: Path) -> None:
    from pa_desktop.domain.calendar import SchoolYear

    session = Vaults.for_tests().unlock(v1_copy, FIXTURE_PASSPHRASE)
    try:
        [row] = session.overview(SchoolYear(2024), date(2024, 9, 30))
        assert row.figures.b_count == 1
        assert "early_year_b" in row.signal_ids
        assert session.profile().user_name == "fixture"
    finally:
        session.close()


def _set_user_version(opened: OpenVault, version: int) -> None:
    with opened.engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA user_version = {version}")
        connection.commit()


def test_a_vault_from_a_newer_version_is_refused_and_left_as_it_is(
    vault_folder: Path, light_kdf: KdfParameters
) -> None:
    opened, _ = create_vault(vault_folder, PASSPHRASE, light_kdf)
    _set_user_version(opened, LATEST_VERSION + 1)
    opened.close()

    with pytest.raises(NewerVaultError):
        open_with_passphrase(vault_folder, PASSPHRASE)
    with pytest.raises(VaultTooNewError):
        Vaults.for_tests().unlock(vault_folder, PASSPHRASE)
    assert _user_version(vault_folder, PASSPHRASE) == LATEST_VERSION + 1


@pytest.mark.parametrize("table", sorted(SQLModel.metadata.tables))
def test_sqlmodel_tables_match_the_migrated_database(
    table: str, vault_folder: Path, light_kdf: KdfParameters
) -> None:
    """Every row class of store/tables.py, those the repositories use and those that only
    describe a table read through SQL, says what the migrations made."""
    opened, _ = create_vault(vault_folder, PASSPHRASE, light_kdf)
    try:
        with opened.engine.connect() as connection:
            info = connection.exec_driver_sql(f"PRAGMA table_info({table})").all()
    finally:
        opened.close()
    # (name, not null, primary key); SQLite reports INTEGER PRIMARY KEY as nullable
    in_database = {(row[1], bool(row[3]) or bool(row[5]), bool(row[5])) for row in info}
    in_model = {
        (column.name, not column.nullable or column.primary_key, column.primary_key)
        for column in SQLModel.metadata.tables[table].columns
    }
    assert in_model == in_database


def test_every_table_of_the_vault_has_its_row_class(
    vault_folder: Path, light_kdf: KdfParameters
) -> None:
    opened, _ = create_vault(vault_folder, PASSPHRASE, light_kdf)
    try:
        with opened.engine.connect() as connection:
            names = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).all()
    finally:
        opened.close()
    assert {name for (name,) in names} == set(SQLModel.metadata.tables)
