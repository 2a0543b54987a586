"""Schools and enrolments: the school is a property of a pupil's enrolment, not of the vault.

A school's vault holds one school; a CLB worker's vault holds every school that worker serves.
Pupil numbers are unique only within a school and class names repeat across schools, so every
lookup by number or class is made within one school. Each school adds its own lesson-free days
and half days to the computed Flemish calendar, may keep its own absence codes (each mapped to an
official one), its own thresholds and its own lesson hour where the afternoon starts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from pa_desktop.domain.calendar import CalendarSettings, FreeDay, FreeHalfDay, SchoolYear
from pa_desktop.domain.halfday import HalfDay

WHOLE_DAY = "day"


@dataclass(frozen=True)
class School:
    id: int
    name: str
    number: str | None = None
    pupils: int = 0


@dataclass(frozen=True)
class Enrolment:
    """A pupil at one school in one school year, from `arrival` to `leaving` (None: open)."""

    pupil_id: int
    school_id: int
    school_year: int
    class_name: str
    arrival: date | None = None
    leaving: date | None = None

    def covers(self, day: date) -> bool:
        return (self.arrival is None or self.arrival <= day) and (
            self.leaving is None or day <= self.leaving
        )


@dataclass(frozen=True)
class SchoolFreeDay:
    """A day or a span of days without lessons at one school, or one half of it (`half`)."""

    first: date
    last: date
    half: str = WHOLE_DAY  # "VM", "NM" or "day"
    reason: str = ""

    def problems(self) -> list[str]:
        found = []
        if self.last < self.first:
            found.append("range_reversed")
        if SchoolYear.containing(self.first) != SchoolYear.containing(self.last):
            found.append("range_spans_years")
        if self.half not in (WHOLE_DAY, "VM", "NM"):
            found.append("unknown_half_day")
        if len(self.reason) > 120:
            found.append("reason_too_long")
        return found

    def as_json(self) -> dict[str, str]:
        return {
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "half": self.half,
            "reason": self.reason,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SchoolFreeDay:
        return cls(
            date.fromisoformat(str(data["first"])),
            date.fromisoformat(str(data["last"])),
            str(data.get("half", WHOLE_DAY)),
            str(data.get("reason", "")),
        )


@dataclass(frozen=True)
class SchoolSettings:
    """A school's own settings; None means "as the vault says" (a one-school vault's settings
    stay where they were, so nothing changes for a school that never opens this)."""

    wednesday_afternoon_free: bool | None = None
    free_days: tuple[SchoolFreeDay, ...] = ()
    codes: tuple[tuple[str, str, str], ...] = ()  # (own code, official code it maps to, label)
    thresholds: Mapping[str, int] = field(default_factory=dict)
    first_afternoon_hour: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "wednesday_afternoon_free": self.wednesday_afternoon_free,
            "free_days": [f.as_json() for f in self.free_days],
            "codes": [list(c) for c in self.codes],
            "thresholds": dict(self.thresholds),
            "first_afternoon_hour": self.first_afternoon_hour,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SchoolSettings:
        wednesday = data.get("wednesday_afternoon_free")
        hour = data.get("first_afternoon_hour")
        thresholds = data.get("thresholds") or {}
        return cls(
            wednesday_afternoon_free=wednesday if isinstance(wednesday, bool) else None,
            free_days=tuple(SchoolFreeDay.from_json(f) for f in data.get("free_days") or []),
            codes=tuple(
                (str(c[0]), str(c[1]), str(c[2]) if len(c) > 2 else "")
                for c in data.get("codes") or []
            ),
            thresholds={str(k): int(v) for k, v in thresholds.items()},
            first_afternoon_hour=hour if isinstance(hour, int) else None,
        )


def calendar_settings(base: CalendarSettings, own: SchoolSettings) -> CalendarSettings:
    """The vault's calendar choices with the school's own on top."""
    whole: list[FreeDay] = list(base.extra_free_days)
    halves: list[FreeHalfDay] = list(base.free_half_days)
    for free in own.free_days:
        day = free.first
        while day <= free.last:
            if free.half == WHOLE_DAY:
                whole.append(FreeDay(day, free.reason))
            else:
                halves.append(FreeHalfDay(day, HalfDay(free.half), free.reason))
            day += timedelta(days=1)
    wednesday = own.wednesday_afternoon_free
    return CalendarSettings(
        wednesday_afternoon_free=base.wednesday_afternoon_free if wednesday is None else wednesday,
        extra_free_days=tuple(whole),
        free_half_days=tuple(halves),
    )


def enrolment_span(
    enrolments: Sequence[Enrolment],
) -> tuple[date | None, date | None]:
    """The first arrival and the last leaving of a year's enrolments (None: open)."""
    arrivals = [e.arrival for e in enrolments]
    leavings = [e.leaving for e in enrolments]
    first = None if any(a is None for a in arrivals) else min(a for a in arrivals if a)
    last = None if any(v is None for v in leavings) else max(v for v in leavings if v)
    return first, last
