"""An interrupted write loses nothing that was committed: a writer process is killed with
SIGKILL twenty times in the middle of writing; afterwards the vault checks clean and every change
the writer reported as committed is there, each transaction whole or not at all."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest

from pa_desktop.services.access import Vaults
from pa_desktop.services.session import Profile
from tests.care.writer import BATCH, PASSPHRASE, write_until_killed

KILLS = 20

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")


def test_kill_9_twenty_times_mid_write_loses_nothing_committed(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    Vaults.for_tests().create(folder, PASSPHRASE, Profile(user_name="Writer"))[0].close()
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.care.writer", "pa_desktop.services.session"])
    rng = random.Random(7)
    committed: dict[int, int] = {}  # writer's number -> pupil id
    number = 0
    for _ in range(KILLS):
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=write_until_killed, args=(str(folder), number, sender))
        process.start()
        sender.close()
        wanted = rng.randint(1, 6)
        deadline = time.monotonic() + 30
        while wanted and time.monotonic() < deadline:
            if receiver.poll(0.05):
                done_number, pupil_id = receiver.recv()
                committed[done_number] = pupil_id
                wanted -= 1
        assert wanted == 0, "the writer did not report in time"
        time.sleep(rng.uniform(0, 0.004))  # land somewhere inside the next transaction
        assert process.pid is not None
        os.kill(process.pid, signal.SIGKILL)
        process.join(5)
        assert process.exitcode == -signal.SIGKILL
        try:
            while receiver.poll():  # reports sent just before the kill
                done_number, pupil_id = receiver.recv()
                committed[done_number] = pupil_id
        except EOFError:
            pass
        receiver.close()
        number = max(committed, default=-1) + 1000

    assert len(committed) >= KILLS
    session = Vaults.for_tests().unlock(folder, PASSPHRASE)
    try:
        assert session.check() == []
        pupils = {p.id: p.last_name for p in session.pupils()}
        for writer_number, pupil_id in committed.items():
            assert pupils.get(pupil_id) == f"Writer{writer_number}"
        engine = session.repository(lambda e: e)
        with engine.connect() as connection:
            counts = dict(
                connection.exec_driver_sql(
                    "SELECT pupil_id, count(*) FROM absences GROUP BY pupil_id"
                ).all()
            )
        for pupil_id in committed.values():
            assert counts.get(pupil_id) == BATCH
        assert set(counts.values()) <= {BATCH}  # each transaction whole or not at all
    finally:
        session.close()
