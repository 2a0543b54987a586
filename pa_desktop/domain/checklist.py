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
    """What the data say, and why: `evidence` holds facts to show (dates, counts, a slot).

    A value of None means the data are silent on the item: it stays unanswered for the user
    ("niet beantwoord"), never a "no" the data cannot support; the evidence says what is known.
    """

    value: Value
    evidence: Mapping[str, Any] = field(default_factory=dict)

    @property
    def silent(self) -> bool:
        return self.value is None


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
        return self.override is None and self.prefill is not None and not self.prefill.silent

    @property
    def answered(self) -> bool:
        """Answered by the user, or by data that can answer it."""
        return self.override is not None or self.from_data


@dataclass(frozen=True)
class ChecklistInputs:
    figures: YearFigures
    measures: Sequence[Measure]
    signal_ids: Sequence[str]
    previous_year_b: int
    flags: Mapping[str, str]
    registration_reasons: Sequence[str]
    signal_facts: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    contact_checked_on: date | None = None
    reasons_before_split: bool = False  # a registration recorded while c was one merged reason
    carried_b: int = 0  # B half days at the previous school this year (a warm transfer)


_PUPIL_SIDE = (Towards.PUPIL, Towards.BOTH)
_PARENT_SIDE = (Towards.PARENTS, Towards.BOTH)


def _dates(measures: Iterable[Measure]) -> list[date]:
    return sorted({m.day for m in measures})


