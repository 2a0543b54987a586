"""The encrypted vault on disk: real SQLCipher files, key file, passphrase and recovery code."""

from __future__ import annotations

import json
import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from pa_desktop.domain.absences import Absence, Mark
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.store.database import WrongKeyError, open_engine
from pa_desktop.store.keyfile import KdfParameters, KeyFileError, normalise_recovery_code
from pa_desktop.store.repositories import AbsenceRepository, PupilRepository
from pa_desktop.store.vault import (
    OpenVault,
    VaultExistsError,
    VaultMissingError,
    WrongSecretError,
    create_vault,
    open_with_passphrase,
    open_with_recovery_code,
    vault_files,
)

PASSPHRASE = "correct horse battery staple"
SCHOOL_YEAR = (date(2025, 9, 1), date(2026, 6, 30))


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file of the folder: content, modification time and mode."""
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode)
        for p in sorted(folder.iterdir())
    }


def add_ayse(opened: OpenVault) -> int:
    pupil = PupilRepository(opened.engine).add(PupilDraft("Yılmaz", "Ayşe", "3B"))
    AbsenceRepository(opened.engine).upsert(
        pupil.id, [Absence(date(2025, 9, 8), HalfDay.VM, "B", frozenset({Mark.LUXEVERZUIM}))]
    )
    return pupil.id


def names_in(opened: OpenVault) -> list[tuple[str, str]]:
    return [(p.last_name, p.first_name) for p in PupilRepository(opened.engine).all()]


@pytest.fixture
def closed_vault(vault_folder: Path, light_kdf: KdfParameters) -> tuple[Path, str]:
    """A vault holding Ayşe Yılmaz and one absence, closed; returns (folder, recovery code)."""
    opened, code = create_vault(vault_folder, PASSPHRASE, light_kdf)
    add_ayse(opened)
    opened.close()
    return vault_folder, code


def test_create_then_open_with_passphrase_keeps_the_data(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    opened = open_with_passphrase(folder, PASSPHRASE)
    try:
        assert names_in(opened) == [("Yılmaz", "Ayşe")]
        pupil_id = PupilRepository(opened.engine).all()[0].id
        [absence] = AbsenceRepository(opened.engine).for_pupil(pupil_id, *SCHOOL_YEAR)
        assert (absence.day, absence.half, absence.code) == (date(2025, 9, 8), HalfDay.VM, "B")
        assert absence.marks == {Mark.LUXEVERZUIM}
    finally:
        opened.close()


def test_a_vault_folder_holds_only_the_database_and_the_key_file(
    closed_vault: tuple[Path, str],
) -> None:
    folder, _ = closed_vault
    assert [p.name for p in vault_files(folder)] == ["vault.db", "vault.keys"]


def test_wrong_passphrase_raises_and_changes_no_file(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    before = snapshot(folder)
    with pytest.raises(WrongSecretError):
        open_with_passphrase(folder, "wrong horse battery staple")
    assert snapshot(folder) == before


def test_wrong_recovery_code_raises_and_changes_no_file(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    before = snapshot(folder)
    with pytest.raises(WrongSecretError):
        open_with_recovery_code(folder, "0000-0000-0000-0000-0000-0000")
    assert snapshot(folder) == before


def test_recovery_code_opens_the_vault(closed_vault: tuple[Path, str]) -> None:
    folder, code = closed_vault
    assert len(code) == 29 and code.count("-") == 5
    opened = open_with_recovery_code(folder, code)
    try:
        assert names_in(opened) == [("Yılmaz", "Ayşe")]
    finally:
        opened.close()


def test_recovery_code_typed_in_lower_case_with_spaces_opens_the_vault(
    closed_vault: tuple[Path, str],
) -> None:
    folder, code = closed_vault
    typed = " " + code.lower().replace("-", " ") + " "
    opened = open_with_recovery_code(folder, typed)
    try:
        assert names_in(opened) == [("Yılmaz", "Ayşe")]
    finally:
        opened.close()


def test_recovery_code_forgives_look_alike_letters() -> None:
    assert normalise_recovery_code("abcd-efgh-oo11-iill") == "ABCD-EFGH-0011-1111"
    assert normalise_recovery_code("ab cd ef gh") == "ABCD-EFGH"


def test_passphrase_change_keeps_data_and_retires_the_old_one(
    closed_vault: tuple[Path, str], light_kdf: KdfParameters
) -> None:
    folder, code = closed_vault
    opened = open_with_passphrase(folder, PASSPHRASE)
    db_before = (folder / "vault.db").read_bytes()
    opened.change_passphrase("a brand new passphrase", light_kdf)
    opened.close()
    # the data are not re-encrypted: only the key file changes
    assert (folder / "vault.db").read_bytes() == db_before

    with pytest.raises(WrongSecretError):
        open_with_passphrase(folder, PASSPHRASE)
    for opener, secret in (
        (open_with_passphrase, "a brand new passphrase"),
        (open_with_recovery_code, code),
    ):
        reopened = opener(folder, secret)
        try:
            assert names_in(reopened) == [("Yılmaz", "Ayşe")]
        finally:
            reopened.close()


def test_new_recovery_code_replaces_the_old_one(
    closed_vault: tuple[Path, str], light_kdf: KdfParameters
) -> None:
    folder, old_code = closed_vault
    opened = open_with_passphrase(folder, PASSPHRASE)
    new_code = opened.new_recovery_code(light_kdf)
    opened.close()
    assert new_code != old_code
    with pytest.raises(WrongSecretError):
        open_with_recovery_code(folder, old_code)
    open_with_recovery_code(folder, new_code).close()


NEEDLES = {
    f"{word} ({encoding})": word.encode(encoding)
    for word in ("Ayşe", "Yılmaz")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
}


def _plaintext_found(folder: Path) -> list[str]:
    found = []
    for path in vault_files(folder):
        content = path.read_bytes()
        found += [
            f"{label} in {path.name}" for label, needle in NEEDLES.items() if needle in content
        ]
    return found


def test_no_file_of_the_vault_holds_a_name_in_plain_text(
    vault_folder: Path, light_kdf: KdfParameters
) -> None:
    opened, _ = create_vault(vault_folder, PASSPHRASE, light_kdf)
    try:
        add_ayse(opened)
        # while open: the database, its WAL and SHM files and the key file
        names = {p.name for p in vault_files(vault_folder)}
        assert {"vault.db", "vault.db-wal", "vault.keys"} <= names
        assert _plaintext_found(vault_folder) == []
        assert names_in(opened) == [("Yılmaz", "Ayşe")]  # the data are really there
    finally:
        opened.close()
    assert _plaintext_found(vault_folder) == []


@pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX permissions")
def test_vault_files_are_owner_only(vault_folder: Path, light_kdf: KdfParameters) -> None:
    opened, _ = create_vault(vault_folder, PASSPHRASE, light_kdf)
    try:
        add_ayse(opened)
        assert stat.S_IMODE(vault_folder.stat().st_mode) == 0o700
        files = vault_files(vault_folder)
        assert {p.name for p in files} >= {"vault.db", "vault.db-wal", "vault.db-shm", "vault.keys"}
        assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in files} == {
            p.name: 0o600 for p in files
        }
    finally:
        opened.close()
    reopened = open_with_passphrase(vault_folder, PASSPHRASE)
    try:
        assert {stat.S_IMODE(p.stat().st_mode) for p in vault_files(vault_folder)} == {0o600}
    finally:
        reopened.close()


def test_database_runs_in_wal_mode_with_full_sync(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    opened = open_with_passphrase(folder, PASSPHRASE)
    try:
        with opened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        opened.close()


def test_a_wrong_raw_key_raises_wrong_key_error(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    before = snapshot(folder)
    with pytest.raises(WrongKeyError):
        open_engine(folder / "vault.db", os.urandom(32))
    assert snapshot(folder) == before


def test_creating_over_an_existing_vault_is_refused(
    closed_vault: tuple[Path, str], light_kdf: KdfParameters
) -> None:
    folder, _ = closed_vault
    before = snapshot(folder)
    with pytest.raises(VaultExistsError):
        create_vault(folder, "another passphrase", light_kdf)
    assert snapshot(folder) == before


def test_opening_an_empty_folder_says_there_is_no_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultMissingError):
        open_with_passphrase(tmp_path, PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_or_damaged_key_file_is_reported(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    key_file = folder / "vault.keys"
    original = key_file.read_bytes()
    key_file.write_bytes(original[: len(original) // 2])
    with pytest.raises(KeyFileError):
        open_with_passphrase(folder, PASSPHRASE)
    key_file.unlink()
    with pytest.raises(KeyFileError):
        open_with_passphrase(folder, PASSPHRASE)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 64 * 1024 * 1024),  # 64 GiB: would exhaust the laptop at the unlock screen
        ("iterations", 10_000),
        ("lanes", 0),
        ("salt", "AAAA"),
        ("ciphertext", "AAAA"),
    ],
)
def test_a_tampered_key_file_is_refused_before_any_key_derivation(
    closed_vault: tuple[Path, str], field: str, value: object
) -> None:
    folder, _ = closed_vault
    key_file = folder / "vault.keys"
    payload = json.loads(key_file.read_text(encoding="utf-8"))
    payload["slots"]["passphrase"][field] = value
    key_file.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(KeyFileError, match=r"damaged|not made by PA Desktop"):
        open_with_passphrase(folder, PASSPHRASE)


def test_the_key_file_of_another_vault_does_not_open_this_database(
    tmp_path: Path, light_kdf: KdfParameters
) -> None:
    first, _ = create_vault(tmp_path / "one", PASSPHRASE, light_kdf)
    second, _ = create_vault(tmp_path / "two", PASSPHRASE, light_kdf)
    first.close()
    second.close()
    # put vault two's key file (same passphrase) beside vault one's database
    (tmp_path / "one" / "vault.keys").write_bytes((tmp_path / "two" / "vault.keys").read_bytes())
    with pytest.raises(WrongKeyError):
        open_with_passphrase(tmp_path / "one", PASSPHRASE)


def test_close_forgets_the_key_in_memory(vault_folder: Path, light_kdf: KdfParameters) -> None:
    opened, _ = create_vault(vault_folder, PASSPHRASE, light_kdf)
    opened.close()
    assert set(opened._database_key) == {0}
