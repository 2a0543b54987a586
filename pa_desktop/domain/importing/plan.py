"""From rows as a file states them to what an import would change: the preview and the plan.

Three steps, each pure so the preview and the apply share them exactly:

1. `check_rows`: every row against the code table and the school calendar. A row that names
   no pupil, has no valid date, half day or code, or falls outside the school year or on a
   half day without lessons (weekend, holiday, free day, Wednesday afternoon) is refused with
   its line and a reason id.
2. `PupilIndex.find`: the pupil by school number, else by name and class (folded, so accents and
   word order do not matter; a file without a class column matches a name that is unique).
3. `make_plan`: each half day against the vault. New when the vault has nothing there,
   unchanged when it has the same code (marks set by hand stay: the formats carry none), a
   conflict when it has another code (kept or replaced as the user chooses, for all or per
   line). The same half day twice in the file with the same code is a duplicate, counted once;
   with different codes the file contradicts itself and every such row is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from pa_desktop.domain.calendar import DayKind, SchoolCalendar, SchoolYear
from pa_desktop.domain.codes import CodeTable
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.importing.records import PupilRef, Reason, RowProblem, SourceRow
from pa_desktop.domain.importing.values import (
    HalfWord,
    class_key,
    name_key,
    normalise_number,
    parse_date,
    parse_half,
    parse_lesson_hour,
)
from pa_desktop.domain.pupils import Pupil, PupilDraft

DEFAULT_FIRST_AFTERNOON_HOUR = 5
_WEDNESDAY = 2


@dataclass(frozen=True)
class ImportRules:
    """What the rows are checked against; `latest_year` refuses dates of later school years."""

    codes: CodeTable
    calendar_of: Callable[[SchoolYear], SchoolCalendar]
    first_afternoon_hour: int = DEFAULT_FIRST_AFTERNOON_HOUR
    school_year: SchoolYear | None = None
    latest_year: SchoolYear | None = None


class Statement(NamedTuple):
    """A checked row: one code on one lesson half day of the pupil the file names.

    `half` is the plain text "VM" or "NM": an Enum member hashes through Python code, and a
    school year of statements is hashed as dictionary keys several times over."""

    line: int
    pupil: PupilRef
    day: date
    half: str
    code: str


@dataclass(frozen=True)
class Checked:
    rows_read: int
    statements: list[Statement]
    problems: list[RowProblem]
    first_day: date | None = None
    last_day: date | None = None


_HALVES = {
    HalfWord.VM: (HalfDay.VM,),
    HalfWord.NM: (HalfDay.NM,),
    HalfWord.DAY: (HalfDay.VM, HalfDay.NM),
}


class _Checker:
    """Every verdict cached by its input: a school year of rows repeats few distinct values
    (some 330 dates, two half days, a handful of codes), so each is worked out once."""

    def __init__(self, rules: ImportRules) -> None:
        self.rules = rules
        self.moments: dict[tuple[str, str, str], tuple[date, HalfWord] | RowProblem] = {}
        self.codes: dict[str, str | RowProblem] = {}
        self.slots: dict[tuple[date, HalfWord], tuple[str, ...] | RowProblem] = {}
        self.calendars: dict[SchoolYear, SchoolCalendar] = {}

    def moment(
        self, day_text: str, half_text: str, hour_text: str
    ) -> tuple[date, HalfWord] | RowProblem:
        day = parse_date(day_text)
        if day is None:
            return RowProblem(0, Reason.BAD_DATE, day_text.strip()[:40])
        if half_text.strip():
            half = parse_half(half_text)
        else:
            half = parse_lesson_hour(hour_text, self.rules.first_afternoon_hour)
        if half is None:
            return RowProblem(0, Reason.BAD_HALF_DAY, (half_text or hour_text).strip()[:40])
        return day, half

    def code(self, text: str) -> str | RowProblem:
        value = text.strip()
        if value in self.rules.codes:
            return self.rules.codes.normalise(value)
        return RowProblem(0, Reason.UNKNOWN_CODE, value[:40])

    def slots_of(self, day: date, half: HalfWord) -> tuple[str, ...] | RowProblem:
        """The lesson half days meant (a whole day keeps those with lessons), else the problem."""
        verdicts = [(one, self._slot(day, one)) for one in _HALVES[half]]
        lesson = tuple(one.value for one, verdict in verdicts if verdict is None)
        first = verdicts[0][1]
        return lesson if lesson or first is None else first

    def _slot(self, day: date, half: HalfDay) -> RowProblem | None:
        year = SchoolYear.containing(day)
        rules = self.rules
        if (rules.school_year is not None and year != rules.school_year) or (
            rules.latest_year is not None and year > rules.latest_year
        ):
            return RowProblem(0, Reason.OUTSIDE_SCHOOL_YEAR)
        calendar = self.calendars.get(year)
        if calendar is None:
            calendar = self.calendars[year] = rules.calendar_of(year)
        kind = calendar.day_kind(day)
        if kind is DayKind.OUTSIDE:
            return RowProblem(0, Reason.OUTSIDE_SCHOOL_YEAR)
        if kind is not DayKind.LESSON:
            own = calendar.own_reason(day, half) if kind is DayKind.FREE_DAY else None
            return RowProblem(0, Reason.NOT_A_LESSON_DAY, own or kind.value)
        if not calendar.is_lesson_half_day(day, half):
            own = calendar.own_reason(day, half)
            detail = own or ("wednesday_afternoon" if day.weekday() == _WEDNESDAY else "no_lessons")
            return RowProblem(0, Reason.NOT_A_LESSON_DAY, detail)
        return None


def check_rows(rows: Sequence[SourceRow], rules: ImportRules) -> Checked:
    """Each row as a statement per lesson half day, or one problem: the first of a missing pupil,
    an unreadable date or half day, an unknown code, a date without lessons."""
    checker = _Checker(rules)
    moments, codes, slots = checker.moments, checker.codes, checker.slots
    statements: list[Statement] = []
    problems: list[RowProblem] = []
    add, refuse, make = statements.append, problems.append, tuple.__new__
    for line, pupil, day_text, half_text, hour_text, code_text in rows:
        if not pupil.number and not (pupil.last_name or pupil.first_name):
            refuse(RowProblem(line, Reason.MISSING_PUPIL, "no_identity"))
            continue
        key = (day_text, half_text, hour_text)
        moment = moments.get(key)
        if moment is None:
            moment = moments[key] = checker.moment(day_text, half_text, hour_text)
        if isinstance(moment, RowProblem):
            refuse(moment._replace(line=line))
            continue
        code = codes.get(code_text)
        if code is None:
            code = codes[code_text] = checker.code(code_text)
        if isinstance(code, RowProblem):
            refuse(code._replace(line=line))
            continue
        meant = slots.get(moment)
        if meant is None:
            meant = slots[moment] = checker.slots_of(*moment)
        if isinstance(meant, RowProblem):
            refuse(meant._replace(line=line))
            continue
        day = moment[0]
        for half in meant:
            add(make(Statement, (line, pupil, day, half, code)))
    days = [moment[0] for moment, meant in slots.items() if not isinstance(meant, RowProblem)]
    return Checked(
        len(rows), statements, problems, min(days, default=None), max(days, default=None)
    )


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


@dataclass
class Plan:
    """What an import would change. Pupil ids below zero are pupils still to create."""

    rows_read: int
    new: list[tuple[int, date, str, str]]  # pupil, day, "VM"/"NM", code
    unchanged: int
    conflicts: list[Conflict]
    duplicates: int
    problems: list[RowProblem]
    unknown_pupils: list[UnknownPupil]
    create_pupils: bool
    lines: dict[tuple[int, date, str], int] = field(default_factory=dict)  # slot -> file line

    @property
    def replacements(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.choice is ConflictChoice.REPLACE]

    @property
    def pupils_to_create(self) -> list[UnknownPupil]:
        if not self.create_pupils:
            return []
        needed = {pupil_id for pupil_id, *_ in self.new if pupil_id < 0}
        return [u for u in self.unknown_pupils if u.temp_id in needed]


def _draft(ref: PupilRef) -> PupilDraft | None:
    draft = PupilDraft(
        ref.last_name, ref.first_name, ref.class_name, school_number=ref.number or None
    )
    return None if draft.problems() else draft


def make_plan(
    checked: Checked,
    index: PupilIndex,
    existing: Mapping[tuple[int, date, str], str],
    options: PlanOptions,
) -> Plan:
    """Compare every checked half day with the vault (`existing`: (pupil, day, half) -> code)."""
    problems = list(checked.problems)
    resolved: dict[PupilRef, int] = {}  # 0: ambiguous; below 0: a pupil the vault lacks
    unknown: dict[object, UnknownPupil] = {}
    by_temp_id: dict[int, UnknownPupil] = {}
    rows_of_unknown: dict[int, int] = {}
    first_of: dict[tuple[int, date, str], tuple[int, str]] = {}  # slot -> (line, code)
    repeats: dict[tuple[int, date, str], list[tuple[int, str]]] = {}
    for line, ref, day, half, code in checked.statements:
        pupil_id = resolved.get(ref)
        if pupil_id is None:
            found, ambiguous = index.find(ref)
            if ambiguous:
                found = 0
            elif found is None:
                key: object = ref.number or (ref.name_key, ref.class_key)
                if key not in unknown:
                    stranger = UnknownPupil(-(len(unknown) + 1), ref, 0, _draft(ref))
                    unknown[key] = by_temp_id[stranger.temp_id] = stranger
                found = unknown[key].temp_id
            pupil_id = resolved[ref] = found
        if pupil_id <= 0:
            if pupil_id == 0:
                problems.append(RowProblem(line, Reason.AMBIGUOUS_PUPIL))
                continue
            rows_of_unknown[pupil_id] = rows_of_unknown.get(pupil_id, 0) + 1
            if not (options.create_pupils and by_temp_id[pupil_id].creatable):
                detail = "cannot_create" if options.create_pupils else "not_in_vault"
                problems.append(RowProblem(line, Reason.MISSING_PUPIL, detail))
                continue
        slot = (pupil_id, day, half)
        said = (line, code)
        if first_of.setdefault(slot, said) is not said:
            repeats.setdefault(slot, []).append(said)

    new: list[tuple[int, date, str, str]] = []
    conflicts: list[Conflict] = []
    unchanged = duplicates = 0
    for slot, (line, code) in first_of.items():
        again = repeats.get(slot)
        if again:
            if any(other != code for _, other in again):
                problems.append(RowProblem(line, Reason.CONFLICT_IN_FILE))
                problems.extend(RowProblem(other, Reason.CONFLICT_IN_FILE) for other, _ in again)
                continue
            duplicates += len(again)
        present = existing.get(slot) if slot[0] > 0 else None
        if present is None:
            new.append((*slot, code))
        elif present == code:
            unchanged += 1
        else:
            choice = options.choices.get(line, options.on_conflict)
            pupil_id, day, half = slot
            conflicts.append(Conflict(line, pupil_id, day, HalfDay(half), present, code, choice))
    problems.sort(key=lambda p: p.line)
    strangers = [
        UnknownPupil(u.temp_id, u.pupil, rows_of_unknown.get(u.temp_id, 0), u.draft)
        for u in unknown.values()
    ]
    return Plan(
        rows_read=checked.rows_read,
        new=new,
        unchanged=unchanged,
        conflicts=conflicts,
        duplicates=duplicates,
        problems=problems,
        unknown_pupils=strangers,
        create_pupils=options.create_pupils,
        lines={slot: line for slot, (line, _code) in first_of.items()},
    )
