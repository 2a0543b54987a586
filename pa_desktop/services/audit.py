"""Recording what leaves or changes the vault, and reading the log back.

Actions (stable ids, shown translated): export_referral, export_signal_list, import, transfer_out,
transfer_in, purge, passphrase_change, recovery_code_renewed, backup, restore, unlock_failed,
school_added, school_renamed, school_number_changed (those three from services/schools.py, which
the session is built on, so it writes through the vault handle itself).
"""

from __future__ import annotations

from typing import Any

from pa_desktop.services.session import VaultSession
from pa_desktop.store.audit import AuditEntry, AuditRepository

__all__ = ["AuditEntry", "entries", "record", "verify"]


def record(
    session: VaultSession, action: str, pupil_id: int | None = None, **details: Any
) -> AuditEntry:
    actor = session.profile().user_name or "?"
    return session.opened.record(action, actor, pupil_id, details)


def entries(
    session: VaultSession, action: str | None = None, pupil_id: int | None = None
) -> list[AuditEntry]:
    return session.repository(AuditRepository).entries(action, pupil_id)


def verify(session: VaultSession) -> list[str]:
    """The chain (keyed MACs) and the chain against the head sealed in the key file."""
    return session.opened.verify_audit()