def _actions(
    measures: Sequence[Measure],
    sides: tuple[Towards, ...],
    options: Sequence[str],
    quiet: Mapping[str, Any] | None,
) -> Prefill:
    """Which actions the log shows; with nothing logged towards this side, the data are silent
    (the school may have acted without logging it), so the item stays unanswered."""
    towards = [m for m in measures if m.draft.towards in sides]
    contacted = [m for m in towards if m.draft.outcome is not Outcome.NOT_REACHED]
    evidence: dict[str, Any] = {
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
    shown = {k: v for k, v in evidence.items() if k in options}
    if quiet is not None:  # signal no_contact_after_b: no attempt since the last B half day
        shown["no_contact_after_b"] = quiet.get("last_b")
    return Prefill(chosen if towards else None, shown)


def _unreachable(inputs: ChecklistInputs) -> Prefill:
    """ "Ouders zijn niet bereikbaar": yes only with certainty about the contact details (checked
    since the failed attempts, or set by hand); no when the parents were reached; else silent."""
    facts = inputs.signal_facts.get("parents_unreachable")
    evidence: dict[str, Any] = {
        "signal": "parents_unreachable",
        "contact_checked_on": inputs.contact_checked_on,
    }
    if facts is not None or "parents_unreachable" in inputs.signal_ids:
        facts = facts or {}
        evidence.update(attempts=facts.get("attempts", 0), since=facts.get("since"))
        certain = bool(facts.get("manual")) or bool(facts.get("checked_since"))
        evidence["checked_since"] = certain
        return Prefill(True if certain else None, evidence)
    reached = any(
        m.draft.towards in _PARENT_SIDE and m.draft.outcome is not Outcome.NOT_REACHED
        for m in inputs.measures
    )
    return Prefill(False if reached else None, evidence)


def prefill(definition: ChecklistDefinition, inputs: ChecklistInputs) -> dict[str, Prefill]:
    """Every item the data can answer, with its evidence; items the data are silent on get a
    silent pre-fill (value None) when there is evidence worth showing."""
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
            {
                "total": figures.total,
                "lesson_half_days": figures.lesson_half_days,
                "doubtful_certificates": figures.doubtful_certificates,
                "carried_b": inputs.carried_b,
            },
        ),
    }
    if figures.pattern is not None:
        slot = figures.busiest_slot
        evidence: dict[str, Any] = {"total": figures.total}
        if slot is not None:
            evidence.update(weekday=slot.weekday, half=slot.half.value, count=slot.count)
        window = figures.busiest_window
        if window is not None:
            evidence.update(
                window_count=window.count, window_lesson_share=round(window.lesson_share, 3)
            )
        found["overview.pattern"] = Prefill(figures.pattern.value, evidence)
    quiet = inputs.signal_facts.get("no_contact_after_b")
    if quiet is None and "no_contact_after_b" in inputs.signal_ids:
        quiet = {}
    for item_id in ("actions.pupil", "actions.parents"):
        item = definition.item(item_id)
        sides = _PUPIL_SIDE if item_id == "actions.pupil" else _PARENT_SIDE
        found[item_id] = _actions(inputs.measures, sides, [o.id for o in item.options], quiet)
    refused = _dates(
        m
        for m in inputs.measures
        if m.draft.towards in _PARENT_SIDE and m.draft.outcome is Outcome.REFUSED
    )
    found["signals.unreachable"] = _unreachable(inputs)
    # a refusal says "weinig bereid"; no refusal in the log says nothing about willingness
    found["signals.uncooperative"] = Prefill(True if refused else None, {"refused": refused})
    found["signals.fast"] = Prefill(
        "fast_accumulation" in inputs.signal_ids, {"last_6_weeks": figures.last_6_weeks}
    )
    history = inputs.signal_facts.get("known_problem", {})
    if history.get("year"):
        found["signals.history"] = Prefill(
            True, {"year": history["year"], "year_b": history.get("year_b", 0)}
        )
    else:  # the vault does not hold the pupil's whole past (other schools, older years)
        found["signals.history"] = Prefill(None, {"previous_year_b": inputs.previous_year_b})
    if "known_problem" in inputs.flags:
        found["signals.difficulties"] = Prefill(True, {"note": inputs.flags["known_problem"]})
    reasons = set(inputs.registration_reasons)
    if reasons:
        step = {"step": "registered_clb"}
        found["reason.not_working"] = Prefill("not_working" in reasons, step)
        found["reason.underlying"] = Prefill("underlying_problem" in reasons, step)
        found["reason.no_longer_comes"] = Prefill("no_longer_comes" in reasons, step)
        if "refuses_guidance" in reasons:
            found["reason.refuses"] = Prefill(True, step)
        elif inputs.reasons_before_split and "no_longer_comes" in reasons:
            # recorded when "no longer comes" also meant "refuses all guidance": unknown
            found["reason.refuses"] = Prefill(None, {**step, "before_split": True})
        else:
            found["reason.refuses"] = Prefill(False, step)
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


# Rule 5: a help question is worded with the pupil in reasons a and b, not required in c.
HELP_QUESTION_ITEMS = ("reason.not_working", "reason.underlying")


def readiness(effective: Mapping[str, Answer], parents_contacted: bool) -> list[str]:
    """What is missing before a registration makes sense (ids), in the order to fix them."""
    missing = []
    reasons = [a for key, a in effective.items() if key.startswith("reason.") and a.value]
    if not reasons:
        missing.append("no_registration_reason")
    if not parents_contacted:
        missing.append("no_parent_contact")
    wants_question = any(
        (answer := effective.get(key)) is not None and answer.value is True
        for key in HELP_QUESTION_ITEMS
    )
    pupil_actions = effective.get("actions.pupil")
    asked = pupil_actions is not None and "help_question" in (pupil_actions.value or [])
    if wants_question and not asked:
        missing.append("no_help_question")
    return missing


def completion(
    definition: ChecklistDefinition, effective: Mapping[str, Answer], brief: bool
) -> tuple[int, int]:
    """(answered items, all items) for the progress bar: an unchecked box is an answer too once
    the user has confirmed it, so only items with neither data that answer them nor a user
    answer count as open."""
    items = [i for s in definition.sections_for(brief) for i in s.items]
    done = sum(1 for i in items if effective[i.id].answered)
    return done, len(items)
