"""Words of the warm-transfer dialogs: what goes and what stays, the preview, the refusals.

The services speak in section ids, reasons and counts; this module turns them into sentences in
the user's language, so the export dialog and the import preview word a section the same way.
"""

from __future__ import annotations

from pa_desktop.domain.transfer import CLB_NOTE_PREFIX, SCHOOL_STEPS
from pa_desktop.domain.transfer_schema import Dossier, Receiver
from pa_desktop.gui.common.texts import format_date, tr
from pa_desktop.services.transfer import (
    TransferFileError,
    TransferPreview,
    TransferRefusedError,
    WrongTransferPassphraseError,
)


def receiver_name(receiver: Receiver | str) -> str:
    if str(receiver) == Receiver.SCHOOL.value:
        return tr("a school")
    return tr("a CLB worker")


def b_counts_text(dossier: Dossier) -> str:
    """ "2025-2026: 1, 2026-2027: 8" (or a dash when no school year was chosen)."""
    return ", ".join(f"{year}: {n}" for year, n in sorted(dossier.b_counts.items())) or "—"


def section_text(section: str, dossier: Dossier) -> str:
    """One line of the what-goes / what-stays lists, with the pupil's own counts."""
    clb_entries = sum(c.item_id.startswith(CLB_NOTE_PREFIX) for c in dossier.checklist)
    partner_steps = sum(s.step not in SCHOOL_STEPS for s in dossier.trajectory)
    if section == "pupil":
        return tr("Pupil: name, birth date and class")
    if section == "b_counts":
        return tr("Number of B half days, without their dates: {counts}").format(
            counts=b_counts_text(dossier)
        )
    if section == "measures":
        return tr("Guidance measures ({n}): date, towards whom, how, purpose, outcome").format(
            n=len(dossier.measures)
        )
    if section == "checklist":
        return tr("PA checklist answers ({n})").format(n=len(dossier.checklist) - clb_entries)
    if section == "trajectory":
        return tr("Trajectory steps with school and CLB ({n})").format(
            n=len(dossier.trajectory) - partner_steps
        )
    if section == "flags":
        return tr("Warning signals set by hand ({n})").format(n=len(dossier.flags))
    if section == "absences":
        return tr(
            "Absences with their dates, codes and marks (%n half day(s))", "", len(dossier.absences)
        )
    if section == "free_text":
        return tr("Free text: agreements, notes, reasons, partners, follow-up agreements")
    if section == "clb_notes":
        return tr("The CLB's notes and plan ({n})").format(n=clb_entries)
    if section == "partner_steps":
        return tr("Referrals to partners: KANS, Foyer, police, OCJ, AGODI ({n})").format(
            n=partner_steps
        )
    if section == "history":
        return tr("Earlier versions of measures, and who recorded what")
    if section == "admin":
        return tr("The pupil number at this school and the enrolment dates")
    return section


def receiver_advice(receiver: Receiver) -> str:
    if receiver is Receiver.SCHOOL:
        return tr(
            "A new school may know how many B half days there were, not when. The dates of "
            "measures and steps go along; a call on the day of an absence can hint at that day."
        )
    return tr("The next CLB worker takes over the guidance and receives the whole dossier.")


def attention_note(dossier: Dossier) -> str:
    """What the school-change step says in the receiving vault."""
    note = tr("Warm transfer from {sender} ({date}).").format(
        sender=dossier.sender.organisation, date=format_date(dossier.exported_at.date())
    )
    if dossier.receiver is Receiver.SCHOOL:
        note += " " + tr("B half days so far (dates not transferred): {counts}.").format(
            counts=b_counts_text(dossier)
        )
    return note


def match_text(preview: TransferPreview) -> str:
    pupil = preview.matched_pupil
    if pupil is not None and preview.match.by == "school_number":
        return tr("Merged into {name} ({klass}), who has the same pupil number.").format(
            name=pupil.display_name, klass=pupil.class_name
        )
    if pupil is not None:
        return tr("Merged into {name} ({klass}), who has the same name and birth date.").format(
            name=pupil.display_name, klass=pupil.class_name
        )
    text = tr("Not in this vault yet: the pupil is added.")
    if preview.match.number_clash is not None:
        text += " " + tr(
            "Another pupil here has the same pupil number but another name and birth date; "
            "that pupil is left alone."
        )
    return text


def error_text(error: Exception) -> str:
    """Why a file cannot be opened or merged, and what to do; nothing was written."""
    if isinstance(error, WrongTransferPassphraseError):
        return tr("The transfer passphrase does not open this file. Check it with the sender.")
    if isinstance(error, TransferRefusedError):
        return tr(
            "Several pupils in this vault have this name and birth date. Give them their "
            "pupil numbers first; nothing was imported."
        )
    if isinstance(error, TransferFileError):
        texts = {
            "not_a_transfer_file": tr("This is not a PA Desktop dossier file (.padossier)."),
            "too_new": tr(
                "This file was made by a newer version of PA Desktop. Update the program first."
            ),
            "unreadable": tr("The file cannot be read."),
            "too_large": tr("The file is far too large to be a dossier."),
        }
        return texts.get(
            error.reason,
            tr(
                "The file is damaged, incomplete or was changed. Ask the sender to send it "
                "again; nothing was imported."
            ),
        )
    return tr("The dossier could not be handled ({kind}).").format(kind=type(error).__name__)
