"""The signalling list: the legal duty to signal every pupil from 5 B half days to the CLB,
usually met with a list at a frequency agreed with the CLB.

As PDF (with the same privacy footer and optional password as the referral) or CSV (semicolon,
UTF-8 with BOM, which Belgian Excel opens right). "Mark as signalled" records the trajectory step
for every pupil on the list in one transaction, with one audit entry.
"""

from __future__ import annotations

import csv
import hashlib
import io
import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.trajectory import Step, StepDetails
from pa_desktop.services import audit, outputs
from pa_desktop.services.document_texts import day_text, word
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.names import step_name
from pa_desktop.services.overview import OverviewRow
from pa_desktop.services.pdf_encrypt import encrypt_pdf
from pa_desktop.services.pdf_layout import (
    MARGIN,
    PAGE,
    grid_table,
    render_pdf,
    styles,
    wrap_text,
)
from pa_desktop.services.referral import ExportedDocument
from pa_desktop.services.session import VaultSession
from pa_desktop.store.guidance import TrajectoryRepository

# The pupil number (stamboeknummer) is what the CLB and Informat/Smartschool users look a pupil
# up by; the state is the trajectory step's one name (services/names.py), never its id.
HEADINGS = {
    "nl": ["Leerlingnr.", "Naam", "Voornaam", "Klas", "B", "{n}e B", "Alle", "Stand"],
    "fr": ["N° élève", "Nom", "Prénom", "Classe", "B", "{n}e B", "Toutes", "État"],
    "en": ["Pupil no.", "Last name", "First name", "Class", "B", "B no. {n}", "All", "State"],
}
# A spreadsheet runs a cell that starts with one of these as a formula (or as a DDE command):
# a name or class typed as "=HYPERLINK(…)" must arrive as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def headings(language: str, threshold: int) -> list[str]:
    return [h.format(n=threshold) for h in HEADINGS[language]]


def spreadsheet_safe(cell: str) -> str:
    """`cell` made inert for Excel and LibreOffice: a leading apostrophe before a formula start.

    A lone "-" (no state, no date) is left alone: it cannot be a formula."""
    if cell.startswith(FORMULA_STARTS) and cell not in ("-", "—"):
        return "'" + cell
    return cell


@dataclass(frozen=True)
class SignalList:
    year: SchoolYear
    rows: list[OverviewRow]
    include_signalled: bool
    school: str = ""  # the school the list is about (a CLB worker's vault: one list per school)


def signal_list(
    session: VaultSession,
    year: SchoolYear,
    include_signalled: bool = False,
    school: int | None = None,
) -> SignalList:
    """Pupils at or above the threshold (B half days carried in by a transfer included); by
    default only those not yet signalled this year. `school`: only that school's pupils."""
    threshold = session.thresholds(school).clb_signal_b
    rows = [
        row
        for row in session.overview(year, school=school)
        if row.b_this_year >= threshold
        and (include_signalled or "clb_signal_due" in row.signal_ids)
    ]
    rows.sort(key=lambda r: (r.pupil.class_name, r.pupil.last_name.casefold()))
    name = session.find_school(school).name if school is not None else ""
    return SignalList(year, rows, include_signalled, name)


def _cells(row: OverviewRow, language: str) -> list[str]:
    return [
        row.pupil.school_number or "—",
        row.pupil.last_name,
        row.pupil.first_name,
        row.pupil.class_name,
        f"{row.figures.b_count} + {row.carried_b}" if row.carried_b else str(row.figures.b_count),
        day_text(row.figures.b_fifth_date),
        str(row.figures.total),
        step_name(row.state, language),
    ]


def to_csv(listing: SignalList, language: str = "nl", threshold: int = 5) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headings(language, threshold))
    for row in listing.rows:
        writer.writerow([spreadsheet_safe(cell) for cell in _cells(row, language)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_pdf(
    session: VaultSession, listing: SignalList, language: str = "nl", password: str | None = None
) -> tuple[bytes, str]:
    st = styles()
    profile = session.profile()
    recipient = profile.clb or "CLB"
    export_id = secrets.token_hex(4)
    which = "" if listing.include_signalled else word("not_yet_signalled", language)
    width = PAGE[0] - 2 * MARGIN
    story: list[Any] = [
        Paragraph(escape(word("signal_list_title", language)), st["title"]),
        Paragraph(
            escape(
                f"{listing.school or profile.school} → {recipient} · {day_text(session.today())}"
            ),
            st["subtitle"],
        ),
        Paragraph(
            escape(
                word(
                    "signal_list_intro",
                    language,
                    n=session.thresholds().clb_signal_b,
                    year=listing.year.label,
                    which=which,
                )
            ),
            st["body"],
        ),
    ]
    cell = st["cell"]
    threshold = session.thresholds().clb_signal_b
    rows = [[Paragraph(escape(h), cell) for h in headings(language, threshold)]]
    rows += [[Paragraph(escape(c), cell) for c in _cells(r, language)] for r in listing.rows]
    story.append(
        grid_table(
            rows,
            [width * f for f in (0.11, 0.16, 0.13, 0.09, 0.05, 0.13, 0.09, 0.24)],
            header=True,
        )
    )
    lines = wrap_text(word("footer", language, recipient=recipient), "PADesktopSans", 6.8, width)

    data = render_pdf(
        story,
        word("signal_list_title", language),
        lines,
        lambda number, total: word("page", language, n=number, total=total, export_id=export_id),
        MARGIN + 34,
    )
    return (encrypt_pdf(data, password) if password else data), export_id


def export_signal_list(
    session: VaultSession,
    listing: SignalList,
    target: Path,
    language: str = "nl",
    password: str | None = None,
) -> ExportedDocument:
    """Write the list as PDF or CSV (by the target's suffix) and log the export.

    A CSV file cannot carry a password: asking for one is refused rather than silently
    writing the names in clear."""
    if target.suffix.lower() == ".csv" and password:
        raise InvalidInputError(["csv_cannot_be_encrypted"])
    outputs.check_output(session.folder, target)
    if target.suffix.lower() == ".csv":
        threshold = session.thresholds().clb_signal_b
        data, export_id = to_csv(listing, language, threshold), secrets.token_hex(4)
    else:
        data, export_id = to_pdf(session, listing, language, password)
    digest = hashlib.sha256(data).hexdigest()
    outputs.write_logged(
        session,
        target,
        data,
        "export_signal_list",
        None,
        export_id=export_id,
        sha256=digest,
        pupils=len(listing.rows),
        school_year=listing.year.label,
        format=target.suffix.lower().lstrip("."),
        password=bool(password),
        recipient=session.profile().clb or "CLB",
    )
    return ExportedDocument(data, target.name, export_id, digest)


def mark_signalled(session: VaultSession, listing: SignalList, day: date | None = None) -> int:
    """Record "signalled to the CLB" for every pupil on the list, in one transaction."""
    when = day or session.today()
    ids = [row.pupil.id for row in listing.rows if "clb_signal_due" in row.signal_ids]
    if not ids:
        return 0
    count = session.repository(TrajectoryRepository).add_many(
        ids,
        Step.SIGNALLED_CLB,
        when,
        StepDetails(note="signaleringslijst"),
        session.profile().user_name or "?",
    )
    audit.record(
        session,
        "mark_signalled",
        None,
        pupils=count,
        school_year=listing.year.label,
        day=when.isoformat(),
    )
    return count
