"""The audit log is append-only and its chain shows an edited or removed entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from pa_desktop.services import audit
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import Profile


def test_entries_chain_and_tampering_is_detected(tmp_path: Path) -> None:
    session, _ = Vaults.for_tests().create(
        tmp_path / "v", "audit passphrase", Profile(user_name="An")
    )
    try:
        audit.record(session, "export_referral", 7, recipient="clb", pages=3)
        audit.record(session, "import", None, rows=120)
        entries = audit.entries(session)
        assert [(e.action, e.pupil_id, e.actor) for e in entries] == [
            ("export_referral", 7, "An"),
            ("import", None, "An"),
        ]
        assert audit.verify(session) == [] and session.check() == []
        engine = session._vault.engine  # the test plays an attacker with direct database access
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.exec_driver_sql("UPDATE audit_log SET actor = 'X' WHERE id = 1")
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP TRIGGER audit_no_update")
            connection.exec_driver_sql("UPDATE audit_log SET details = '{}' WHERE id = 1")
        problems = session.check()
        assert any("entry 1" in p and "altered" in p for p in problems)
    finally:
        session.close()


def test_a_removed_entry_breaks_the_chain(tmp_path: Path) -> None:
    session, _ = Vaults.for_tests().create(
        tmp_path / "v", "audit passphrase", Profile(user_name="An")
    )
    try:
        for n in range(3):
            audit.record(session, "backup", None, number=n)
        engine = session._vault.engine
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP TRIGGER audit_no_delete")
            connection.exec_driver_sql("DELETE FROM audit_log WHERE id = 2")
        assert any("entry 3" in p and "broken" in p for p in audit.verify(session))
    finally:
        session.close()
