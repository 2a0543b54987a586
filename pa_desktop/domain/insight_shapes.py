"""The shapes of the school's insight: cells with the pupils behind them, and the charts' tables.

Every number a chart shows is a `Cell`: the number itself and the pupils behind it, so a click on
a bar can list them and an export can hide a number that rests on too few pupils to stay
anonymous (`protect`). Kept apart from the aggregation (insight.py) so the GUI and the CSV export
can read the shapes without the machinery that fills them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.halfday import HalfDay

SCHOOL_MONTHS = (9, 10, 11, 12, 1, 2, 3, 4, 5, 6)
# Bottom to top of a stacked bar: B first, so its height is read from the axis like a plain bar.
STACK_ORDER = (
    CodeGroup.B,
    CodeGroup.UNKNOWN,
    CodeGroup.Z,
    CodeGroup.R,
    CodeGroup.P,
    CodeGroup.OTHER,
)
NO_STATE = "none"  # the trajectory "state" of a pupil without any step
PERSISTENT = "persistent"
ALL_PUPILS, ANY_SIGNAL, NO_SIGNAL = "all", "any", "none"
DEFAULT_SMALL_NUMBER_THRESHOLD = 5


def band_key(threshold: int) -> str:
    """The key of an AGODI band ("b5" for 5 or more B half days)."""
    return f"b{threshold}"


@dataclass(frozen=True)
class InsightSettings:
    """The bands and dates the analysis uses; the defaults are the guideline's and AGODI's.

    The cut-off for the signal table is 31 October: the end of the two months the guideline
    singles out (early B codes predict escalation), early enough that most of the year is still
    ahead, so "which signals did the pupils have on 31 October, and who crossed 5 or 30 B half
    days afterwards" tests the school's own early warnings.
    """

    bands: tuple[int, ...] = (5, 10, 15, 30)
    persistent_share: float = 0.10
    early_months: tuple[int, ...] = (9, 10)
    cutoff_month: int = 10
    cutoff_day: int = 31
    follow_thresholds: tuple[int, ...] = (5, 30)
    signal_b: int = 5

    def cutoff(self, year: SchoolYear) -> date:
        calendar_year = year.start_year if self.cutoff_month >= 9 else year.start_year + 1
        return date(calendar_year, self.cutoff_month, self.cutoff_day)

    @property
    def band_keys(self) -> tuple[str, ...]:
        return (*(band_key(n) for n in self.bands), PERSISTENT)


@dataclass(frozen=True)
class Cell:
    """One number of a chart and who stands behind it.

    `value` is what the chart shows (half days, or a number of pupils); `members` maps each pupil
    behind it to their own share (their half days in the cell, or their B half days for a band).
    """

    value: int = 0
    members: Mapping[int, int] = field(default_factory=dict)

    @classmethod
    def of_half_days(cls, members: Mapping[int, int]) -> Cell:
        return cls(sum(members.values()), members)

    @classmethod
    def of_pupils(cls, members: Mapping[int, int]) -> Cell:
        return cls(len(members), members)

    @property
    def pupils(self) -> int:
        return len(self.members)

    def pupil_ids(self) -> list[int]:
        """The pupils behind the cell, the largest share first (then by id, for a stable list)."""
        return sorted(self.members, key=lambda p: (-self.members[p], p))


def is_small(pupils: int, threshold: int) -> bool:
    """True when a number rests on 1 to threshold-1 pupils (0 singles nobody out)."""
    return 0 < pupils < threshold


def protect(count: int, threshold: int) -> str:
    """A count of pupils as exported: 1..threshold-1 become "<threshold" (e.g. "<5").

    An exported chart leaves the vault; a cell with two pupils in a class of twenty points at
    them. A threshold of 0 or 1 turns the protection off.
    """
    return f"<{threshold}" if is_small(count, threshold) else str(count)


def protect_cell(cell: Cell, threshold: int, text: str | None = None) -> str:
    """A cell as exported: its value (or `text`), or "<threshold" when too few pupils stand
    behind it, whatever it counts (half days of two pupils single them out as well)."""
    if is_small(cell.pupils, threshold):
        return f"<{threshold}"
    return text if text is not None else str(cell.value)


@dataclass(frozen=True)
class InsightFilter:
    """Which pupils an insight covers; an empty set means "all"."""

    classes: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MonthBar:
    """One month: absent half days per code group, and the lesson half days of the pupils."""

    year: int
    month: int
    exposure: int  # lesson half days of every pupil counted, up to the reference date
    cells: Mapping[CodeGroup, Cell]
    started: bool  # False for a month after the reference date

    @property
    def total(self) -> int:
        return sum(cell.value for cell in self.cells.values())

    @property
    def whole(self) -> Cell:
        """All code groups together (a click on the month's label)."""
        members: dict[int, int] = {}
        for cell in self.cells.values():
            for pupil, count in cell.members.items():
                members[pupil] = members.get(pupil, 0) + count
        return Cell.of_half_days(members)

    def rate(self, group: CodeGroup | None = None) -> float:
        """Absent half days (of one group, or all) per lesson half day of the pupils."""
        if not self.exposure:
            return 0.0
        value = self.total if group is None else self.cells[group].value
        return value / self.exposure


@dataclass(frozen=True)
class HeatCell:
    """One weekday and half day over the year: absent half days, and lessons held then."""

    weekday: int  # Monday = 0
    half: HalfDay
    exposure: int
    cell: Cell

    @property
    def has_lessons(self) -> bool:
        return self.exposure > 0

    @property
    def rate(self) -> float:
        return self.cell.value / self.exposure if self.exposure else 0.0


@dataclass(frozen=True)
class BandRow:
    """One class (or "" for all the pupils shown): how many pupils sit in each band."""

    class_name: str
    pupils: Cell  # every pupil of the row; members -> their absent half days
    cells: Mapping[str, Cell]  # band key -> pupils; members -> B (or, persistent: all) half days


@dataclass(frozen=True)
class EarlyYear:
    """Pupils with B codes in September-October, and whether they went on to 5 or more.

    Luxeverzuim is left out, as the guideline allows for the early-year signal. The pupils
    without early B codes are the comparison: the claim holds at this school when the first
    share is clearly higher than the second.
    """

    threshold: int
    window_end: date
    window_complete: bool  # the reference date lies after the early months
    year_complete: bool  # the reference date is the end of the school year
    early_reached: Cell
    early_not: Cell
    other_reached: Cell
    other_not: Cell

    @staticmethod
    def _share(reached: Cell, not_reached: Cell) -> float | None:
        total = reached.pupils + not_reached.pupils
        return reached.pupils / total if total else None

    @property
    def early_share(self) -> float | None:
        return self._share(self.early_reached, self.early_not)

    @property
    def other_share(self) -> float | None:
        return self._share(self.other_reached, self.other_not)


@dataclass(frozen=True)
class SignalRow:
    """One signal (or all / any / no signal): of the pupils who had it on the cut-off date while
    still under a threshold, how many were at or over it by the reference date."""

    key: str
    at_risk: Mapping[int, Cell]  # threshold -> pupils; members -> their B half days now
    crossed: Mapping[int, Cell]

    def share(self, threshold: int) -> float | None:
        base = self.at_risk[threshold].pupils
        return self.crossed[threshold].pupils / base if base else None


@dataclass(frozen=True)
class SignalTable:
    cutoff: date
    available: bool  # False while the reference date is not after the cut-off
    thresholds: tuple[int, ...]
    rows: tuple[SignalRow, ...]


@dataclass(frozen=True)
class Insight:
    """Every aggregate of one school year for the pupils a filter admits."""

    year: SchoolYear
    reference: date
    complete: bool
    chosen: InsightFilter
    population: Cell  # the pupils counted; members -> their absent half days
    months: tuple[MonthBar, ...]
    heatmap: tuple[HeatCell, ...]
    heatmap_b: tuple[HeatCell, ...]
    bands: tuple[BandRow, ...]  # one per class, then the total row (class_name "")
    early: EarlyYear
    signals: SignalTable
    settings: InsightSettings = field(default_factory=InsightSettings)

    @property
    def total_row(self) -> BandRow:
        return self.bands[-1]


@dataclass(frozen=True)
class Comparison:
    """The previous school year beside this one: the whole year, and its bands on the same
    date a year earlier (a fair comparison while this year is still under way)."""

    previous: Insight
    same_date: date
    bands_same_date: Mapping[str, Cell]
