"""An absence as the domain sees it: one code on one half day of one pupil, with its marks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

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


class Absence(NamedTuple):
    """Registered absence; `code` is the table's spelling of the code (see CodeTable.normalise).

    A named tuple rather than a dataclass: the overview builds one per absent half day of a whole
    school year (over 100,000), and tuples are created several times faster.
    """

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
