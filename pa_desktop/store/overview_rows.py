"""Computed overview rows kept in the vault (schema 11), so a new process reads them back.

The figures of a whole school take about a second to compute from a year of absences. Once
computed they stay valid until something they depend on changes, and store/revisions.py
already knows when that is: every pupil's revision moves with each change to its rows, the
vault's revision (row 0) with each change to settings and schools. A kept row is stored with
both revisions, the program that computed it and a fingerprint of the pupil record, and is
handed out again only when all of them still match; anything else is computed anew.

Rows are keyed by school year, reference date and school (0: every school). Only the latest
reference date of a school year and school is kept, so the table holds at most one row per pupil
per school year and school view; a purged pupil's rows go with it (ON DELETE CASCADE).

A change removes the rows it makes stale in its own transaction (triggers on the revisions),
and a row is stored only while the revisions it was computed under are still the vault's, so
the table never holds a copy of data that was changed or deleted since.

Keeping rows is a courtesy, never a duty: it never waits for another writer (a busy vault
simply keeps nothing this time), and a vault on a read-only medium keeps nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Engine
from sqlcipher3 import dbapi2

from pa_desktop.store.database import BUSY_TIMEOUT_S
from pa_desktop.store.raw import autocommit_cursor, raw_cursor
from pa_desktop.store.revisions import only_pupils

EVERY_SCHOOL = 0


def v11_overview_rows(execute: Callable[[str], Any]) -> None:
    """Schema 11: the table of kept overview rows, and settings that do not concern the
    overview no longer move the whole vault's revision. It builds on schema 10 (the revisions)
    and names no table of schemas 7-9."""
    execute(
        """CREATE TABLE IF NOT EXISTS overview_rows (
            school_year INTEGER NOT NULL,
            school_id INTEGER NOT NULL,
            reference DATE NOT NULL,
            pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            pupil_revision INTEGER NOT NULL,
            vault_revision INTEGER NOT NULL,
            program TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            figures TEXT NOT NULL,
            absent TEXT NOT NULL,
            PRIMARY KEY (school_year, school_id, reference, pupil_id)
        )"""
    )
    execute("CREATE INDEX IF NOT EXISTS ix_overview_rows_pupil ON overview_rows (pupil_id)")
    _settings_that_count(execute)
    # A change to a pupil (or, row 0, to the settings) removes the rows it made stale in the same
    # transaction, so no copy of a deleted absence or note outlives the change in this table.
    for event in ("INSERT", "UPDATE"):
        execute(
            f"CREATE TRIGGER IF NOT EXISTS overview_rows_stale_{event.lower()} "
            f"AFTER {event} ON overview_revisions BEGIN "
            "DELETE FROM overview_rows WHERE NEW.pupil_id = 0 OR pupil_id = NEW.pupil_id; END"
        )


# Settings that no figure, signal or state of the overview reads: the moment of the last backup,
# the backup and retention policies, saved import mappings, the insight's small-number rule, the
# lock delay, the pseudonyms' secret. Writing one (a backup does, every day) moved the whole
# vault's revision in schema 10, and every row was computed again; from schema 11 it does not.
# Only add a key here when the overview certainly never reads it.
NOT_OVERVIEW_SETTINGS = (
    "backup_last",
    "backup_policy",
    "retention",
    "import_mappings",
    "import_first_afternoon_hour",
    "small_number_threshold",
    "lock_minutes",
    "pseudonym_secret",
)


def _settings_that_count(execute: Callable[[str], Any]) -> None:
    """Schema 10's settings triggers again, now skipping NOT_OVERVIEW_SETTINGS."""
    keys = ", ".join(f"'{key}'" for key in NOT_OVERVIEW_SETTINGS)
    bump = (
        "INSERT INTO overview_revisions (pupil_id, revision) VALUES (0, 1) "
        "ON CONFLICT (pupil_id) DO UPDATE SET revision = revision + 1;"
    )
    conditions = {
        "insert": f"NEW.key NOT IN ({keys})",
        "update": f"NEW.key NOT IN ({keys}) OR OLD.key NOT IN ({keys})",
        "delete": f"OLD.key NOT IN ({keys})",
    }
    for event, condition in conditions.items():
        execute(f"DROP TRIGGER IF EXISTS overview_settings_{event}")
        execute(
            f"CREATE TRIGGER overview_settings_{event} AFTER {event.upper()} ON settings "
            f"WHEN {condition} BEGIN {bump} END"
        )


