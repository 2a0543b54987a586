"""Reading and writing the vault's rows, returning domain objects.

Aggregate reads (the overview of every pupil) are single bulk queries, never a query per pupil.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from pa_desktop.domain.absences import Absence, Mark
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import Pupil, PupilDraft
from pa_desktop.store.raw import raw_cursor
from pa_desktop.store.revisions import only_pupils
from pa_desktop.store.tables import AbsenceRow, PupilRow, SettingRow


class PupilNotFoundError(LookupError):
    def __init__(self, pupil_id: int) -> None:
        super().__init__(f"no pupil with id {pupil_id}")
        self.pupil_id = pupil_id


def _pupil(row: PupilRow) -> Pupil:
    assert row.id is not None
    return Pupil(
        id=row.id,
        last_name=row.last_name,
        first_name=row.first_name,
        class_name=row.class_name,
        birth_date=row.birth_date,
        school_number=row.school_number,
        enrolled_from=row.enrolled_from,
        enrolled_until=row.enrolled_until,
        school_id=row.school_id,
    )


class SettingsRepository:
    """Key/value settings stored as JSON, so a setting can be a number, a list or a dict."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get_all(self) -> dict[str, Any]:
        """Every setting, in one plain query: it is read several times by every command and
        every overview, and the ORM's first query in a process costs more than the reading."""
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT key, value FROM settings").all()
        return {str(key): json.loads(value) for key, value in rows}

    def put_many(self, values: dict[str, Any]) -> None:
        with self._engine.begin() as connection:
            for key, value in values.items():
                statement = sqlite_insert(SettingRow).values(key=key, value=json.dumps(value))
                connection.execute(
                    statement.on_conflict_do_update(
                        index_elements=["key"], set_={"value": statement.excluded.value}
                    )
                )


class PupilRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(self, draft: PupilDraft) -> Pupil:
        row = PupilRow(**draft_fields(draft), created_at=datetime.now(UTC))
        with Session(self._engine) as session:
            session.add(row)
            session.commit()
            session.refresh(row)
            return _pupil(row)

    def add_many(self, drafts: Sequence[PupilDraft]) -> list[int]:
        """Insert many pupils in one transaction; returns their ids in the same order."""
        now = datetime.now(UTC)
        ids: list[int] = []
        with self._engine.begin() as connection:
            for draft in drafts:
                result = connection.execute(
                    PupilRow.__table__.insert().values(**draft_fields(draft), created_at=now)  # type: ignore[attr-defined]
                )
                key = result.inserted_primary_key
                assert key is not None
                ids.append(int(key[0]))
        return ids

    def update(self, pupil_id: int, draft: PupilDraft) -> Pupil:
        with Session(self._engine) as session:
            row = session.get(PupilRow, pupil_id)
            if row is None:
                raise PupilNotFoundError(pupil_id)
            fields = draft_fields(draft)
            if draft.school_id is None:  # an edit that does not name a school keeps it
                del fields["school_id"]
            for name, value in fields.items():
                setattr(row, name, value)
            session.add(row)
            session.commit()
            session.refresh(row)
            return _pupil(row)

    def get(self, pupil_id: int) -> Pupil:
        with Session(self._engine) as session:
            row = session.get(PupilRow, pupil_id)
            if row is None:
                raise PupilNotFoundError(pupil_id)
            return _pupil(row)

    def all(self, only: Collection[int] | None = None) -> list[Pupil]:
        """Every pupil (or only some), in one plain query (the overview of a school starts
        here); ids that are not in the vault are left out."""

        def day(value: Any) -> date | None:
            return date.fromisoformat(value) if value else None

        some, parameters = only_pupils(only, column="id")
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT id, last_name, first_name, class_name, birth_date, school_number, "
                "enrolled_from, enrolled_until, school_id FROM pupils WHERE 1 "
                f"{some}ORDER BY id",
                parameters,
            ).all()
        return [
            Pupil(int(i), last, first, klass, day(born), number, day(since), day(until), school)
            for i, last, first, klass, born, number, since, until, school in rows
        ]

    def count(self) -> int:
        with self._engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM pupils")).scalar_one())


def draft_fields(draft: PupilDraft) -> dict[str, Any]:
    """A pupil's columns as the vault stores them: names trimmed, an empty number as none."""
    return {
        "last_name": draft.last_name.strip(),
        "first_name": draft.first_name.strip(),
        "class_name": draft.class_name.strip(),
        "birth_date": draft.birth_date,
        "school_number": (draft.school_number or "").strip() or None,
        "enrolled_from": draft.enrolled_from,
        "enrolled_until": draft.enrolled_until,
        "school_id": draft.school_id,
    }


