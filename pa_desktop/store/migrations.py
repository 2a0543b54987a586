"""Schema versions, one step at a time, recorded in SQLite's user_version.

Each step is plain SQL run in one transaction, so a vault made by any earlier version opens in a
newer one. Never edit a step that has shipped: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from pa_desktop.store.overview_rows import v11_overview_rows

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


def _v3_imports(execute: Execute) -> None:
    """Every import is recorded: which file (name and hash), what it changed, who, when."""
    execute(
        """CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            format TEXT NOT NULL,
            counts TEXT NOT NULL,
            user_name TEXT NOT NULL,
            imported_at DATETIME NOT NULL
        )"""
    )
    execute("CREATE INDEX ix_imports_sha256 ON imports (sha256)")


def _v4_guidance(execute: Execute) -> None:
    """The guidance-measure log (with every earlier version kept), the trajectory, and the
    manual flags on a pupil (parents unreachable, known problem)."""
    execute(
        """CREATE TABLE measures (
            id INTEGER PRIMARY KEY,
            pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            day DATE NOT NULL,
            at TEXT,
            towards TEXT NOT NULL,
            channel TEXT NOT NULL,
            purpose TEXT NOT NULL,
            outcome TEXT NOT NULL,
            agreements TEXT NOT NULL DEFAULT '',
            follow_up DATE,
            note TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL,
            recorded_at DATETIME NOT NULL,
            version INTEGER NOT NULL DEFAULT 1
        )"""
    )
    execute("CREATE INDEX ix_measures_pupil ON measures (pupil_id, day)")
    execute("CREATE INDEX ix_measures_follow_up ON measures (follow_up)")
    execute(
        """CREATE TABLE measure_history (
            id INTEGER PRIMARY KEY,
            measure_id INTEGER NOT NULL,
            pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            content TEXT,
            author TEXT NOT NULL,
            changed_at DATETIME NOT NULL
        )"""
    )
    execute("CREATE INDEX ix_measure_history ON measure_history (measure_id, version)")
    execute(
        """CREATE TABLE trajectory (
            id INTEGER PRIMARY KEY,
            pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            step TEXT NOT NULL,
            day DATE NOT NULL,
            author TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}',
            recorded_at DATETIME NOT NULL
        )"""
    )
    execute("CREATE INDEX ix_trajectory_pupil ON trajectory (pupil_id, day)")
    execute(
        """CREATE TABLE pupil_flags (
            pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            flag TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            set_by TEXT NOT NULL,
            set_at DATETIME NOT NULL,
            PRIMARY KEY (pupil_id, flag)
        )"""
    )


def _v5_checklist(execute: Execute) -> None:
    """The user's answers to the PA checklist (overrides of the pre-filled data, with who, when
    and why), per pupil and school year; the CLB's notes and plan live here too."""
    execute(
        """CREATE TABLE checklist_answers (
            pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            school_year INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            value TEXT NOT NULL,
            author TEXT NOT NULL,
            answered_at DATETIME NOT NULL,
            why TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (pupil_id, school_year, item_id)
        )"""
    )


def _v6_audit(execute: Execute) -> None:
    """An append-only, hash-chained audit log: each entry's hash covers the previous hash, so a
    removed or altered entry breaks the chain. Triggers refuse UPDATE and DELETE."""
    execute(
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at DATETIME NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            pupil_id INTEGER,
            details TEXT NOT NULL DEFAULT '{}',
            previous_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )"""
    )
    execute("CREATE INDEX ix_audit_action ON audit_log (action, at)")
    execute(
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    execute(
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def track_overview_changes(execute: Execute, table: str, pupil_column: str | None) -> None:
    """Triggers that move a pupil's overview revision (or, with no pupil column, the whole
    vault's: revision row 0) in the same transaction as any insert, update or delete on `table`.

    Every table whose contents change a figure, signal or state of the overview must be tracked,
    or the overview keeps showing a pupil's old row (services/overview_reads.py)."""
    # a pupil being purged gets no revision row back from the cascade that empties its tables
    bump = (
        "INSERT INTO overview_revisions (pupil_id, revision) SELECT {who}, 1 "
        "WHERE {who} = 0 OR EXISTS (SELECT 1 FROM pupils WHERE id = {who}) "
        "ON CONFLICT (pupil_id) DO UPDATE SET revision = revision + 1;"
    )
    for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
        whos = [f"{row}.{pupil_column}" for row in rows] if pupil_column else ["0"]
        body = " ".join(bump.format(who=who) for who in dict.fromkeys(whos))
        execute(
            f"CREATE TRIGGER IF NOT EXISTS overview_{table}_{event.lower()} "
            f"AFTER {event} ON {table} "
            f"BEGIN {body} END"
        )


