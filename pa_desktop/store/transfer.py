"""Reading what a warm transfer takes along, and merging a received dossier in one transaction.

The merge reads the vault's pupils and the matched pupil's data *inside* its BEGIN IMMEDIATE
transaction, plans with the pure rules of domain/transfer.py against exactly that state, writes,
and commits; any error rolls everything back (a dry run always rolls back). No other writer (the
GUI saving an edit meanwhile) can slip in between the plan and the writes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine

from pa_desktop.domain.absences import Mark
from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.trajectory import Step
from pa_desktop.domain.transfer import (
    Conflict,
    Existing,
    MergePlan,
    PupilMatch,
    match_pupil,
    plan_merge,
)
from pa_desktop.domain.transfer_schema import (
    ChecklistRecord,
    Dossier,
    FlagRecord,
    HistoryRecord,
    details_json,
)
from pa_desktop.store.guidance import _draft as measure_draft  # the log's own reading of a row
from pa_desktop.store.tables import PupilRow


class AmbiguousPupilError(LookupError):
    """Several pupils of the vault have the dossier's name and birth date: no guessing."""

    def __init__(self, pupil_ids: tuple[int, ...]) -> None:
        super().__init__(f"{len(pupil_ids)} pupils match")
        self.pupil_ids = pupil_ids


@dataclass(frozen=True)
class DossierExtras:
    """What the other repositories do not read in one go for one pupil."""

    history: dict[int, list[HistoryRecord]]  # measure id -> earlier versions
    checklist: list[ChecklistRecord]
    flags: list[FlagRecord]


@dataclass(frozen=True)
class MergeOutcome:
    pupil_id: int | None  # None: a dry run for a pupil that would be created
    match: PupilMatch
    plan: MergePlan


def _stamp(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    stamp = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)


def _text(value: datetime | None) -> str:
    return (value or datetime.now(UTC)).isoformat(sep=" ")


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


class TransferRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # export --------------------------------------------------------------------------------------
    def extras(self, pupil_id: int) -> DossierExtras:
        history: dict[int, list[HistoryRecord]] = {}
        with self._engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT measure_id, version, content, author, changed_at FROM measure_history "
                "WHERE pupil_id = ? ORDER BY measure_id, version",
                (pupil_id,),
            ).all()
            for measure_id, version, content, author, changed_at in rows:
                history.setdefault(int(measure_id), []).append(
                    HistoryRecord(
                        int(version),
                        measure_draft(json.loads(content)) if content else None,
                        str(author),
                        _stamp(changed_at),
                    )
                )
            checklist = [
                ChecklistRecord(
                    SchoolYear(int(year)),
                    str(item),
                    json.loads(value),
                    str(author),
                    _stamp(at),
                    str(why or ""),
                )
                for year, item, value, author, at, why in connection.exec_driver_sql(
                    "SELECT school_year, item_id, value, author, answered_at, why "
                    "FROM checklist_answers WHERE pupil_id = ? ORDER BY school_year, item_id",
                    (pupil_id,),
                )
            ]
            flags = [
                FlagRecord(str(flag), str(note or ""), str(set_by), _stamp(set_at))
                for flag, note, set_by, set_at in connection.exec_driver_sql(
                    "SELECT flag, note, set_by, set_at FROM pupil_flags WHERE pupil_id = ? "
                    "ORDER BY flag",
                    (pupil_id,),
                )
            ]
        return DossierExtras(history, checklist, flags)

    # import --------------------------------------------------------------------------------------
    def merge(
        self,
        dossier: Dossier,
        replace_conflict: Callable[[Conflict], bool],
        today: date,
        author: str,
        attention_note: str = "",
        apply: bool = True,
        earlier_pupil: int | None = None,
        handover: bool = False,
        school_id: int | None = None,
    ) -> MergeOutcome:
        """Plan and (unless `apply` is false) write the merge, all in one transaction.

        `earlier_pupil`: the pupil an earlier import of this very file went to (matched first,
        whatever the pupil's fields, so importing a file again changes nothing). `school_id`:
        the school a new pupil joins."""
        with self._engine.connect() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                pupils = _pupils(connection)
                match = match_pupil(dossier.pupil, pupils)
                known = earlier_pupil is not None and any(p.id == earlier_pupil for p in pupils)
                if known and match.pupil_id != earlier_pupil:
                    match = PupilMatch(earlier_pupil, "earlier_import")
                if match.by == "ambiguous":
                    raise AmbiguousPupilError(match.ambiguous)
                existing = _existing(connection, match.pupil_id) if match.pupil_id else Existing()
                plan = plan_merge(
                    dossier, existing, replace_conflict, today, author, attention_note, handover
                )
                pupil_id = match.pupil_id
                if apply:
                    pupil_id = _write(connection, dossier, plan, pupil_id, school_id)
            except BaseException:
                connection.rollback()
                raise
            if apply:
                connection.commit()
            else:
                connection.rollback()
        return MergeOutcome(pupil_id, match, plan)


def _pupils(connection: Connection) -> list[Pupil]:
    rows = connection.exec_driver_sql(
        "SELECT id, last_name, first_name, class_name, birth_date, school_number FROM pupils"
    )
    return [
        Pupil(int(i), last, first, klass, _day(born) if born else None, number)
        for i, last, first, klass, born, number in rows
    ]


