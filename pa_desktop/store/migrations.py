"""Schema versions, one step at a time, recorded in SQLite's user_version.

Each step is plain SQL run in one transaction, so a vault made by any earlier version opens in a
newer one. Never edit a step that has shipped: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

Execute = Callable[[str], Any]
Step = Callable[[Execute], None]


def _v1_initial(execute: Execute) -> None:
    statements = [
        "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
        """CREATE TABLE pupils (
            id INTEGER PRIMARY KEY,
            last_name TEXT NOT NULL,
            first_name TEXT NOT NULL,
            class_name TEXT NOT NULL,
            birth_date DATE,
            school_number TEXT,
            created_at DATETIME NOT NULL
        )""",
        """CREATE TABLE absences (
            id INTEGER PRIMARY KEY,
            pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            day DATE NOT NULL,
            half TEXT NOT NULL CHECK (half IN ('VM', 'NM')),
            code TEXT NOT NULL,
            luxeverzuim BOOLEAN NOT NULL DEFAULT 0,
            doubtful_certificate BOOLEAN NOT NULL DEFAULT 0,
            medical_certificate BOOLEAN NOT NULL DEFAULT 0,
            source TEXT NOT NULL DEFAULT 'manual',
            recorded_at DATETIME NOT NULL,
            UNIQUE (pupil_id, day, half)
        )""",
        "CREATE INDEX ix_absences_day ON absences (day)",
    ]
    for statement in statements:
        execute(statement)


def _v2_enrolment(execute: Execute) -> None:
    """Pupils who arrive or leave mid-year: their rate counts only the days they were enrolled."""
    execute("ALTER TABLE pupils ADD COLUMN enrolled_from DATE")
    execute("ALTER TABLE pupils ADD COLUMN enrolled_until DATE")
    execute("CREATE INDEX ix_pupils_class ON pupils (class_name)")


MIGRATIONS: list[Step] = [_v1_initial, _v2_enrolment]
LATEST_VERSION = len(MIGRATIONS)


class NewerVaultError(Exception):
    """The vault was written by a newer PA Desktop; opening it here could damage it."""


def current_version(connection: Connection) -> int:
    return int(connection.exec_driver_sql("PRAGMA user_version").scalar_one())


def migrate(connection: Connection, target: int = LATEST_VERSION) -> list[int]:
    """Run every step above the stored version up to target, each step in its own transaction.

    The DB-API driver does not open transactions around DDL, so each step is bracketed with an
    explicit BEGIN IMMEDIATE / COMMIT on the raw connection: a failed step leaves no half schema.
    """
    version = current_version(connection)
    connection.commit()
    if version > LATEST_VERSION:
        raise NewerVaultError(
            f"vault schema {version} is newer than this program ({LATEST_VERSION})"
        )
    raw = connection.connection.dbapi_connection
    assert raw is not None
    previous_isolation = raw.isolation_level
    raw.isolation_level = None
    cursor = raw.cursor()
    applied = []
    try:
        for number in range(version + 1, target + 1):
            cursor.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[number - 1](cursor.execute)
                cursor.execute(f"PRAGMA user_version = {number}")
                cursor.execute("COMMIT")
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
            applied.append(number)
    finally:
        cursor.close()
        raw.isolation_level = previous_isolation
    return applied
