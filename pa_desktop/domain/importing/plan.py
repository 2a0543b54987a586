"""From rows as a file states them to what an import would change: the preview and the plan.

Three steps, each pure so the preview and the apply share them exactly:

1. `check_rows` (in `checks`): every row against the code table and the school calendar. A row
   that names no pupil, has no valid date, half day or code, or falls outside the school year
   or on a half day without lessons (weekend, holiday, free day, Wednesday afternoon) is
   refused with its line and a reason id.
2. `PupilIndex.find`: the pupil by school number, else by name and class (folded, so accents and
   word order do not matter; a file without a class column matches a name that is unique).
3. `make_plan`: each half day against the vault. New when the vault has nothing there,
   unchanged when it has the same code (marks set by hand stay: the formats carry none), a
   conflict when it has another code (kept or replaced as the user chooses, for all or per
   line). The same half day twice in the file with the same code is a duplicate, counted once;
   with different codes the file contradicts itself and every such row is refused.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.importing.checks import HALF_BITS, HALF_NAMES, Checked
from pa_desktop.domain.importing.records import PupilRef, Reason, RowProblem
from pa_desktop.domain.importing.values import class_key, name_key, normalise_number
from pa_desktop.domain.pupils import Pupil, PupilDraft


class PupilIndex:
    """The vault's pupils, found by school number or by folded name and class."""

    def __init__(self, pupils: Iterable[Pupil]) -> None:
        self._by_number: dict[str, list[int]] = {}
        self._by_name_class: dict[tuple[str, str], list[int]] = {}
        self._by_name: dict[str, list[int]] = {}
        for pupil in pupils:
            if pupil.school_number:
                number = normalise_number(pupil.school_number)
                self._by_number.setdefault(number, []).append(pupil.id)
            key = name_key(pupil.last_name, pupil.first_name)
            self._by_name_class.setdefault((key, class_key(pupil.class_name)), []).append(pupil.id)
            self._by_name.setdefault(key, []).append(pupil.id)

    def find(self, ref: PupilRef) -> tuple[int | None, bool]:
        """(pupil id or None, ambiguous): the number first, then name and class."""
        if ref.number:
            by_number = self._by_number.get(ref.number, [])
            if len(by_number) == 1:
                return by_number[0], False
            if len(by_number) > 1:
                return None, True
        if not (ref.last_name or ref.first_name):
            return None, False
        if ref.class_name:
            found = self._by_name_class.get((ref.name_key, ref.class_key), [])
        else:
            found = self._by_name.get(ref.name_key, [])
        if len(found) == 1:
            return found[0], False
        return None, len(found) > 1


class ConflictChoice(StrEnum):
    """What to do when the vault has another code on a half day: the command line's words."""

    KEEP = "keep"
    REPLACE = "replace"


@dataclass(frozen=True)
class PlanOptions:
    create_pupils: bool = False
    on_conflict: ConflictChoice = ConflictChoice.KEEP
    choices: Mapping[int, ConflictChoice] = field(default_factory=dict)  # by line, over the rest


@dataclass(frozen=True, slots=True)
class Conflict:
    line: int
    pupil_id: int
    day: date
    half: HalfDay
    existing: str
    incoming: str
    choice: ConflictChoice


@dataclass(frozen=True)
class UnknownPupil:
    """A pupil the file names and the vault lacks. `temp_id` (negative) stands for it in plans."""

    temp_id: int
    pupil: PupilRef
    rows: int
    draft: PupilDraft | None

    @property
    def creatable(self) -> bool:
        return self.draft is not None


class NewAbsences:
    """The half days an import adds, in arrays (pupil id, day ordinal, code and half, line):
    iterating gives (pupil id, day, "VM"/"NM", code) tuples one at a time."""

    def __init__(self, codes: Sequence[str]) -> None:
        self.codes = codes
        self.pupils = array("q")
        self.days = array("i")
        self.code_half = array("i")
        self.lines = array("i")

    def add(self, pupil_id: int, ordinal: int, code_half: int, line: int) -> None:
        self.pupils.append(pupil_id)
        self.days.append(ordinal)
        self.code_half.append(code_half)
        self.lines.append(line)

    def __len__(self) -> int:
        return len(self.pupils)

    def __bool__(self) -> bool:
        return bool(self.pupils)

    def __iter__(self) -> Iterator[tuple[int, date, str, str]]:
        for pupil_id, day, code, _line in self.with_lines():
            yield pupil_id, day[0], day[1], code

    def with_lines(self) -> Iterator[tuple[int, tuple[date, str], str, int]]:
        """(pupil id, (day, half), code, line) of every half day, dates made once each."""
        codes, dates = self.codes, _DateCache()
        for pupil_id, ordinal, code_half, line in zip(
            self.pupils, self.days, self.code_half, self.lines, strict=True
        ):
            yield pupil_id, dates.slot(ordinal, code_half & 1), codes[code_half >> 1], line

    def kept(self, keep: Callable[[int, int], bool]) -> NewAbsences:
        """A copy with only the half days `keep(pupil id, day ordinal)` accepts."""
        copy = NewAbsences(self.codes)
        for pupil_id, ordinal, code_half, line in zip(
            self.pupils, self.days, self.code_half, self.lines, strict=True
        ):
            if keep(pupil_id, ordinal):
                copy.add(pupil_id, ordinal, code_half, line)
        return copy


