"""An audit log that proves itself (finding 6), entries that exist whenever the act happened
(finding 5), and key-file writes that never undo another's (finding 3)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from pa_desktop.services import audit, care, outputs, retention
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import WrongPassphraseError
from pa_desktop.services.session import VaultSession
from pa_desktop.store import vault as store_vault
from tests.trust.conftest import PASSPHRASE, run_cli


def _open(folder: Path) -> VaultSession:
    return Vaults.for_tests().unlock(folder, PASSPHRASE)


def test_an_older_database_beside_todays_key_file_is_reported_by_check_and_at_unlock(
    small_vault: Path, tmp_path: Path
) -> None:
    session = _open(small_vault)
    try:
        audit.record(session, "backup", None, number=1)
    finally:
        session.close()
    older = tmp_path / "older.db"
    shutil.copy(small_vault / "vault.db", older)  # closed: every page is in the file
    session = _open(small_vault)
    try:
        for number in range(2, 5):
            audit.record(session, "export_referral", 1, number=number)
        assert session.check() == []
    finally:
        session.close()
    for suffix in ("-wal", "-shm"):
        (small_vault / f"vault.db{suffix}").unlink(missing_ok=True)
    shutil.copy(older, small_vault / "vault.db")  # the exports are gone from the log
    session = _open(small_vault)
    try:
        assert any("cut off the end" in w for w in session.opened.audit_warnings)
        assert any("cut off the end" in p for p in session.check())
    finally:
        session.close()
    check = run_cli(small_vault, "check")
    assert check.status == 1
    assert "does not match the key file" in check.err and "cut off the end" in check.err


def test_a_re_chained_log_without_the_vault_key_is_detected(small_vault: Path) -> None:
    """Someone who edits an entry and recomputes the chain (plain SHA-256, as the log used to
    be) cannot make the keyed MAC: the edit is reported."""
    session = _open(small_vault)
    try:
        audit.record(session, "export_referral", 1, recipient="clb")
        audit.record(session, "transfer_out", 1, receiver="school")
        engine = session.opened.engine  # the test plays an attacker with the database open
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP TRIGGER audit_no_update")
            rows = connection.exec_driver_sql(
                "SELECT id, at, actor, action, pupil_id, details FROM audit_log ORDER BY id"
            ).all()
            previous = "0" * 64
            for entry_id, at, actor, action, pupil_id, details in rows:
                if action == "transfer_out":
                    details = json.dumps({"receiver": "clb"})
                payload = json.dumps([previous, at, actor, action, pupil_id, details])
                digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
                connection.exec_driver_sql(
                    "UPDATE audit_log SET details = ?, previous_hash = ?, hash = ? WHERE id = ?",
                    (details, previous, digest, entry_id),
                )
                previous = digest
        assert any("does not continue the head" in p for p in session.check())
    finally:
        session.close()


def test_a_head_taken_out_of_the_key_file_is_reported(small_vault: Path) -> None:
    session = _open(small_vault)
    try:
        audit.record(session, "export_referral", 1, recipient="clb")
        assert session.check() == []
        keys = json.loads((small_vault / "vault.keys").read_text(encoding="utf-8"))
        keys.pop("sealed")
        (small_vault / "vault.keys").write_text(json.dumps(keys), encoding="utf-8")
        assert any("sealed head is missing" in p for p in session.check())
    finally:
        session.close()


def test_insert_or_replace_cannot_take_an_entrys_place(small_vault: Path) -> None:
    session = _open(small_vault)
    try:
        audit.record(session, "export_referral", 1, recipient="clb")
        with pytest.raises(IntegrityError), session.opened.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT OR REPLACE INTO audit_log (id, at, actor, action, details, "
                "previous_hash, hash) SELECT id, at, actor, 'nothing', '{}', previous_hash, "
                "hash FROM audit_log ORDER BY id LIMIT 1"
            )
        audit.record(session, "backup", None)  # appending still works
        assert session.check() == []
    finally:
        session.close()


def test_an_export_is_logged_before_its_file_and_confirmed_after(
    small_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash between the file and the log leaves "started, not confirmed", never nothing."""

    session = _open(small_vault)
    try:

        def die(_path: Path, _data: bytes) -> None:
            raise KeyboardInterrupt  # the process is stopped while the file is written

        monkeypatch.setattr(outputs, "write_private", die)
        with pytest.raises(KeyboardInterrupt):
            outputs.write_logged(session, tmp_path / "x.pdf", b"%PDF", "export_referral", 1)
        monkeypatch.undo()
        entries = audit.entries(session)
        started = [e for e in entries if e.action == "export_referral"]
        assert len(started) == 1
        closing = [e for e in entries if e.action == outputs.COMPLETED]
        assert [e.details for e in closing] == [{"entry": started[0].id, "written": False}]
        outputs.write_logged(session, tmp_path / "y.pdf", b"%PDF", "export_referral", 1)
        last = audit.entries(session)[-1]
        assert last.action == outputs.COMPLETED and last.details["written"] is True
    finally:
        session.close()


def test_a_purge_and_its_audit_entry_commit_together(
    small_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pa_desktop.store import audit as store_audit

    session = _open(small_vault)
    try:
        monkeypatch.setattr(retention, "due", lambda s, today=None: [
            type("D", (), {"pupil": p})() for p in s.pupils()
        ])  # fmt: skip
        real_append = store_audit.append_in

        def failing_append(*args: object, **kwargs: object) -> object:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(retention, "append_in", failing_append)
        with pytest.raises(Exception):  # noqa: B017 (the typed storage error)
            retention.purge(session, [1])
        assert len(session.pupils()) == 2  # no entry, no purge
        monkeypatch.setattr(retention, "append_in", real_append)
        retention.purge(session, [1])
        assert [p.id for p in session.pupils()] == [2]
        assert [e.details["pupil_ids"] for e in audit.entries(session, "purge")] == [[1]]
        assert session.check() == []
    finally:
        session.close()


def test_a_stale_key_file_never_undoes_a_recovery_code_renewal(small_vault: Path) -> None:
    """Finding 3: A unlocks; the CLI renews the recovery code; A changes the passphrase."""
    vaults = Vaults.for_tests()
    session_a = _open(small_vault)
    try:
        old_code_session = _open(small_vault)
        try:
            new_code = care.new_recovery_code(old_code_session, vaults, PASSPHRASE)
        finally:
            old_code_session.close()
        care.change_passphrase(session_a, vaults, PASSPHRASE, "a brand new passphrase")
    finally:
        session_a.close()
    opened = store_vault.open_with_recovery_code(small_vault, new_code)
    opened.close()
    keys = json.loads((small_vault / "vault.keys").read_text(encoding="utf-8"))
    assert set(keys["slots"]) == {"passphrase", "recovery"}
    with pytest.raises(store_vault.WrongSecretError):
        store_vault.open_with_passphrase(small_vault, PASSPHRASE)


def test_two_passphrase_changes_at_once_the_second_is_refused(small_vault: Path) -> None:
    vaults = Vaults.for_tests()
    first, second = _open(small_vault), _open(small_vault)
    try:
        care.change_passphrase(first, vaults, PASSPHRASE, "the first new passphrase")
        with pytest.raises(WrongPassphraseError):
            care.change_passphrase(second, vaults, PASSPHRASE, "the second new passphrase")
    finally:
        first.close()
        second.close()
    store_vault.open_with_passphrase(small_vault, "the first new passphrase").close()
