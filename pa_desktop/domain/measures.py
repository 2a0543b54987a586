"""Guidance measures (begeleidende maatregelen): the dossier the guideline asks a school to keep
from the first B code on. The words are the command line's (DESIGN.md); the GUI translates them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from pa_desktop.domain.absences import ContactAttempt


class Towards(StrEnum):
    PUPIL = "pupil"
    PARENTS = "parents"
    BOTH = "both"
    PARTNER = "partner"

    @property
    def includes_parents(self) -> bool:
        return self in (Towards.PARENTS, Towards.BOTH)


class Channel(StrEnum):
    CONVERSATION = "conversation"
    PHONE = "phone"
    TEXT_MESSAGE = "text-message"
    LETTER = "letter"
    EMAIL = "email"
    HOME_VISIT = "home-visit"
    CLASS_DIARY = "class-diary"
    ONLINE_MEETING = "online-meeting"


class Purpose(StrEnum):
    REPORT_ABSENCE = "report-absence"
    ASK_REASON = "ask-reason"
    AGREEMENTS = "agreements"
    HELP_QUESTION = "help-question"
    CLB_CONSULTATION = "clb-consultation"
    YOUTH_COACH = "youth-coach"
    REFERRAL = "referral"
    SANCTION = "sanction"
    OTHER = "other"


class Outcome(StrEnum):
    REACHED = "reached"
    NOT_REACHED = "not-reached"
    REFUSED = "refused"


@dataclass(frozen=True)
class MeasureDraft:
    """A measure as the user enters it; `problems()` names what is missing, as ids."""

    day: date
    towards: Towards
    channel: Channel
    purpose: Purpose
    outcome: Outcome
    at: time | None = None
    agreements: str = ""
    follow_up: date | None = None
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        """The draft as plain values: the measure tables' columns and the transfer file's keys
        are these same names, so a measure reads back the same from either."""
        return {
            "day": self.day.isoformat(),
            "at": self.at.strftime("%H:%M") if self.at else None,
            "towards": self.towards.value,
            "channel": self.channel.value,
            "purpose": self.purpose.value,
            "outcome": self.outcome.value,
            "agreements": self.agreements,
            "follow_up": self.follow_up.isoformat() if self.follow_up else None,
            "note": self.note,
        }

    def problems(self, today: date | None = None) -> list[str]:
        found = []
        if today is not None and self.day > today:
            found.append("measure_in_future")
        if self.follow_up is not None and self.follow_up < self.day:
            found.append("follow_up_before_measure")
        return found


@dataclass(frozen=True)
class Measure:
    id: int
    pupil_id: int
    draft: MeasureDraft
    author: str
    recorded_at: datetime
    version: int = 1

    @property
    def day(self) -> date:
        return self.draft.day


@dataclass(frozen=True)
class MeasureVersion:
    """An earlier state of a measure, kept when it is edited or deleted (who, when, what)."""

    measure_id: int
    version: int
    draft: MeasureDraft | None  # None: the measure was deleted at this version
    author: str
    changed_at: datetime


def contact_attempts(measures: Iterable[Measure]) -> list[ContactAttempt]:
    """What the unreachable-parents signal reads: a refusal is contact, not unreachability."""
    return [
        ContactAttempt(
            day=m.draft.day,
            towards_parents=m.draft.towards.includes_parents,
            reached=m.draft.outcome is not Outcome.NOT_REACHED,
            towards_pupil=m.draft.towards in (Towards.PUPIL, Towards.BOTH),
        )
        for m in sorted(measures, key=lambda m: (m.draft.day, m.draft.at or time(0), m.id))
    ]


def parents_contacted(measures: Iterable[Measure]) -> bool:
    """Whether any contact with the parents reached them (asked before a CLB registration)."""
    return any(
        m.draft.towards.includes_parents and m.draft.outcome is not Outcome.NOT_REACHED
        for m in measures
    )


def help_question_asked(measures: Iterable[Measure]) -> bool:
    """Whether a help question was worded with the pupil (rule 5, reasons a and b)."""
    return any(
        m.draft.purpose is Purpose.HELP_QUESTION
        and m.draft.towards in (Towards.PUPIL, Towards.BOTH)
        and m.draft.outcome is not Outcome.NOT_REACHED
        for m in measures
    )


def next_follow_up(measures: Iterable[Measure]) -> date | None:
    """The earliest follow-up date of the latest measures that is not yet done.

    A follow-up counts as done when a later measure was logged on or after its date.
    """
    ordered = sorted(measures, key=lambda m: m.draft.day)
    pending = [
        m.draft.follow_up
        for m in ordered
        if m.draft.follow_up is not None
        and not any(
            later.draft.day >= m.draft.follow_up
            for later in ordered
            if later.id != m.id and later.draft.day > m.draft.day
        )
    ]
    return min(pending) if pending else None
