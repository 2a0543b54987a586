"""The credential store is a convenience only: failures fall back to the passphrase, never a new key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.store.keychain import MemoryKeychain
from pa_desktop.store.keyfile import KdfParameters
from pa_desktop.store.repositories import PupilRepository
from pa_desktop.store.vault import (
    create_vault,
    forget_on_device,
    open_with_keychain,
    open_with_passphrase,
)

PASSPHRASE = "keychain test passphrase"


@pytest.fixture
def folder(vault_folder: Path, light_kdf: KdfParameters) -> Path:
    opened, _ = create_vault(vault_folder, PASSPHRASE, light_kdf)
    PupilRepository(opened.engine).add(PupilDraft("Peeters", "Lotte", "1A"))
    opened.close()
    return vault_folder


def _names(folder: Path) -> list[str]:
    opened = open_with_passphrase(folder, PASSPHRASE)
    try:
        return [p.first_name for p in PupilRepository(opened.engine).all()]
    finally:
        opened.close()


def test_remembered_key_opens_the_vault_without_passphrase(folder: Path) -> None:
    keychain = MemoryKeychain()
    opened = open_with_passphrase(folder, PASSPHRASE)
    assert opened.remember_on_device(keychain)
    opened.close()

    reopened = open_with_keychain(folder, keychain)
    assert reopened is not None
    try:
        assert [p.first_name for p in PupilRepository(reopened.engine).all()] == ["Lotte"]
    finally:
        reopened.close()


def test_forgetting_on_the_device_needs_the_passphrase_again(folder: Path) -> None:
    keychain = MemoryKeychain()
    opened = open_with_passphrase(folder, PASSPHRASE)
    opened.remember_on_device(keychain)
    opened.close()
    forget_on_device(folder, keychain)
    assert open_with_keychain(folder, keychain) is None


def test_broken_keychain_returns_none_and_the_passphrase_still_opens(folder: Path) -> None:
    keychain = MemoryKeychain(broken=True)
    opened = open_with_passphrase(folder, PASSPHRASE)
    assert opened.remember_on_device(keychain) is False
    opened.close()

    assert open_with_keychain(folder, keychain) is None
    assert _names(folder) == ["Lotte"]


def test_empty_keychain_returns_none(folder: Path) -> None:
    assert open_with_keychain(folder, MemoryKeychain()) is None


def test_keychain_with_a_wrong_key_returns_none_and_never_makes_a_new_key(folder: Path) -> None:
    key_file = folder / "vault.keys"
    key_file_before = key_file.read_bytes()
    database_before = (folder / "vault.db").read_bytes()
    keychain = MemoryKeychain()
    opened = open_with_passphrase(folder, PASSPHRASE)
    vault_id = opened.vault_id
    opened.close()
    keychain.put(vault_id, os.urandom(32))

    assert open_with_keychain(folder, keychain) is None
    assert key_file.read_bytes() == key_file_before
    assert (folder / "vault.db").read_bytes() == database_before
    assert keychain.get(vault_id) is not None  # the stale entry is left alone, not replaced
    assert _names(folder) == ["Lotte"]
