"""Creating, unlocking and remembering a vault through the services (typed errors, no SQL text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services.access import Vaults, passphrase_problems
from pa_desktop.services.errors import (
    InvalidInputError,
    VaultAlreadyExistsError,
    VaultDamagedError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from pa_desktop.services.session import Profile

PASSPHRASE = "access test passphrase"
PROFILE = Profile(school="Sint-X", clb="CLB Brussel", user_name="Tester", role="school")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


@pytest.fixture
def folder(vaults: Vaults, vault_folder: Path) -> Path:
    session, _ = vaults.create(vault_folder, PASSPHRASE, PROFILE)
    session.add_pupil(PupilDraft("Peeters", "Lotte", "1A"))
    session.close()
    return vault_folder


def test_create_and_unlock_keep_the_profile_and_pupils(vaults: Vaults, folder: Path) -> None:
    session = vaults.unlock(folder, PASSPHRASE)
    try:
        assert session.profile() == PROFILE
        assert [p.first_name for p in session.pupils()] == ["Lotte"]
    finally:
        session.close()


def test_wrong_passphrase_is_a_typed_error_and_changes_nothing(
    vaults: Vaults, folder: Path
) -> None:
    before = _files(folder)
    with pytest.raises(WrongPassphraseError):
        vaults.unlock(folder, "not the passphrase")
    with pytest.raises(WrongPassphraseError):
        vaults.unlock_with_recovery_code(folder, "0000-0000-0000-0000-0000-0000")
    assert _files(folder) == before


def test_unlocking_where_there_is_no_vault(vaults: Vaults, tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError):
        vaults.unlock(tmp_path / "nothing", PASSPHRASE)
    assert not vaults.exists(tmp_path / "nothing")


def test_creating_where_a_vault_exists_is_refused(vaults: Vaults, folder: Path) -> None:
    before = _files(folder)
    with pytest.raises(VaultAlreadyExistsError):
        vaults.create(folder, "another long passphrase", PROFILE)
    assert _files(folder) == before


def test_a_short_passphrase_is_refused_before_anything_is_written(
    vaults: Vaults, vault_folder: Path
) -> None:
    assert passphrase_problems("123456789") == ["passphrase_too_short"]
    assert passphrase_problems("1234567890") == []
    with pytest.raises(InvalidInputError) as refused:
        vaults.create(vault_folder, "too short", PROFILE)
    assert refused.value.problems == ["passphrase_too_short"]
    assert _files(vault_folder) == {}


def test_an_invalid_profile_is_refused_before_anything_is_written(
    vaults: Vaults, vault_folder: Path
) -> None:
    with pytest.raises(InvalidInputError) as refused:
        vaults.create(vault_folder, PASSPHRASE, Profile(user_name=" "))
    assert refused.value.problems == ["user_name_empty"]
    assert _files(vault_folder) == {}


def test_a_damaged_key_file_is_reported_as_damage(vaults: Vaults, folder: Path) -> None:
    (folder / "vault.keys").write_text("{not json", encoding="utf-8")
    with pytest.raises(VaultDamagedError):
        vaults.unlock(folder, PASSPHRASE)


def test_recovery_code_unlocks(vaults: Vaults, vault_folder: Path) -> None:
    session, code = vaults.create(vault_folder, PASSPHRASE, PROFILE)
    pupil = session.add_pupil(PupilDraft("Peeters", "Jan", "1A")).id
    session.close()
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")
    with pytest.raises(WrongPassphraseError):
        vaults.unlock_with_recovery_code(vault_folder, wrong)
    reopened = vaults.unlock_with_recovery_code(vault_folder, code.lower())  # any case
    try:
        assert not reopened.is_locked
        assert [p.id for p in reopened.pupils()] == [pupil]
        assert reopened.profile().school == PROFILE.school
    finally:
        reopened.close()


def test_remembered_vault_opens_from_the_device(vaults: Vaults, vault_folder: Path) -> None:
    session, _ = vaults.create(vault_folder, PASSPHRASE, PROFILE, remember_on_device=True)
    assert session.remembered
    session.close()
    remembered = vaults.unlock_from_device(vault_folder)
    assert remembered is not None
    remembered.close()
    vaults.forget_on_device(vault_folder)
    assert vaults.unlock_from_device(vault_folder) is None


def test_a_fresh_device_has_nothing_remembered(vaults: Vaults, folder: Path) -> None:
    assert Vaults.for_tests().unlock_from_device(folder) is None
