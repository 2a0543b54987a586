"""One writer at a time: the audit chain survives concurrent writers (finding 1), and the command
line waits for, then names, the PA Desktop window that holds the vault."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from pathlib import Path

from pa_desktop.services import locking
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import VaultSession
from tests.trust.conftest import PASSPHRASE, run_cli, start_cli


def _append_many(folder: str, writer: int, count: int) -> None:
    """A writer process that appends straight through the store, without the file lock: only
    BEGIN IMMEDIATE keeps the chain (the SELECT of the last hash used to run before it)."""
    from pa_desktop.store.vault import open_with_passphrase

    opened = open_with_passphrase(Path(folder), PASSPHRASE)
    try:
        for number in range(count):
            opened.record("backup", f"writer{writer}", None, {"number": number})
    finally:
        opened.close()


def test_parallel_appends_without_the_lock_still_chain_one_after_another(
    small_vault: Path,
) -> None:
    context = multiprocessing.get_context("spawn")
    writers = [
        context.Process(target=_append_many, args=(str(small_vault), n, 15)) for n in range(4)
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(180)
        assert writer.exitcode == 0
    session = Vaults.for_tests().unlock(small_vault, PASSPHRASE)
    try:
        assert session.check() == []
        assert len([e for e in session.opened.audit().entries() if e.action == "backup"]) == 60
        assert session.opened.sealed_audit_head() == session.opened.audit().head()
    finally:
        session.close()


def _csv(folder: Path, n: int) -> Path:
    path = folder / f"import{n}.csv"
    path.write_text(
        "Naam;Voornaam;Klas;Datum;VM/NM;Code\n"
        f"Peeters;Jan;3B;{8 + n % 10:02d}/09/2026;VM;B\n"
        f"Yılmaz;Ayşe;3B;{8 + n % 10:02d}/09/2026;NM;Z\n",
        encoding="utf-8",
    )
    return path


def test_twenty_concurrent_cli_writers_of_every_kind_leave_the_chain_intact(
    small_vault: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    day = "2026-09-{:02d}"
    kinds: list[tuple[str, ...]] = [
        ("pupil", "add", "--last-name", "Nieuw", "--first-name", "Kind", "--class", "1A"),
        ("absence", "add", "1", "--date", day.format(14), "--code", "B"),
        ("measure", "add", "1", "--date", day.format(15), "--towards", "parents",
         "--channel", "phone", "--purpose", "ask-reason", "--outcome", "not-reached"),
        ("trajectory", "1", "school_follow_up", "--date", day.format(16)),
        ("backup", "--out", str(out / "b{n}.pabackup")),
        ("import", "{csv}", "--skip-bad-rows"),
        ("referral", "2", "--out", str(out / "r{n}.pdf")),
        ("signal-list", "--out", str(out / "s{n}.csv"), "--mark-signalled"),
        ("transfer", "export", "1", "--out", str(out / "t{n}.padossier"), "--to", "clb"),
        ("passphrase", "--new-recovery-code"),
    ]  # fmt: skip
    processes = []
    for n in range(20):
        argv = [part.format(n=n, csv=_csv(tmp_path, n)) for part in kinds[n % len(kinds)]]
        processes.append(
            start_cli(
                small_vault,
                *argv,
                PA_DESKTOP_LOCK_WAIT="600",
                PA_DESKTOP_TRANSFER_PASSPHRASE="a transfer passphrase",
            )
        )
    results = []
    for process in processes:
        _out, err_text = process.communicate(timeout=900)
        results.append((process.returncode, process.args, err_text))
    failed = [r for r in results if r[0] != 0]
    assert failed == []
    check = run_cli(small_vault, "check")
    assert check.status == 0, check.err
    assert "sound" in check.out
    session = Vaults.for_tests().unlock(small_vault, PASSPHRASE)
    try:
        actions = [e.action for e in session.opened.audit().entries()]
        assert actions.count("backup") == 2 and actions.count("recovery_code_renewed") == 2
    finally:
        session.close()


def test_a_cli_write_while_pa_desktop_holds_the_vault_waits_then_names_the_holder(
    small_vault: Path,
) -> None:
    hold = locking.take(small_vault, locking.GUI)
    try:
        busy = run_cli(
            small_vault, "pupil", "add", "--last-name", "X", "--first-name", "Y", "--class", "1A",
            PA_DESKTOP_LOCK_WAIT="0.5",
        )  # fmt: skip
        assert busy.status == 1
        assert "in use by PA Desktop" in busy.err and f"process {os.getpid()}" in busy.err
        assert "Traceback" not in busy.err
        reading = run_cli(small_vault, "pupils", "--json")  # reading needs no lock
        assert reading.status == 0 and "Peeters" in reading.out
        threading.Timer(1.5, hold.release).start()  # the window closes while the command waits
        started = time.monotonic()
        waited = run_cli(
            small_vault, "pupil", "add", "--last-name", "X", "--first-name", "Y", "--class", "1A",
            PA_DESKTOP_LOCK_WAIT="120",
        )  # fmt: skip
        assert waited.status == 0, waited.err
        assert time.monotonic() - started >= 1.0
    finally:
        hold.release()
    session: VaultSession = Vaults.for_tests().unlock(small_vault, PASSPHRASE)
    try:
        assert [p.last_name for p in session.pupils()].count("X") == 1
    finally:
        session.close()
