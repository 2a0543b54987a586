"""Failed unlock attempts: counted beside the vault while it is closed, written to the audit
log at the next successful unlock (the log lives inside the encrypted vault, so a failure cannot
be logged when it happens).

The count lives in the notes file beside the vault folder (`vault.care.json` next to `vault/`),
not in memory, so attempts made in a process that was then closed (someone trying passphrases on
a shared laptop and giving up) still show at the owner's next unlock; not in the key file, which
holds the only wrapped copies of the key and is rewritten only when they change; and not inside
the vault folder, so a wrong passphrase changes no file of the vault. The notes hold no secret and no
personal data: a count, the first and last moment, and how (passphrase or recovery code).
Someone with access to the files can delete them: the count is a hint to the user, not proof.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pa_desktop.services import audit
from pa_desktop.services.errors import WrongPassphraseError
from pa_desktop.services.session import VaultSession
from pa_desktop.store import care as store_care

NOTE = "unlock_failures"


def _count(value: object) -> int:
    """A count from the notes file, which anyone with the folder can edit: anything that is not
    a sane whole number counts as 0 (a damaged note must never stop an unlock)."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        return 0
    try:
        number = int(value)
    except ValueError:
        return 0
    return number if 0 <= number < 1_000_000_000 else 0


def note_failure(folder: Path, how: str = "passphrase") -> None:
    """Count one failed attempt (`how`: passphrase or recovery); never raises."""
    notes = store_care.read_notes(folder)
    pending = notes.get(NOTE) if isinstance(notes.get(NOTE), dict) else {}
    assert isinstance(pending, dict)
    now = store_care.now_utc().isoformat(timespec="seconds")
    pending["count"] = _count(pending.get("count", 0)) + 1
    pending[how] = _count(pending.get(how, 0)) + 1
    pending.setdefault("first", now)
    pending["last"] = now
    store_care.update_notes(folder, **{NOTE: pending})


def pending(folder: Path) -> dict[str, Any]:
    found = store_care.read_notes(folder).get(NOTE)
    return found if isinstance(found, dict) else {}


def flush(session: VaultSession) -> int:
    """Write the pending failures to the audit log and clear them; returns how many there were.
    Never raises: on a read-only vault the count simply waits for a later unlock."""
    waiting = pending(session.folder)
    count = _count(waiting.get("count", 0))
    if count <= 0:
        return 0
    try:
        audit.record(
            session,
            "unlock_failed",
            None,
            count=count,
            last=str(waiting.get("last", ""))[:40] or None,
            passphrase=_count(waiting.get("passphrase", 0)),
            recovery=_count(waiting.get("recovery", 0)),
            first=str(waiting.get("first", ""))[:40] or None,
        )
    except Exception:
        return count
    store_care.update_notes(session.folder, **{NOTE: None})
    return count


def counted(folder: Path, how: str, opener: Callable[[], VaultSession]) -> VaultSession:
    """Open with `opener`; a wrong secret is counted, a success writes what was counted."""
    try:
        session = opener()
    except WrongPassphraseError:
        note_failure(folder, how)
        raise
    flush(session)
    return session
