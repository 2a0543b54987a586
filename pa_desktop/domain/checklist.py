"""The PA checklist ("Checklist PA bij aanmelding CLB secundair onderwijs"), extended and brief.

The definition is data (resources/checklist.json) with the seed's exact Dutch wording. Items the
data can answer are pre-filled with the evidence that answers them (totals, the pattern and its
slot, the dates of the measures, the signals); the user's answer, when given, overrides the
pre-fill and keeps who, when and why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.figures import YearFigures
from pa_desktop.domain.measures import Measure, Outcome, Purpose, Towards

Value = Any  # bool for "check", dict[str, int] for "counts", str | None for "choice", list[str]


@dataclass(frozen=True)
class Option:
    id: str
    text: Mapping[str, str]


@dataclass(frozen=True)
class Item:
    id: str
    kind: str  # check | counts | choice | multi
    text: Mapping[str, str]
    options: tuple[Option, ...] = ()


@dataclass(frozen=True)
class Section:
    id: str
    title: Mapping[str, str]
    in_brief: bool
    items: tuple[Item, ...]


@dataclass(frozen=True)
class ChecklistDefinition:
    version: int
    titles: Mapping[str, Mapping[str, str]]
    sections: tuple[Section, ...]

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ChecklistDefinition:
        sections = []
        for raw in data["sections"]:
            items = tuple(
                Item(
                    id=str(item["id"]),
                    kind=str(item["kind"]),
                    text=dict(item["text"]),
                    options=tuple(
                        Option(str(o["id"]), dict(o["text"])) for o in item.get("options", [])
                    ),
                )
                for item in raw["items"]
            )
            sections.append(Section(str(raw["id"]), dict(raw["title"]), bool(raw["brief"]), items))
        ids = [item.id for section in sections for item in section.items]
        if len(ids) != len(set(ids)):
            raise ValueError("checklist item ids must be unique")
        return cls(int(data["version"]), dict(data["title"]), tuple(sections))

    def sections_for(self, brief: bool) -> tuple[Section, ...]:
        """The brief version is the extended one without Visie and Interne opvolging."""
        return tuple(s for s in self.sections if s.in_brief or not brief)

    def item(self, item_id: str) -> Item:
        for section in self.sections:
            for item in section.items:
                if item.id == item_id:
                    return item
        raise KeyError(item_id)


@dataclass(frozen=True)
class Prefill:
    """What the data say, and why: `evidence` holds facts to show (dates, counts, a slot)."""

    value: Value
    evidence: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Override:
    value: Value
    author: str
    at: datetime
    why: str = ""


@dataclass(frozen=True)
class Answer:
    item_id: str
    value: Value
    prefill: Prefill | None
    override: Override | None

    @property
    def from_data(self) -> bool:
        return self.override is None and self.prefill is not None


@dataclass(frozen=True)
class ChecklistInputs:
    figures: YearFigures
    measures: Sequence[Measure]
    signal_ids: Sequence[str]
    previous_year_b: int
    flags: Mapping[str, str]
    registration_reasons: Sequence[str]


_PUPIL_SIDE = (Towards.PUPIL, Towards.BOTH)
_PARENT_SIDE = (Towards.PARENTS, Towards.BOTH)


def _dates(measures: Iterable[Measure]) -> list[date]:
    return sorted({m.day for m in measures})


def _actions(
    measures: Sequence[Measure], sides: tuple[Towards, ...], options: Sequence[str]
) -> Prefill:
    towards = [m for m in measures if m.draft.towards in sides]
    contacted = [m for m in towards if m.draft.outcome is not Outcome.NOT_REACHED]
    evidence = {
        "report": _dates(m for m in towards if m.draft.purpose is Purpose.REPORT_ABSENCE),
        "reason": _dates(m for m in contacted if m.draft.purpose is Purpose.ASK_REASON),
        "agreements": _dates(
            m
            for m in contacted
            if m.draft.purpose is Purpose.AGREEMENTS or m.draft.agreements.strip()
        ),
        "help_question": _dates(m for m in contacted if m.draft.purpose is Purpose.HELP_QUESTION),
    }
    chosen = [option for option in options if evidence.get(option)]
    return Prefill(chosen, {k: v for k, v in evidence.items() if k in options})


def prefill(definition: ChecklistDefinition, inputs: ChecklistInputs) -> dict[str, Prefill]:
    """Every item the data can answer, with its evidence."""
    figures = inputs.figures
    totals = figures.totals
    found: dict[str, Prefill] = {
        "overview.printout": Prefill(True, {"source": "app_overview"}),
        "overview.totals": Prefill(
            {
                "B": totals[CodeGroup.B],
                "P": totals[CodeGroup.P],
                "R": totals[CodeGroup.R],
                "Z": totals[CodeGroup.Z],
                "other": totals[CodeGroup.OTHER] + totals[CodeGroup.UNKNOWN],
            },
            {"total": figures.total, "lesson_half_days": figures.lesson_half_days},
        ),
    }
    if figures.pattern is not None:
        slot = figures.busiest_slot
        evidence: dict[str, Any] = {"total": figures.total}
        if slot is not None:
            evidence.update(weekday=slot.weekday, half=slot.half.value, count=slot.count)
        found["overview.pattern"] = Prefill(figures.pattern.value, evidence)
    for item_id in ("actions.pupil", "actions.parents"):
        item = definition.item(item_id)
        sides = _PUPIL_SIDE if item_id == "actions.pupil" else _PARENT_SIDE
        found[item_id] = _actions(inputs.measures, sides, [o.id for o in item.options])
    refused = _dates(
        m
        for m in inputs.measures
        if m.draft.towards in _PARENT_SIDE and m.draft.outcome is Outcome.REFUSED
    )
    found["signals.unreachable"] = Prefill(
        "parents_unreachable" in inputs.signal_ids, {"signal": "parents_unreachable"}
    )
    found["signals.uncooperative"] = Prefill(bool(refused), {"refused": refused})
    found["signals.fast"] = Prefill(
        "fast_accumulation" in inputs.signal_ids, {"last_6_weeks": figures.last_6_weeks}
    )
    found["signals.history"] = Prefill(
        inputs.previous_year_b >= 5, {"previous_year_b": inputs.previous_year_b}
    )
    if "known_problem" in inputs.flags:
        found["signals.difficulties"] = Prefill(True, {"note": inputs.flags["known_problem"]})
    reasons = set(inputs.registration_reasons)
    if reasons:
        found["reason.not_working"] = Prefill("not_working" in reasons, {"step": "registered_clb"})
        found["reason.underlying"] = Prefill(
            "underlying_problem" in reasons, {"step": "registered_clb"}
        )
        found["reason.no_longer_comes"] = Prefill(
            "no_longer_comes" in reasons, {"step": "registered_clb"}
        )
    return found


def answers(
    definition: ChecklistDefinition,
    prefilled: Mapping[str, Prefill],
    overrides: Mapping[str, Override],
) -> dict[str, Answer]:
    """The effective answer of every item: the user's override, else the data, else empty."""
    result: dict[str, Answer] = {}
    for section in definition.sections:
        for item in section.items:
            pre = prefilled.get(item.id)
            over = overrides.get(item.id)
            value = over.value if over is not None else (pre.value if pre is not None else None)
            result[item.id] = Answer(item.id, value, pre, over)
    return result


def readiness(effective: Mapping[str, Answer], parents_contacted: bool) -> list[str]:
    """What is missing before a registration makes sense (ids), in the order to fix them."""
    missing = []
    reasons = [a for key, a in effective.items() if key.startswith("reason.") and a.value]
    if not reasons:
        missing.append("no_registration_reason")
    if not parents_contacted:
        missing.append("no_parent_contact")
    pupil_actions = effective.get("actions.pupil")
    if not pupil_actions or "help_question" not in (pupil_actions.value or []):
        missing.append("no_help_question")
    return missing


def completion(
    definition: ChecklistDefinition, effective: Mapping[str, Answer], brief: bool
) -> tuple[int, int]:
    """(answered items, all items) for the progress bar: an unchecked box is an answer too once
    the user has confirmed it, so only items with neither data nor a user answer count as open."""
    items = [i for s in definition.sections_for(brief) for i in s.items]
    done = sum(1 for i in items if effective[i.id].prefill is not None or effective[i.id].override)
    return done, len(items)
