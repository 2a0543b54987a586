"""Rotating the database key (finding 9): a new key, the data re-encrypted, new secrets; a kill
at any step leaves a vault that opens with either the old or the new secrets, never neither."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services import audit, care
from pa_desktop.services import restore as restoring
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import VaultDamagedError, WrongPassphraseError
from pa_desktop.services.session import VaultSession
from pa_desktop.store import vault as store_vault
from tests.trust.conftest import PASSPHRASE, run_cli
from tests.trust.rotation_worker import NEW, OLD

STEPS = [
    "started", "exported", "audit_rekeyed", "database_written", "keys_written", "closed",
    "journal_written", "committed", "old_wal_removed", "database_switched", "keys_switched",
    "journal_removed",
]  # fmt: skip


def _bigger(folder: Path) -> int:
    """Enough pupils that the rotation takes a while (so a timer can land inside it)."""
    session = Vaults.for_tests().unlock(folder, PASSPHRASE)
    try:
        session.bulk_add_pupils([PupilDraft(f"Naam{n}", "Voornaam", "2C") for n in range(3000)])
        for n in range(5):
            audit.record(session, "backup", None, number=n)
        return len(session.pupils())
    finally:
        session.close()


def _opens_with(folder: Path, passphrase: str) -> VaultSession | None:
    try:
        return Vaults.for_tests().unlock(folder, passphrase)
    except (WrongPassphraseError, VaultDamagedError):
        return None


def test_a_kill_at_every_step_leaves_the_old_or_the_new_secrets(
    small_vault: Path, tmp_path: Path
) -> None:
    pupils = _bigger(small_vault)
    pristine = tmp_path / "pristine"
    shutil.copytree(small_vault, pristine)
    runs = [(step, 0.0) for step in STEPS]
    chance = random.Random(21)
    runs += [("", chance.uniform(0.05, 1.5)) for _ in range(10)]
    outcomes = []
    for kill_at, delay in runs:
        shutil.rmtree(small_vault)
        shutil.copytree(pristine, small_vault)
        worker = subprocess.run(
            [sys.executable, "-m", "tests.trust.rotation_worker", str(small_vault), kill_at,
             str(delay)],
            capture_output=True, text=True, timeout=300, cwd=Path(__file__).parents[2],
        )  # fmt: skip
        assert worker.returncode != 0, worker.stderr  # killed, by a step or by the timer
        old, new = _opens_with(small_vault, OLD), _opens_with(small_vault, NEW)
        assert (old is None) != (new is None), (kill_at, delay)  # exactly one, never neither
        session = old or new
        assert session is not None
        try:
            assert session.check() == [], (kill_at, delay)
            assert len(session.pupils()) == pupils
        finally:
            session.close()
        leftovers = [p.name for p in small_vault.iterdir() if "rotat" in p.name]
        assert leftovers == []
        outcomes.append("new" if new is not None else "old")
    assert len(runs) >= 20 and {"old", "new"} <= set(outcomes)


def test_rotate_key_from_the_command_line(small_vault: Path, tmp_path: Path) -> None:
    backup = tmp_path / "before.pabackup"
    assert run_cli(small_vault, "backup", "--out", str(backup)).status == 0
    old_keys = (small_vault / "vault.keys").read_bytes()
    done = run_cli(
        small_vault, "passphrase", "--rotate-key", PA_DESKTOP_NEW_PASSPHRASE="after the leak 2026"
    )
    assert done.status == 0, done.err
    new_code = done.out.strip().splitlines()[-1].strip()
    assert "re-encrypted" in done.out
    # the old key file and the old passphrase no longer open today's database
    (tmp_path / "stolen").mkdir()
    shutil.copy(small_vault / "vault.db", tmp_path / "stolen" / "vault.db")
    (tmp_path / "stolen" / "vault.keys").write_bytes(old_keys)
    with pytest.raises(store_vault.WrongKeyError):
        store_vault.open_with_passphrase(tmp_path / "stolen", PASSPHRASE)
    store_vault.open_with_recovery_code(small_vault, new_code).close()
    session = Vaults.for_tests().unlock(small_vault, "after the leak 2026")
    try:
        assert session.check() == [] and len(session.pupils()) == 2
        actions = [e.action for e in audit.entries(session)]
        assert actions[-2:] == ["key_rotation_started", "key_rotated"]
        # an old backup still restores (with the secrets of its time) into a new folder
        restored = restoring.restore(backup, tmp_path / "restored", PASSPHRASE)
        assert restored.folder.exists()
    finally:
        session.close()


def test_rotation_keeps_the_device_memory_and_the_session(small_vault: Path) -> None:
    vaults = Vaults.for_tests()
    session = vaults.unlock(small_vault, PASSPHRASE)
    try:
        assert care.set_remembered(session, vaults, True)
        code = care.rotate_key(session, vaults, PASSPHRASE, "rotated passphrase 1")
        assert care.is_remembered(session, vaults)  # the new key is remembered
        assert len(session.pupils()) == 2 and session.check() == []
        reopened = vaults.unlock_from_device(small_vault)
        assert reopened is not None
        reopened.close()
        with pytest.raises(WrongPassphraseError):
            care.rotate_key(session, vaults, PASSPHRASE, "whatever new one")
        store_vault.open_with_recovery_code(small_vault, code).close()
    finally:
        session.close()
