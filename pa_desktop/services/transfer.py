"""Warm transfer of one pupil's dossier (DOMAIN.md rule 10): export, preview, import.

The sender chooses the receiver (a school or a CLB worker); that choice, not the sender's
judgement on the day, decides what leaves the vault (domain/transfer.py). The file is encrypted
under a transfer passphrase that the sender gives by another channel (services/transfer_file.py),
carries no personal data in its name, and is written owner-only. Both sides log the transfer in
the audit log (receiver or sender, school years, sections, the file's SHA-256; never content).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.codes import UNKNOWN_CODE, CodeGroup, UnknownCodeError
from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.transfer import Conflict, MergePlan, PupilMatch, for_receiver, sections_for
from pa_desktop.domain.transfer_reader import from_json, validate
from pa_desktop.domain.transfer_schema import (
    AbsenceRecord,
    Dossier,
    DossierFormatError,
    DossierTooNewError,
    MeasureRecord,
    PupilRecord,
    Receiver,
    Sender,
    StepRecord,
    to_json,
)
from pa_desktop.services import audit, guidance, outputs
from pa_desktop.services import transfer_schools as schools
from pa_desktop.services.access import passphrase_problems
from pa_desktop.services.errors import InvalidInputError, ServiceError
from pa_desktop.services.session import VaultSession
from pa_desktop.services.transfer_file import (
    MAX_FILE,
    SUFFIX,
    TransferFileError,
    TransferKdf,
    WrongTransferPassphraseError,
    open_sealed,
    seal,
)
from pa_desktop.store.transfer import AmbiguousPupilError, TransferRepository

__all__ = [
    "ExportedTransfer",
    "OpenedTransfer",
    "Receiver",
    "TransferFileError",
    "TransferPreview",
    "TransferRefusedError",
    "WrongTransferPassphraseError",
    "export_dossier",
    "import_dossier",
    "open_transfer",
    "preview_import",
]


class TransferRefusedError(ServiceError):
    """The dossier cannot be merged as it is; `reason`: ambiguous_pupil (with `pupil_ids`)."""

    def __init__(self, reason: str, pupil_ids: tuple[int, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.pupil_ids = pupil_ids


# export ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExportedTransfer:
    path: Path
    transfer_id: str
    sha256: str
    receiver: Receiver
    sections: tuple[str, ...]


def file_name(transfer_id: str) -> str:
    """`dossier-<random id>.padossier`: nothing about the pupil, the school or the date."""
    return f"dossier-{transfer_id}{SUFFIX}"


def _years(years: Iterable[SchoolYear]) -> tuple[SchoolYear, ...]:
    chosen = tuple(sorted(set(years), key=lambda y: y.start_year))
    if not chosen:
        raise InvalidInputError(["no_school_year"])
    return chosen


def _in_years(day: date, years: tuple[SchoolYear, ...]) -> bool:
    return any(y.first_date <= day <= y.last_date for y in years)


def full_dossier(session: VaultSession, pupil_id: int, years: Iterable[SchoolYear]) -> Dossier:
    """Everything the vault holds on the pupil in the chosen school years (before trimming)."""
    chosen = _years(years)
    pupil = session.pupil(pupil_id)
    codes = session.code_table()
    b_codes = codes.codes_in(CodeGroup.B)
    absences: list[AbsenceRecord] = []
    b_counts: dict[str, int] = {}
    for year in chosen:
        held = session.absences(pupil_id, year)
        b_counts[year.label] = sum(1 for a in held if a.code in b_codes)
        for a in held:
            try:
                official = codes.get(a.code).official
            except UnknownCodeError:
                official = UNKNOWN_CODE
            absences.append(AbsenceRecord(a.day, a.half, a.code, official, a.marks, a.source))
    extras = session.repository(TransferRepository).extras(pupil_id)
    measures = tuple(
        MeasureRecord(
            m.draft, m.author, m.recorded_at, m.version, tuple(extras.history.get(m.id, ()))
        )
        for m in guidance.measures(session, pupil_id)
        if _in_years(m.day, chosen)
    )
    steps = tuple(
        StepRecord(s.step, s.day, s.author, s.details, s.recorded_at)
        for s in guidance.trajectory(session, pupil_id)
        if _in_years(s.day, chosen)
    )
    profile = session.profile()
    return Dossier(
        transfer_id=secrets.token_hex(6),
        exported_at=datetime.now(UTC).replace(microsecond=0),
        sender=Sender(profile.role, profile.school, profile.clb, profile.user_name),
        receiver=Receiver.CLB,
        school_years=chosen,
        sections=(),
        pupil=PupilRecord(
            pupil.last_name,
            pupil.first_name,
            pupil.class_name,
            pupil.birth_date,
            pupil.school_number,
            pupil.enrolled_from,
            pupil.enrolled_until,
        ),
        b_counts=b_counts,
        absences=tuple(absences),
        measures=measures,
        checklist=tuple(c for c in extras.checklist if c.school_year in chosen),
        trajectory=steps,
        flags=tuple(extras.flags),
    )


def build_dossier(
    session: VaultSession, pupil_id: int, receiver: Receiver, years: Iterable[SchoolYear]
) -> Dossier:
    """What the file will hold for `receiver` (the export dialog lists it before saving)."""
    return for_receiver(full_dossier(session, pupil_id, years), receiver)


def export_dossier(
    session: VaultSession,
    pupil_id: int,
    receiver: Receiver,
    years: Iterable[SchoolYear],
    passphrase: str,
    target: Path,
    kdf: TransferKdf | None = None,
) -> ExportedTransfer:
    """Encrypt, write owner-only to `target` (a file, or a folder for the default name), log."""
    problems = passphrase_problems(passphrase)
    if problems:
        raise InvalidInputError(problems)
    outputs.check_output(session.folder, target)
    dossier = build_dossier(session, pupil_id, receiver, years)
    data = seal(to_json(dossier), passphrase, kdf)
    path = target / file_name(dossier.transfer_id) if target.is_dir() else target
    digest = hashlib.sha256(data).hexdigest()
    outputs.write_logged(
        session,
        path,
        data,
        "transfer_out",
        pupil_id,
        receiver=receiver.value,
        school_years=[y.label for y in dossier.school_years],
        sections=list(dossier.sections),
        withheld=list(sections_for(receiver)[1]),
        transfer_id=dossier.transfer_id,
        sha256=digest,
    )
    return ExportedTransfer(path, dossier.transfer_id, digest, receiver, dossier.sections)


# import ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenedTransfer:
    """A decrypted, checked file: nothing of it is in the vault yet."""

    dossier: Dossier
    sha256: str
    file_name: str


def open_transfer(source: Path | bytes, passphrase: str) -> OpenedTransfer:
    """Decrypt and read a file; raises TransferFileError or WrongTransferPassphraseError."""
    if isinstance(source, Path):
        try:
            if source.stat().st_size > MAX_FILE:
                raise TransferFileError("too_large")
            data = source.read_bytes()
        except OSError:
            raise TransferFileError("unreadable") from None
        name = source.name
    else:
        data, name = source, ""
    payload = open_sealed(data, passphrase)
    try:
        dossier = from_json(payload)
        validate(dossier, guidance.FLAGS)
    except DossierTooNewError as error:
        raise TransferFileError("too_new", error.version) from None
    except DossierFormatError as error:
        raise TransferFileError("bad_content", error.where) from None
    # the receiver's rules again, on this side: a file made for a school that still carries
    # what a school may not see (an older or a tampered sender) is trimmed before anything else
    if dossier.receiver is Receiver.SCHOOL:
        dossier = for_receiver(dossier, dossier.receiver)
    if not (dossier.pupil.last_name.strip() and dossier.pupil.first_name.strip()):
        raise TransferFileError("bad_content", "pupil")
    return OpenedTransfer(dossier, hashlib.sha256(data).hexdigest(), name)


def _with_our_codes(session: VaultSession, dossier: Dossier) -> Dossier:
    """The file's codes in this vault's table: a code this school lacks becomes its official
    code (every table has those), and a code with neither becomes '-' (to clarify)."""
    codes = session.code_table()
    mapped = []
    for absence in dossier.absences:
        code = UNKNOWN_CODE
        for candidate in (absence.code, absence.official):
            if candidate in codes:
                code = codes.normalise(candidate)
                break
        mapped.append(replace(absence, code=code))
    return replace(dossier, absences=tuple(mapped))


@dataclass(frozen=True)
class TransferPreview:
    """Who and what, from whom, when, and what merging would write (nothing is written)."""

    opened: OpenedTransfer
    match: PupilMatch
    matched_pupil: Pupil | None
    plan: MergePlan
    previous_imports: tuple[datetime, ...] = ()
    pupil_id: int | None = None
    dry_run: bool = True
    replaced_slots: frozenset[tuple[date, str]] = field(default_factory=frozenset)

    @property
    def dossier(self) -> Dossier:
        return self.opened.dossier

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return self.plan.conflicts


def _merge(
    session: VaultSession,
    opened: OpenedTransfer,
    replace_slots: frozenset[tuple[date, str]] | None,
    on_conflict: str,
    attention_note: str,
    apply: bool,
    arrival: date | None = None,
) -> TransferPreview:
    if on_conflict not in ("keep", "replace"):
        raise InvalidInputError(["unknown_conflict_choice"], choice=on_conflict)

    def replace_conflict(conflict: Conflict) -> bool:
        if replace_slots is not None:
            return (conflict.day, conflict.half.value) in replace_slots
        return on_conflict == "replace"

    dossier = _with_our_codes(session, opened.dossier)
    author = session.profile().user_name or "?"
    handover = schools.is_handover(session, dossier)
    before = schools.earlier_pupil(session, dossier.transfer_id, opened.sha256)
    school = schools.receiving_school(session, dossier, handover) if apply else None
    try:
        outcome = session.repository(TransferRepository).merge(
            dossier,
            replace_conflict,
            session.today(),
            author,
            attention_note,
            apply,
            earlier_pupil=before,
            handover=handover,
            school_id=school,
        )
    except AmbiguousPupilError as error:
        raise TransferRefusedError("ambiguous_pupil", error.pupil_ids) from None
    if apply and outcome.pupil_id is not None and school is not None:
        schools.record_arrival(session, outcome.pupil_id, dossier, arrival, handover, school)
    matched = session.pupil(outcome.match.pupil_id) if outcome.match.pupil_id else None
    earlier = tuple(
        e.at
        for e in audit.entries(session, "transfer_in")
        if e.details.get("sha256") == opened.sha256
    )
    chosen = frozenset((a.day, a.half.value) for a in outcome.plan.replaced)
    return TransferPreview(
        opened, outcome.match, matched, outcome.plan, earlier, outcome.pupil_id, not apply, chosen
    )


def preview_import(
    session: VaultSession, opened: OpenedTransfer, on_conflict: str = "keep"
) -> TransferPreview:
    """What importing would do, planned against the vault as it is now; writes nothing."""
    return _merge(session, opened, None, on_conflict, "", apply=False)


def import_dossier(
    session: VaultSession,
    opened: OpenedTransfer,
    on_conflict: str = "keep",
    replace_slots: Iterable[tuple[date, str]] | None = None,
    attention_note: str = "",
    dry_run: bool = False,
    arrival: date | None = None,
) -> TransferPreview:
    """Merge the dossier in one transaction and log it; `replace_slots` ((day, "VM"|"NM"))
    settles conflicts one by one, else `on_conflict` (keep|replace) settles them all.
    `attention_note` is the front end's wording of what the school-change step should say."""
    chosen = frozenset(replace_slots) if replace_slots is not None else None
    result = _merge(
        session, opened, chosen, on_conflict, attention_note, not dry_run, arrival=arrival
    )
    if dry_run:
        return result
    dossier, plan = opened.dossier, result.plan
    audit.record(
        session,
        "transfer_in",
        result.pupil_id,
        sender_role=dossier.sender.role,
        sender_school=dossier.sender.school,
        sender_clb=dossier.sender.clb,
        receiver=dossier.receiver.value,
        school_years=[y.label for y in dossier.school_years],
        sections=list(dossier.sections),
        transfer_id=dossier.transfer_id,
        exported_at=dossier.exported_at.isoformat(),
        sha256=opened.sha256,
        matched_by=result.match.by,
        counts=counts(plan),
    )
    return result


def counts(plan: MergePlan) -> dict[str, Any]:
    """The plan as stable counts (CLI JSON keys, audit details)."""
    return {
        "absences_new": len(plan.new_absences),
        "absences_unchanged": plan.unchanged_absences,
        "absences_conflicting": len(plan.conflicts),
        "conflicts_replaced": len(plan.replaced),
        "conflicts_kept": len(plan.conflicts) - len(plan.replaced),
        "measures_new": len(plan.new_measures),
        "measures_unchanged": plan.unchanged_measures,
        "steps_new": len(plan.new_steps),
        "steps_unchanged": plan.unchanged_steps,
        "checklist_new": len(plan.new_checklist),
        "checklist_kept": plan.kept_checklist,
        "checklist_unchanged": plan.unchanged_checklist,
        "flags_new": len(plan.new_flags),
        "flags_unchanged": plan.unchanged_flags,
        "school_change_added": plan.school_change_added,
        "handover_recorded": plan.handover_added,
    }