def _existing(connection: Connection, pupil_id: int) -> Existing:
    def rows(sql: str) -> list[Any]:
        return list(connection.exec_driver_sql(sql, (pupil_id,)).all())

    absences = {
        (_day(day), HalfDay(half)): str(code)
        for day, half, code in rows("SELECT day, half, code FROM absences WHERE pupil_id = ?")
    }
    measures = tuple(
        (_day(day), str(towards), str(channel), str(purpose), str(outcome))
        for day, towards, channel, purpose, outcome in rows(
            "SELECT day, towards, channel, purpose, outcome FROM measures WHERE pupil_id = ?"
        )
    )
    steps = tuple(
        (Step(step), _day(day))
        for step, day in rows("SELECT step, day FROM trajectory WHERE pupil_id = ?")
    )
    checklist = {
        (int(year), str(item)): json.loads(value)
        for year, item, value in rows(
            "SELECT school_year, item_id, value FROM checklist_answers WHERE pupil_id = ?"
        )
    }
    flags = frozenset(str(f) for (f,) in rows("SELECT flag FROM pupil_flags WHERE pupil_id = ?"))
    return Existing(absences, measures, steps, checklist, flags)


def _write(
    connection: Connection,
    dossier: Dossier,
    plan: MergePlan,
    pupil_id: int | None,
    school_id: int | None = None,
) -> int:
    now = datetime.now(UTC)
    stamp = now.isoformat(sep=" ")
    fallback = dossier.sender.organisation  # towards a school the file carries no authors
    if pupil_id is None:
        p = dossier.pupil
        result = connection.execute(
            PupilRow.__table__.insert().values(  # type: ignore[attr-defined]
                last_name=p.last_name.strip(),
                first_name=p.first_name.strip(),
                class_name=p.class_name.strip() or "?",
                birth_date=p.birth_date,
                school_number=(p.school_number or "").strip() or None,
                enrolled_from=p.enrolled_from,
                enrolled_until=p.enrolled_until,
                created_at=now,
                school_id=school_id,
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        pupil_id = int(key[0])

    def marks(a: Any) -> tuple[bool, bool, bool]:
        return (
            Mark.LUXEVERZUIM in a.marks,
            Mark.DOUBTFUL_CERTIFICATE in a.marks,
            Mark.MEDICAL_CERTIFICATE in a.marks,
        )

    if plan.new_absences:
        connection.exec_driver_sql(
            "INSERT INTO absences (pupil_id, day, half, code, luxeverzuim, doubtful_certificate, "
            "medical_certificate, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (pupil_id, a.day.isoformat(), a.half.value, a.code, *marks(a), "transfer", stamp)
                for a in plan.new_absences
            ],
        )
    if plan.replaced:
        connection.exec_driver_sql(
            "UPDATE absences SET code = ?, luxeverzuim = ?, doubtful_certificate = ?, "
            "medical_certificate = ?, source = ?, recorded_at = ? "
            "WHERE pupil_id = ? AND day = ? AND half = ?",
            [
                (a.code, *marks(a), "transfer", stamp, pupil_id, a.day.isoformat(), a.half.value)
                for a in plan.replaced
            ],
        )
    for measure in plan.new_measures:
        values = measure.draft.as_json()
        result = connection.exec_driver_sql(
            "INSERT INTO measures (pupil_id, day, at, towards, channel, purpose, outcome, "
            "agreements, follow_up, note, author, recorded_at, version) VALUES (:pupil_id, :day, "
            ":at, :towards, :channel, :purpose, :outcome, :agreements, :follow_up, :note, "
            ":author, :recorded_at, :version)",
            {
                **values,
                "pupil_id": pupil_id,
                "author": measure.author or fallback,
                "recorded_at": _text(measure.recorded_at),
                "version": max([measure.version, *(h.version + 1 for h in measure.history)]),
            },
        )
        measure_id = int(result.lastrowid or 0)
        if measure.history:
            connection.exec_driver_sql(
                "INSERT INTO measure_history (measure_id, pupil_id, version, content, author, "
                "changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        measure_id,
                        pupil_id,
                        h.version,
                        json.dumps(h.draft.as_json()) if h.draft else None,
                        h.author or fallback,
                        _text(h.changed_at),
                    )
                    for h in measure.history
                ],
            )
    if plan.new_steps:
        connection.exec_driver_sql(
            "INSERT INTO trajectory (pupil_id, step, day, author, details, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    pupil_id,
                    s.step.value,
                    s.day.isoformat(),
                    s.author or fallback,
                    json.dumps(details_json(s.details)),
                    _text(s.recorded_at),
                )
                for s in plan.new_steps
            ],
        )
    if plan.new_checklist:
        connection.exec_driver_sql(
            "INSERT INTO checklist_answers (pupil_id, school_year, item_id, value, author, "
            "answered_at, why) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    pupil_id,
                    c.school_year.start_year,
                    c.item_id,
                    json.dumps(c.value),
                    c.author or fallback,
                    _text(c.answered_at),
                    c.why,
                )
                for c in plan.new_checklist
            ],
        )
    if plan.new_flags:
        connection.exec_driver_sql(
            "INSERT INTO pupil_flags (pupil_id, flag, note, set_by, set_at) VALUES (?, ?, ?, ?, ?)",
            [
                (pupil_id, f.flag, f.note, f.set_by or fallback, _text(f.set_at))
                for f in plan.new_flags
            ],
        )
    return pupil_id
