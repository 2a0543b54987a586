"""Schools, enrolments and carried-in B half days: reading and writing their rows.

Reads for the overview are bulk reads per school year (one query), never one per pupil.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine

from pa_desktop.domain.schools import Enrolment, School, SchoolSettings


class SchoolNameTakenError(ValueError):
    """Another school of this vault already has that name."""


class SchoolNotFoundError(LookupError):
    pass


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _now() -> str:
    return datetime.now(UTC).isoformat(sep=" ")


class SchoolRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # schools -----------------------------------------------------------------------------------
    def add(self, name: str, number: str | None) -> School:
        with self._engine.begin() as connection:
            taken = connection.exec_driver_sql(
                "SELECT 1 FROM schools WHERE name = ?", (name,)
            ).first()
            if taken is not None:
                raise SchoolNameTakenError(name)
            result = connection.exec_driver_sql(
                "INSERT INTO schools (name, number, settings, created_at) VALUES (?, ?, '{}', ?)",
                (name, number, _now()),
            )
            school_id = int(result.lastrowid or 0)
        return School(school_id, name, number, 0)

    def rename(self, school_id: int, name: str) -> None:
        with self._engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE schools SET name = ? WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM schools WHERE name = ? AND id != ?)",
                (name, school_id, name, school_id),
            )

    def update(self, school_id: int, name: str, number: str | None) -> None:
        """A school's new name and institution number (the settings dialog edits them)."""
        with self._engine.begin() as connection:
            taken = connection.exec_driver_sql(
                "SELECT 1 FROM schools WHERE name = ? AND id != ?", (name, school_id)
            ).first()
            if taken is not None:
                raise SchoolNameTakenError(name)
            result = connection.exec_driver_sql(
                "UPDATE schools SET name = ?, number = ? WHERE id = ?", (name, number, school_id)
            )
            if not result.rowcount:
                raise SchoolNotFoundError(school_id)

    def all(self) -> list[School]:
        """Every school with how many pupils it holds now (their current school)."""
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT s.id, s.name, s.number, (SELECT count(*) FROM pupils p WHERE "
                "p.school_id = s.id OR (p.school_id IS NULL AND s.id = "
                "(SELECT min(id) FROM schools))) FROM schools s ORDER BY s.id"
            ).all()
        return [School(int(i), str(n), num, int(c)) for i, n, num, c in rows]

    def settings(self, school_id: int) -> SchoolSettings:
        with self._engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT settings FROM schools WHERE id = ?", (school_id,)
            ).first()
        if row is None:
            raise SchoolNotFoundError(school_id)
        data = json.loads(row[0]) if row[0] else {}
        return SchoolSettings.from_json(data if isinstance(data, dict) else {})

    def put_settings(self, school_id: int, settings: SchoolSettings) -> None:
        with self._engine.begin() as connection:
            result = connection.exec_driver_sql(
                "UPDATE schools SET settings = ? WHERE id = ?",
                (json.dumps(settings.as_json(), ensure_ascii=False), school_id),
            )
            if not result.rowcount:
                raise SchoolNotFoundError(school_id)

    # enrolments --------------------------------------------------------------------------------
    def set_current_school(self, pupil_id: int, school_id: int) -> None:
        with self._engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE pupils SET school_id = ? WHERE id = ?", (school_id, pupil_id)
            )

    def enrol(self, enrolment: Enrolment) -> None:
        """Add or change the pupil's enrolment at that school in that school year."""
        with self._engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO enrolments (pupil_id, school_id, school_year, class_name, arrival, "
                "leaving) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (pupil_id, school_id, "
                "school_year) DO UPDATE SET class_name = excluded.class_name, "
                "arrival = excluded.arrival, leaving = excluded.leaving",
                (
                    enrolment.pupil_id,
                    enrolment.school_id,
                    enrolment.school_year,
                    enrolment.class_name,
                    enrolment.arrival.isoformat() if enrolment.arrival else None,
                    enrolment.leaving.isoformat() if enrolment.leaving else None,
                ),
            )

    def enrolments_of(self, pupil_id: int) -> list[Enrolment]:
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT pupil_id, school_id, school_year, class_name, arrival, leaving "
                "FROM enrolments WHERE pupil_id = ? ORDER BY school_year, arrival",
                (pupil_id,),
            ).all()
        return [Enrolment(p, s, y, c, _day(a), _day(v)) for p, s, y, c, a, v in rows]

    def enrolments_in(self, school_year: int) -> dict[int, list[Enrolment]]:
        """Every enrolment of one school year, by pupil (one query)."""
        grouped: dict[int, list[Enrolment]] = defaultdict(list)
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT pupil_id, school_id, school_year, class_name, arrival, leaving "
                "FROM enrolments WHERE school_year = ? ORDER BY pupil_id, arrival",
                (school_year,),
            ).all()
        for p, s, y, c, a, v in rows:
            grouped[int(p)].append(Enrolment(int(p), int(s), int(y), c, _day(a), _day(v)))
        return grouped

    # carried-in B half days --------------------------------------------------------------------
    def set_carried(self, pupil_id: int, school_year: int, count: int, source: str) -> bool:
        """Record the B half days a transfer carried in; False when that was already there."""
        with self._engine.begin() as connection:
            row = connection.exec_driver_sql(
                "SELECT b_count FROM carried_b WHERE pupil_id = ? AND school_year = ?",
                (pupil_id, school_year),
            ).first()
            if row is not None and int(row[0]) == count:
                return False
            connection.exec_driver_sql(
                "INSERT INTO carried_b (pupil_id, school_year, b_count, source, recorded_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (pupil_id, school_year) DO UPDATE SET "
                "b_count = excluded.b_count, source = excluded.source, "
                "recorded_at = excluded.recorded_at",
                (pupil_id, school_year, count, source, _now()),
            )
        return True

    def carried_in(self, school_year: int) -> dict[int, int]:
        """Carried-in B half days of one school year, by pupil."""
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT pupil_id, b_count FROM carried_b WHERE school_year = ?", (school_year,)
            ).all()
        return {int(p): int(n) for p, n in rows}

    def carried_of(self, pupil_id: int) -> dict[int, int]:
        """One pupil's carried-in B half days by school year (start year)."""
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT school_year, b_count FROM carried_b WHERE pupil_id = ?", (pupil_id,)
            ).all()
        return {int(y): int(n) for y, n in rows}

    def carried_before(self, school_year: int) -> dict[int, dict[int, int]]:
        """Per pupil, the B half days carried in for every school year before `school_year`."""
        found: dict[int, dict[int, int]] = defaultdict(dict)
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT pupil_id, school_year, b_count FROM carried_b WHERE school_year < ?",
                (school_year,),
            ).all()
        for pupil, year, count in rows:
            found[int(pupil)][int(year)] = int(count)
        return found
