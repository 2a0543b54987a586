"""The lock, the passphrase, the recovery code and the credential store.

Whatever the credential store does (missing, failing, raising, returning nothing), the vault
stays usable by passphrase and its key file is never rewritten with a new key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from pa_desktop.services import attempts, audit, care
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import (
    InvalidInputError,
    VaultLockedError,
    WrongPassphraseError,
)
from pa_desktop.services.session import Profile, VaultSession
from pa_desktop.store import care as store_care
from pa_desktop.store.care import VaultSealedError
from pa_desktop.store.keychain import SystemKeychain
from tests.care.conftest import PASSPHRASE
from tests.conftest import LIGHT_KDF

NEW = "another long passphrase"


def test_lock_forgets_the_key_and_resume_carries_on_with_the_same_object(
    care_vault: tuple[VaultSession, str, int, int],
) -> None:
    session, _code, _gone, _current = care_vault
    pupils_before = session.pupils()
    care.lock(session)
    assert session.is_locked
    assert not any(session._vault._database_key)  # the bytes were overwritten
    with pytest.raises(VaultSealedError):
        session.pupils()
    with pytest.raises(VaultLockedError):
        session.opened  # noqa: B018
    with pytest.raises(WrongPassphraseError):
        care.unlock(session, "not the passphrase")
    assert session.is_locked
    failures = care.unlock(session, PASSPHRASE)
    assert failures == 1 and not session.is_locked
    assert session.pupils() == pupils_before
    (entry,) = audit.entries(session, "unlock_failed")
    assert entry.details["count"] == 1 and entry.details["passphrase"] == 1
    assert attempts.pending(session.folder) == {}


def test_failed_unlocks_at_start_are_logged_at_the_next_unlock(
    care_vault: tuple[VaultSession, str, int, int], vaults: Vaults
) -> None:
    session = care_vault[0]
    folder = session.folder
    session.close()
    for _ in range(2):
        with pytest.raises(WrongPassphraseError):
            vaults.unlock(folder, "guess guess guess")
    with pytest.raises(WrongPassphraseError):
        vaults.unlock_with_recovery_code(folder, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    assert attempts.pending(folder)["count"] == 3
    notes = store_care.notes_path(folder).read_text()
    assert "guess" not in notes
    reopened = vaults.unlock(folder, PASSPHRASE)
    try:
        (entry,) = audit.entries(reopened, "unlock_failed")
        assert (entry.details["count"], entry.details["passphrase"], entry.details["recovery"]) == (
            3,
            2,
            1,
        )
    finally:
        reopened.close()


def test_passphrase_change_needs_the_current_secret_and_keeps_the_recovery_code(
    care_vault: tuple[VaultSession, str, int, int], vaults: Vaults
) -> None:
    session, code, _gone, _current = care_vault
    folder = session.folder
    vaults.keychain.put(session.opened.vault_id, bytes(session.opened._database_key))
    with pytest.raises(WrongPassphraseError):
        care.change_passphrase(session, vaults, "wrong current one", NEW)
    with pytest.raises(InvalidInputError):
        care.change_passphrase(session, vaults, PASSPHRASE, "short")
    care.change_passphrase(session, vaults, code, NEW)  # the recovery code proves it too
    assert [e.action for e in audit.entries(session)] == ["passphrase_change"]
    session.close()
    with pytest.raises(WrongPassphraseError):
        vaults.unlock(folder, PASSPHRASE)
    vaults.unlock(folder, NEW).close()
    vaults.unlock_with_recovery_code(folder, code).close()
    remembered = vaults.unlock_from_device(folder)  # the key did not change
    assert remembered is not None
    remembered.close()


def test_a_new_recovery_code_replaces_the_old_one(
    care_vault: tuple[VaultSession, str, int, int], vaults: Vaults
) -> None:
    session, old_code, _gone, _current = care_vault
    folder = session.folder
    new_code = care.new_recovery_code(session, vaults, PASSPHRASE)
    assert new_code != old_code
    session.close()
    with pytest.raises(WrongPassphraseError):
        vaults.unlock_with_recovery_code(folder, old_code)
    vaults.unlock_with_recovery_code(folder, new_code.lower().replace("-", " ")).close()


def test_a_failed_key_file_write_leaves_the_key_file_in_memory_as_on_disk(
    care_vault: tuple[VaultSession, str, int, int], vaults: Vaults, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = care_vault[0]
    before = session.opened.key_file.to_payload()

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pa_desktop.store.keyfile.KeyFile.save", full)
    from pa_desktop.services.errors import StorageFullError

    with pytest.raises(StorageFullError):
        care.change_passphrase(session, vaults, PASSPHRASE, NEW)
    assert session.opened.key_file.to_payload() == before


class _RaisingKeyring(KeyringBackend):
    """A credential store that is there but fails on every call (a locked or broken one)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("the keyring is locked")


@pytest.fixture(params=["fail", "null", "raises"])
def broken_keyring(request: pytest.FixtureRequest) -> Iterator[str]:
    previous = keyring.get_keyring()
    backend = {
        "fail": fail.Keyring(),
        "null": null.Keyring(),
        "raises": _RaisingKeyring(),
    }[request.param]
    keyring.set_keyring(backend)
    try:
        yield request.param
    finally:
        keyring.set_keyring(previous)


def test_a_missing_failing_or_raising_keyring_never_costs_the_vault(
    broken_keyring: str, tmp_path: Path
) -> None:
    vaults = Vaults(SystemKeychain(), LIGHT_KDF)
    folder = tmp_path / "vault"
    session, _code = vaults.create(folder, PASSPHRASE, Profile(user_name="An"), True)
    assert session.remembered is False
    keys_before = (folder / "vault.keys").read_bytes()
    assert care.set_remembered(session, vaults, True) is False
    assert care.is_remembered(session, vaults) is False
    care.set_remembered(session, vaults, False)  # forgetting does not fail either
    session.close()
    assert vaults.unlock_from_device(folder) is None
    reopened = vaults.unlock(folder, PASSPHRASE)
    assert reopened.profile().user_name == "An"
    reopened.close()
    assert (folder / "vault.keys").read_bytes() == keys_before
