"""A whole school for the benchmarks: 2,000 pupils over three school years of absences.

Profiles follow what care teachers describe: most pupils miss a few half days (mostly illness),
a quarter miss more, one in eight a lot, and a few are chronically absent with many B codes.
Deterministic for a seed; absences fall only on lesson half days, in runs as illness does.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from pa_desktop.domain.absences import Absence
from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services.session import VaultSession

PROFILES = [(0.45, 12, 36), (0.30, 36, 80), (0.18, 80, 150), (0.07, 150, 260)]
CODES = [("Z", 0.5), ("B", 0.2), ("R", 0.1), ("P", 0.1), ("D", 0.05), ("-", 0.02), ("M", 0.03)]
LAST = [
    "Peeters",
    "Janssens",
    "El Amrani",
    "Yılmaz",
    "Kowalski",
    "Popescu",
    "Mbuyi",
    "Dubois",
    "Haddad",
    "Nguyễn",
    "De Smet",
    "Benali",
    "Demir",
    "Nowak",
    "Ionescu",
    "Tshibangu",
]
FIRST = [
    "Lotte",
    "Yassine",
    "Ayşe",
    "Łukasz",
    "Andrei",
    "Grâce",
    "Camille",
    "Omar",
    "Minh",
    "Noor",
    "Salma",
    "Emre",
    "Zofia",
    "Ioana",
    "Divine",
    "Jules",
]


def _pick_code(rng: random.Random) -> str:
    roll, total = rng.random(), 0.0
    for code, share in CODES:
        total += share
        if roll <= total:
            return code
    return "Z"


def absences_for(rng: random.Random, calendar: SchoolCalendar, until: date) -> list[Absence]:
    slots = [s for s in calendar.lesson_half_days() if s[0] <= until]
    roll, total, wanted = rng.random(), 0.0, 0
    for share, low, high in PROFILES:
        total += share
        if roll <= total:
            wanted = rng.randint(low, high)
            break
    wanted = min(wanted, len(slots))
    chosen: dict[tuple[date, object], Absence] = {}
    while len(chosen) < wanted:
        start = rng.randrange(len(slots))
        code = _pick_code(rng)
        length = rng.choice((1, 1, 2, 2, 4, 6)) if code in ("Z", "D") else rng.choice((1, 1, 2))
        for day, half in slots[start : start + length]:
            chosen[(day, half)] = Absence(day, half, code, frozenset(), "bench")
            if len(chosen) >= wanted:
                break
    return list(chosen.values())


def fill_school(
    session: VaultSession,
    pupils: int = 2000,
    years: int = 3,
    today: date = date(2026, 6, 26),
    seed: int = 12,
) -> dict[str, int]:
    """Pupils, their absences for `years` school years up to `today`, and guidance measures."""
    rng = random.Random(seed)
    current = SchoolYear.containing(today)
    drafts = [
        PupilDraft(
            rng.choice(LAST),
            f"{rng.choice(FIRST)} {n}",
            f"{rng.randint(1, 6)}{rng.choice('ABCD')}",
            school_number=f"S{n:05d}",
        )
        for n in range(pupils)
    ]
    ids = session.bulk_add_pupils(drafts)
    session.set_reference_date(today)
    count = 0
    for offset in range(years):
        year = SchoolYear(current.start_year - offset)
        calendar = SchoolCalendar(year)
        until = min(today, year.last_date)
        rows = [(pupil_id, a) for pupil_id in ids for a in absences_for(rng, calendar, until)]
        session.bulk_add_absences(rows)
        count += len(rows)
    from pa_desktop.services import guidance

    measures = 0
    for pupil_id in ids[: pupils // 3]:
        for index in range(rng.randint(1, 4)):
            guidance.add_measure(
                session,
                pupil_id,
                MeasureDraft(
                    current.first_date + timedelta(days=20 + 30 * index),
                    Towards.PARENTS,
                    Channel.PHONE,
                    Purpose.ASK_REASON,
                    rng.choice([Outcome.REACHED, Outcome.NOT_REACHED]),
                ),
            )
            measures += 1
    return {"pupils": pupils, "absences": count, "measures": measures}
