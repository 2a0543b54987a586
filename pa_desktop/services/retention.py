"""Care for the data, part 3: the retention period and the purge that really removes.

Nothing is ever purged on its own: a front end lists the dossiers past their term, the user picks
and confirms, and `purge` deletes them (rows, then VACUUM) with one audit entry that holds no
personal data: how many dossiers, their ids (which no longer point at anyone), the rule.
"""

from __future__ import annotations

import glob
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.retention import RetentionPolicy, Term, past_term
from pa_desktop.services import audit
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.faults import guarded
from pa_desktop.services.session import VaultSession
from pa_desktop.store import retention as store_retention
from pa_desktop.store.audit import AuditHead, append_in
from pa_desktop.store.repositories import SettingsRepository

SETTING = "retention"


def policy(session: VaultSession) -> RetentionPolicy:
    stored = session.repository(SettingsRepository).get_all().get(SETTING)
    return RetentionPolicy.from_mapping(stored, session.profile().role)


def save_policy(session: VaultSession, new: RetentionPolicy) -> None:
    if not 0 <= new.years <= 50:
        raise InvalidInputError(["retention_years_out_of_range"])
    with guarded(session.folder):
        session.repository(SettingsRepository).put_many({SETTING: new.as_dict()})


@dataclass(frozen=True)
class DueDossier:
    pupil: Pupil
    term: Term


def due(session: VaultSession, today: date | None = None) -> list[DueDossier]:
    """The dossiers past their term on `today` (default: the vault's today)."""
    on = today or session.today()
    terms = past_term(session.repository(store_retention.dossier_facts), policy(session), on)
    pupils = {p.id: p for p in session.pupils()}
    return [DueDossier(pupils[t.pupil_id], t) for t in terms if t.pupil_id in pupils]


@dataclass(frozen=True)
class PurgeSummary:
    purged: int
    compacted: bool
    seconds: float


def purge(session: VaultSession, pupil_ids: list[int], today: date | None = None) -> PurgeSummary:
    """Delete these dossiers for good. Only dossiers past their term are accepted; anything else
    refuses the whole purge (nothing deleted)."""
    wanted = sorted(set(pupil_ids))
    if not wanted:
        raise InvalidInputError(["nothing_to_purge"])
    allowed = {d.pupil.id: d for d in due(session, today)}
    not_due = [i for i in wanted if i not in allowed]
    if not_due:
        raise InvalidInputError(["not_past_term"], pupils=not_due)
    rule = policy(session)
    opened = session.opened
    keys = opened.audit_keys()
    actor = session.profile().user_name or "?"
    heads: list[AuditHead] = []

    def record(connection: Any, purged: int) -> None:  # in the purge's own transaction
        details = {"count": purged, "pupil_ids": wanted, "rule": rule.rule.value}
        _entry, head = append_in(
            connection, keys, "purge", actor, None, {**details, "years": rule.years}
        )
        heads.append(head)

    with guarded(session.folder):
        report = session.repository(
            lambda engine: store_retention.purge_pupils(engine, wanted, record)
        )
    for head in heads:
        opened.seal_audit_head(head)
    return PurgeSummary(report.purged, report.compacted, report.seconds)


# copies a restore set aside ---------------------------------------------------------------------
SET_ASIDE_KINDS = {".before-restore-": "replaced", ".restoring-": "unfinished"}


@dataclass(frozen=True)
class SetAsideCopy:
    """A whole vault folder beside this one: the vault a restore replaced ("replaced"), or a
    restore that never finished ("unfinished"). Both still hold every dossier they had, purged
    ones included, so the purge window offers to delete them."""

    path: Path
    kind: str
    made_at: datetime | None
    size: int


def set_aside_copies(session: VaultSession) -> list[SetAsideCopy]:
    folder = session.folder
    found = []
    for kind_marker, kind in SET_ASIDE_KINDS.items():
        prefix = folder.name + kind_marker
        for candidate in sorted(folder.parent.glob(glob.escape(prefix) + "*")):
            if not candidate.is_dir() or candidate.is_symlink():
                continue
            try:
                made_at = datetime.strptime(candidate.name[len(prefix) :], "%Y%m%d-%H%M%S").replace(
                    tzinfo=UTC
                )
            except ValueError:
                made_at = None
            size = sum(f.stat().st_size for f in candidate.rglob("*") if f.is_file())
            found.append(SetAsideCopy(candidate, kind, made_at, size))
    return found


def remove_set_aside_copy(session: VaultSession, path: Path) -> None:
    """Delete one of the listed copies (and nothing else: any other path is refused)."""
    chosen = next((c for c in set_aside_copies(session) if c.path == path), None)
    if chosen is None:
        raise InvalidInputError(["not_a_set_aside_copy"])
    with guarded(path.parent):
        shutil.rmtree(path)
    audit.record(
        session,
        "remove_set_aside",
        copy=chosen.kind,
        made_at=chosen.made_at.isoformat() if chosen.made_at else None,
        size=chosen.size,
    )