def _v7_schools(execute: Execute) -> None:
    """Schools as first-class: a school (name, number, its own calendar extras, codes and
    thresholds as JSON), a pupil's enrolment per school year (school, class, arrival, leaving),
    and the B half days a transfer carried in per school year. Every existing vault becomes one
    school, named after the profile's school, holding all its pupils; its settings stay empty,
    so the vault's own calendar and codes keep applying exactly as before."""
    execute(
        """CREATE TABLE schools (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            number TEXT,
            settings TEXT NOT NULL DEFAULT '{}',
            created_at DATETIME NOT NULL
        )"""
    )
    execute(
        """CREATE TABLE enrolments (
            id INTEGER PRIMARY KEY,
            pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            school_id INTEGER NOT NULL REFERENCES schools(id),
            school_year INTEGER NOT NULL,
            class_name TEXT NOT NULL,
            arrival DATE,
            leaving DATE,
            UNIQUE (pupil_id, school_id, school_year)
        )"""
    )
    execute("CREATE INDEX ix_enrolments_year ON enrolments (school_year, school_id)")
    execute(
        """CREATE TABLE carried_b (
            pupil_id INTEGER NOT NULL REFERENCES pupils(id) ON DELETE CASCADE,
            school_year INTEGER NOT NULL,
            b_count INTEGER NOT NULL CHECK (b_count >= 0),
            source TEXT NOT NULL DEFAULT '',
            recorded_at DATETIME NOT NULL,
            PRIMARY KEY (pupil_id, school_year)
        )"""
    )
    execute("ALTER TABLE pupils ADD COLUMN school_id INTEGER REFERENCES schools(id)")
    execute(
        "INSERT INTO schools (id, name, number, settings, created_at) VALUES (1, coalesce("
        "(SELECT nullif(trim(json_extract(value, '$')), '') FROM settings WHERE key = 'school' "
        "AND json_valid(value) AND json_type(value) = 'text'), 'School'), NULL, '{}', "
        "strftime('%Y-%m-%d %H:%M:%f', 'now'))"
    )
    execute("UPDATE pupils SET school_id = 1")
    execute("CREATE INDEX ix_pupils_school ON pupils (school_id)")


def _v8_domain_rules(execute: Execute) -> None:
    """Domain rules of issue 20. When the contact details of the parents were last checked (the
    unreachable-parents signal needs certainty about them). And registration reason c was split
    in two ("no longer comes" / "refuses all guidance"): a step recorded before kept the old
    merged meaning under `no_longer_comes`, so it is marked, and nobody reads "refuses: no"
    into it."""
    execute("ALTER TABLE pupils ADD COLUMN contact_checked_on DATE")
    execute(
        "UPDATE trajectory SET details = json_set(details, '$.reasons_before_split', json('true')) "
        "WHERE step = 'registered_clb' AND json_valid(details) "
        "AND EXISTS (SELECT 1 FROM json_each(details, '$.registration_reasons') "
        "WHERE value = 'no_longer_comes')"
    )


def _v9_trust(execute: Execute) -> None:
    """The audit log refuses an INSERT that would take an existing entry's place: `INSERT OR
    REPLACE` deletes the old row without firing the no-delete trigger (recursive triggers are
    off), so it passed the append-only rule before. Independent of schemas 7 and 8."""
    execute(
        "CREATE TRIGGER IF NOT EXISTS audit_no_replace BEFORE INSERT ON audit_log "
        "WHEN NEW.id > 0 AND NEW.id <= (SELECT coalesce(max(id), 0) FROM audit_log) "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def _track_school_tables(execute: Execute) -> None:
    """Schools (schema 7) in the overview revisions: a school's calendar, codes or thresholds
    concern all its pupils; an enrolment or B half days carried in concern one pupil."""
    track_overview_changes(execute, "schools", None)
    track_overview_changes(execute, "enrolments", "pupil_id")
    track_overview_changes(execute, "carried_b", "pupil_id")


def _v10_overview_revisions(execute: Execute) -> None:
    """A revision number per pupil, moved by triggers in the same transaction as every change to
    what the overview reads of that pupil (absences, measures, trajectory steps, flags), and one
    for the whole vault (row 0: settings such as the calendar, codes and thresholds). The
    overview recomputes only the pupils whose number moved, whichever connection, thread or
    process made the change. It comes after schema 7 (schools), whose tables it tracks too, and
    it may run again on a vault that has it (IF NOT EXISTS)."""
    execute(
        "CREATE TABLE IF NOT EXISTS overview_revisions ("
        "pupil_id INTEGER PRIMARY KEY, revision INTEGER NOT NULL)"
    )
    for table in ("absences", "measures", "trajectory", "pupil_flags"):
        track_overview_changes(execute, table, "pupil_id")
    track_overview_changes(execute, "settings", None)
    has_schools = execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schools'"
    ).fetchone()[0]
    if has_schools:  # else `migrate` adds them with the schools step it still owes the vault
        _track_school_tables(execute)
    # any change to a pupil's own record (class, enrolment, the parents' contact check, ...)
    execute(
        "CREATE TRIGGER IF NOT EXISTS overview_pupils_update AFTER UPDATE ON pupils BEGIN "
        "INSERT INTO overview_revisions (pupil_id, revision) VALUES (NEW.id, 1) "
        "ON CONFLICT (pupil_id) DO UPDATE SET revision = revision + 1; END"
    )
    execute(
        "CREATE TRIGGER IF NOT EXISTS overview_pupils_delete AFTER DELETE ON pupils "
        "BEGIN DELETE FROM overview_revisions WHERE pupil_id = OLD.id; END"
    )


MIGRATIONS: list[Step] = [
    _v1_initial,
    _v2_enrolment,
    _v3_imports,
    _v4_guidance,
    _v5_checklist,
    _v6_audit,
    _v7_schools,
    _v8_domain_rules,
    _v9_trust,
    _v10_overview_revisions,
    v11_overview_rows,  # store/overview_rows.py
]
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
        if max(version, target) >= _SCHOOLS_VERSION and not _has_table(cursor, "schools"):
            # A development build before the schools work landed recorded version 7 as an
            # empty placeholder: such a vault gets the schools step now, once.
            cursor.execute("BEGIN IMMEDIATE")
            try:
                _v7_schools(cursor.execute)
                if max(version, target) >= _REVISIONS_VERSION:
                    _track_school_tables(cursor.execute)
                cursor.execute("COMMIT")
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
    finally:
        cursor.close()
        raw.isolation_level = previous_isolation
    return applied


_SCHOOLS_VERSION = 7
_REVISIONS_VERSION = 10


def _has_table(cursor: Any, name: str) -> bool:
    cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return cursor.fetchone() is not None
