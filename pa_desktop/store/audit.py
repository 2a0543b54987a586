"""The append-only audit log (GDPR accountability: who exported what, when, to whom).

Entries are chained with a keyed MAC (HMAC-SHA-256 under a key derived from the vault's database
key): each entry's MAC covers the previous entry's MAC and this entry's fields, so an entry
removed, edited or re-chained by anyone without the vault's key is detected by `verify`. Entries
written before the MAC (plain SHA-256, marked by a hash without the `m1:` prefix) may only come
before the first keyed one.

Every append runs in a `BEGIN IMMEDIATE` transaction and reads the last entry inside it, so two
writers (the GUI and the command line, two imports) can never chain onto the same entry.

The head of the chain (number of entries and last MAC) is sealed with AES-GCM in the key file
after every append (`AuditHead`), so a database put back from an older copy beside today's key
file, or entries cut off the end (a deleted WAL file), are reported by `verify`. Details hold ids,
counts, hashes and recipients' roles, never a pupil's name.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, Engine

GENESIS = "0" * 64
KEYED_PREFIX = "m1:"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    pupil_id: int | None
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditKeys:
    """The MAC key of the chain and the key that seals its head, both derived from the vault's
    database key (never stored)."""

    mac: bytes
    seal: bytes

    @classmethod
    def derive(cls, database_key: bytes) -> AuditKeys:
        def one(info: bytes) -> bytes:
            return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(
                database_key
            )

        return cls(one(b"pa-desktop/audit-mac/1"), one(b"pa-desktop/audit-head/1"))


@dataclass(frozen=True)
class AuditHead:
    """How many entries the log had, and the MAC of the last, at the last append."""

    count: int
    mac: str


def _payload(
    previous: str, at: str, actor: str, action: str, pupil_id: int | None, details: str
) -> bytes:
    return json.dumps([previous, at, actor, action, pupil_id, details], ensure_ascii=False).encode(
        "utf-8"
    )


def _legacy_digest(
    previous: str, at: str, actor: str, action: str, pupil_id: int | None, details: str
) -> str:
    return hashlib.sha256(_payload(previous, at, actor, action, pupil_id, details)).hexdigest()


def _mac(
    key: bytes,
    previous: str,
    at: str,
    actor: str,
    action: str,
    pupil_id: int | None,
    details: str,
) -> str:
    payload = _payload(previous, at, actor, action, pupil_id, details)
    return KEYED_PREFIX + hmac.new(key, payload, hashlib.sha256).hexdigest()


def append_in(
    connection: Connection,
    keys: AuditKeys,
    action: str,
    actor: str,
    pupil_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> tuple[AuditEntry, AuditHead]:
    """Append inside the caller's write transaction (already begun with BEGIN IMMEDIATE), so the
    entry commits or rolls back with the change it records."""
    at = datetime.now(UTC).isoformat(sep=" ")
    text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
    last = connection.exec_driver_sql(
        "SELECT hash, (SELECT count(*) FROM audit_log) FROM audit_log ORDER BY id DESC LIMIT 1"
    ).first()
    previous = str(last[0]) if last else GENESIS
    count = int(last[1]) if last else 0
    digest = _mac(keys.mac, previous, at, actor, action, pupil_id, text)
    result = connection.exec_driver_sql(
        "INSERT INTO audit_log (at, actor, action, pupil_id, details, previous_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (at, actor, action, pupil_id, text, previous, digest),
    )
    entry = AuditEntry(
        int(result.lastrowid or 0),
        datetime.fromisoformat(at),
        actor,
        action,
        pupil_id,
        details or {},
    )
    return entry, AuditHead(count + 1, digest)


def head_of(connection: Connection) -> AuditHead:
    """The log's head as the database has it now."""
    row = connection.exec_driver_sql(
        "SELECT hash, (SELECT count(*) FROM audit_log) FROM audit_log ORDER BY id DESC LIMIT 1"
    ).first()
    return AuditHead(int(row[1]), str(row[0])) if row else AuditHead(0, GENESIS)