@dataclass(frozen=True)
class ViewKey:
    """Which overview a row belongs to: a school year at a reference date, one school or all."""

    school_year: int
    reference: date
    school_id: int = EVERY_SCHOOL


class KeptRow(NamedTuple):
    """One stored row: what it was computed under, and its two encoded parts."""

    pupil_id: int
    pupil_revision: int
    vault_revision: int
    program: str
    fingerprint: str
    figures: str
    absent: str


class OverviewRowStore:
    """Read and write the kept rows of one vault."""

    def __init__(self, engine: Engine, read_only: bool = False) -> None:
        self._engine = engine
        self._read_only = read_only

    def read(self, key: ViewKey, pupils: Collection[int] | None = None) -> dict[int, KeptRow]:
        """The kept rows of one view (of every pupil, or some), by pupil id."""
        some, parameters = only_pupils(pupils)
        with raw_cursor(self._engine) as cursor:
            cursor.execute(
                "SELECT pupil_id, pupil_revision, vault_revision, program, fingerprint, "
                "figures, absent FROM overview_rows "
                f"WHERE school_year = ? AND school_id = ? AND reference = ? {some}",
                (key.school_year, key.school_id, key.reference.isoformat(), *parameters),
            )
            rows = cursor.fetchall()
        return {int(row[0]): KeptRow(*row) for row in rows}

    def keep(self, key: ViewKey, rows: Sequence[KeptRow]) -> bool:
        """Store rows of one view, dropping that school year and school's rows of other
        reference dates. False when nothing was kept: a read-only vault, or another writer busy
        at this moment (a kept row saves time, it is never worth a wait)."""
        if self._read_only or not rows:
            return False
        day = key.reference.isoformat()
        with autocommit_cursor(self._engine) as cursor:
            cursor.execute("PRAGMA busy_timeout = 0")
            try:
                try:
                    cursor.execute("BEGIN IMMEDIATE")
                except dbapi2.OperationalError:  # database is locked: another writer
                    return False
                try:
                    cursor.execute(
                        "DELETE FROM overview_rows WHERE school_year = ? AND school_id = ? "
                        "AND reference != ?",
                        (key.school_year, key.school_id, day),
                    )
                    cursor.executemany(
                        "INSERT INTO overview_rows (school_year, school_id, reference, pupil_id, "
                        "pupil_revision, vault_revision, program, fingerprint, figures, absent) "
                        "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                        "WHERE EXISTS (SELECT 1 FROM pupils WHERE id = ?) "
                        "AND coalesce((SELECT revision FROM overview_revisions "
                        "WHERE pupil_id = ?), 0) = ? "
                        "AND coalesce((SELECT revision FROM overview_revisions "
                        "WHERE pupil_id = 0), 0) = ? "
                        "ON CONFLICT (school_year, school_id, reference, pupil_id) DO UPDATE SET "
                        "pupil_revision = excluded.pupil_revision, "
                        "vault_revision = excluded.vault_revision, program = excluded.program, "
                        "fingerprint = excluded.fingerprint, figures = excluded.figures, "
                        "absent = excluded.absent",
                        [
                            (
                                key.school_year,
                                key.school_id,
                                day,
                                *row,
                                row.pupil_id,
                                row.pupil_id,
                                row.pupil_revision,
                                row.vault_revision,
                            )
                            for row in rows
                        ],
                    )
                    cursor.execute("COMMIT")
                except BaseException:
                    cursor.execute("ROLLBACK")
                    raise
            finally:
                cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        return True

    def forget(self) -> None:
        """Drop every kept row (a benchmark measures the computation; a test starts clean)."""
        if self._read_only:
            return
        with self._engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM overview_rows")

    def count(self) -> int:
        with self._engine.connect() as connection:
            return int(
                connection.exec_driver_sql("SELECT count(*) FROM overview_rows").scalar_one()
            )
