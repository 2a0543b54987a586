"""How long the "Inzicht" view takes for a whole school: 2,000 pupils, about 120,000 absent half
days in the school year (and as many in the previous one, for the comparison).

    python tests/benchmarks/bench_insight.py [--pupils 2000] [--runs 5] [--profile]

Prints one JSON object; each time is the median of several runs, in seconds. Target: the whole
insight of the year (read, signals on 31 October, summaries, every aggregate) under 1 s.
Not part of the test run.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pa_desktop.domain.absences import Absence, Mark  # noqa: E402
from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear  # noqa: E402
from pa_desktop.domain.halfday import HalfDay  # noqa: E402
from pa_desktop.domain.insight_shapes import InsightFilter  # noqa: E402
from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards  # noqa: E402
from pa_desktop.domain.pupils import PupilDraft  # noqa: E402
from pa_desktop.domain.trajectory import Step, StepDetails  # noqa: E402
from pa_desktop.services import guidance  # noqa: E402
from pa_desktop.services.access import Vaults  # noqa: E402
from pa_desktop.services.insight import load_insight  # noqa: E402
from pa_desktop.services.session import Profile, VaultSession  # noqa: E402

# (share of pupils, fewest, most absent half days in a year), and the share of B among them
PROFILES = [
    (0.55, 10, 40, 0.08),
    (0.30, 40, 100, 0.2),
    (0.12, 100, 180, 0.4),
    (0.03, 180, 300, 0.6),
]
OTHER_CODES = [("Z", 0.6), ("R", 0.1), ("P", 0.1), ("D", 0.1), ("-", 0.05), ("M", 0.05)]
CLASSES = [f"{grade}{letter}" for grade in range(1, 7) for letter in "ABCD"]


def _code(rng: random.Random, b_share: float) -> str:
    if rng.random() < b_share:
        return "B"
    roll, total = rng.random(), 0.0
    for code, share in OTHER_CODES:
        total += share
        if roll <= total:
            return code
    return "Z"


def _profile(rng: random.Random) -> tuple[int, int, float]:
    roll, total = rng.random(), 0.0
    for share, low, high, b_share in PROFILES:
        total += share
        if roll <= total:
            return low, high, b_share
    return PROFILES[0][1:]


def year_of_absences(
    rng: random.Random, calendar: SchoolCalendar, pupil_ids: list[int]
) -> list[tuple[int, Absence]]:
    """Runs of absences on lesson half days; Monday mornings and Friday afternoons a bit more."""
    slots = calendar.lesson_half_days()
    weights = [
        2.0 if (d.weekday(), h) in ((0, HalfDay.VM), (4, HalfDay.NM)) else 1.0 for d, h in slots
    ]
    rows: list[tuple[int, Absence]] = []
    for pupil_id in pupil_ids:
        low, high, b_share = _profile(rng)
        wanted = rng.randint(low, high)
        chosen: dict[tuple[date, HalfDay], Absence] = {}
        starts = rng.choices(range(len(slots)), weights=weights, k=wanted)
        for start in starts:
            code = _code(rng, b_share)
            length = rng.choice((1, 1, 2, 2, 4)) if code in ("Z", "D") else rng.choice((1, 1, 2))
            marks = frozenset({Mark.LUXEVERZUIM}) if code == "B" and rng.random() < 0.03 else None
            for day, half in slots[start : start + length]:
                chosen[(day, half)] = Absence(day, half, code, marks or frozenset(), "bench")
            if len(chosen) >= wanted:
                break
        rows.extend((pupil_id, absence) for absence in chosen.values())
    return rows


def fill(session: VaultSession, pupils: int, year: SchoolYear, seed: int = 8) -> dict[str, int]:
    rng = random.Random(seed)
    drafts = [
        PupilDraft(f"Leerling{n:04d}", f"Voornaam{n:04d}", rng.choice(CLASSES))
        for n in range(pupils)
    ]
    ids = session.bulk_add_pupils(drafts)
    counts: dict[str, int] = {"pupils": pupils}
    for which in (year.previous(), year):
        rows = year_of_absences(rng, SchoolCalendar(which), ids)
        session.bulk_add_absences(rows)
        counts[f"absences_{which.label}"] = len(rows)
    for pupil_id in rng.sample(ids, pupils // 10):
        day = year.first_date + timedelta(days=rng.randint(10, 80))
        guidance.add_measure(
            session,
            pupil_id,
            MeasureDraft(
                day,
                Towards.PARENTS,
                Channel.PHONE,
                Purpose.ASK_REASON,
                rng.choice([Outcome.REACHED, Outcome.NOT_REACHED]),
            ),
        )
        if rng.random() < 0.5:
            guidance.add_step(session, pupil_id, Step.SCHOOL_FOLLOW_UP, day, StepDetails())
    return counts


def median_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 3)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    arguments = parser.parse_args()

    year = SchoolYear(2025)
    folder = Path(tempfile.mkdtemp(prefix="pa-bench-insight-")) / "vault"
    session, _code = Vaults.for_tests().create(
        folder, "benchmark passphrase", Profile(user_name="Bench")
    )
    session.set_reference_date(date(2026, 6, 30))
    figures: dict[str, object] = dict(fill(session, arguments.pupils, year))
    source = load_insight(session, year, compare_previous=True)
    figures["absent_half_days_counted"] = sum(p.total for p in source.current.pupils)

    def whole_year() -> None:
        load_insight(session, year, compare_previous=False).report()

    def with_previous() -> None:
        load_insight(session, year, compare_previous=True).report()

    figures["insight_year_s"] = median_of(arguments.runs, whole_year)
    figures["insight_with_previous_year_s"] = median_of(arguments.runs, with_previous)
    one_class = InsightFilter(classes=frozenset({"3B"}))
    figures["filter_change_s"] = median_of(arguments.runs, lambda: source.report(one_class))
    figures["filter_all_s"] = median_of(arguments.runs, lambda: source.report())
    figures["overview_alone_s"] = median_of(arguments.runs, lambda: session.overview(year))
    figures["target_s"] = 1.0
    print(json.dumps(figures, indent=2))
    if arguments.profile:
        profiler = cProfile.Profile()
        profiler.runcall(whole_year)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
