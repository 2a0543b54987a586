"""Killing the process in the middle of an import leaves the vault exactly as it was.

A child process imports a large generated file and prints a line at every progress report; the
test kills it (SIGKILL, no cleanup of any kind) as soon as a report says more than 10% of the rows
are written. The child then holds an open write transaction with thousands of rows in it; after
the kill the vault must open with exactly the rows it had before, and pass its integrity checks:
SQLite ignores WAL frames that no commit record follows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services.access import Vaults
from tests.importing.conftest import PASSPHRASE, dump, make_vault

ROOT = Path(__file__).resolve().parents[2]
PUPILS = 300
CHILD = r"""
import sys, time
from pathlib import Path
from pa_desktop.services.access import Vaults
from pa_desktop.services.import_report import ImportOptions
from pa_desktop.services.importer import Importer

session = Vaults.for_tests().unlock(Path(sys.argv[1]), sys.argv[2])
# A small page cache (a laptop short of memory) makes SQLite write uncommitted pages into the
# WAL early, so the kill hits a transaction that is partly on disk, not only in memory.
with session.repository(lambda engine: engine).connect() as connection:
    connection.exec_driver_sql("PRAGMA cache_size = 64")
    connection.exec_driver_sql("PRAGMA cache_spill = 16")
importer = Importer(session)
file = importer.read(Path(sys.argv[3]))

def progress(done, total):
    print(f"progress {done} {total}", flush=True)
    if done > total / 10:
        time.sleep(120)  # hold the open transaction until the parent kills the process

importer.apply(file, ImportOptions(create_pupils=True), progress=progress)
print("finished", flush=True)
"""


def _big_file(path: Path) -> int:
    """Every pupil absent on every third lesson half day of a school year: about 32,000 rows."""
    slots = SchoolCalendar(SchoolYear(2025)).lesson_half_days()
    lines = ["Leerlingnummer;Naam;Voornaam;Klas;Datum;VM/NM;Code"]
    for pupil in range(PUPILS):
        for index, (day, half) in enumerate(slots):
            if (index + pupil) % 3 == 0:
                lines.append(
                    f"{5000 + pupil};Leerling{pupil};Élève;{pupil % 12 + 1}A;"
                    f"{day:%d/%m/%Y};{half.value};{'BZRP'[index % 4]}"
                )
    path.write_text("\n".join(lines), encoding="utf-8")
    return len(lines) - 1


def test_a_killed_import_leaves_the_vault_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    session = make_vault(folder)
    session.bulk_add_pupils(
        [
            PupilDraft(f"Leerling{n}", "Élève", f"{n % 12 + 1}A", school_number=str(5000 + n))
            for n in range(0, PUPILS, 2)
        ]
    )  # half of the file's pupils exist; the import would create the other half
    before = dump(session)
    session.close()
    rows = _big_file(tmp_path / "big.csv")
    assert rows > 25_000

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), PASSPHRASE, str(tmp_path / "big.csv")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    seen: list[str] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            seen.append(line.strip())
            words = line.split()
            if words[0] == "progress" and int(words[1]) > int(words[2]) / 10:
                child.kill()
                break
    finally:
        child.kill()
        child.wait(timeout=30)
    assert seen and seen[-1].startswith("progress"), (
        seen,
        child.stderr.read() if child.stderr else "",
    )
    assert "finished" not in seen
    assert child.returncode != 0
    assert (folder / "vault.db-wal").stat().st_size > 0  # uncommitted frames reached the disk

    reopened = Vaults.for_tests().unlock(folder, PASSPHRASE)
    try:
        assert reopened.check() == []
        assert dump(reopened) == before
    finally:
        reopened.close()
