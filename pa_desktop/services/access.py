"""Creating, unlocking and locking a vault: the only way the fronts reach the store's keys.

Store exceptions are translated into the services' typed errors here, so no front end ever sees a
SQL message (which could quote data) or a key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pa_desktop.services import attempts
from pa_desktop.services.errors import (
    InvalidInputError,
    VaultAlreadyExistsError,
    VaultDamagedError,
    VaultNotFoundError,
    VaultTooNewError,
    WrongPassphraseError,
)
from pa_desktop.services.places import MIN_PASSPHRASE_LENGTH, default_vault_folder
from pa_desktop.services.session import Profile, VaultSession
from pa_desktop.store import vault as store_vault
from pa_desktop.store.keychain import CredentialStore, MemoryKeychain, SystemKeychain
from pa_desktop.store.keyfile import ForeignKeyFileError, KdfParameters
from pa_desktop.store.migrations import NewerVaultError

__all__ = ["MIN_PASSPHRASE_LENGTH", "Vaults", "default_vault_folder", "keychain_available"]

T = TypeVar("T")


@contextmanager
def _translated_errors() -> Iterator[None]:
    try:
        yield
    except store_vault.VaultMissingError:
        raise VaultNotFoundError() from None
    except store_vault.VaultExistsError:
        raise VaultAlreadyExistsError() from None
    except store_vault.WrongSecretError as error:
        raise WrongPassphraseError(str(error)) from None
    except store_vault.WrongKeyError:
        raise VaultDamagedError("key") from None
    except store_vault.DatabaseDamagedError:
        raise VaultDamagedError("database") from None
    except ForeignKeyFileError:
        raise VaultDamagedError("key_file_foreign") from None
    except store_vault.KeyFileError:
        raise VaultDamagedError("key_file") from None
    except NewerVaultError:
        raise VaultTooNewError() from None


@dataclass
class Vaults:
    """Entry point for a front end: knows the credential store and the KDF strength to use."""

    keychain: CredentialStore
    kdf: KdfParameters

    @classmethod
    def for_desktop(cls) -> Vaults:
        return cls(SystemKeychain(), KdfParameters())

    @classmethod
    def for_demo(cls) -> Vaults:
        """The real KDF, but a credential store that never reaches the system's."""
        return cls(MemoryKeychain(), KdfParameters())

    @classmethod
    def for_tests(cls) -> Vaults:
        """A light KDF and an in-memory credential store: fast, and never touches the system."""
        return cls(MemoryKeychain(), KdfParameters(memory_kib=8 * 1024, iterations=1, lanes=1))

    def exists(self, folder: Path) -> bool:
        return store_vault.vault_exists(folder)

    def create(
        self,
        folder: Path,
        passphrase: str,
        profile: Profile,
        remember_on_device: bool = False,
    ) -> tuple[VaultSession, str]:
        """A new vault with its profile; returns the open session and the one-time recovery code."""
        problems = passphrase_problems(passphrase) + profile.problems()
        if problems:
            raise InvalidInputError(problems)
        with _translated_errors():
            opened, recovery_code = store_vault.create_vault(folder, passphrase, self.kdf)
        session = VaultSession(opened)
        session.save_profile(profile)
        if remember_on_device:
            session.remembered = opened.remember_on_device(self.keychain)
        return session, recovery_code

    def unlock(self, folder: Path, passphrase: str) -> VaultSession:
        """A wrong passphrase is counted beside the vault and written to the audit log at the
        next successful unlock (services/attempts.py)."""
        return attempts.counted(
            folder,
            "passphrase",
            lambda: self._open(lambda: store_vault.open_with_passphrase(folder, passphrase)),
        )

    def unlock_with_recovery_code(self, folder: Path, code: str) -> VaultSession:
        return attempts.counted(
            folder,
            "recovery",
            lambda: self._open(lambda: store_vault.open_with_recovery_code(folder, code)),
        )

    def unlock_from_device(self, folder: Path) -> VaultSession | None:
        """Open with the remembered key; None when the store is absent, fails, or has no key."""
        with _translated_errors():
            opened = store_vault.open_with_keychain(folder, self.keychain)
        if opened is None:
            return None
        session = VaultSession(opened)
        attempts.flush(session)
        return session

    def forget_on_device(self, folder: Path) -> None:
        with _translated_errors():
            store_vault.forget_on_device(folder, self.keychain)

    def _open(self, opener: Callable[[], store_vault.OpenVault]) -> VaultSession:
        with _translated_errors():
            return VaultSession(opener())


def keychain_available() -> bool:
    """Whether "remember on this device" can work here (a usable system credential store)."""
    return SystemKeychain().available()


def passphrase_problems(passphrase: str) -> list[str]:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return ["passphrase_too_short"]
    return []


def passphrase_strength(passphrase: str) -> int:
    """A rough score 0-4 for the wizard's hint: length and variety, a penalty for repetition."""
    if not passphrase:
        return 0
    classes = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    distinct = len(set(passphrase))
    score = 0
    if len(passphrase) >= MIN_PASSPHRASE_LENGTH:
        score += 1
    if len(passphrase) >= 14:
        score += 1
    if len(passphrase) >= 20 or (classes >= 3 and len(passphrase) >= 12):
        score += 1
    if classes >= 2 and distinct >= 8:
        score += 1
    if distinct < len(passphrase) / 3:
        score = max(0, score - 2)
    return min(score, 4)