class _DateCache:
    """(date, half) pairs by day ordinal: a school year has some 330 days, two million rows."""

    def __init__(self) -> None:
        self._slots: dict[tuple[int, int], tuple[date, str]] = {}

    def slot(self, ordinal: int, half: int) -> tuple[date, str]:
        key = (ordinal, half)
        found = self._slots.get(key)
        if found is None:
            found = self._slots[key] = (date.fromordinal(ordinal), HALF_NAMES[half])
        return found


@dataclass
class Plan:
    """What an import would change. Pupil ids below zero are pupils still to create."""

    rows_read: int
    new: NewAbsences  # pupil, day, "VM"/"NM", code (and the file line of each)
    unchanged: int
    conflicts: list[Conflict]
    duplicates: int
    problems: list[RowProblem]
    unknown_pupils: list[UnknownPupil]
    create_pupils: bool

    @property
    def replacements(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.choice is ConflictChoice.REPLACE]

    @property
    def pupils_to_create(self) -> list[UnknownPupil]:
        if not self.create_pupils:
            return []
        needed = {pupil_id for pupil_id in self.new.pupils if pupil_id < 0}
        return [u for u in self.unknown_pupils if u.temp_id in needed]


def _draft(ref: PupilRef) -> PupilDraft | None:
    draft = PupilDraft(
        ref.last_name, ref.first_name, ref.class_name, school_number=ref.number or None
    )
    return None if draft.problems() else draft


ExistingRow = tuple[int, str, str, str]  # pupil id, ISO day, "VM"/"NM", code: as the vault has it
GRID_CELLS = 32 * 1024 * 1024  # half-day cells compared at once: two byte grids of 32 MiB


