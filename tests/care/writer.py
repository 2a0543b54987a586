"""The writer process of the crash test: per transaction one pupil, then per transaction a batch
of absences, each reported only after its commit, until the process is killed."""

from __future__ import annotations

from datetime import date, timedelta
from multiprocessing.connection import Connection
from pathlib import Path

BATCH = 40
PASSPHRASE = "crash test passphrase"


def write_until_killed(folder: str, first: int, report: Connection) -> None:
    from pa_desktop.domain.absences import Absence
    from pa_desktop.domain.halfday import HalfDay
    from pa_desktop.domain.pupils import PupilDraft
    from pa_desktop.services.session import VaultSession
    from pa_desktop.store.vault import open_with_passphrase

    session = VaultSession(open_with_passphrase(Path(folder), PASSPHRASE))
    number = first
    start = date(2026, 9, 1)
    halves = (HalfDay.VM, HalfDay.NM)
    while True:
        pupil_id = session.bulk_add_pupils([PupilDraft(f"Writer{number}", "Kill", "9K")])[0]
        rows = [
            (pupil_id, Absence(start + timedelta(days=d // 2), halves[d % 2], "B"))
            for d in range(BATCH)
        ]
        session.bulk_add_absences(rows)
        report.send((number, pupil_id))
        number += 1
