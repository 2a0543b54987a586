"""The checklist answers a user gave (overrides of the pre-filled data), per pupil and year."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine

from pa_desktop.domain.checklist import Override
from pa_desktop.store.repositories import require_pupil


class ChecklistRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def overrides(self, pupil_id: int, school_year: int) -> dict[str, Override]:
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT item_id, value, author, answered_at, why FROM checklist_answers "
                "WHERE pupil_id = ? AND school_year = ?",
                (pupil_id, school_year),
            ).all()
        found = {}
        for item_id, value, author, answered_at, why in rows:
            at = (
                answered_at
                if isinstance(answered_at, datetime)
                else datetime.fromisoformat(str(answered_at))
            )
            found[str(item_id)] = Override(json.loads(value), str(author), at, str(why))
        return found

    def answer(
        self, pupil_id: int, school_year: int, item_id: str, value: Any, author: str, why: str = ""
    ) -> None:
        with self._engine.begin() as connection:
            require_pupil(connection, pupil_id)
            connection.exec_driver_sql(
                "INSERT INTO checklist_answers (pupil_id, school_year, item_id, value, author, "
                "answered_at, why) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pupil_id, school_year, "
                "item_id) DO UPDATE SET value = excluded.value, author = excluded.author, "
                "answered_at = excluded.answered_at, why = excluded.why",
                (
                    pupil_id,
                    school_year,
                    item_id,
                    json.dumps(value),
                    author,
                    datetime.now(UTC).isoformat(sep=" "),
                    why,
                ),
            )

    def clear(self, pupil_id: int, school_year: int, item_id: str) -> None:
        with self._engine.begin() as connection:
            connection.exec_driver_sql(
                "DELETE FROM checklist_answers WHERE pupil_id = ? AND school_year = ? AND item_id = ?",
                (pupil_id, school_year, item_id),
            )
