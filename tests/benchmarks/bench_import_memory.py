"""Peak memory of importing a large CSV or Smartschool JSON: preview, then the import, in a fresh
process.

    python tests/benchmarks/bench_import_memory.py [--megabytes 100] [--pupils 3000]
        [--format csv|smartschool]

Writes a Belgian-Excel CSV (semicolons, Windows-1252, dd/mm/yyyy, VM/NM), or a Smartschool JSON
export (indented, UTF-8), of about the given size: several school years of a large school, each
pupil's absent half days, a few bad rows. A child
process creates a vault with those pupils, previews the file and imports it (all or nothing,
skipping the bad rows), and prints its peak resident set (VmHWM, else ru_maxrss) as JSON. The
figure is in the README; `tests/importing/test_import_memory.py` runs a smaller file against a
ceiling.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear

LAST_NAMES = ["Peeters", "Janssens", "Dupont", "Lefèvre", "El Amrani", "Öztürk", "Kowalski"]
FIRST_NAMES = ["Léa", "Françoise", "Noël", "Wout", "Imane", "Zoë", "Jules"]
CODES = "BBBZZZZRPD-"
FIRST_YEAR = 2019  # school years 2019-2020 up to 2025-2026: the seventh is today's


def pupil(n: int) -> tuple[str, str, str, str]:
    return (
        str(20190000 + n),
        f"{LAST_NAMES[n % 7]}{n}",
        FIRST_NAMES[n // 7 % 7],
        f"{n % 6 + 1}{'ABCD'[n % 4]}",
    )


def write_csv(path: Path, megabytes: float, pupils: int) -> int:
    """A CSV of about `megabytes` MB; returns its number of data lines."""
    slots = [
        (day, half.value)
        for year in range(FIRST_YEAR, FIRST_YEAR + 7)
        for day, half in SchoolCalendar(SchoolYear(year)).lesson_half_days()
        if day < date(2026, 6, 1)
    ]
    chance = random.Random(21)
    target = int(megabytes * 1024 * 1024) - 200  # the importer's ceiling is 100 MiB
    written, lines = 0, 0
    with path.open("w", encoding="cp1252", newline="") as out:
        header = "Leerlingnummer;Naam;Voornaam;Klas;Datum;VM/NM;Code\r\n"
        out.write(header)
        written += len(header)
        per_pupil = len(slots) // 8  # some 300 absent half days over seven years
        for n in range(pupils):
            number, last, first, klass = pupil(n)
            for day, half in sorted(chance.sample(slots, per_pupil)):
                # now and then an unknown code: a bad row the preview names
                code = "X" if lines % 50_000 == 7 else chance.choice(CODES)
                line = f"{number};{last};{first};{klass};{day:%d/%m/%Y};{half};{code}\r\n"
                out.write(line)
                written += len(line)
                lines += 1
                if written >= target:
                    return lines
    return lines


def write_smartschool(path: Path, megabytes: float, pupils: int) -> int:
    """A Smartschool JSON of about `megabytes` MB (a list of pupils, each with its absent half
    days per date, written as Smartschool indents it); returns its number of absences (rows)."""
    slots = [
        (day, half.value)
        for year in range(FIRST_YEAR, FIRST_YEAR + 7)
        for day, half in SchoolCalendar(SchoolYear(year)).lesson_half_days()
        if day < date(2026, 6, 1)
    ]
    chance = random.Random(21)
    target = int(megabytes * 1024 * 1024) - 200
    written, rows = 2, 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("[\n")
        per_pupil = len(slots) // 8
        for n in range(pupils):
            number, last, first, klass = pupil(n)
            days: dict[str, dict[str, str | None]] = {}
            for day, half in sorted(chance.sample(slots, per_pupil)):
                # now and then an unknown code: a bad row the preview names
                code = "X" if rows % 50_000 == 7 else chance.choice(CODES)
                days.setdefault(day.isoformat(), {"am": None, "pm": None})[
                    "am" if half == "VM" else "pm"
                ] = code
                rows += 1
            entry = {
                "pupil": {"number": number, "last_name": last, "first_name": first, "class": klass},
                "absences": days,
            }
            text = ("" if n == 0 else ",\n") + json.dumps(entry, indent=2, ensure_ascii=False)
            size = len(text.encode("utf-8"))
            if written + size > target:
                rows -= sum(1 for halves in days.values() for code in halves.values() if code)
                break
            out.write(text)
            written += size
        out.write("\n]\n")
    return rows


CHILD = """
import json, resource, sys
from datetime import date
from pathlib import Path
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services.access import Vaults
from pa_desktop.services.import_report import ImportOptions
from pa_desktop.services.importer import Importer
from pa_desktop.services.session import Profile
sys.path.insert(0, {bench!r})
from bench_import_memory import pupil

csv_path, root, pupils = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
vaults = Vaults.for_tests()
session, _code = vaults.create(root / "vault", "memory benchmark passphrase", Profile(user_name="Bench"))
session.set_reference_date(date(2026, 6, 15))
session.bulk_add_pupils(
    [PupilDraft(last, first, klass, school_number=number)
     for number, last, first, klass in map(pupil, range(pupils))]
)
def peak_kib():
    # VmHWM is this program's own high-water mark; ru_maxrss also counts the parent's memory
    # before exec on Linux (a pytest process of 200 MB would be measured), so it is the fallback
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
baseline = peak_kib()
importer = Importer(session)
file = importer.read(csv_path)
preview = importer.preview(file, ImportOptions(skip_bad_rows=True))
result = importer.apply(file, ImportOptions(skip_bad_rows=True))
session.close()
print(json.dumps({{
    "rows_read": preview.rows_read,
    "problems": len(preview.problems),
    "new": preview.new,
    "written": result.written,
    "baseline_mib": round(baseline / 1024),
    "peak_mib": round(peak_kib() / 1024),
}}))
"""


def measure(csv_path: Path, root: Path, pupils: int) -> dict[str, int]:
    """Run the preview and the import in a child process; its figures, peak RSS in MiB."""
    code = CHILD.format(bench=str(Path(__file__).parent))
    done = subprocess.run(
        [sys.executable, "-c", code, str(csv_path), str(root), str(pupils)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(done.stderr[-2000:])
    figures: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=100)
    parser.add_argument("--pupils", type=int, default=9000)
    parser.add_argument("--format", choices=("csv", "smartschool"), default="csv")
    arguments = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="pa-bench-memory-"))
    if arguments.format == "csv":
        csv_path = root / "afwezigheden.csv"
        lines = write_csv(csv_path, arguments.megabytes, arguments.pupils)
    else:
        csv_path = root / "afwezigheden.json"
        lines = write_smartschool(csv_path, arguments.megabytes, arguments.pupils)
    figures = measure(csv_path, root, arguments.pupils)
    size = round(csv_path.stat().st_size / 1024 / 1024, 1)
    print(json.dumps({"file_mib": size, "lines": lines, **figures}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