def make_plan(
    checked: Checked,
    index: PupilIndex,
    existing: Callable[[], Iterable[ExistingRow]],
    options: PlanOptions,
) -> Plan:
    """Compare every checked half day with the vault's half days in the file's date range.

    The half days are cells of a grid, one row of cells per pupil over the file's days, held as
    bytes (the code seen first, the vault's code), so the comparison takes memory by pupils and
    days, not by rows. Pupils are taken in groups whose grid stays under GRID_CELLS; `existing()`
    streams the vault's half days again for each group."""
    problems = list(checked.problems)
    unknown: dict[object, UnknownPupil] = {}
    resolved: list[int] = []  # per file pupil: 0 ambiguous; below 0 a pupil the vault lacks
    for ref in checked.pupils:
        found, ambiguous = index.find(ref)
        if ambiguous:
            found = 0
        elif found is None:
            key: object = ref.number or (ref.name_key, ref.class_key)
            if key not in unknown:
                unknown[key] = UnknownPupil(-(len(unknown) + 1), ref, 0, _draft(ref))
            found = unknown[key].temp_id
        resolved.append(found)
    creatable = {u.temp_id for u in unknown.values() if u.creatable and options.create_pupils}
    detail = "cannot_create" if options.create_pupils else "not_in_vault"
    rows_of_unknown: dict[int, int] = {}
    # the grid row of each file pupil (-1: refused), each planned pupil id once
    grid_row: dict[int, int] = {}
    row_of_ref = array("i")
    for pupil_id in resolved:
        if pupil_id == 0 or (pupil_id < 0 and pupil_id not in creatable):
            row_of_ref.append(-1)
        else:
            row_of_ref.append(grid_row.setdefault(pupil_id, len(grid_row)))
    for line, who in zip(checked.lines, checked.who, strict=True):
        pupil_id = resolved[who]
        if pupil_id < 0:
            rows_of_unknown[pupil_id] = rows_of_unknown.get(pupil_id, 0) + 1
        if row_of_ref[who] < 0:
            problems.append(
                RowProblem(line, Reason.AMBIGUOUS_PUPIL)
                if pupil_id == 0
                else RowProblem(line, Reason.MISSING_PUPIL, detail)
            )

    codes = list(checked.codes)  # then the vault's other codes, as they turn up
    code_number = {code: number for number, code in enumerate(codes)}
    new = NewAbsences(codes)
    conflicts: list[Conflict] = []
    counts = [0, 0]  # unchanged, duplicates
    if checked.first_day is not None and grid_row:
        first = checked.first_day.toordinal()
        width = 2 * (checked.last_day.toordinal() - first + 1) if checked.last_day else 2
        group = max(1, GRID_CELLS // width)
        ids = list(grid_row)
        for start in range(0, len(ids), group):
            _compare_group(
                checked,
                resolved,
                row_of_ref,
                (start, min(start + group, len(ids))),
                (first, width),
                {pupil_id: grid_row[pupil_id] for pupil_id in ids[start : start + group]},
                existing(),
                (codes, code_number),
                (new, conflicts, problems, counts),
                options,
            )
    conflicts.sort(key=lambda c: c.line)
    problems.sort(key=lambda p: p.line)
    strangers = [
        UnknownPupil(u.temp_id, u.pupil, rows_of_unknown.get(u.temp_id, 0), u.draft)
        for u in unknown.values()
    ]
    return Plan(
        rows_read=checked.rows_read,
        new=new,
        unchanged=counts[0],
        conflicts=conflicts,
        duplicates=counts[1],
        problems=problems,
        unknown_pupils=strangers,
        create_pupils=options.create_pupils,
    )


def _compare_group(
    checked: Checked,
    resolved: list[int],
    row_of_ref: array[int],
    rows: tuple[int, int],
    days: tuple[int, int],
    group_rows: dict[int, int],
    existing: Iterable[ExistingRow],
    code_table: tuple[list[str], dict[str, int]],
    out: tuple[NewAbsences, list[Conflict], list[RowProblem], list[int]],
    options: PlanOptions,
) -> None:
    """The half days of the pupils whose grid rows are in `rows`: each cell holds the code said
    first (index + 1) and the vault's code (index + 1); repeats of a cell are kept aside."""
    low, high = rows
    first, width = days
    codes, code_number = code_table
    new, conflicts, problems, counts = out
    said = bytearray((high - low) * width)
    vault = bytearray((high - low) * width)
    repeats: dict[int, list[int]] = {}
    contradicted: set[int] = set()
    lines, who_of, day_of, code_half = checked.lines, checked.who, checked.days, checked.code_half
    for i, (who, day, bits) in enumerate(zip(who_of, day_of, code_half, strict=True)):
        row = row_of_ref[who]
        if not low <= row < high:
            continue
        cell = (row - low) * width + (day - first) * 2 + (bits & 1)
        code = (bits >> 1) + 1
        seen = said[cell]
        if not seen:
            said[cell] = code
        else:
            repeats.setdefault(cell, []).append(i)
            if seen != code:
                contradicted.add(cell)
    ordinals: dict[str, int] = {}
    for pupil_id, day_text, half, code_text in existing:
        at = group_rows.get(pupil_id)
        if at is None:
            continue
        ordinal = ordinals.get(day_text)
        if ordinal is None:
            ordinal = ordinals[day_text] = date.fromisoformat(day_text).toordinal()
        offset = (ordinal - first) * 2 + HALF_BITS.get(half, 0)
        if not 0 <= offset < width:
            continue
        number = code_number.get(code_text)
        if number is None:
            number = code_number[code_text] = len(codes)
            codes.append(code_text)
        vault[(at - low) * width + offset] = min(number + 1, 255)  # codes: a table of ~20
    dates = _DateCache()
    for i, (who, day, bits) in enumerate(zip(who_of, day_of, code_half, strict=True)):
        row = row_of_ref[who]
        if not low <= row < high:
            continue
        cell = (row - low) * width + (day - first) * 2 + (bits & 1)
        if not said[cell]:
            continue  # a repeat of a cell already planned
        said[cell] = 0
        line = lines[i]
        again = repeats.get(cell)
        if again:
            if cell in contradicted:
                problems.append(RowProblem(line, Reason.CONFLICT_IN_FILE))
                problems.extend(RowProblem(lines[k], Reason.CONFLICT_IN_FILE) for k in again)
                continue
            counts[1] += len(again)
        present = vault[cell]
        pupil_id = resolved[who]
        if not present:
            new.add(pupil_id, day, bits, line)
        elif present == (bits >> 1) + 1:
            counts[0] += 1
        else:
            choice = options.choices.get(line, options.on_conflict)
            when, half = dates.slot(day, bits & 1)
            conflicts.append(
                Conflict(
                    line,
                    pupil_id,
                    when,
                    HalfDay(half),
                    codes[present - 1],
                    codes[bits >> 1],
                    choice,
                )
            )
