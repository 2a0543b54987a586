"""The append-only audit log (GDPR accountability: who exported what, when, to whom).

Entries are chained: each hash covers the previous entry's hash and this entry's fields, so
removing or editing an entry (which the triggers also refuse) is detected by `verify`. Details
hold ids, counts, hashes and recipients' roles, never a pupil's name.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    pupil_id: int | None
    details: dict[str, Any]


def _digest(
    previous: str, at: str, actor: str, action: str, pupil_id: int | None, details: str
) -> str:
    payload = json.dumps([previous, at, actor, action, pupil_id, details], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AuditRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def append(
        self,
        action: str,
        actor: str,
        pupil_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> AuditEntry:
        at = datetime.now(UTC).isoformat(sep=" ")
        text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
        with self._engine.begin() as connection:
            last = connection.exec_driver_sql(
                "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"
            ).scalar()
            previous = str(last) if last else GENESIS
            digest = _digest(previous, at, actor, action, pupil_id, text)
            result = connection.exec_driver_sql(
                "INSERT INTO audit_log (at, actor, action, pupil_id, details, previous_hash, hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (at, actor, action, pupil_id, text, previous, digest),
            )
            entry_id = int(result.lastrowid or 0)
        return AuditEntry(
            entry_id, datetime.fromisoformat(at), actor, action, pupil_id, details or {}
        )

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

    def verify(self) -> list[str]:
        """Problems in the chain (entry ids); an empty list means no entry was removed or edited."""
        problems = []
        previous = GENESIS
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT id, at, actor, action, pupil_id, details, previous_hash, hash "
                "FROM audit_log ORDER BY id"
            ).all()
        for entry_id, at, actor, action, pupil_id, details, stored_previous, stored in rows:
            at_text = at if isinstance(at, str) else at.isoformat(sep=" ")
            if stored_previous != previous:
                problems.append(f"audit entry {entry_id}: the chain is broken before it")
            if _digest(stored_previous, at_text, actor, action, pupil_id, details) != stored:
                problems.append(f"audit entry {entry_id}: its content was altered")
            previous = stored
        return problems