def quick_head_problems(connection: Connection, sealed: AuditHead | None) -> list[str]:
    """At unlock, without walking the whole chain: is the database's log at least as long as
    the sealed head, and is its entry at the head's place the sealed one?"""
    if sealed is None or sealed.count <= 0:
        return []
    count = int(connection.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one())
    mac = connection.exec_driver_sql(
        "SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?", (sealed.count - 1,)
    ).scalar()
    return _head_problems(sealed, count, None if mac is None else str(mac), False)


class AuditRepository:
    def __init__(self, engine: Engine, keys: AuditKeys | None = None) -> None:
        self._engine = engine
        self._keys = keys

    def append(
        self,
        action: str,
        actor: str,
        pupil_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> tuple[AuditEntry, AuditHead]:
        """Append in a transaction of its own; returns the entry and the new head (to seal)."""
        if self._keys is None:
            raise ValueError("appending to the audit log needs the vault's audit keys")
        with self._engine.connect() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                found = append_in(connection, self._keys, action, actor, pupil_id, details)
            except BaseException:
                connection.rollback()
                raise
            connection.commit()
        return found

    def head(self) -> AuditHead:
        with self._engine.connect() as connection:
            return head_of(connection)

    def entries(self, action: str | None = None, pupil_id: int | None = None) -> list[AuditEntry]:
        clauses: list[str] = []
        parameters: list[object] = []
        if action is not None:
            clauses.append("action = ?")
            parameters.append(action)
        if pupil_id is not None:
            clauses.append("pupil_id = ?")
            parameters.append(pupil_id)
        where = f"WHERE {' AND '.join(clauses)} " if clauses else ""
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT id, at, actor, action, pupil_id, details FROM audit_log {where}ORDER BY id",
                tuple(parameters),
            ).all()
        return [
            AuditEntry(
                int(i),
                at if isinstance(at, datetime) else datetime.fromisoformat(str(at)),
                str(actor),
                str(act),
                None if p is None else int(p),
                json.loads(d),
            )
            for i, at, actor, act, p, d in rows
        ]

    def verify(self, sealed: AuditHead | None = None, head_required: bool = False) -> list[str]:
        """Problems in the chain (entry ids), and against the sealed head when given (or
        required: a log with keyed entries always has one); an empty list means no entry was
        removed, edited, re-chained or cut off the end."""
        if self._keys is None:
            raise ValueError("verifying the audit log needs the vault's audit keys")
        problems = []
        previous = GENESIS
        keyed_seen = False
        position = 0
        mac_at_sealed: str | None = None
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT id, at, actor, action, pupil_id, details, previous_hash, hash "
                "FROM audit_log ORDER BY id"
            ).all()
        for entry_id, at, actor, action, pupil_id, details, stored_previous, stored in rows:
            position += 1
            at_text = at if isinstance(at, str) else at.isoformat(sep=" ")
            stored = str(stored)
            if stored_previous != previous:
                problems.append(f"audit entry {entry_id}: the chain is broken before it")
            fields = (stored_previous, at_text, actor, action, pupil_id, details)
            if stored.startswith(KEYED_PREFIX):
                keyed_seen = True
                expected = _mac(self._keys.mac, *fields)
                if not hmac.compare_digest(expected, stored):
                    problems.append(f"audit entry {entry_id}: its content was altered")
            elif keyed_seen:
                problems.append(f"audit entry {entry_id}: written without the vault's key")
            elif _legacy_digest(*fields) != stored:
                problems.append(f"audit entry {entry_id}: its content was altered")
            if sealed is not None and position == sealed.count:
                mac_at_sealed = stored
            previous = stored
        problems.extend(
            _head_problems(sealed, position, mac_at_sealed, keyed_seen and head_required)
        )
        return problems


def _head_problems(
    sealed: AuditHead | None, count: int, mac_at_sealed: str | None, head_required: bool
) -> list[str]:
    if sealed is None:
        if head_required:
            return ["audit log: its sealed head is missing from the key file"]
        return []
    if count < sealed.count:
        return [
            f"audit log: {sealed.count - count} entries were cut off the end, or an older "
            "database was put back beside a newer key file"
        ]
    if sealed.count and (
        mac_at_sealed is None or not hmac.compare_digest(mac_at_sealed, sealed.mac)
    ):
        return ["audit log: it does not continue the head sealed in the key file"]
    return []
