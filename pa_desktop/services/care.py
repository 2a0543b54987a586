"""Care for the data, part 1: the lock, the keys (passphrase, recovery code, remember on this
device), the care settings, and the health of the file underneath.

Backups are in services/backups.py, retention and purge in services/retention.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pa_desktop.services import attempts, audit
from pa_desktop.services.access import Vaults, _translated_errors, passphrase_problems
from pa_desktop.services.errors import (
    InvalidInputError,
    StorageError,
    VaultDamagedError,
    WrongPassphraseError,
)
from pa_desktop.services.faults import guarded
from pa_desktop.services.session import VaultSession
from pa_desktop.store import care as store_care
from pa_desktop.store import rotation as store_rotation
from pa_desktop.store import vault as store_vault
from pa_desktop.store.repositories import SettingsRepository

LOCK_MINUTES_DEFAULT = 10
LOCK_MINUTES_RANGE = (1, 240)


# settings ------------------------------------------------------------------------------------
def setting(session: VaultSession, key: str, default: object = None) -> object:
    return session.repository(SettingsRepository).get_all().get(key, default)


def save_setting(session: VaultSession, key: str, value: object) -> None:
    with guarded(session.folder):
        session.repository(SettingsRepository).put_many({key: value})


def lock_minutes(session: VaultSession) -> int:
    """Minutes without input before the vault locks itself (vault setting `lock_minutes`)."""
    value = setting(session, "lock_minutes", LOCK_MINUTES_DEFAULT)
    try:
        minutes = int(str(value))
    except (TypeError, ValueError):
        return LOCK_MINUTES_DEFAULT
    low, high = LOCK_MINUTES_RANGE
    return min(max(minutes, low), high)


def set_lock_minutes(session: VaultSession, minutes: int) -> None:
    low, high = LOCK_MINUTES_RANGE
    if not low <= minutes <= high:
        raise InvalidInputError(["lock_minutes_out_of_range"], low=low, high=high)
    save_setting(session, "lock_minutes", minutes)


# lock -----------------------------------------------------------------------------------------
def lock(session: VaultSession) -> None:
    """Close the connections and forget the key; the session object stays for `unlock`."""
    session.lock()


def unlock(session: VaultSession, secret: str, recovery: bool = False) -> int:
    """Resume a locked session with the passphrase (or recovery code). A wrong one is counted;
    returns the number of failed attempts written to the audit log now."""
    folder = session.folder
    opener = store_vault.open_with_recovery_code if recovery else store_vault.open_with_passphrase
    try:
        with _translated_errors(), guarded(folder):
            opened = opener(folder, secret)
    except WrongPassphraseError:
        attempts.note_failure(folder, "recovery" if recovery else "passphrase")
        raise
    try:
        session.resume(opened)
    except ValueError:
        raise VaultDamagedError("other_vault") from None
    return attempts.flush(session)


# keys -----------------------------------------------------------------------------------------
@contextmanager
def _current_checked() -> Iterator[None]:
    """`current` is checked again on the key file as it is on disk, under its lock: another
    process may have changed it since this session unlocked (then the second change fails)."""
    try:
        yield
    except store_vault.WrongSecretError:
        raise WrongPassphraseError("current") from None
    except store_vault.KeyFileError:
        raise VaultDamagedError("key_file") from None


def change_passphrase(session: VaultSession, vaults: Vaults, current: str, new: str) -> None:
    """Re-wrap the vault's key under a new passphrase (the data are not re-encrypted).

    `current` is today's passphrase or the recovery code; the recovery code keeps working. A
    remembered key stays valid, because the key itself does not change.
    """
    problems = passphrase_problems(new)
    if problems:
        raise InvalidInputError(problems)
    with _current_checked(), guarded(session.folder):
        store_care.change_passphrase(session.opened, new, vaults.kdf, current)
    _record(session, "passphrase_change")


def new_recovery_code(session: VaultSession, vaults: Vaults, current: str) -> str:
    """A new recovery code (shown once); the old one stops working at once."""
    with _current_checked(), guarded(session.folder):
        code = store_care.new_recovery_code(session.opened, vaults.kdf, current)
    _record(session, "recovery_code_renewed")
    return code


def rotate_key(session: VaultSession, vaults: Vaults, current: str, new: str) -> str:
    """A new database key: the data re-encrypted under it, wrapped under `new` (which may be the
    same passphrase) and a new recovery code, returned to be shown once. Old key files, old
    backups and a leaked secret then open only the old data they came with. A remembered key is
    replaced on this device. The session carries on with the new key."""
    problems = passphrase_problems(new)
    if problems:
        raise InvalidInputError(problems)
    with _current_checked(), guarded(session.folder):
        store_rotation.check_current(session.opened, current)
    remembered = is_remembered(session, vaults)
    _record(session, "key_rotation_started")
    with _translated_errors(), _current_checked(), guarded(session.folder):
        new_key, code = store_rotation.rotate_key(session.opened, new, vaults.kdf)
    session.lock()
    with _translated_errors(), guarded(session.folder):
        session.resume(store_rotation.reopen(session.folder, new_key))
    if remembered:
        session.remember_on_device(vaults.keychain)
    _record(session, "key_rotated", remembered=remembered)
    return code


def is_remembered(session: VaultSession, vaults: Vaults) -> bool:
    return store_care.remembered_here(session.opened, vaults.keychain)


def set_remembered(session: VaultSession, vaults: Vaults, remember: bool) -> bool:
    """Switch "remember on this device"; returns the state now (False when the credential store
    is missing or refuses: the passphrase stays the way in)."""
    if remember:
        return session.remember_on_device(vaults.keychain)
    vaults.forget_on_device(session.folder)
    session.remembered = False
    return False


def _record(session: VaultSession, action: str, **details: object) -> None:
    with guarded(session.folder):
        audit.record(session, action, None, **details)


# health of the file underneath ----------------------------------------------------------------
class VaultWatch:
    """Notices when the vault's file is no longer where it was opened (a USB stick pulled, the
    folder moved or deleted): writes would then go nowhere, or into a file nobody sees."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._identity = store_care.database_identity(folder)

    def still_there(self) -> bool:
        now = store_care.database_identity(self._folder)
        if self._identity is None:
            self._identity = now
            return now is not None
        return now == self._identity

    def reset(self) -> None:
        self._identity = store_care.database_identity(self._folder)


def check(session: VaultSession) -> list[str]:
    """The vault's own checks (integrity, cipher integrity, foreign keys, audit chain); a damaged
    page that cannot even be read is reported as a problem, not raised."""
    try:
        with guarded(session.folder):
            return session.check()
    except (VaultDamagedError, StorageError) as error:
        kind = getattr(error, "kind", "damaged")
        return [f"the file is damaged: a page cannot be read ({kind})"]
