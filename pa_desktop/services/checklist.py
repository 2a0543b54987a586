"""The PA checklist of one pupil for one school year: pre-filled from the data, answered by the
user, with readiness before a registration and the CLB's own notes and plan at intake."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.checklist import (
    Answer,
    ChecklistDefinition,
    ChecklistInputs,
    Override,
    answers,
    prefill,
    readiness,
)
from pa_desktop.domain.measures import parents_contacted
from pa_desktop.domain.trajectory import Step
from pa_desktop.services import guidance
from pa_desktop.services.errors import InvalidInputError, NotFoundError
from pa_desktop.services.resources import load_json
from pa_desktop.services.session import VaultSession
from pa_desktop.store.checklist import ChecklistRepository
from pa_desktop.store.repositories import PupilNotFoundError

CLB_PLANS = ("short_guidance", "close", "kans", "external")
CLB_NOTE_PREFIX = "clb.note."
CLB_PLAN = "clb.plan"


@cache
def definition() -> ChecklistDefinition:
    return ChecklistDefinition.from_mapping(load_json("checklist.json"))


@dataclass(frozen=True)
class ChecklistView:
    definition: ChecklistDefinition
    year: SchoolYear
    answers: dict[str, Answer]
    readiness: list[str]
    clb_notes: dict[str, str]
    clb_plan: str | None
    clb_overrides: dict[str, Override]


def load_checklist(session: VaultSession, pupil_id: int, year: SchoolYear) -> ChecklistView:
    row = session.overview(year, only=[pupil_id])[0]
    logged = [
        m
        for m in guidance.measures(session, pupil_id)
        if year.first_date <= m.day <= year.last_date
    ]
    steps = [s for s in guidance.trajectory(session, pupil_id) if s.step is Step.REGISTERED_CLB]
    reasons = [r.value for s in steps for r in s.details.registration_reasons]
    inputs = ChecklistInputs(
        figures=row.figures,
        measures=logged,
        signal_ids=row.signal_ids,
        previous_year_b=row.previous_b,
        flags=guidance.flags(session, pupil_id),
        registration_reasons=reasons,
        signal_facts={s.id: s.facts for s in row.signals},
        contact_checked_on=row.contact_checked_on,
        reasons_before_split=any(s.details.reasons_before_split for s in steps),
        carried_b=row.carried_b,
    )
    checklist = definition()
    stored = session.repository(ChecklistRepository).overrides(pupil_id, year.start_year)
    item_overrides = {k: v for k, v in stored.items() if not k.startswith("clb.")}
    clb = {k: v for k, v in stored.items() if k.startswith("clb.")}
    effective = answers(checklist, prefill(checklist, inputs), item_overrides)
    plan = clb.get(CLB_PLAN)
    return ChecklistView(
        definition=checklist,
        year=year,
        answers=effective,
        readiness=readiness(effective, parents_contacted(logged)),
        clb_notes={
            k.removeprefix(CLB_NOTE_PREFIX): str(v.value)
            for k, v in clb.items()
            if k.startswith(CLB_NOTE_PREFIX)
        },
        clb_plan=str(plan.value) if plan else None,
        clb_overrides=clb,
    )


def _valid(item_kind: str, options: list[str], value: Any) -> bool:
    if item_kind == "check":
        return isinstance(value, bool)
    if item_kind == "choice":
        return value is None or value in options
    if item_kind == "multi":
        return isinstance(value, list) and all(v in options for v in value)
    if item_kind == "counts":
        return (
            isinstance(value, dict)
            and set(value) <= set(options)
            and all(
                isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value.values()
            )
        )
    return False


def answer_item(
    session: VaultSession, pupil_id: int, year: SchoolYear, item_id: str, value: Any, why: str = ""
) -> None:
    """Record the user's answer (it overrides the data); who and when are kept."""
    try:
        item = definition().item(item_id)
    except KeyError:
        raise InvalidInputError(["unknown_checklist_item"], item=item_id) from None
    if not _valid(item.kind, [o.id for o in item.options], value):
        raise InvalidInputError(["checklist_value_invalid"], item=item_id)
    _store(session, pupil_id, year, item_id, value, why)


def reset_item(session: VaultSession, pupil_id: int, year: SchoolYear, item_id: str) -> None:
    """Drop the user's answer: the item follows the data again."""
    session.repository(ChecklistRepository).clear(pupil_id, year.start_year, item_id)


def set_clb_note(
    session: VaultSession, pupil_id: int, year: SchoolYear, section_id: str, note: str
) -> None:
    if section_id not in {s.id for s in definition().sections}:
        raise InvalidInputError(["unknown_checklist_section"], section=section_id)
    key = CLB_NOTE_PREFIX + section_id
    if note.strip():
        _store(session, pupil_id, year, key, note.strip(), "")
    else:
        reset_item(session, pupil_id, year, key)


def set_clb_plan(session: VaultSession, pupil_id: int, year: SchoolYear, plan: str | None) -> None:
    if plan is None:
        reset_item(session, pupil_id, year, CLB_PLAN)
        return
    if plan not in CLB_PLANS:
        raise InvalidInputError(["unknown_clb_plan"], plan=plan)
    _store(session, pupil_id, year, CLB_PLAN, plan, "")


def _store(
    session: VaultSession, pupil_id: int, year: SchoolYear, key: str, value: Any, why: str
) -> None:
    author = session.profile().user_name or "?"
    try:
        session.repository(ChecklistRepository).answer(
            pupil_id, year.start_year, key, value, author, why.strip()
        )
    except PupilNotFoundError:
        raise NotFoundError("pupil", pupil_id) from None
