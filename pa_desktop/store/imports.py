"""Writing an import: everything in one transaction, in bulk, and the record of every import.

The services open an `ImportTransaction`, read the pupils and the codes already there *inside*
it (so the plan is made against exactly what it will change), write in chunks between which they
report progress and may cancel, and record the import last. Any exception, a cancel included,
rolls the whole transaction back; a killed process leaves only an uncommitted WAL tail, which
SQLite discards on the next open. The transaction starts with BEGIN IMMEDIATE, so no other
writer (the GUI saving an edit meanwhile) can slip in between the plan and the writes.

Rows are written with `executemany` (one statement per chunk, never a query per row).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, select

from pa_desktop.domain.pupils import Pupil, PupilDraft
from pa_desktop.store.repositories import draft_fields
from pa_desktop.store.tables import ImportRow, PupilRow

_INSERT_ABSENCES = (
    "INSERT INTO absences (pupil_id, day, half, code, luxeverzuim, doubtful_certificate, "
    "medical_certificate, source, recorded_at) VALUES (?, ?, ?, ?, 0, 0, 0, ?, ?)"
)
# A replaced code drops the old marks: a medical certificate of a Z does not belong to a B.
_REPLACE_CODES = (
    "UPDATE absences SET code = ?, luxeverzuim = 0, doubtful_certificate = 0, "
    "medical_certificate = 0, source = ?, recorded_at = ? "
    "WHERE pupil_id = ? AND day = ? AND half = ?"
)

AbsenceWrite = tuple[int, date, str, str]  # pupil id, day, half ("VM"/"NM"), code
ExistingRow = tuple[int, str, str, str]  # pupil id, ISO day, half, code
SchoolOf = tuple[int, int]  # (school id, the vault's first school: where a pupil without one is)


@dataclass(frozen=True)
class ImportRecord:
    id: int
    file_name: str
    sha256: str
    format: str
    counts: dict[str, Any]
    user_name: str
    imported_at: datetime


def _pupils(connection: Connection) -> list[Pupil]:
    """Only what matching and the enrolment check need: id, names, class, number, school and
    the enrolment dates."""
    rows = connection.exec_driver_sql(
        "SELECT id, last_name, first_name, class_name, school_number, school_id, enrolled_from, "
        "enrolled_until FROM pupils ORDER BY id"
    )
    return [
        Pupil(
            id=i,
            last_name=ln,
            first_name=fn,
            class_name=cn,
            school_number=number,
            school_id=school,
            enrolled_from=date.fromisoformat(since) if since else None,
            enrolled_until=date.fromisoformat(until) if until else None,
        )
        for i, ln, fn, cn, number, school, since, until in rows
    ]


def _existing_rows(
    engine: Engine | Connection, first: date, last: date, school: SchoolOf | None = None
) -> Iterator[ExistingRow]:
    """The vault's half days between two dates as (pupil id, ISO day, half, code), streamed
    from the cursor (an import compares them one by one with its own; none is held). With
    `school` (its id, and the vault's first school that a pupil without one belongs to): only
    that school's pupils, so a file naming ten schools does not stream the vault ten times."""
    query = "SELECT pupil_id, day, half, code FROM absences WHERE day BETWEEN ? AND ?"
    bounds: tuple[object, ...] = (first.isoformat(), last.isoformat())
    if school is not None:
        query += " AND pupil_id IN (SELECT id FROM pupils WHERE coalesce(school_id, ?) = ?)"
        bounds = (*bounds, school[1], school[0])
    if isinstance(engine, Connection):
        yield from engine.exec_driver_sql(query, bounds)
        return
    with engine.connect() as connection:
        yield from connection.exec_driver_sql(query, bounds)


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class ImportTransaction:
    """One open write transaction on the vault; use it only inside `ImportRepository.transaction`."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._now = datetime.now(UTC)
        self._days: dict[date, str] = {}

    def pupils(self) -> list[Pupil]:
        return _pupils(self._connection)

    def existing_rows(
        self, first: date, last: date, school: SchoolOf | None = None
    ) -> Iterator[ExistingRow]:
        return _existing_rows(self._connection, first, last, school)

    def add_pupils(self, drafts: Sequence[PupilDraft]) -> list[int]:
        """Insert the pupils with ids chosen here (the write lock is held); returns them in order."""
        if not drafts:
            return []
        top = self._connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM pupils")
        first_id = int(top.scalar_one()) + 1
        ids = list(range(first_id, first_id + len(drafts)))
        self._connection.execute(
            PupilRow.__table__.insert(),  # type: ignore[attr-defined]
            [
                {"id": pupil_id, **draft_fields(draft), "created_at": self._now}
                for pupil_id, draft in zip(ids, drafts, strict=True)
            ],
        )
        return ids

    def _days_of(self, rows: Sequence[AbsenceWrite]) -> dict[date, str]:
        """ISO text of every date in the rows, each formatted once (a year has some 330)."""
        known = self._days
        for day in {row[1] for row in rows} - known.keys():
            known[day] = day.isoformat()
        return known

    def insert_absences(self, rows: Sequence[AbsenceWrite], source: str) -> None:
        if rows:
            stamp, day = self._now.isoformat(sep=" "), self._days_of(rows)
            self._connection.exec_driver_sql(
                _INSERT_ABSENCES, [(p, day[d], h, c, source, stamp) for p, d, h, c in rows]
            )

    def replace_codes(self, rows: Sequence[AbsenceWrite], source: str) -> None:
        if rows:
            stamp, day = self._now.isoformat(sep=" "), self._days_of(rows)
            self._connection.exec_driver_sql(
                _REPLACE_CODES, [(c, source, stamp, p, day[d], h) for p, d, h, c in rows]
            )

    def record(
        self, file_name: str, sha256: str, file_format: str, counts: dict[str, Any], user: str
    ) -> int:
        result = self._connection.execute(
            ImportRow.__table__.insert().values(  # type: ignore[attr-defined]
                file_name=file_name,
                sha256=sha256,
                format=file_format,
                counts=json.dumps(counts, sort_keys=True),
                user_name=user,
                imported_at=self._now,
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])


class ImportRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @contextmanager
    def transaction(self) -> Iterator[ImportTransaction]:
        """BEGIN IMMEDIATE ... COMMIT; any exception (a cancel too) rolls everything back."""
        with self._engine.connect() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield ImportTransaction(connection)
            except BaseException:
                connection.rollback()
                raise
            connection.commit()

    def pupils(self) -> list[Pupil]:
        with self._engine.connect() as connection:
            return _pupils(connection)

    def existing_rows(
        self, first: date, last: date, school: SchoolOf | None = None
    ) -> Iterator[ExistingRow]:
        return _existing_rows(self._engine, first, last, school)

    def records(self, sha256: str | None = None) -> list[ImportRecord]:
        """Past imports, oldest first; only those of one file's bytes when `sha256` is given."""
        table = ImportRow.__table__  # type: ignore[attr-defined]
        query = select(table).order_by(table.c.id)
        if sha256 is not None:
            query = query.where(table.c.sha256 == sha256)
        with self._engine.connect() as connection:
            return [
                ImportRecord(
                    id=row.id,
                    file_name=row.file_name,
                    sha256=row.sha256,
                    format=row.format,
                    counts=json.loads(row.counts),
                    user_name=row.user_name,
                    imported_at=_utc(row.imported_at),
                )
                for row in connection.execute(query)
            ]