def require_pupil(connection: Connection, pupil_id: int) -> None:
    """Refuse a write for a pupil the vault does not hold (deleted meanwhile, say) by name,
    instead of leaving it to a foreign-key error."""
    found = connection.exec_driver_sql("SELECT 1 FROM pupils WHERE id = ?", (pupil_id,)).first()
    if found is None:
        raise PupilNotFoundError(pupil_id)


class AbsenceRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def upsert(self, pupil_id: int, absences: Iterable[Absence]) -> int:
        """Set the code of each half day (one code per half day); returns how many were written."""
        now = datetime.now(UTC)
        values = [
            {
                "pupil_id": pupil_id,
                "day": absence.day,
                "half": absence.half.value,
                "code": absence.code,
                "luxeverzuim": Mark.LUXEVERZUIM in absence.marks,
                "doubtful_certificate": Mark.DOUBTFUL_CERTIFICATE in absence.marks,
                "medical_certificate": Mark.MEDICAL_CERTIFICATE in absence.marks,
                "source": absence.source,
                "recorded_at": now,
            }
            for absence in absences
        ]
        if not values:
            return 0
        with self._engine.begin() as connection:
            require_pupil(connection, pupil_id)
            statement = sqlite_insert(AbsenceRow)
            connection.execute(
                statement.on_conflict_do_update(
                    index_elements=["pupil_id", "day", "half"],
                    set_={
                        name: statement.excluded[name]
                        for name in (
                            "code",
                            "luxeverzuim",
                            "doubtful_certificate",
                            "medical_certificate",
                            "source",
                            "recorded_at",
                        )
                    },
                ),
                values,
            )
        return len(values)

    def insert_bulk(
        self, rows: Sequence[tuple[int, date, str, str, bool, bool, bool, str]]
    ) -> None:
        """Fast path for generators and imports: (pupil, day, half, code, lux, doubt, med, source)."""
        now = datetime.now(UTC).isoformat(sep=" ")
        with self._engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO absences (pupil_id, day, half, code, luxeverzuim, "
                "doubtful_certificate, medical_certificate, source, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (p, d.isoformat(), h, c, lx, db, md, s, now)
                    for p, d, h, c, lx, db, md, s in rows
                ],
            )

    def replace_slots(
        self, pupil_id: int, states: dict[tuple[date, HalfDay], Absence | None]
    ) -> None:
        """Set each half day to an absence or to none, all in one transaction (for undo/redo)."""
        now = datetime.now(UTC).isoformat(sep=" ")
        to_clear = [(d.isoformat(), h.value) for (d, h), a in states.items() if a is None]
        to_set = [
            (
                pupil_id,
                a.day.isoformat(),
                a.half.value,
                a.code,
                Mark.LUXEVERZUIM in a.marks,
                Mark.DOUBTFUL_CERTIFICATE in a.marks,
                Mark.MEDICAL_CERTIFICATE in a.marks,
                a.source,
                now,
            )
            for a in states.values()
            if a is not None
        ]
        with self._engine.begin() as connection:
            require_pupil(connection, pupil_id)
            if to_clear:
                connection.exec_driver_sql(
                    "DELETE FROM absences WHERE pupil_id = ? AND day = ? AND half = ?",
                    [(pupil_id, day, half) for day, half in to_clear],
                )
            if to_set:
                connection.exec_driver_sql(
                    "INSERT INTO absences (pupil_id, day, half, code, luxeverzuim, "
                    "doubtful_certificate, medical_certificate, source, recorded_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pupil_id, day, half) DO UPDATE "
                    "SET code = excluded.code, luxeverzuim = excluded.luxeverzuim, "
                    "doubtful_certificate = excluded.doubtful_certificate, "
                    "medical_certificate = excluded.medical_certificate, "
                    "source = excluded.source, recorded_at = excluded.recorded_at",
                    to_set,
                )

    def remove(self, pupil_id: int, slots: Iterable[tuple[date, HalfDay]]) -> int:
        removed = 0
        with self._engine.begin() as connection:
            for day, half in slots:
                result = connection.execute(
                    delete(AbsenceRow).where(
                        AbsenceRow.pupil_id == pupil_id,  # type: ignore[arg-type]
                        AbsenceRow.day == day,  # type: ignore[arg-type]
                        AbsenceRow.half == half.value,  # type: ignore[arg-type]
                    )
                )
                removed += result.rowcount
        return removed

    def by_pupil(
        self,
        first: date,
        last: date,
        pupil_id: int | None = None,
        pupils: Collection[int] | None = None,
    ) -> dict[int, list[Absence]]:
        """Every absence between two dates (of every pupil, one, or some), in one query, by pupil.

        The overview reads a whole school year of a whole school here (over 100,000 rows), so
        rows come straight from the DB-API cursor, and dates and mark sets are built once each.
        """
        grouped: dict[int, list[Absence]] = defaultdict(list)
        halves = {"VM": HalfDay.VM, "NM": HalfDay.NM}
        all_marks = (Mark.LUXEVERZUIM, Mark.DOUBTFUL_CERTIFICATE, Mark.MEDICAL_CERTIFICATE)
        mark_sets = [
            frozenset(m for bit, m in enumerate(all_marks) if index & (1 << bit))
            for index in range(8)
        ]
        days: dict[str, date] = {}
        # one pupil's absences come in time order; a whole school's are grouped here and sorted
        # per pupil by the caller, which spares SQLite a sort of a hundred thousand rows
        only_one = "" if pupil_id is None else "AND pupil_id = ? ORDER BY day, half DESC"
        parameters: tuple[Any, ...] = (first.isoformat(), last.isoformat())
        if pupil_id is not None:
            parameters += (pupil_id,)
        some, some_parameters = only_pupils(pupils)
        parameters += some_parameters
        with raw_cursor(self._engine) as cursor:
            cursor.execute(
                "SELECT pupil_id, day, half, code, (luxeverzuim != 0) + "
                "2 * (doubtful_certificate != 0) + 4 * (medical_certificate != 0), source "
                "FROM absences WHERE day BETWEEN ? AND ? "
                f"{some}{only_one}",
                parameters,
            )
            rows = cursor.fetchall()
        for owner, day_text, half, code, marks, source in rows:
            day = days.get(day_text)
            if day is None:
                day = days[day_text] = date.fromisoformat(day_text)
            grouped[owner].append(Absence(day, halves[half], code, mark_sets[marks], source))
        return grouped

    def code_counts(
        self,
        first: date,
        last: date,
        codes: frozenset[str],
        pupil_id: int | None = None,
        pupils: Collection[int] | None = None,
    ) -> dict[int, int]:
        """Absences with one of `codes` per pupil between two dates, counted in SQL.

        Used for the previous year's B half days: absences are only ever recorded on lesson
        half days (entry and import refuse the others), so no calendar check is needed here.
        """
        if not codes:
            return {}
        marks = ", ".join("?" for _ in codes)
        only = "" if pupil_id is None else "AND pupil_id = ? "
        parameters: tuple[Any, ...] = (first.isoformat(), last.isoformat(), *sorted(codes))
        if pupil_id is not None:
            parameters += (pupil_id,)
        some, some_parameters = only_pupils(pupils)
        parameters += some_parameters
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT pupil_id, count(*) FROM absences WHERE day BETWEEN ? AND ? "
                f"AND code IN ({marks}) {only}{some}GROUP BY pupil_id",
                parameters,
            ).all()
        return {int(p): int(n) for p, n in rows}

    def counts_by_year(
        self,
        before: date,
        codes: frozenset[str],
        pupil_id: int | None = None,
        pupils: Collection[int] | None = None,
    ) -> dict[int, dict[int, int]]:
        """Absences with one of `codes` before a date, per pupil per school year (start year),
        counted in SQL: {pupil: {2024: 7, 2023: 2}}. Absences lie on lesson days only, so
        January to June belong to the school year that started the year before."""
        if not codes:
            return {}
        marks = ", ".join("?" for _ in codes)
        only = "" if pupil_id is None else "AND pupil_id = ? "
        parameters: tuple[Any, ...] = (before.isoformat(), *sorted(codes))
        if pupil_id is not None:
            parameters += (pupil_id,)
        some, some_parameters = only_pupils(pupils)
        parameters += some_parameters
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT pupil_id, CAST(substr(day, 1, 4) AS INTEGER) "
                "- (CAST(substr(day, 6, 2) AS INTEGER) < 9) AS start_year, count(*) "
                f"FROM absences WHERE day < ? AND code IN ({marks}) {only}{some}"
                "GROUP BY pupil_id, start_year",
                parameters,
            ).all()
        grouped: dict[int, dict[int, int]] = defaultdict(dict)
        for pupil, start_year, count in rows:
            grouped[int(pupil)][int(start_year)] = int(count)
        return dict(grouped)

    def for_pupil(self, pupil_id: int, first: date, last: date) -> list[Absence]:
        return self.by_pupil(first, last, pupil_id=pupil_id).get(pupil_id, [])

    def count(self) -> int:
        with self._engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM absences")).scalar_one())
