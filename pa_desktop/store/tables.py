"""One row class per table of the vault: the schema in Python, for readers and for the ORM.

The DDL itself comes from migrations.py (the one source of what is in a vault file). Some row
classes are what the repositories read and write through the ORM (settings, pupils, absences,
imports); the others only describe a table that its repository reaches with plain SQL, where
bulk reads and upserts are simpler and faster that way. All of them are checked against the
migrated database, column by column, and every table must have one
(tests/store/test_store_migrations.py), so this file never drifts from the vault it describes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel


class SettingRow(SQLModel, table=True):
    __tablename__ = "settings"

    key: str = Field(primary_key=True)
    value: str


class PupilRow(SQLModel, table=True):
    __tablename__ = "pupils"

    id: int | None = Field(default=None, primary_key=True)
    last_name: str
    first_name: str
    class_name: str
    birth_date: date | None = None
    school_number: str | None = None
    enrolled_from: date | None = None
    enrolled_until: date | None = None
    created_at: datetime
    school_id: int | None = Field(default=None, foreign_key="schools.id")
    contact_checked_on: date | None = None


class SchoolRow(SQLModel, table=True):
    """A school: its own calendar extras, codes and thresholds live in `settings` (JSON)."""

    __tablename__ = "schools"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    number: str | None = None
    settings: str = "{}"
    created_at: datetime


class EnrolmentRow(SQLModel, table=True):
    """A pupil at one school in one school year (start year), from arrival to leaving."""

    __tablename__ = "enrolments"

    id: int | None = Field(default=None, primary_key=True)
    pupil_id: int = Field(foreign_key="pupils.id")
    school_id: int = Field(foreign_key="schools.id")
    school_year: int
    class_name: str
    arrival: date | None = None
    leaving: date | None = None


class CarriedBRow(SQLModel, table=True):
    """B half days a transfer carried in for one school year (counts only, no dates)."""

    __tablename__ = "carried_b"

    pupil_id: int = Field(foreign_key="pupils.id", primary_key=True)
    school_year: int = Field(primary_key=True)
    b_count: int
    source: str = ""
    recorded_at: datetime


class AbsenceRow(SQLModel, table=True):
    __tablename__ = "absences"

    id: int | None = Field(default=None, primary_key=True)
    pupil_id: int = Field(foreign_key="pupils.id")
    day: date
    half: str
    code: str
    luxeverzuim: bool = False
    doubtful_certificate: bool = False
    medical_certificate: bool = False
    source: str = "manual"
    recorded_at: datetime


class ImportRow(SQLModel, table=True):
    """One import: the file's name and SHA-256, the counts (JSON), who imported it and when."""

    __tablename__ = "imports"

    id: int | None = Field(default=None, primary_key=True)
    file_name: str
    sha256: str
    format: str
    counts: str
    user_name: str
    imported_at: datetime


class MeasureRow(SQLModel, table=True):
    """The current version of a guidance measure; earlier versions live in measure_history."""

    __tablename__ = "measures"

    id: int | None = Field(default=None, primary_key=True)
    pupil_id: int = Field(foreign_key="pupils.id")
    day: date
    at: str | None = None
    towards: str
    channel: str
    purpose: str
    outcome: str
    agreements: str = ""
    follow_up: date | None = None
    note: str = ""
    author: str
    recorded_at: datetime
    version: int = 1


class MeasureHistoryRow(SQLModel, table=True):
    """One earlier version of a measure (content as JSON; null when it was deleted)."""

    __tablename__ = "measure_history"

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int
    pupil_id: int = Field(foreign_key="pupils.id")
    version: int
    content: str | None = None
    author: str
    changed_at: datetime


class TrajectoryRow(SQLModel, table=True):
    __tablename__ = "trajectory"

    id: int | None = Field(default=None, primary_key=True)
    pupil_id: int = Field(foreign_key="pupils.id")
    step: str
    day: date
    author: str
    details: str = "{}"
    recorded_at: datetime


class PupilFlagRow(SQLModel, table=True):
    """A flag set by hand on a pupil: parents_unreachable or known_problem, with a note."""

    __tablename__ = "pupil_flags"

    pupil_id: int = Field(foreign_key="pupils.id", primary_key=True)
    flag: str = Field(primary_key=True)
    note: str = ""
    set_by: str
    set_at: datetime


class ChecklistAnswerRow(SQLModel, table=True):
    """A user's answer to one checklist item (JSON value), overriding what the data say."""

    __tablename__ = "checklist_answers"

    pupil_id: int = Field(foreign_key="pupils.id", primary_key=True)
    school_year: int = Field(primary_key=True)
    item_id: str = Field(primary_key=True)
    value: str
    author: str
    answered_at: datetime
    why: str = ""


class AuditRow(SQLModel, table=True):
    """One audit entry; `hash` = SHA-256 over the previous hash and this entry's fields."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    actor: str
    action: str
    pupil_id: int | None = None
    details: str = "{}"
    previous_hash: str
    hash: str


class OverviewRevisionRow(SQLModel, table=True):
    """A pupil's overview revision, moved by triggers with every change to what the overview
    reads of that pupil; pupil 0 stands for the whole vault (settings). Schema 10."""

    __tablename__ = "overview_revisions"

    pupil_id: int = Field(primary_key=True)
    revision: int


class OverviewKeptRow(SQLModel, table=True):
    """A computed overview row kept for the next process (store/overview_rows.py), valid while
    the revisions, the program and the pupil's fingerprint it was stored with still hold.
    Schema 11."""

    __tablename__ = "overview_rows"

    school_year: int = Field(primary_key=True)
    school_id: int = Field(primary_key=True)
    reference: date = Field(primary_key=True)
    pupil_id: int = Field(foreign_key="pupils.id", primary_key=True)
    pupil_revision: int
    vault_revision: int
    program: str
    fingerprint: str
    figures: str
    absent: str
