"""Step 1 of an import: every row a file states, checked against the code table and the school
calendar (see `plan` for steps 2 and 3).

A row that names no pupil, has no valid date, half day or code, or falls outside the school year
or on a half day without lessons (weekend, holiday, free day, Wednesday afternoon, a school's own
day without lessons) is refused with its line and a reason id; every other row becomes one
statement per lesson half day, held compactly in `Checked`. Each verdict is cached by its input,
and a file is read once: `check_rows_in_groups` checks the rows of several schools (each with its
own codes and calendar) in the same reading.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from pa_desktop.domain.calendar import DayKind, SchoolCalendar, SchoolYear
from pa_desktop.domain.codes import CodeTable
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.importing.records import PupilRef, Reason, RowProblem, SourceRow
from pa_desktop.domain.importing.values import (
    HalfWord,
    parse_date,
    parse_half,
    parse_lesson_hour,
)

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


HALF_BITS = {"VM": 0, "NM": 1}
HALF_NAMES = ("VM", "NM")


class Checked:
    """The checked rows, held compactly: a statement is four machine integers in arrays (line,
    pupil, day ordinal, code and half), not a tuple of objects, so that two million of them
    take some 30 MB instead of a gigabyte (see `streams` for the reading side).
    A statement is one code on one lesson half day of the pupil the file names."""

    def __init__(self) -> None:
        self.rows_read = 0
        self.problems: list[RowProblem] = []
        self.first_day: date | None = None
        self.last_day: date | None = None
        self.pupils: list[PupilRef] = []
        self.codes: list[str] = []
        self.lines = array("i")
        self.who = array("i")
        self.days = array("i")
        self.code_half = array("i")  # code index * 2 + half bit

    def __len__(self) -> int:
        return len(self.lines)


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


class _Pass:
    """One group's caches and checked rows (one school's rules) within a check."""

    def __init__(self, rules: ImportRules) -> None:
        self.checker = _Checker(rules)
        self.checked = Checked()
        self.pupil_index: dict[PupilRef, int] = {}
        self.code_index: dict[str, int] = {}
        self.ordinals: dict[tuple[date, HalfWord], tuple[int, tuple[int, ...]]] = {}

    def finish(self) -> Checked:
        days = [moment[0] for moment in self.ordinals]
        checked = self.checked
        checked.first_day, checked.last_day = min(days, default=None), max(days, default=None)
        return checked


def check_rows(rows: Iterable[SourceRow], rules: ImportRules) -> Checked:
    """Each row as a statement per lesson half day, or one problem: the first of a missing pupil,
    an unreadable date or half day, an unknown code, a date without lessons. The rows are read
    once, one at a time."""
    only = _Pass(rules)
    _check(rows, [only], None, None)
    return only.finish()


def check_rows_in_groups(
    rows: Iterable[SourceRow],
    rules: Sequence[ImportRules],
    group_of: Callable[[int], int],
    aside: Callable[[int], RowProblem],
) -> tuple[list[Checked], Checked]:
    """The rows checked per group in one reading of the file: `group_of(line)` is the index of
    the rules of the line's group (a school's codes and calendar), or -1 for a line whose rows
    are refused with `aside(line)`; those go to the second result. Reading a file is its most
    expensive part: a CLB worker's export of ten schools is read once, not ten times."""
    passes = [_Pass(one) for one in rules]
    refused = Checked()
    _check(rows, passes, group_of, (aside, refused))
    return [one.finish() for one in passes], refused


def _check(
    rows: Iterable[SourceRow],
    passes: list[_Pass],
    group_of: Callable[[int], int] | None,
    aside: tuple[Callable[[int], RowProblem], Checked] | None,
) -> None:
    """The loop of `check_rows`, over one group or (with `group_of`) several. A group's caches
    are bound to local names when the group changes (rows come by pupil, so seldom): the loop
    over two million rows reads locals, not attributes."""
    group = 0
    state = passes[0]
    checker = state.checker
    moments, codes, slots = checker.moments, checker.codes, checker.slots
    checked = state.checked
    refuse = checked.problems.append
    add_line, add_who = checked.lines.append, checked.who.append
    add_day, add_code_half = checked.days.append, checked.code_half.append
    pupil_index, code_index, ordinals = state.pupil_index, state.code_index, state.ordinals
    rows_read = 0
    for row in rows:
        line, pupil, day_text, half_text, hour_text, code_text = row
        if group_of is not None:
            which = group_of(line)
            if which < 0:
                assert aside is not None
                aside[1].rows_read += 1
                aside[1].problems.append(aside[0](line))
                continue
            if which != group:
                checked.rows_read += rows_read
                rows_read = 0
                group, state = which, passes[which]
                checker = state.checker
                moments, codes, slots = checker.moments, checker.codes, checker.slots
                checked = state.checked
                refuse = checked.problems.append
                add_line, add_who = checked.lines.append, checked.who.append
                add_day, add_code_half = checked.days.append, checked.code_half.append
                pupil_index, code_index = state.pupil_index, state.code_index
                ordinals = state.ordinals
        rows_read += 1
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
            if not isinstance(meant, RowProblem):
                ordinals[moment] = (moment[0].toordinal(), tuple(HALF_BITS[h] for h in meant))
        if isinstance(meant, RowProblem):
            refuse(meant._replace(line=line))
            continue
        who = pupil_index.get(pupil)
        if who is None:
            who = pupil_index[pupil] = len(pupil_index)
            checked.pupils.append(pupil)
        code_number = code_index.get(code)
        if code_number is None:
            code_number = code_index[code] = len(code_index)
            checked.codes.append(code)
        ordinal, bits = ordinals[moment]
        for bit in bits:
            add_line(line)
            add_who(who)
            add_day(ordinal)
            add_code_half(code_number * 2 + bit)
    checked.rows_read += rows_read
