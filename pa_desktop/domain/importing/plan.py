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


@dataclass(frozen=True, slots=True)
class Statement:
    """A checked row: one code on one lesson half day of the pupil the file names."""

    line: int
    pupil: PupilRef
    day: date
    half: HalfDay
    code: str


@dataclass(frozen=True)
class Checked:
    rows_read: int
    statements: list[Statement]
    problems: list[RowProblem]

    @property
    def first_day(self) -> date | None:
        return min((s.day for s in self.statements), default=None)

    @property
    def last_day(self) -> date | None:
        return max((s.day for s in self.statements), default=None)


class _Checker:
    """Caches every verdict by its input: a year of a school's absences repeats few values."""

    def __init__(self, rules: ImportRules) -> None:
        self.rules = rules
        self.dates: dict[str, date | None] = {}
        self.halves: dict[tuple[str, str], HalfWord | None] = {}
        self.codes: dict[str, str | None] = {}
        self.slots: dict[tuple[date, HalfDay], RowProblem | None] = {}
        self.calendars: dict[SchoolYear, SchoolCalendar] = {}

    def day(self, text: str) -> date | None:
        if text not in self.dates:
            self.dates[text] = parse_date(text)
        return self.dates[text]

    def half(self, half: str, hour: str) -> HalfWord | None:
        key = (half, hour)
        if key not in self.halves:
            if half.strip():
                self.halves[key] = parse_half(half)
            else:
                self.halves[key] = parse_lesson_hour(hour, self.rules.first_afternoon_hour)
        return self.halves[key]

    def code(self, text: str) -> str | None:
        if text not in self.codes:
            value = text.strip()
            self.codes[text] = (
                self.rules.codes.normalise(value) if value in self.rules.codes else None
            )
        return self.codes[text]

    def slot(self, day: date, half: HalfDay) -> RowProblem | None:
        """None for a lesson half day, else the problem (with line 0, filled in by the caller)."""
        key = (day, half)
        if key in self.slots:
            return self.slots[key]
        year = SchoolYear.containing(day)
        verdict: RowProblem | None = None
        rules = self.rules
        if (rules.school_year is not None and year != rules.school_year) or (
            rules.latest_year is not None and year > rules.latest_year
        ):
            verdict = RowProblem(0, Reason.OUTSIDE_SCHOOL_YEAR)
        else:
            calendar = self.calendars.get(year)
            if calendar is None:
                calendar = self.calendars[year] = rules.calendar_of(year)
            kind = calendar.day_kind(day)
            if kind is DayKind.OUTSIDE:
                verdict = RowProblem(0, Reason.OUTSIDE_SCHOOL_YEAR)
            elif kind is not DayKind.LESSON:
                verdict = RowProblem(0, Reason.NOT_A_LESSON_DAY, kind.value)
            elif not calendar.is_lesson_half_day(day, half):
                detail = "wednesday_afternoon" if day.weekday() == _WEDNESDAY else "no_lessons"
                verdict = RowProblem(0, Reason.NOT_A_LESSON_DAY, detail)
        self.slots[key] = verdict
        return verdict


def check_rows(rows: Sequence[SourceRow], rules: ImportRules) -> Checked:
    """Each row as a statement per lesson half day, or one problem (the first found)."""
    checker = _Checker(rules)
    statements: list[Statement] = []
    problems: list[RowProblem] = []
    for row in rows:
        if row.pupil.is_empty:
            problems.append(RowProblem(row.line, Reason.MISSING_PUPIL, "no_identity"))
            continue
        day = checker.day(row.day)
        if day is None:
            problems.append(RowProblem(row.line, Reason.BAD_DATE, row.day.strip()[:40]))
            continue
        half = checker.half(row.half, row.hour)
        if half is None:
            problems.append(
                RowProblem(row.line, Reason.BAD_HALF_DAY, (row.half or row.hour).strip()[:40])
            )
            continue
        code = checker.code(row.code)
        if code is None:
            problems.append(RowProblem(row.line, Reason.UNKNOWN_CODE, row.code.strip()[:40]))
            continue
        if half is HalfWord.DAY:
            verdicts = [(h, checker.slot(day, h)) for h in (HalfDay.VM, HalfDay.NM)]
            lesson = [h for h, verdict in verdicts if verdict is None]
            if not lesson:
                first = verdicts[0][1]
                assert first is not None
                problems.append(RowProblem(row.line, first.reason, first.detail))
            for h in lesson:
                statements.append(Statement(row.line, row.pupil, day, h, code))
            continue
        one = HalfDay.VM if half is HalfWord.VM else HalfDay.NM
        verdict = checker.slot(day, one)
        if verdict is not None:
            problems.append(RowProblem(row.line, verdict.reason, verdict.detail))
            continue
        statements.append(Statement(row.line, row.pupil, day, one, code))
    return Checked(len(rows), statements, problems)


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
    new: list[tuple[int, date, HalfDay, str]]
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
    resolved: dict[PupilRef, int | None] = {}
    unknown: dict[object, UnknownPupil] = {}
    by_temp_id: dict[int, UnknownPupil] = {}
    rows_of_unknown: dict[int, int] = {}
    slots: dict[tuple[int, date, HalfDay], list[Statement]] = {}
    for statement in checked.statements:
        ref = statement.pupil
        if ref not in resolved:
            pupil_id, ambiguous = index.find(ref)
            if ambiguous:
                pupil_id = 0
            elif pupil_id is None:
                key: object = ref.number or (ref.name_key, ref.class_key)
                if key not in unknown:
                    stranger = UnknownPupil(-(len(unknown) + 1), ref, 0, _draft(ref))
                    unknown[key] = by_temp_id[stranger.temp_id] = stranger
                pupil_id = unknown[key].temp_id
            resolved[ref] = pupil_id
        pupil_id = resolved[ref]
        if pupil_id == 0:
            problems.append(RowProblem(statement.line, Reason.AMBIGUOUS_PUPIL))
            continue
        if pupil_id is not None and pupil_id < 0:
            rows_of_unknown[pupil_id] = rows_of_unknown.get(pupil_id, 0) + 1
            if not (options.create_pupils and by_temp_id[pupil_id].creatable):
                detail = "cannot_create" if options.create_pupils else "not_in_vault"
                problems.append(RowProblem(statement.line, Reason.MISSING_PUPIL, detail))
                continue
        assert pupil_id is not None
        slots.setdefault((pupil_id, statement.day, statement.half), []).append(statement)

    new: list[tuple[int, date, HalfDay, str]] = []
    conflicts: list[Conflict] = []
    unchanged = duplicates = 0
    for (pupil_id, day, half), group in slots.items():
        first = group[0]
        if any(s.code != first.code for s in group):
            problems.extend(RowProblem(s.line, Reason.CONFLICT_IN_FILE) for s in group)
            continue
        duplicates += len(group) - 1
        present = existing.get((pupil_id, day, half.value)) if pupil_id > 0 else None
        if present is None:
            new.append((pupil_id, day, half, first.code))
        elif present == first.code:
            unchanged += 1
        else:
            choice = options.choices.get(first.line, options.on_conflict)
            conflicts.append(Conflict(first.line, pupil_id, day, half, present, first.code, choice))
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
    )
