"""An overview row as text and back, for the rows kept in the vault (store/overview_rows.py).

The encoding is exact: a decoded row equals the computed one field by field (dates, enums,
floats and the order of the absences included); tests/services/test_overview_kept.py checks
it on generated vaults. The absences go in a part of their own that is decoded only when a
reader asks for them (DeferredAbsences), since the table and the command line never do. A
format change bumps FORMAT, so rows kept by another build are computed again, not misread.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date
from operator import attrgetter

import pa_desktop
from pa_desktop.domain.absences import Absence, DeferredAbsences, Mark
from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.figures import Pattern, SlotShare, WindowShare, YearFigures
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.signals import Signal
from pa_desktop.services.overview import OverviewRow

FORMAT = 1
# what computed a kept row: another program version may count differently (its calendar
# resources, its rules), so its rows are never handed out here
PROGRAM = f"{FORMAT}:{pa_desktop.__version__}"

_GROUPS = tuple(CodeGroup)
_MARKS = (Mark.LUXEVERZUIM, Mark.DOUBTFUL_CERTIFICATE, Mark.MEDICAL_CERTIFICATE)
_MARK_SETS = [
    frozenset(m for bit, m in enumerate(_MARKS) if index & (1 << bit)) for index in range(8)
]
_HALVES = {half.value: half for half in HalfDay}


class NotEncodableError(ValueError):
    """A row holds a value this format cannot carry exactly; it is then not kept."""


def pupil_fingerprint(pupil: Pupil) -> str:
    """A short digest of the pupil record a row was computed for: a row is handed out only to
    the same record (the revisions already move with it; this is the second lock)."""
    return hashlib.blake2b(repr(pupil).encode(), digest_size=12).hexdigest()


def encode_row(row: OverviewRow) -> tuple[str, str]:
    """(figures, absences) as two JSON texts; NotEncodableError when a value has no exact form."""
    f = row.figures
    slot = f.busiest_slot
    window = f.busiest_window
    figures = [
        [f.totals[group] for group in _GROUPS],
        f.total,
        f.b_count,
        _day(f.b_fifth_date),
        f.last_6_weeks,
        f.lesson_half_days,
        f.absence_rate,
        f.pattern.value if f.pattern else None,
        [slot.weekday, slot.half.value, slot.count, slot.of_total] if slot else None,
        [
            window.first.isoformat(),
            window.last.isoformat(),
            window.count,
            window.lesson_half_days,
            window.of_total,
            window.of_lesson_half_days,
        ]
        if window
        else None,
        f.doubtful_certificates,
    ]
    if len(f.totals) != len(_GROUPS):
        raise NotEncodableError("totals")
    body = {
        "f": figures,
        "p": row.previous_b,
        "s": [[s.id, {k: _value(v) for k, v in s.facts.items()}] for s in row.signals],
        "st": row.state,
        "nf": _day(row.next_follow_up),
        "at": row.attention,
        "eb": [[start, count] for start, count in row.earlier_b.items()],
        "cc": _day(row.contact_checked_on),
        "sc": row.school,
        "cb": row.carried_b,
    }
    return _dumps(body), encode_absences(f.absent)


def decode_row(pupil: Pupil, figures_text: str, absent_text: str) -> OverviewRow:
    """The row encoded by encode_row, for `pupil` (the caller checked its fingerprint)."""
    body = json.loads(figures_text)
    (totals, total, b_count, fifth, weeks, lesson, rate, pattern, slot, window, doubtful) = body[
        "f"
    ]
    figures = YearFigures(
        totals=dict(zip(_GROUPS, totals, strict=True)),
        total=total,
        b_count=b_count,
        b_fifth_date=_date(fifth),
        last_6_weeks=weeks,
        lesson_half_days=lesson,
        absence_rate=rate,
        pattern=Pattern(pattern) if pattern is not None else None,
        busiest_slot=SlotShare(slot[0], _HALVES[slot[1]], slot[2], slot[3]) if slot else None,
        absent=DeferredAbsences(lambda: decode_absences(absent_text)),
        busiest_window=WindowShare(
            date.fromisoformat(window[0]),
            date.fromisoformat(window[1]),
            window[2],
            window[3],
            window[4],
            window[5],
        )
        if window
        else None,
        doubtful_certificates=doubtful,
    )
    return OverviewRow(
        pupil,
        figures,
        body["p"],
        tuple(Signal(i, {k: _fact(v) for k, v in facts.items()}) for i, facts in body["s"]),
        state=body["st"],
        next_follow_up=_date(body["nf"]),
        attention=body["at"],
        earlier_b={int(start): count for start, count in body["eb"]},
        contact_checked_on=_date(body["cc"]),
        school=body["sc"],
        carried_b=body["cb"],
    )


def encode_absences(absent: Sequence[Absence]) -> str:
    """Column by column (day ordinals, halves, codes, marks as bits, source indexes), with each
    distinct source and mark set once: a whole school's year encodes in a tenth of a second."""
    bits: dict[frozenset[Mark], int] = {}
    for marks in set(map(_marks, absent)):
        value = sum(1 << bit for bit, mark in enumerate(_MARKS) if mark in marks)
        if len(marks) != value.bit_count():
            raise NotEncodableError("mark")
        bits[marks] = value
    sources = {source: index for index, source in enumerate(dict.fromkeys(map(_source, absent)))}
    # map() over attrgetters: the loops run in C, which is what makes a school's year cheap
    return _dumps(
        [
            list(map(date.toordinal, map(_day_of, absent))),
            "".join(map(_HALF_LETTER.__getitem__, map(_half_of, absent))),
            list(map(_code, absent)),
            list(map(bits.__getitem__, map(_marks, absent))),
            list(sources),
            list(map(sources.__getitem__, map(_source, absent))),
        ]
    )


def decode_absences(text: str) -> tuple[Absence, ...]:
    ordinals, halves, codes, bits, sources, where = json.loads(text)
    days: dict[int, date] = {}
    for ordinal in ordinals:
        if ordinal not in days:
            days[ordinal] = date.fromordinal(ordinal)
    return tuple(
        Absence(days[o], _LETTER_HALF[h], c, _MARK_SETS[m], sources[i])
        for o, h, c, m, i in zip(ordinals, halves, codes, bits, where, strict=True)
    )


_day_of = attrgetter("day")
_half_of = attrgetter("half")
_code = attrgetter("code")
_marks = attrgetter("marks")
_source = attrgetter("source")
_HALF_LETTER = {HalfDay.VM: "V", HalfDay.NM: "N"}
_LETTER_HALF = {letter: half for half, letter in _HALF_LETTER.items()}


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _value(value: object) -> object:
    """A signal fact in JSON: a date tagged (a text could look like one), the rest as is."""
    if type(value) is date:
        return {"date": value.isoformat()}
    if value is None or type(value) in (bool, int, float, str):
        return value
    raise NotEncodableError(type(value).__name__)


def _fact(value: object) -> object:
    if isinstance(value, dict):
        return date.fromisoformat(value["date"])
    return value
