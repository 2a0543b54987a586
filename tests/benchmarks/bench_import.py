"""Figures for the import: one school year of a 2,000-pupil school, next to a raw executemany.

    python tests/benchmarks/bench_import.py [--pupils 2000] [--per-pupil 60] [--runs 3]

Writes a Belgian-Excel CSV (semicolons, Windows-1252, dd/mm/yyyy, VM/NM) of about 120,000 absent
half days, then imports it into a fresh encrypted vault that holds the school's pupils, the way
`pa-desktop-cli import FILE` does (read + check + plan + write in one transaction). Beside it, the
same rows go into another fresh vault of the same kind with a bare DB-API executemany in one
transaction: the floor any import can reach. Prints one JSON object (medians of --runs). Not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services.access import Vaults
from pa_desktop.services.import_report import ImportOptions
from pa_desktop.services.importer import Importer
from pa_desktop.services.session import Profile, VaultSession

PASSPHRASE = "benchmark passphrase"
YEAR = SchoolYear(2025)
LAST_NAMES = ["Peeters", "Janssens", "Dupont", "Lefèvre", "El Amrani", "Öztürk", "Kowalski"]
FIRST_NAMES = ["Léa", "Françoise", "Noël", "Wout", "Imane", "Zoë", "Jules"]
CODES = "BBBZZZZRPD-"


def pupils(count: int) -> list[PupilDraft]:
    return [
        PupilDraft(
            f"{LAST_NAMES[n % 7]}{n}",
            FIRST_NAMES[n // 7 % 7],
            f"{n % 6 + 1}{'ABCD'[n % 4]}",
            school_number=str(20250000 + n),
        )
        for n in range(count)
    ]


def write_csv(
    path: Path, drafts: list[PupilDraft], per_pupil: int
) -> list[tuple[int, str, str, str]]:
    """The export, and the same rows as (pupil id, ISO day, half, code) for the raw insert."""
    slots = SchoolCalendar(YEAR).lesson_half_days()
    chance = random.Random(20251)
    lines = ["Leerlingnummer;Naam;Voornaam;Klas;Datum;VM/NM;Code"]
    raw: list[tuple[int, str, str, str]] = []
    for pupil_id, draft in enumerate(drafts, start=1):
        for day, half in sorted(chance.sample(slots, per_pupil)):
            code = chance.choice(CODES)
            lines.append(
                f"{draft.school_number};{draft.last_name};{draft.first_name};{draft.class_name};"
                f"{day:%d/%m/%Y};{half.value};{code.lower() if chance.random() < 0.1 else code}"
            )
            raw.append((pupil_id, day.isoformat(), half.value, "Z" if code == "D" else code))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return raw


def fresh_vault(root: Path, name: str, drafts: list[PupilDraft], vaults: Vaults) -> VaultSession:
    session, _code = vaults.create(root / name, PASSPHRASE, Profile(user_name="Bench"))
    session.set_reference_date(datetime(2026, 7, 1).date())
    session.bulk_add_pupils(drafts)
    return session


def raw_insert(session: VaultSession, rows: list[tuple[int, str, str, str]]) -> float:
    engine = session.repository(lambda engine: engine)
    stamp = datetime.now(UTC).isoformat(sep=" ")
    values = [(p, d, h, c, 0, 0, 0, "import", stamp) for p, d, h, c in rows]
    connection = engine.raw_connection()
    try:
        start = time.perf_counter()
        cursor = connection.cursor()
        cursor.executemany(
            "INSERT INTO absences (pupil_id, day, half, code, luxeverzuim, doubtful_certificate, "
            "medical_certificate, source, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values,
        )
        connection.commit()
        return time.perf_counter() - start
    finally:
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=2000)
    parser.add_argument("--per-pupil", type=int, default=60)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    vaults = Vaults.for_desktop()
    vaults.keychain = Vaults.for_tests().keychain  # never touch the system's store
    root = Path(tempfile.mkdtemp(prefix="pa-bench-import-"))
    drafts = pupils(arguments.pupils)
    raw_rows = write_csv(root / "afwezigheden.csv", drafts, arguments.per_pupil)

    phases: dict[str, list[float]] = {
        k: [] for k in ("read", "preview", "apply", "import", "reimport", "raw")
    }
    written = 0
    for run in range(arguments.runs):
        session = fresh_vault(root, f"import{run}", drafts, vaults)
        importer = Importer(session)
        start = time.perf_counter()
        file = importer.read(root / "afwezigheden.csv")
        read = time.perf_counter()
        result = importer.apply(file, ImportOptions())
        done = time.perf_counter()
        preview = importer.preview(importer.read(root / "afwezigheden.csv"), ImportOptions())
        previewed = time.perf_counter()
        importer.apply(importer.read(root / "afwezigheden.csv"), ImportOptions())
        again = time.perf_counter()
        assert preview.new == 0 and preview.unchanged == result.written
        written = result.written
        phases["read"].append(read - start)
        phases["apply"].append(done - read)
        phases["import"].append(done - start)
        phases["preview"].append(previewed - done)
        phases["reimport"].append(again - previewed)
        session.close()

        session = fresh_vault(root, f"raw{run}", drafts, vaults)
        phases["raw"].append(raw_insert(session, raw_rows))
        session.close()

    median = {k: statistics.median(v) for k, v in phases.items()}
    figures = {
        "pupils": arguments.pupils,
        "rows": len(raw_rows),
        "absences_written": written,
        "import_s": round(median["import"], 3),
        "import_rows_per_s": round(len(raw_rows) / median["import"]),
        "raw_executemany_s": round(median["raw"], 3),
        "raw_rows_per_s": round(len(raw_rows) / median["raw"]),
        "import_over_raw": round(median["import"] / median["raw"], 2),
        "phases_s": {
            "read_and_parse": round(median["read"], 3),
            "check_plan_write": round(median["apply"], 3),
            "preview_unchanged": round(median["preview"], 3),
            "reimport_unchanged": round(median["reimport"], 3),
        },
        "runs": arguments.runs,
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
