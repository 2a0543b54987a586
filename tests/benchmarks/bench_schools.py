"""A CLB worker's vault of 10 schools x 1,000 pupils against single-school vaults, in one run
(not part of the test run).

    python tests/benchmarks/bench_schools.py [--schools 10] [--pupils 1000] [--runs 3]

Builds three vaults from the same generated data: a CLB vault (10 schools of 1,000 pupils), a
school's vault with the one school of those 1,000 pupils, and a school's vault of all 10,000
pupils in one school. Then, each figure the median of several runs, prints one JSON object:

- the overview of one school in the CLB vault against the school's own vault;
- the overview of every school in the CLB vault against the 10,000-pupil school vault;
- the import of one school's spring term (CSV) into the CLB vault (`--school`) against the same
  import into the school's own vault;
- the signalling list of one school in the CLB vault against the school's own list.

The target for every ratio is 1.5 (DESIGN: a CLB vault must not feel slower than a school's).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear  # noqa: E402
from pa_desktop.domain.pupils import PupilDraft  # noqa: E402
from pa_desktop.services.access import Vaults  # noqa: E402
from pa_desktop.services.import_report import ImportOptions  # noqa: E402
from pa_desktop.services.importer import Importer  # noqa: E402
from pa_desktop.services.session import Profile, VaultSession  # noqa: E402
from pa_desktop.services.signal_list import signal_list  # noqa: E402
from tests.benchmarks.school_generator import FIRST, LAST, absences_for  # noqa: E402

PASSPHRASE = "benchmark passphrase"
YEAR = SchoolYear(2025)
TODAY = date(2026, 6, 26)
SPRING = date(2026, 4, 20)  # stored absences stop here; the import brings the rest
TARGET = 1.5


def _school_data(index: int, pupils: int) -> tuple[list[PupilDraft], list[list[Any]]]:
    """One school's pupils (numbers repeat across schools, as in real life) and absences."""
    rng = random.Random(1000 + index)
    drafts = [
        PupilDraft(
            rng.choice(LAST),
            f"{rng.choice(FIRST)} {n}",
            f"{rng.randint(1, 6)}{rng.choice('ABCD')}",
            school_number=f"{n:05d}",
        )
        for n in range(pupils)
    ]
    calendar = SchoolCalendar(YEAR)
    absences = [absences_for(rng, calendar, TODAY) for _ in drafts]
    return drafts, absences


def _vault(root: Path, name: str, role: str) -> VaultSession:
    session, _ = Vaults.for_tests().create(
        root / name, PASSPHRASE, Profile(school=f"{name} school", user_name="Bench", role=role)
    )
    session.set_reference_date(TODAY)
    return session


def _fill(
    session: VaultSession, school: int | None, data: tuple[list[PupilDraft], list[list[Any]]]
) -> None:
    drafts, absences = data
    if school is not None:
        drafts = [replace(d, school_id=school) for d in drafts]
    ids = session.bulk_add_pupils(drafts)
    rows = [
        (pupil_id, a)
        for pupil_id, held in zip(ids, absences, strict=True)
        for a in held
        if a.day < SPRING
    ]
    session.bulk_add_absences(rows)


def _spring_csv(path: Path, data: tuple[list[PupilDraft], list[list[Any]]]) -> int:
    drafts, absences = data
    lines = ["Leerlingnummer;Naam;Voornaam;Klas;Datum;VM/NM;Code"]
    for draft, held in zip(drafts, absences, strict=True):
        for a in held:
            if a.day >= SPRING:
                lines.append(
                    f"{draft.school_number};{draft.last_name};{draft.first_name};"
                    f"{draft.class_name};{a.day:%d/%m/%Y};{a.half.value};{a.code}"
                )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def _median(work: Callable[[], object], runs: int, before: Callable[[], None]) -> float:
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, default=10)
    parser.add_argument("--pupils", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    chosen = args.schools // 2  # the school measured alone
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        started = time.perf_counter()
        data = [_school_data(i, args.pupils) for i in range(args.schools)]
        clb = _vault(root, "clb", "clb")
        school_ids = [clb.default_school_id()]
        school_ids += [clb.add_school(f"School {i + 1}").id for i in range(1, args.schools)]
        for school_id, school_data in zip(school_ids, data, strict=True):
            _fill(clb, school_id, school_data)
        alone = _vault(root, "alone", "school")
        _fill(alone, None, data[chosen])
        big = _vault(root, "big", "school")
        for school_data in data:  # every pupil in one school: today's biggest vault
            _fill(big, None, school_data)
        built = time.perf_counter() - started
        school = school_ids[chosen]

        def forget(*sessions: VaultSession) -> Callable[[], None]:
            return lambda: [s.forget_overview(in_vault=True) for s in sessions] and None

        figures: dict[str, Any] = {}

        def compare(name: str, ours: float, baseline: float) -> None:
            figures[name] = {
                "clb_s": round(ours, 4),
                "single_school_s": round(baseline, 4),
                "ratio": round(ours / baseline, 3) if baseline else None,
                "target_ratio": TARGET,
            }

        compare(
            "overview_one_school",
            _median(lambda: clb.overview(YEAR, school=school), args.runs, forget(clb)),
            _median(lambda: alone.overview(YEAR), args.runs, forget(alone)),
        )
        compare(
            "overview_all_schools",
            _median(lambda: clb.overview(YEAR), args.runs, forget(clb)),
            _median(lambda: big.overview(YEAR), args.runs, forget(big)),
        )
        compare(
            "signal_list_one_school",
            _median(lambda: signal_list(clb, YEAR, school=school), args.runs, forget(clb)),
            _median(lambda: signal_list(alone, YEAR), args.runs, forget(alone)),
        )
        export = root / "spring.csv"
        rows = _spring_csv(export, data[chosen])
        timings = {}
        for name, session, where in (("clb", clb, school), ("alone", alone, None)):
            importer = Importer(session)
            file = importer.read(export)
            start = time.perf_counter()
            result = importer.apply(file, ImportOptions(school_id=where))
            timings[name] = time.perf_counter() - start
            assert result.written > 0 and not result.preview.problems
        compare("import_one_school_spring", timings["clb"], timings["alone"])
        figures["import_rows"] = rows
        for session in (clb, alone, big):
            session.close()
    report = {
        "machine": platform.platform(),
        "python": platform.python_version(),
        "schools": args.schools,
        "pupils_per_school": args.pupils,
        "runs": args.runs,
        "build_s": round(built, 1),
        "figures": figures,
        "within_target": all(
            f["ratio"] is not None and f["ratio"] <= TARGET
            for f in figures.values()
            if isinstance(f, dict)
        ),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
