"""Care for the data, part 2: backups (by hand and on a schedule); restoring is services/restore.py.

A backup is one encrypted file (store/backup.py) that opens with the passphrase or recovery
code valid when it was made. A restore goes into a new folder and is checked there (SQLite's
integrity check, SQLCipher's page authentication, the audit chain) before it may replace the
vault; the replaced vault is kept aside, never deleted.

The schedule (`backup_due`) is a pure function; the GUI asks it on a timer. Where the backups
go is also written in the notes beside the vault, so a vault too damaged to open still finds
its latest backup.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pa_desktop.services import audit, outputs
from pa_desktop.services.errors import (
    BackupFileError,
    InvalidInputError,
    StorageGoneError,
)
from pa_desktop.services.faults import guarded

# Restoring lives in services/restore.py; the GUI (outside this split) still reaches it here.
from pa_desktop.services.restore import RestoreSummary as RestoreSummary
from pa_desktop.services.restore import replace_vault as replace_vault
from pa_desktop.services.restore import restore as restore
from pa_desktop.services.session import VaultSession
from pa_desktop.store import backup as store_backup
from pa_desktop.store import backup_file
from pa_desktop.store import care as store_care
from pa_desktop.store.database import KEY_FILE
from pa_desktop.store.keyfile import KeyFile, KeyFileError
from pa_desktop.store.repositories import SettingsRepository

POLICY_SETTING = "backup_policy"
LAST_SETTING = "backup_last"
INTERVALS = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}
KEEP_RANGE = (1, 100)


@dataclass(frozen=True)
class BackupPolicy:
    """Automatic backups: on by default, daily, the last 10 kept, in a folder beside the vault
    until the user picks another (a USB stick, a school share)."""

    enabled: bool = True
    interval: str = "daily"
    keep: int = 10
    folder: str = ""  # empty: the default folder beside the vault

    @classmethod
    def from_mapping(cls, data: Any) -> BackupPolicy:
        if not isinstance(data, dict):
            return cls()
        base = cls()
        try:
            interval = str(data.get("interval", base.interval))
            keep = int(data.get("keep", base.keep))
            return cls(
                enabled=bool(data.get("enabled", base.enabled)),
                interval=interval if interval in INTERVALS else base.interval,
                keep=min(max(keep, KEEP_RANGE[0]), KEEP_RANGE[1]),
                folder=str(data.get("folder", "") or ""),
            )
        except (TypeError, ValueError):
            return base

    def as_dict(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "interval": self.interval,
            "keep": self.keep,
            "folder": self.folder,
        }

    def problems(self) -> list[str]:
        found = []
        if self.interval not in INTERVALS:
            found.append("backup_interval_unknown")
        if not KEEP_RANGE[0] <= self.keep <= KEEP_RANGE[1]:
            found.append("backup_keep_out_of_range")
        return found


def backup_due(last: datetime | None, now: datetime, policy: BackupPolicy) -> bool:
    """Whether an automatic backup should run now.

    Daily means once per calendar day (the first time the app runs that day), and at least once
    in every 24 hours; weekly means 7 days after the last one. A last backup "in the future" (a
    clock set back) counts as due, so a wrong clock never stops the backups.
    """
    if not policy.enabled:
        return False
    if last is None or last > now + timedelta(minutes=5):
        return True
    interval = INTERVALS.get(policy.interval, INTERVALS["daily"])
    if policy.interval == "daily" and now.astimezone().date() > last.astimezone().date():
        return True
    return now - last >= interval


# policy and where backups go ------------------------------------------------------------------
def default_folder(vault_folder: Path) -> Path:
    """`backups` beside the vault folder (on this computer: pick another disk for safety)."""
    return vault_folder.parent / "backups"


def policy(session: VaultSession) -> BackupPolicy:
    stored = session.repository(SettingsRepository).get_all().get(POLICY_SETTING)
    return BackupPolicy.from_mapping(stored)


def folder_of(session: VaultSession, chosen: BackupPolicy | None = None) -> Path:
    picked = (chosen or policy(session)).folder
    return Path(picked) if picked else default_folder(session.folder)


def save_policy(session: VaultSession, new: BackupPolicy) -> None:
    problems = new.problems()
    if problems:
        raise InvalidInputError(problems)
    with guarded(session.folder):
        session.repository(SettingsRepository).put_many({POLICY_SETTING: new.as_dict()})
    store_care.update_notes(
        session.folder,
        backup_folder=str(folder_of(session, new)),
        vault_id=session.opened.vault_id,
    )


def last_backup(session: VaultSession) -> datetime | None:
    stored = session.repository(SettingsRepository).get_all().get(LAST_SETTING)
    if not stored:
        return None
    try:
        value = datetime.fromisoformat(str(stored))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# making backups -------------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupSummary:
    """A backup file, described without its content."""

    path: Path
    vault_id: str
    made_at: datetime
    size: int
    schema_version: int
    seconds: float = 0.0
    removed: int = 0  # older automatic backups removed after this one
    pupils: int | None = None  # pupils in the backup (None: made by an older version)
    kept_for_pupils: Path | None = None  # an older backup kept: it holds more pupils than now


def _summary(found: backup_file.BackupFile, seconds: float = 0.0) -> BackupSummary:
    header = found.header
    return BackupSummary(
        found.path,
        header.vault_id,
        header.made_at,
        found.size,
        header.schema_version,
        seconds,
        pupils=header.pupils,
    )


def make_backup(
    session: VaultSession,
    destination: Path,
    automatic: bool = False,
    now: datetime | None = None,
) -> BackupSummary:
    """Write one backup file; raises the typed storage errors (full, read-only, gone)."""
    started = time.perf_counter()
    opened = session.opened
    outputs.refuse_inside_vault(session.folder, destination)
    if not destination.parent.is_dir():
        raise StorageGoneError("backup")
    with guarded(destination.parent, "backup"):
        try:
            written = store_backup.write_backup(opened, destination)
        except store_backup.RestoreCheckError as error:
            raise BackupFileError("check_failed", error.problems) from None
    summary = _summary(written, time.perf_counter() - started)
    moment = (now or summary.made_at).isoformat()
    try:
        with guarded(session.folder):
            session.repository(SettingsRepository).put_many({LAST_SETTING: moment})
            audit.record(
                session,
                "backup",
                None,
                automatic=automatic,
                size=summary.size,
                file_sha256_prefix=written.header.database_sha256[:16],
            )
    except Exception:  # a read-only vault can still be backed up; the log waits
        pass
    store_care.update_notes(
        session.folder,
        last_backup=moment,
        last_backup_file=str(destination),
        vault_id=opened.vault_id,
    )
    return summary


def automatic_backup(session: VaultSession, now: datetime | None = None) -> BackupSummary | None:
    """Make the scheduled backup if it is due; prune this vault's older automatic backups.

    The vault is checked first: a damaged vault is never backed up over good backups (the check
    failing raises BackupFileError("check_failed") and nothing is rotated).
    """
    moment = now or datetime.now(UTC)
    chosen = policy(session)
    if not backup_due(last_backup(session), moment, chosen):
        return None
    folder = folder_of(session, chosen)
    with guarded(folder, "backup"):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # only when we create it
    problems = session.check()
    if problems:
        raise BackupFileError("check_failed", problems)
    target = folder / store_backup.automatic_name(session.opened.vault_id, moment)
    summary = make_backup(session, target, automatic=True, now=moment)
    purges = [e.at for e in audit.entries(session, "purge")]
    keep_aside = _fuller_backup_to_keep(
        folder, session.opened.vault_id, chosen.keep, max(purges, default=None)
    )
    removed = store_backup.prune_automatic(
        folder,
        session.opened.vault_id,
        chosen.keep,
        frozenset({keep_aside}) if keep_aside else frozenset(),
    )
    return replace(summary, removed=len(removed), kept_for_pupils=keep_aside)


def _fuller_backup_to_keep(
    folder: Path, vault_id: str, keep: int, last_purge: datetime | None
) -> Path | None:
    """The newest backup that the rotation would remove and that holds more pupils than every
    backup it keeps: a vault that lost pupils (emptied by accident, a bad restore) must never
    rotate its last full copy out unasked. Pupils gone by a retention purge were the user's
    decision: backups made before the last purge are rotated out as usual."""
    mine = [
        b
        for b in backup_file.backups_in(folder, vault_id)
        if b.path.name.startswith(f"{backup_file.AUTOMATIC_PREFIX}{vault_id[:8]}-")
    ]
    kept, leaving = mine[: max(keep, 1)], mine[max(keep, 1) :]
    most_kept = max((b.header.pupils or 0 for b in kept), default=0)
    fuller = [
        b
        for b in leaving
        if (b.header.pupils or 0) > most_kept
        and (last_purge is None or b.header.made_at > last_purge)
    ]
    return fuller[0].path if fuller else None


# finding backups ------------------------------------------------------------------------------
def describe(path: Path) -> BackupSummary:
    """What a backup file holds (date, vault, size), without the secret."""
    try:
        with guarded(path.parent, "restore"):
            return _summary(backup_file.read_backup(path))
    except backup_file.BackupFormatError as error:
        raise BackupFileError(error.reason) from None


def backups(folder: Path, vault_id: str | None = None) -> list[BackupSummary]:
    return [_summary(b) for b in backup_file.backups_in(folder, vault_id)]


def latest_backup(vault_folder: Path) -> BackupSummary | None:
    """The newest backup of this vault, found without opening it: in the folder the notes beside
    the vault name, else in the default folder. For a vault too damaged to open."""
    notes = store_care.read_notes(vault_folder)
    vault_id = notes.get("vault_id")
    if not isinstance(vault_id, str):
        try:
            vault_id = KeyFile.load(vault_folder / KEY_FILE).vault_id
        except KeyFileError:
            vault_id = None
    places = []
    if isinstance(notes.get("backup_folder"), str):
        places.append(Path(notes["backup_folder"]))
    places.append(default_folder(vault_folder))
    found: list[BackupSummary] = []
    for place in dict.fromkeys(places):
        found.extend(backups(place, vault_id))
    last_file = notes.get("last_backup_file")
    if isinstance(last_file, str) and Path(last_file).exists():
        try:
            candidate = describe(Path(last_file))
            if vault_id is None or candidate.vault_id == vault_id:
                found.append(candidate)
        except BackupFileError:
            pass
    return max(found, key=lambda b: b.made_at, default=None)
