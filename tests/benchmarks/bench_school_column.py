"""Figures for an export that names each row's school: one reading for ten schools.

    python tests/benchmarks/bench_school_column.py [--schools 10] [--pupils 2000] [--runs 3]

The 120,000 rows of `bench_import` (a school year of 2,000 pupils) are imported twice in one run,
each into a fresh encrypted vault: once as a school's own export (no school column, one school),
once with a School column that spreads the pupils over `--schools` schools of a CLB worker's vault
(each school's rows checked against its own codes and calendar and matched within its own
pupils). Prints one JSON object with the medians and their ratio. Not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pa_desktop.services.access import Vaults  # noqa: E402
from pa_desktop.services.import_report import ImportOptions  # noqa: E402
from pa_desktop.services.importer import Importer  # noqa: E402
from pa_desktop.services.session import Profile  # noqa: E402
from tests.benchmarks.bench_import import PASSPHRASE, pupils, write_csv  # noqa: E402


def with_school_column(plain: Path, target: Path, names: list[str], numbers: list[str]) -> None:
    """The same export with a School column in front: pupil n is at school n % len(names)."""
    lines = plain.read_bytes().decode("cp1252").split("\r\n")
    school_of = {number: names[n % len(names)] for n, number in enumerate(numbers)}
    out = ["School;" + lines[0]]
    out += [f"{school_of[line.split(';')[0]]};{line}" for line in lines[1:] if line]
    target.write_bytes(("\r\n".join(out) + "\r\n").encode("cp1252"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schools", type=int, default=10)
    parser.add_argument("--pupils", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    vaults = Vaults.for_tests()  # never the system's credential store
    root = Path(tempfile.mkdtemp(prefix="pa-bench-school-column-"))
    drafts = pupils(arguments.pupils)
    write_csv(root / "plain.csv", drafts, 60)
    names = ["Sint-X"] + [f"School {n}" for n in range(1, arguments.schools)]
    numbers = [d.school_number or "" for d in drafts]
    with_school_column(root / "plain.csv", root / "schools.csv", names, numbers)
    timings: dict[str, list[float]] = {"one_school_s": [], "school_column_s": []}
    for run in range(arguments.runs):
        single, _ = vaults.create(
            root / f"one{run}", PASSPHRASE, Profile(school="Sint-X", user_name="Bench")
        )
        single.set_reference_date(date(2026, 7, 1))
        single.bulk_add_pupils(drafts)
        importer = Importer(single)
        start = time.perf_counter()
        plain = importer.apply(importer.read(root / "plain.csv"), ImportOptions())
        timings["one_school_s"].append(time.perf_counter() - start)
        single.close()

        clb, _ = vaults.create(
            root / f"clb{run}", PASSPHRASE, Profile(school="Sint-X", user_name="Bench", role="clb")
        )
        clb.set_reference_date(date(2026, 7, 1))
        ids = [clb.default_school_id()] + [clb.add_school(name).id for name in names[1:]]
        clb.bulk_add_pupils([replace(d, school_id=ids[n % len(ids)]) for n, d in enumerate(drafts)])
        importer = Importer(clb)
        start = time.perf_counter()
        spread = importer.apply(importer.read(root / "schools.csv"), ImportOptions())
        timings["school_column_s"].append(time.perf_counter() - start)
        clb.close()
        assert spread.written == plain.written
    median = {k: round(statistics.median(v), 3) for k, v in timings.items()}
    figures = {
        "schools": arguments.schools,
        "rows": plain.written,
        **median,
        "ratio": round(median["school_column_s"] / median["one_school_s"], 2),
        "runs": arguments.runs,
    }
    json.dump(figures, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
