"""The backup file's format: what is in the header, and reading it back without the key.

File layout (all numbers big-endian):

    8 bytes   magic "PADBKP01"
    4 bytes   length of the header
    header    UTF-8 JSON: format, vault_id, made_at (UTC), schema_version, program_version,
              database_size, database_sha256, key_file (wrapped keys only, no secret), pupils
    rest      the SQLCipher database (database_size bytes)

The header holds no personal data, so backups can be listed and described before any secret is
given. Writing and restoring are store/backup.py.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from pa_desktop.store.keyfile import KeyFile, KeyFileError, normalise_recovery_code
from pa_desktop.store.migrations import LATEST_VERSION
from pa_desktop.store.vault import PASSPHRASE_SLOT, RECOVERY_SLOT

MAGIC = b"PADBKP01"
BACKUP_FORMAT = 1
SUFFIX = ".pabackup"
AUTOMATIC_PREFIX = "pa-desktop-"
CHUNK = 1 << 20
_MAX_HEADER = 1 << 20


class BackupFormatError(Exception):
    """Not a PA Desktop backup, or a damaged or truncated one. `reason`: not_a_backup, damaged,
    too_new."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class BackupHeader:
    vault_id: str
    made_at: datetime
    schema_version: int
    program_version: str
    database_size: int
    database_sha256: str
    key_file: dict[str, Any]
    pupils: int | None = None  # how many pupils the copy holds (None: an older backup)

    def to_json(self) -> dict[str, Any]:
        extra = {} if self.pupils is None else {"pupils": self.pupils}
        return {
            **extra,
            "format": BACKUP_FORMAT,
            "vault_id": self.vault_id,
            "made_at": self.made_at.isoformat(),
            "schema_version": self.schema_version,
            "program_version": self.program_version,
            "database_size": self.database_size,
            "database_sha256": self.database_sha256,
            "key_file": self.key_file,
        }

    def unwrap(self, secret: str, recovery: bool = False) -> bytes:
        """The database key from the slots the backup carries (WrongSecretError when wrong)."""
        key_file = KeyFile.from_payload(self.key_file)
        if recovery:
            return key_file.unwrap(RECOVERY_SLOT, normalise_recovery_code(secret))
        return key_file.unwrap(PASSPHRASE_SLOT, secret)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    header: BackupHeader
    size: int
    offset: int  # where the database starts in the file


# reading ------------------------------------------------------------------------------------
def _read_exactly(stream: BinaryIO, count: int) -> bytes:
    data = stream.read(count)
    if len(data) != count:
        raise BackupFormatError("damaged")
    return data


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _read_header(stream: BinaryIO) -> tuple[BackupHeader, int]:
    if stream.read(len(MAGIC)) != MAGIC:
        raise BackupFormatError("not_a_backup")
    (length,) = struct.unpack(">I", _read_exactly(stream, 4))
    if length > _MAX_HEADER:
        raise BackupFormatError("damaged")
    try:
        data = json.loads(_read_exactly(stream, length).decode("utf-8"))
        if int(data["format"]) > BACKUP_FORMAT:
            raise BackupFormatError("too_new")
        header = BackupHeader(
            vault_id=str(data["vault_id"]),
            made_at=datetime.fromisoformat(str(data["made_at"])),
            schema_version=int(data["schema_version"]),
            program_version=str(data.get("program_version", "")),
            database_size=int(data["database_size"]),
            database_sha256=str(data["database_sha256"]),
            key_file=dict(data["key_file"]),
            pupils=_count(data.get("pupils")),
        )
        KeyFile.from_payload(header.key_file)
    except (ValueError, KeyError, TypeError, KeyFileError):
        raise BackupFormatError("damaged") from None
    if header.schema_version > LATEST_VERSION:
        raise BackupFormatError("too_new")
    return header, len(MAGIC) + 4 + length


def read_backup(path: Path) -> BackupFile:
    """The header of a backup file (the database itself is checked on restore)."""
    with path.open("rb") as stream:
        header, offset = _read_header(stream)
        size = os.fstat(stream.fileno()).st_size
    if size - offset != header.database_size:
        raise BackupFormatError("damaged")
    return BackupFile(path, header, size, offset)


def header_bytes(header: BackupHeader) -> bytes:
    return json.dumps(header.to_json(), sort_keys=True).encode("utf-8")


def backups_in(folder: Path, vault_id: str | None = None) -> list[BackupFile]:
    """Readable backups in a folder (of one vault when vault_id is given), newest first."""
    found: list[BackupFile] = []
    try:
        candidates = [p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file()]
    except OSError:
        return []
    for path in candidates:
        try:
            backup = read_backup(path)
        except (OSError, BackupFormatError):
            continue
        if vault_id is None or backup.header.vault_id == vault_id:
            found.append(backup)
    return sorted(found, key=lambda b: b.header.made_at, reverse=True)
