"""Fictitious pupils with realistic absences: for the demo vault, the tests and the benchmarks.

The generator is deterministic for a seed and a reference date. Every pupil follows a profile
taken from the situations the guideline describes (a first B in September, a sick note stretched
too far, absences piling up fast, the same Monday morning every week, a second heavy year), so that
every signal the data of a school year can raise shows up in a vault of about forty pupils.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from pa_desktop.domain.absences import Absence, Mark
from pa_desktop.domain.calendar import CalendarSettings, SchoolCalendar, SchoolYear
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services.demo_guidance import add_demo_guidance
from pa_desktop.services.session import VaultSession

NAMES: list[tuple[str, str]] = [
    ("Peeters", "Lotte"),
    ("Janssens", "Wout"),
    ("De Smet", "Fien"),
    ("Van Damme", "Arne"),
    ("Claes", "Noor"),
    ("Wouters", "Seppe"),
    ("Dubois", "Camille"),
    ("Lambert", "Hugo"),
    ("Leclercq", "Manon"),
    ("Dupont", "Théo"),
    ("Martin", "Léa"),
    ("El Amrani", "Yassine"),
    ("Benali", "Salma"),
    ("Ouali", "Imane"),
    ("El Idrissi", "Bilal"),
    ("Bouzid", "Hamza"),
    ("Yılmaz", "Ayşe"),
    ("Demir", "Emre"),
    ("Kaya", "Elif"),
    ("Şahin", "Mehmet"),
    ("Öztürk", "Zeynep"),
    ("Kowalski", "Łukasz"),
    ("Nowak", "Zofia"),
    ("Wiśniewska", "Małgorzata"),
    ("Popescu", "Andrei"),
    ("Ionescu", "Ioana"),
    ("Dumitru", "Ștefan"),
    ("Mbuyi", "Grâce"),
    ("Tshibangu", "Christelle"),
    ("Mukendi", "Jonathan"),
    ("Ilunga", "Divine"),
    ("Kalonji", "Exaucé"),
    ("Al-Hassan", "Omar"),
    ("Haddad", "Layla"),
    ("Khalil", "Rami"),
    ("Darwish", "Nour"),
    ("Nguyễn", "Minh Anh"),
    ("Van den Broeck", "Jules"),
    ("Lahlou", "Rania"),
    ("Rusu", "Bianca"),
    ("Mertens", "Kato"),
    ("Nkulu", "Prince"),
]
CLASSES = ["1A", "1B", "2A", "2B", "3A", "3B", "4A", "4C", "5B", "6A"]


@dataclass
class DemoPupil:
    draft: PupilDraft
    profile: str
    absences: list[Absence]


class _Year:
    """Lesson half days of a school year up to a date, with helpers to pick from them."""

    def __init__(self, year: SchoolYear, until: date, rng: random.Random) -> None:
        self.calendar = SchoolCalendar(year, CalendarSettings())
        self.slots = [s for s in self.calendar.lesson_half_days() if s[0] <= until]
        self.until = until
        self.rng = rng

    def days(self) -> list[date]:
        return sorted({d for d, _ in self.slots})

    def random_slots(
        self, count: int, code: str, marks: frozenset[Mark] = frozenset()
    ) -> list[Absence]:
        chosen = self.rng.sample(self.slots, min(count, len(self.slots)))
        return [Absence(d, h, code, marks, "demo") for d, h in chosen]

    def whole_days(
        self, first: date, count: int, code: str, marks: frozenset[Mark] = frozenset()
    ) -> list[Absence]:
        """`count` consecutive lesson days from `first` on, both half days where there are two."""
        days = [d for d in self.days() if d >= first][:count]
        return [Absence(d, h, code, marks, "demo") for d, h in self.slots if d in days]

    def recent(self, weeks: int) -> list[tuple[date, HalfDay]]:
        start = self.until - timedelta(days=7 * weeks - 1)
        return [s for s in self.slots if s[0] >= start]

    def in_months(self, months: tuple[int, ...]) -> list[tuple[date, HalfDay]]:
        return [s for s in self.slots if s[0].month in months]


def _merge(*groups: list[Absence]) -> list[Absence]:
    """Later groups win a half day (one code per half day)."""
    merged: dict[tuple[date, HalfDay], Absence] = {}
    for group in groups:
        for absence in group:
            merged[(absence.day, absence.half)] = absence
    return sorted(merged.values(), key=lambda a: a.slot_key)


def _pick(
    year: _Year,
    pool: list[tuple[date, HalfDay]],
    count: int,
    code: str,
    marks: frozenset[Mark] = frozenset(),
) -> list[Absence]:
    chosen = year.rng.sample(pool, min(count, len(pool)))
    return [Absence(d, h, code, marks, "demo") for d, h in chosen]


def _sick_days(year: _Year, periods: int, length: int) -> list[Absence]:
    days = year.days()
    starts = sorted(year.rng.sample(range(0, max(1, len(days) - length)), periods))
    result: list[Absence] = []
    for start in starts:
        result += year.whole_days(days[start], length, "Z")
    return result


Profile = Callable[[_Year, _Year], tuple[list[Absence], list[Absence]]]


def _regular(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    return (
        _merge(_sick_days(now, 1, 1), now.random_slots(now.rng.randint(0, 2), "R")),
        _merge(_sick_days(before, 2, 2), before.random_slots(2, "P")),
    )


def _early_b(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    return _merge(_pick(now, now.in_months((9,)), 2, "B"), _sick_days(now, 1, 1)), []


def _luxeverzuim(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    autumn = now.calendar.holidays[0].start
    days = [d for d in now.days() if d < autumn][-2:]
    lux = [
        Absence(d, h, "B", frozenset({Mark.LUXEVERZUIM}), "demo") for d, h in now.slots if d in days
    ]
    return lux, before.random_slots(1, "Z")


def _signal_due(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    pool = [s for s in now.slots if s[0].month not in (9, 10)]
    return _merge(_pick(now, pool, 6, "B"), now.random_slots(3, "Z")), before.random_slots(2, "B")


def _fast(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    recent = now.recent(5)
    return _merge(_pick(now, recent, 8, "Z"), _pick(now, recent, 5, "P")), []


def _same_moment(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    mondays = [s for s in now.slots if s[0].weekday() == 0 and s[1] is HalfDay.VM]
    return _merge(_pick(now, mondays, 6, "B"), now.random_slots(2, "Z")), []


def _unknown(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    older = [s for s in now.slots if s[0] <= now.until - timedelta(days=14)]
    return _merge(_pick(now, older[-10:], 2, "-"), now.random_slots(1, "Z")), []


def _sick_note_many(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    return _sick_days(now, 5, 1), _sick_days(before, 3, 1)


def _sick_note_long(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    monday = next(d for d in now.days() if d.weekday() == 0 and d.month in (10, 11))
    return now.whole_days(monday, 4, "Z"), []


def _certificate(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    first = now.days()[len(now.days()) // 3]
    return now.whole_days(first, 5, "D", frozenset({Mark.MEDICAL_CERTIFICATE})), []


def _doubtful(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    first = now.days()[len(now.days()) // 2]
    marks = frozenset({Mark.DOUBTFUL_CERTIFICATE})
    return _merge(now.whole_days(first, 3, "D", marks), now.random_slots(2, "B")), []


def _known_problem(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    return now.random_slots(2, "Z"), _merge(
        before.random_slots(8, "B"), before.random_slots(6, "Z")
    )


def _allowance_risk(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    return (
        _merge(now.random_slots(4, "Z"), now.random_slots(23, "B")),
        _merge(before.random_slots(36, "B"), before.random_slots(10, "Z")),
    )


def _allowance_lost(now: _Year, before: _Year) -> tuple[list[Absence], list[Absence]]:
    return (
        _merge(now.random_slots(6, "Z"), now.random_slots(32, "B")),
        _merge(before.random_slots(44, "B"), before.random_slots(12, "R")),
    )


PROFILES: dict[str, Profile] = {
    "early_b": _early_b,
    "luxeverzuim": _luxeverzuim,
    "signal_due": _signal_due,
    "fast": _fast,
    "same_moment": _same_moment,
    "unknown": _unknown,
    "sick_note_many": _sick_note_many,
    "sick_note_long": _sick_note_long,
    "certificate": _certificate,
    "doubtful": _doubtful,
    "known_problem": _known_problem,
    "allowance_risk": _allowance_risk,
    "allowance_lost": _allowance_lost,
}


def demo_reference(today: date) -> date:
    """A date late enough in a school year for every situation to have happened.

    Before the ninth week of a school year (or in summer) the demo shows the year before,
    up to its last day, rather than a nearly empty year.
    """
    year = SchoolYear.containing(today)
    if today > year.last_date or today < year.first_date + timedelta(days=70):
        return year.previous().last_date
    return today


def generate(count: int, reference: date, seed: int = 2026) -> list[DemoPupil]:
    """`count` pupils: the special profiles once each (in order), the rest regular."""
    rng = random.Random(seed)
    year = SchoolYear.containing(reference)
    now = _Year(year, reference, rng)
    before = _Year(year.previous(), year.previous().last_date, rng)
    names = list(NAMES)
    rng.shuffle(names)
    profiles = list(PROFILES)
    pupils: list[DemoPupil] = []
    for index in range(count):
        last_name, first_name = names[index % len(names)]
        if index >= len(names):
            first_name = f"{first_name} {index // len(names) + 1}"
        profile = profiles[index] if index < len(profiles) else "regular"
        make = PROFILES.get(profile, _regular)
        current, previous = make(now, before)
        class_name = rng.choice(CLASSES)
        grade = int(class_name[0])
        birth = date(year.start_year - 11 - grade, rng.randint(1, 12), rng.randint(1, 28))
        draft = PupilDraft(
            last_name=last_name,
            first_name=first_name,
            class_name=class_name,
            birth_date=birth,
            school_number=f"{year.start_year % 100:02d}{index + 1:04d}",
        )
        pupils.append(DemoPupil(draft, profile, _merge(previous, current)))
    return pupils


def fill_demo_vault(session: VaultSession, count: int = 40, today: date | None = None) -> date:
    """Add `count` demo pupils with their absences; returns the reference date the demo uses."""
    reference = demo_reference(today or date.today())
    session.set_reference_date(reference)
    pupils = generate(count, reference)
    ids = session.bulk_add_pupils([pupil.draft for pupil in pupils])
    session.bulk_add_absences(
        [
            (pupil_id, absence)
            for pupil_id, pupil in zip(ids, pupils, strict=True)
            for absence in pupil.absences
        ]
    )
    by_profile = {p.profile: i for i, p in zip(ids, pupils, strict=True) if p.profile != "regular"}
    regular = [i for i, p in zip(ids, pupils, strict=True) if p.profile == "regular"]
    if len(by_profile) == len(PROFILES) and len(regular) >= 12:
        add_demo_guidance(session, by_profile, regular, reference)
    return reference
