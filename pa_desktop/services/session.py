"""An unlocked vault and the use cases on it.

Every change a front end makes to data goes through here, so the GUI and the command line behave
the same and validate the same way. The use cases live one seam per module, each building on the
one before: settings.py (profile, calendar, codes, thresholds) <- schools.py (schools, their
calendars and codes, enrolments) <- records.py (pupils, absences)
<- overview_reads.py (the whole-school overview); this module adds the vault's life: lock,
resume, close.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pa_desktop.services.errors import VaultLockedError
from pa_desktop.services.overview_reads import OverviewUseCases
from pa_desktop.services.records import AbsenceEntry
from pa_desktop.services.settings import ROLES, Profile
from pa_desktop.store import care as store_care
from pa_desktop.store.database import integrity_problems
from pa_desktop.store.keychain import CredentialStore
from pa_desktop.store.repositories import AbsenceRepository, PupilRepository, SettingsRepository
from pa_desktop.store.schools import SchoolRepository
from pa_desktop.store.vault import OpenVault

__all__ = ["ROLES", "AbsenceEntry", "Profile", "VaultSession"]

R = TypeVar("R")


class VaultSession(OverviewUseCases):
    """The open vault; close() forgets the key and closes every connection."""

    def __init__(self, opened: OpenVault) -> None:
        self._bind(opened)
        self._calendars = {}
        self._school_calendars = {}
        self._school_list = None
        self.remembered = False

    def _bind(self, opened: OpenVault) -> None:
        """Hold this vault handle, with repositories made on its engine (anew after a resume).
        Kept overview rows are dropped: revision numbers only compare within one vault file."""
        self.forget_overview()
        self._vault = opened
        self._settings = SettingsRepository(opened.engine)
        self._pupils = PupilRepository(opened.engine)
        self._absences = AbsenceRepository(opened.engine)
        self._schools = SchoolRepository(opened.engine)
        self._school_list = None

    # lifecycle -----------------------------------------------------------------------------
    def repository(self, factory: Callable[[Any], R]) -> R:
        """A store repository bound to this vault (services never see the engine itself)."""
        return factory(self._vault.engine)

    @property
    def vault_id(self) -> str:
        """The vault's random id (no personal data): seeds stable pseudonyms."""
        return self._vault.vault_id

    @property
    def folder(self) -> Path:
        return self._vault.folder

    def close(self) -> None:
        self._vault.close()

    def remember_on_device(self, keychain: CredentialStore) -> bool:
        self.remembered = self._vault.remember_on_device(keychain)
        return self.remembered

    # lock and resume (services/care.py) ----------------------------------------------------
    def lock(self) -> None:
        """Close every connection and overwrite the key, but keep this object, so the windows
        that hold it carry on after `resume`. While locked, every use of the vault raises."""
        if self.is_locked:
            return
        self._bind(store_care.lock(self._vault))

    def resume(self, opened: OpenVault) -> None:
        """Carry on with a freshly unlocked handle of the same vault."""
        if opened.vault_id != self._vault.vault_id:
            opened.close()
            raise ValueError("another vault")
        if not self.is_locked:  # the lock was still waiting for running work: keep that handle
            opened.close()
            return
        self._bind(opened)

    @property
    def is_locked(self) -> bool:
        return store_care.is_sealed(self._vault)

    @property
    def opened(self) -> OpenVault:
        """The store's handle of the open vault, for the care services (backup, keys, purge)."""
        if self.is_locked:
            raise VaultLockedError()
        return self._vault

    def check(self) -> list[str]:
        """Integrity, cipher-integrity, foreign-key and audit-chain checks; empty means sound."""
        return integrity_problems(self._vault.engine) + self._vault.verify_audit()
