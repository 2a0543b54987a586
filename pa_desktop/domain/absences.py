"""An absence as the domain sees it: one code on one half day of one pupil, with its marks."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple, overload

from pa_desktop.domain.codes import CodeGroup
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


# DOMAIN.md: marks go with codes. Luxeverzuim is a B the school may filter out of the early-year
# signal; a (doubtful) medical certificate is about sickness, so only a Z carries one.
MARK_GROUPS: dict[Mark, CodeGroup] = {
    Mark.LUXEVERZUIM: CodeGroup.B,
    Mark.MEDICAL_CERTIFICATE: CodeGroup.Z,
    Mark.DOUBTFUL_CERTIFICATE: CodeGroup.Z,
}


def mark_allowed(mark: Mark, group: CodeGroup) -> bool:
    """Whether a code of `group` may carry `mark`."""
    return MARK_GROUPS[mark] is group


def marks_not_allowed(marks: frozenset[Mark], group: CodeGroup) -> list[Mark]:
    """The marks a code of `group` may not carry, in a stable order (empty: all fine)."""
    return sorted(m for m in marks if not mark_allowed(m, group))


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
    """A guidance measure reduced to what the contact signals need (unreachable parents, no
    contact after a B half day)."""

    day: date
    towards_parents: bool
    reached: bool
    towards_pupil: bool = False


class DeferredAbsences(Sequence[Absence]):
    """A pupil's absent half days that are built only when first read.

    A kept overview row (services/overview_codec.py) carries a whole year of absences that the
    table, the command line and the signalling list never look at; only the dossier, the
    insight screens and a recomputation do. Building 100,000 absences for a whole school costs
    more than reading every other figure, so a kept row holds a loader instead and runs it once.
    It reads and compares like the tuple it stands for.
    """

    __slots__ = ("_items", "_load")

    def __init__(self, load: Callable[[], tuple[Absence, ...]]) -> None:
        self._load: Callable[[], tuple[Absence, ...]] | None = load
        self._items: tuple[Absence, ...] | None = None

    def _all(self) -> tuple[Absence, ...]:
        items = self._items
        if items is None:
            load = self._load
            assert load is not None
            items = self._items = load()  # two threads may both build it: the same tuple
            self._load = None
        return items

    @overload
    def __getitem__(self, index: int) -> Absence: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Absence, ...]: ...

    def __getitem__(self, index: int | slice) -> Absence | tuple[Absence, ...]:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[Absence]:
        return iter(self._all())

    def __reversed__(self) -> Iterator[Absence]:
        return reversed(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DeferredAbsences):
            return self._all() == other._all()
        if isinstance(other, tuple):
            return self._all() == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._all())
