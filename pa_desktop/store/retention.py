"""Reading what retention needs, and purging dossiers for real.

Purging deletes the pupils' rows (every table cascades from `pupils`), with `secure_delete`
overwriting the freed space, then `VACUUM` rebuilds the file and a truncating checkpoint empties
the WAL, so no page of the file still holds the deleted bytes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine
from sqlcipher3 import dbapi2 as sqlcipher

from pa_desktop.domain.retention import DossierFacts
from pa_desktop.store.raw import autocommit_cursor

_CHUNK = 500


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def dossier_facts(engine: Engine) -> list[DossierFacts]:
    """Per pupil: created, left, the last trajectory step, the last absence and measure."""
    query = """
        SELECT p.id, p.created_at, p.enrolled_until,
            (SELECT max(a.day) FROM absences a WHERE a.pupil_id = p.id),
            (SELECT max(m.day) FROM measures m WHERE m.pupil_id = p.id),
            (SELECT t.step FROM trajectory t WHERE t.pupil_id = p.id
                ORDER BY t.day DESC, t.id DESC LIMIT 1),
            (SELECT max(t.day) FROM trajectory t WHERE t.pupil_id = p.id)
        FROM pupils p ORDER BY p.id
    """
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(query).all()
    facts = []
    for pupil_id, created, until, absence, measure, step, step_day in rows:
        facts.append(
            DossierFacts(
                pupil_id=int(pupil_id),
                created_on=_day(created) or date.today(),
                left_on=_day(until),
                last_step=None if step is None else str(step),
                last_step_on=_day(step_day),
                last_absence=_day(absence),
                last_measure=_day(measure),
            )
        )
    return facts


class PurgeLeftRowsError(Exception):
    """A table still held rows of a purged pupil (a table without a cascade): rolled back."""


@dataclass(frozen=True)
class PurgeReport:
    purged: int
    compacted: bool
    seconds: float


def _tables_with_pupil_id(connection: Any) -> list[str]:
    tables = [
        str(row[0])
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).all()
    ]
    found = []
    for table in tables:
        if table == "audit_log":  # ids only, append-only by design
            continue
        columns = connection.exec_driver_sql(f'PRAGMA table_info("{table}")').all()
        if any(str(column[1]) == "pupil_id" for column in columns):
            found.append(table)
    return found


def purge_pupils(
    engine: Engine,
    pupil_ids: list[int],
    record: Callable[[Connection, int], object] | None = None,
) -> PurgeReport:
    """Delete the pupils and everything of theirs in one transaction, then compact the file.

    `record(connection, purged)` writes the audit entry inside that same transaction, so a
    purge that happened always has its entry (and an entry never tells of a purge that did not).

    `compacted` is False when VACUUM or the checkpoint could not finish (for example a full
    disk): the rows are deleted all the same and secure_delete already overwrote their bytes.
    """
    started = time.perf_counter()
    ids = sorted(set(pupil_ids))
    with engine.begin() as connection:
        if not connection.exec_driver_sql("PRAGMA foreign_keys").scalar():
            raise PurgeLeftRowsError("foreign keys are off")
        deleted = 0
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            result = connection.exec_driver_sql(
                f"DELETE FROM pupils WHERE id IN ({marks})", tuple(chunk)
            )
            deleted += int(result.rowcount or 0)
            for table in _tables_with_pupil_id(connection):
                left = connection.exec_driver_sql(
                    f'SELECT count(*) FROM "{table}" WHERE pupil_id IN ({marks})', tuple(chunk)
                ).scalar_one()
                if left:
                    raise PurgeLeftRowsError(table)
        if record is not None:
            record(connection, deleted)
    compacted = compact(engine)
    return PurgeReport(deleted, compacted, time.perf_counter() - started)


def compact(engine: Engine) -> bool:
    """VACUUM, then move every page out of the WAL and truncate it; False when it could not."""
    with autocommit_cursor(engine) as cursor:
        try:
            cursor.execute("VACUUM")
            busy, _log, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            return int(busy) == 0
        except (sqlcipher.Error, OSError):  # a full disk or a busy reader: the purge stands
            return False
