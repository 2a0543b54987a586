"""An absence as the domain sees it: one code on one half day of one pupil, with its marks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pa_desktop.domain.halfday import HalfDay


class Mark(StrEnum):
    """Marks the guideline asks the school to keep beside the code."""

    LUXEVERZUIM = "luxeverzuim"
    DOUBTFUL_CERTIFICATE = "doubtful-certificate"
    MEDICAL_CERTIFICATE = "medical-certificate"

    @classmethod
    def parse(cls, text: str) -> Mark:
        key = text.strip().lower().replace("_", "-")
        aliases = {
            "lux": cls.LUXEVERZUIM,
            "doubtful": cls.DOUBTFUL_CERTIFICATE,
            "medical": cls.MEDICAL_CERTIFICATE,
        }
        if key in aliases:
            return aliases[key]
        return cls(key)


@dataclass(frozen=True, slots=True)
class Absence:
    """Registered absence; `code` is the table's spelling of the code (see CodeTable.normalise)."""

    day: date
    half: HalfDay
    code: str
    marks: frozenset[Mark] = frozenset()
    source: str = "manual"

    @property
    def slot_key(self) -> int:
        """A sortable integer for the half day: two per calendar day."""
        return self.day.toordinal() * 2 + self.half.order

    def has(self, mark: Mark) -> bool:
        return mark in self.marks


@dataclass(frozen=True, slots=True)
class ContactAttempt:
    """A guidance measure reduced to what the unreachable-parents signal needs."""

    day: date
    towards_parents: bool
    reached: bool
