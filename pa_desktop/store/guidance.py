"""Repositories of the guidance-measure log, its history, the trajectory and the pupil flags.

An edit or a delete of a measure first copies the version it replaces into measure_history, in the
same transaction, so the log can always show who changed what and when. Reads for the overview are
one query per table for all pupils.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Connection, Engine

from pa_desktop.domain.measures import (
    Channel,
    Measure,
    MeasureDraft,
    MeasureVersion,
    Outcome,
    Purpose,
    Towards,
)
from pa_desktop.domain.trajectory import RegistrationReason, Step, StepDetails, TrajectoryEntry
from pa_desktop.store.repositories import require_pupil
from pa_desktop.store.revisions import only_pupils

_MEASURE_COLUMNS = (
    "id, pupil_id, day, at, towards, channel, purpose, outcome, agreements, follow_up, note, "
    "author, recorded_at, version"
)


class MeasureNotFoundError(LookupError):
    def __init__(self, measure_id: int) -> None:
        super().__init__(f"no measure with id {measure_id}")
        self.measure_id = measure_id


def _now() -> str:
    return datetime.now(UTC).isoformat(sep=" ")


def _parse_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _draft(values: dict[str, Any]) -> MeasureDraft:
    return MeasureDraft(
        day=date.fromisoformat(str(values["day"])),
        at=time.fromisoformat(values["at"]) if values.get("at") else None,
        towards=Towards(values["towards"]),
        channel=Channel(values["channel"]),
        purpose=Purpose(values["purpose"]),
        outcome=Outcome(values["outcome"]),
        agreements=values.get("agreements") or "",
        follow_up=date.fromisoformat(str(values["follow_up"])) if values.get("follow_up") else None,
        note=values.get("note") or "",
    )


def _measure(row: Any) -> Measure:
    values = dict(row._mapping)
    return Measure(
        id=int(values["id"]),
        pupil_id=int(values["pupil_id"]),
        draft=_draft(values),
        author=str(values["author"]),
        recorded_at=_parse_datetime(values["recorded_at"]),
        version=int(values["version"]),
    )


class MeasureRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(
        self, pupil_id: int, draft: MeasureDraft, author: str, measure_id: int | None = None
    ) -> Measure:
        """Insert a measure (with a given id when an undo brings a deleted one back)."""
        values = {
            **draft.as_json(),
            "pupil_id": pupil_id,
            "author": author,
            "recorded_at": _now(),
            "id": measure_id,
        }
        with self._engine.begin() as connection:
            require_pupil(connection, pupil_id)
            # a measure brought back (undo of a delete) continues its version count
            values["version"] = 1 + int(
                connection.exec_driver_sql(
                    "SELECT coalesce(max(version), 0) FROM measure_history WHERE measure_id = ?",
                    (measure_id,),
                ).scalar_one()
                if measure_id is not None
                else 0
            )
            result = connection.exec_driver_sql(
                "INSERT INTO measures (id, pupil_id, day, at, towards, channel, purpose, outcome, "
                "agreements, follow_up, note, author, recorded_at, version) VALUES (:id, "
                ":pupil_id, :day, :at, :towards, :channel, :purpose, :outcome, :agreements, "
                ":follow_up, :note, :author, :recorded_at, :version)",
                values,
            )
            new_id = measure_id if measure_id is not None else int(result.lastrowid or 0)
            return self._get(connection, new_id)

    def update(self, measure_id: int, draft: MeasureDraft, author: str) -> Measure:
        with self._engine.begin() as connection:
            current = self._get(connection, measure_id)
            self._keep_version(connection, current)
            connection.exec_driver_sql(
                "UPDATE measures SET day = :day, at = :at, towards = :towards, channel = :channel, "
                "purpose = :purpose, outcome = :outcome, agreements = :agreements, "
                "follow_up = :follow_up, note = :note, author = :author, "
                "recorded_at = :recorded_at, version = version + 1 WHERE id = :id",
                {**draft.as_json(), "author": author, "recorded_at": _now(), "id": measure_id},
            )
            return self._get(connection, measure_id)

    def delete(self, measure_id: int, author: str) -> Measure:
        """Remove a measure; its last version and the deletion stay in the history."""
        with self._engine.begin() as connection:
            current = self._get(connection, measure_id)
            self._keep_version(connection, current)
            connection.exec_driver_sql(
                "INSERT INTO measure_history (measure_id, pupil_id, version, content, author, "
                "changed_at) VALUES (?, ?, ?, NULL, ?, ?)",
                (measure_id, current.pupil_id, current.version + 1, author, _now()),
            )
            connection.exec_driver_sql("DELETE FROM measures WHERE id = ?", (measure_id,))
            return current

    def get(self, measure_id: int) -> Measure:
        with self._engine.connect() as connection:
            return self._get(connection, measure_id)

    def for_pupil(self, pupil_id: int) -> list[Measure]:
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT {_MEASURE_COLUMNS} FROM measures WHERE pupil_id = ? ORDER BY day, at, id",
                (pupil_id,),
            )
            return [_measure(row) for row in rows]

    def by_pupil(self, pupils: Collection[int] | None = None) -> dict[int, list[Measure]]:
        """Every measure of every pupil (or some), in one query (the overview's follow-ups and
        signals)."""
        grouped: dict[int, list[Measure]] = defaultdict(list)
        some, parameters = only_pupils(pupils)
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT {_MEASURE_COLUMNS} FROM measures WHERE 1 {some}"
                "ORDER BY pupil_id, day, at, id",
                parameters,
            )
            for row in rows:
                measure = _measure(row)
                grouped[measure.pupil_id].append(measure)
        return grouped

    def history(self, measure_id: int) -> list[MeasureVersion]:
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT version, content, author, changed_at FROM measure_history "
                "WHERE measure_id = ? ORDER BY version",
                (measure_id,),
            ).all()
        return [
            MeasureVersion(
                measure_id=measure_id,
                version=int(version),
                draft=_draft(json.loads(content)) if content else None,
                author=str(author),
                changed_at=_parse_datetime(changed_at),
            )
            for version, content, author, changed_at in rows
        ]

    def _keep_version(self, connection: Connection, measure: Measure) -> None:
        connection.exec_driver_sql(
            "INSERT INTO measure_history (measure_id, pupil_id, version, content, author, "
            "changed_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                measure.id,
                measure.pupil_id,
                measure.version,
                json.dumps(measure.draft.as_json()),
                measure.author,
                measure.recorded_at.isoformat(sep=" "),
            ),
        )

    @staticmethod
    def _get(connection: Connection, measure_id: int) -> Measure:
        row = connection.exec_driver_sql(
            f"SELECT {_MEASURE_COLUMNS} FROM measures WHERE id = ?", (measure_id,)
        ).first()
        if row is None:
            raise MeasureNotFoundError(measure_id)
        return _measure(row)


def _details_json(details: StepDetails) -> str:
    return json.dumps(
        {
            "note": details.note,
            "partner": details.partner,
            "registration_reasons": [r.value for r in details.registration_reasons],
            "clb_consulted": details.clb_consulted,
            "clb_intake_done": details.clb_intake_done,
            "follow_up_agreement": details.follow_up_agreement,
            "reasons_before_split": details.reasons_before_split,
        }
    )


def _details(text: str) -> StepDetails:
    data = json.loads(text or "{}")
    return StepDetails(
        note=data.get("note", ""),
        partner=data.get("partner", ""),
        registration_reasons=tuple(
            RegistrationReason(r) for r in data.get("registration_reasons", [])
        ),
        clb_consulted=bool(data.get("clb_consulted", False)),
        clb_intake_done=bool(data.get("clb_intake_done", False)),
        follow_up_agreement=data.get("follow_up_agreement", ""),
        reasons_before_split=bool(data.get("reasons_before_split", False)),
    )


def _entry(row: Any) -> TrajectoryEntry:
    entry_id, pupil_id, step, day, author, details, recorded_at = row
    return TrajectoryEntry(
        id=int(entry_id),
        pupil_id=int(pupil_id),
        step=Step(step),
        day=date.fromisoformat(str(day)),
        author=str(author),
        details=_details(details),
        recorded_at=_parse_datetime(recorded_at),
    )


class TrajectoryRepository:
    _COLUMNS = "id, pupil_id, step, day, author, details, recorded_at"

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(
        self,
        pupil_id: int,
        step: Step,
        day: date,
        details: StepDetails,
        author: str,
        entry_id: int | None = None,
    ) -> TrajectoryEntry:
        with self._engine.begin() as connection:
            require_pupil(connection, pupil_id)
            result = connection.exec_driver_sql(
                "INSERT INTO trajectory (id, pupil_id, step, day, author, details, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    entry_id,
                    pupil_id,
                    step.value,
                    day.isoformat(),
                    author,
                    _details_json(details),
                    _now(),
                ),
            )
            new_id = entry_id if entry_id is not None else int(result.lastrowid or 0)
            row = connection.exec_driver_sql(
                f"SELECT {self._COLUMNS} FROM trajectory WHERE id = ?", (new_id,)
            ).one()
            return _entry(row)

    def add_many(
        self, pupil_ids: list[int], step: Step, day: date, details: StepDetails, author: str
    ) -> int:
        """The same step for several pupils in one transaction (all or none)."""
        now = _now()
        with self._engine.begin() as connection:
            for pupil_id in pupil_ids:
                require_pupil(connection, pupil_id)
            connection.exec_driver_sql(
                "INSERT INTO trajectory (pupil_id, step, day, author, details, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (p, step.value, day.isoformat(), author, _details_json(details), now)
                    for p in pupil_ids
                ],
            )
        return len(pupil_ids)

    def delete(self, entry_id: int) -> None:
        with self._engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM trajectory WHERE id = ?", (entry_id,))

    def for_pupil(self, pupil_id: int) -> list[TrajectoryEntry]:
        return self.by_pupil(pupil_id).get(pupil_id, [])

    def by_pupil(
        self, pupil_id: int | None = None, pupils: Collection[int] | None = None
    ) -> dict[int, list[TrajectoryEntry]]:
        grouped: dict[int, list[TrajectoryEntry]] = defaultdict(list)
        if pupil_id is not None:
            pupils = [pupil_id]
        some, parameters = only_pupils(pupils)
        where = f"WHERE 1 {some}"
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT {self._COLUMNS} FROM trajectory {where}ORDER BY pupil_id, day, id",
                parameters,
            )
            for row in rows:
                entry = _entry(row)
                grouped[entry.pupil_id].append(entry)
        return grouped


class FlagRepository:
    """Manual flags: {pupil_id: {flag: note}}."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def set(self, pupil_id: int, flag: str, note: str, author: str) -> None:
        with self._engine.begin() as connection:
            require_pupil(connection, pupil_id)
            connection.exec_driver_sql(
                "INSERT INTO pupil_flags (pupil_id, flag, note, set_by, set_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (pupil_id, flag) DO UPDATE SET "
                "note = excluded.note, set_by = excluded.set_by, set_at = excluded.set_at",
                (pupil_id, flag, note, author, _now()),
            )

    def clear(self, pupil_id: int, flag: str) -> None:
        with self._engine.begin() as connection:
            connection.exec_driver_sql(
                "DELETE FROM pupil_flags WHERE pupil_id = ? AND flag = ?", (pupil_id, flag)
            )

    def by_pupil(self, pupils: Collection[int] | None = None) -> dict[int, dict[str, str]]:
        grouped: dict[int, dict[str, str]] = defaultdict(dict)
        some, parameters = only_pupils(pupils)
        with self._engine.connect() as connection:
            for pupil_id, flag, note in connection.exec_driver_sql(
                f"SELECT pupil_id, flag, note FROM pupil_flags WHERE 1 {some}", parameters
            ):
                grouped[int(pupil_id)][str(flag)] = str(note)
        return grouped


class ContactCheckRepository:
    """When the contact details of a pupil's parents were last checked (pupils column, schema 8).

    Kept apart from the pupil's identity fields: it is follow-up data, read with the measures.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def set(self, pupil_id: int, day: date | None) -> None:
        with self._engine.begin() as connection:
            require_pupil(connection, pupil_id)
            connection.exec_driver_sql(
                "UPDATE pupils SET contact_checked_on = ? WHERE id = ?",
                (day.isoformat() if day else None, pupil_id),
            )

    def by_pupil(
        self, pupil_id: int | None = None, pupils: Collection[int] | None = None
    ) -> dict[int, date]:
        where, parameters = only_pupils([pupil_id] if pupil_id is not None else pupils, "id")
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT id, contact_checked_on FROM pupils WHERE contact_checked_on IS NOT NULL "
                f"{where}",
                parameters,
            ).all()
        return {int(i): date.fromisoformat(str(day)) for i, day in rows}
