"""Restoring a backup: into a new folder, or in place of a vault (kept aside, never deleted).

The backup is restored and checked (SQLite's integrity check, SQLCipher's page authentication,
the audit chain) in a folder of its own before it may replace anything; making and finding
backups is services/backups.py.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pa_desktop.services import audit
from pa_desktop.services.access import _translated_errors
from pa_desktop.services.errors import BackupFileError, RestoreTargetError, WrongPassphraseError
from pa_desktop.services.faults import guarded
from pa_desktop.services.session import VaultSession
from pa_desktop.store import backup as store_backup
from pa_desktop.store import backup_file
from pa_desktop.store import vault as store_vault
from pa_desktop.store.database import KEY_FILE
from pa_desktop.store.keyfile import KeyFile, KeyFileError, normalise_recovery_code


@dataclass(frozen=True)
class RestoreSummary:
    folder: Path
    made_at: datetime
    seconds: float
    kept_aside: Path | None = None  # the vault that was replaced, kept
    keys_from: str = "backup"  # "backup": the secrets valid then; "current": today's


def _header(path: Path) -> backup_file.BackupHeader:
    try:
        with guarded(path.parent, "restore"):
            return backup_file.read_backup(path).header
    except backup_file.BackupFormatError as error:
        raise BackupFileError(error.reason) from None


def _key_for(
    header: backup_file.BackupHeader,
    secret: str,
    recovery: bool,
    also: KeyFile | None = None,
) -> tuple[bytes, KeyFile | None]:
    """Unwrap with the backup's slots; for the same vault, today's key file may open it too."""
    try:
        with _translated_errors():
            return header.unwrap(secret, recovery), None
    except WrongPassphraseError:
        if also is None or also.vault_id != header.vault_id:
            raise
    with _translated_errors():
        if recovery:
            key = also.unwrap(store_vault.RECOVERY_SLOT, normalise_recovery_code(secret))
        else:
            key = also.unwrap(store_vault.PASSPHRASE_SLOT, secret)
    return key, also


def restore(path: Path, target: Path, secret: str, recovery: bool = False) -> RestoreSummary:
    """Restore a backup into a new (or empty) folder, checked; it opens with the passphrase or
    recovery code that were valid when the backup was made. The restored vault's audit log
    records the restore."""
    header = _header(path)
    key, _ = _key_for(header, secret, recovery)
    report = _restore_into(path, target, key, None)
    with _translated_errors():
        restored = VaultSession(store_backup.open_with_key(target, key))
    try:
        _record_restore(restored, header, replaced=False)
    finally:
        restored.close()
    return RestoreSummary(target, header.made_at, report.seconds)


def _wraps(key_file: KeyFile | None, secret: str, recovery: bool, key: bytes) -> bool:
    """Whether `secret` opens `key_file` and gives `key`."""
    if key_file is None:
        return False
    slot = store_vault.RECOVERY_SLOT if recovery else store_vault.PASSPHRASE_SLOT
    text = normalise_recovery_code(secret) if recovery else secret
    try:
        return key_file.unwrap(slot, text) == key
    except (store_vault.WrongSecretError, KeyFileError):
        return False


def _restore_into(
    path: Path, target: Path, key: bytes, key_file: KeyFile | None
) -> store_backup.RestoreReport:
    try:
        with guarded(target.parent, "restore"):
            return store_backup.restore_backup(path, target, key, key_file)
    except store_backup.TargetNotEmptyError:
        raise RestoreTargetError("not_empty") from None
    except backup_file.BackupFormatError as error:
        raise BackupFileError(error.reason) from None
    except store_backup.RestoreCheckError as error:
        raise BackupFileError("check_failed", error.problems) from None
    except store_vault.WrongKeyError:
        raise BackupFileError("damaged") from None


def replace_vault(
    folder: Path,
    path: Path,
    secret: str,
    recovery: bool = False,
    session: VaultSession | None = None,
) -> RestoreSummary:
    """Replace the vault in `folder` with a backup of it.

    The backup is restored beside the vault and checked there first; only then is the vault's
    folder moved aside (kept as `<name>.before-restore-<moment>`) and the restored one put in its
    place. For the same vault today's passphrase and recovery code keep working (today's key
    file wraps the same key); `session`, when given, is locked and resumed on the restored vault,
    so the windows keep it. Works on a vault too damaged to open.
    """
    header = _header(path)
    try:
        current_keys: KeyFile | None = KeyFile.load(folder / KEY_FILE)
    except KeyFileError:
        current_keys = None
    key, _via = _key_for(header, secret, recovery, current_keys)
    same_vault = current_keys is not None and current_keys.vault_id == header.vault_id
    if session is not None and not same_vault:
        raise BackupFileError("other_vault")
    moment = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    staging = folder.with_name(f"{folder.name}.restoring-{moment}")
    # today's key file is kept only when it wraps the backup's key (not after a key rotation)
    keep_current = same_vault and (_via is not None or _wraps(current_keys, secret, recovery, key))
    report = _restore_into(path, staging, key, current_keys if keep_current else None)
    aside: Path | None = folder.with_name(f"{folder.name}.before-restore-{moment}")
    if session is not None:
        session.lock()
    try:
        with guarded(folder.parent, "restore"):
            if folder.exists() and aside is not None:
                store_backup.swap_folders(folder, staging, aside)
            else:
                staging.rename(folder)
                aside = None
    except BaseException:
        if session is not None:  # the vault is still where it was: carry on with it
            with _translated_errors():
                session.resume(store_backup.open_with_key(folder, key))
        raise
    with _translated_errors():
        opened = store_backup.open_with_key(folder, key)
    if session is not None:
        session.resume(opened)
        _record_restore(session, header, replaced=True)
    else:
        restored = VaultSession(opened)
        try:
            _record_restore(restored, header, replaced=True)
        finally:
            restored.close()
    return RestoreSummary(
        folder,
        header.made_at,
        report.seconds,
        kept_aside=aside,
        keys_from="current" if keep_current else "backup",
    )


def _record_restore(
    session: VaultSession, header: backup_file.BackupHeader, replaced: bool
) -> None:
    with contextlib.suppress(Exception):  # the restore stands even if the log cannot be written
        audit.record(
            session,
            "restore",
            None,
            backup_made_at=header.made_at.isoformat(timespec="seconds"),
            replaced=replaced,
        )
