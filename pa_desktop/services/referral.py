"""The referral to the CLB ("aanmelding"): the moment personal data about a minor leave the vault.

Minimal by default: free-text notes, the home-context note and the full measure list are left out
unless chosen; the name can be replaced by a reference code everywhere; file name and PDF metadata
carry no personal data; a privacy footer is on every page; a password encrypts with AES-256 (revision 6, services/pdf_encrypt.py); and
every export is written to the audit log (what was chosen and the file's SHA-256, never content).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Paragraph, Spacer

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.codes import CodeGroup
from pa_desktop.services import checklist, guidance, outputs
from pa_desktop.services.document_texts import (
    LABELS,
    MEASURE_HEADINGS,
    day_text,
    measure_word,
    pattern_text,
    word,
)
from pa_desktop.services.dossier import load_pupil_year
from pa_desktop.services.importer import IMPORT_SOURCE
from pa_desktop.services.names import signal_name
from pa_desktop.services.pdf_encrypt import encrypt_pdf
from pa_desktop.services.pdf_layout import (
    FONT,
    MARGIN,
    PAGE,
    CalendarFlowable,
    grid_table,
    render_pdf,
    styles,
    wrap_text,
)
from pa_desktop.services.pseudonyms import name_scrubber, reference_code
from pa_desktop.services.referral_answers import answer_source, answer_text, printout_evidence
from pa_desktop.services.session import VaultSession
from pa_desktop.services.signal_texts import signal_text

FILE_STEM = {"nl": "aanmelding-CLB", "fr": "inscription-CLB", "en": "referral-CLB"}


@dataclass(frozen=True)
class ReferralOptions:
    brief: bool = False
    pseudonymise: bool = False
    language: str = "nl"
    include_birth_date: bool = False
    include_notes: bool = False
    include_measure_list: bool = False
    # the guideline: doubtful certificates are raised with the CLB (whose doctor may contact
    # the GP) once the parents were asked; the user decides whether the referral says so
    include_doubtful_certificates: bool = False
    help_question: str = ""
    pupil_informed: bool = False
    parents_informed: bool = False
    password: str | None = field(default=None, repr=False)
    recipient: str = ""


@dataclass(frozen=True)
class ExportedDocument:
    data: bytes
    file_name: str
    export_id: str
    sha256: str


def build_referral(
    session: VaultSession, pupil_id: int, year: SchoolYear, options: ReferralOptions
) -> ExportedDocument:
    """Render the referral in memory; nothing is written and nothing is logged."""
    language = options.language if options.language in FILE_STEM else "nl"
    st = styles()
    profile = session.profile()
    view = load_pupil_year(session, pupil_id, year)
    sheet = checklist.load_checklist(session, pupil_id, year)
    pupil = view.pupil
    export_id = secrets.token_hex(4)
    recipient = options.recipient.strip() or profile.clb or "CLB"
    reference = reference_code(session, pupil_id)
    name = reference if options.pseudonymise else f"{pupil.first_name} {pupil.last_name}"
    free: Callable[[str], str] = (
        name_scrubber([pupil.first_name, pupil.last_name], reference)
        if options.pseudonymise
        else (lambda text: text)
    )
    width = PAGE[0] - 2 * MARGIN
    # the guideline's own title of its checklist, so the CLB recognises the form
    checklist_title = sheet.definition.titles["brief" if options.brief else "extended"][language]
    story: list[Any] = [
        Paragraph(escape(word("referral_title", language)), st["title"]),
        Paragraph(escape(checklist_title), st["subtitle"]),
    ]
    p = st["cell"]
    header = [
        [word("school", language), profile.school or "—"],
        [word("recipient", language), recipient],
        [word("date", language), day_text(session.today())],
        [word("contact", language), profile.user_name or "—"],
        [word("pupil", language), name],
        [word("class", language), pupil.class_name],
        [word("school_year", language), year.label],
    ]
    if options.include_birth_date and pupil.birth_date and not options.pseudonymise:
        header.append([word("birth_date", language), day_text(pupil.birth_date)])
    story.append(
        grid_table(
            [[Paragraph(escape(a), p), Paragraph(escape(b), p)] for a, b in header],
            [45 * 2.8346, width - 45 * 2.8346],
        )
    )
    if options.pseudonymise:
        story.append(Paragraph(escape(word("pseudonym_note", language)), st["small"]))

    figures = view.figures
    totals = figures.totals
    limits = session.thresholds()
    imported = any(a.source == IMPORT_SOURCE for a in view.absences.values())
    printout = printout_evidence(session, imported, language)
    story.append(Paragraph(escape(word("figures", language)), st["h2"]))
    counts: list[list[Any]] = [
        ["B", "P", "R", "Z", LABELS["other"][language], LABELS["total"][language]],
        [
            totals[CodeGroup.B],
            totals[CodeGroup.P],
            totals[CodeGroup.R],
            totals[CodeGroup.Z],
            totals[CodeGroup.OTHER] + totals[CodeGroup.UNKNOWN],
            figures.total,
        ],
    ]
    story.append(grid_table(counts, [width / 6] * 6, header=True))
    story.append(Spacer(1, 4))
    decimal = "," if language != "en" else "."
    rate = f"{figures.absence_rate * 100:.1f}".replace(".", decimal) + " %"
    pattern = figures.pattern.value if figures.pattern else None
    key_values = [
        [word("lesson_half_days", language), str(figures.lesson_half_days)],
        [word("rate", language), rate],
        [word("last_weeks", language), str(figures.last_6_weeks)],
        [word("fifth_b", language, n=limits.clb_signal_b), day_text(figures.b_fifth_date)],
        [LABELS["pattern"][language], pattern_text(pattern, figures.busiest_slot, language)],
    ]
    if view.carried_b:  # rule 10: counted for the 5-B and 30-B rules, shown apart
        key_values.insert(0, [word("carried_b", language), str(view.carried_b)])
    if options.include_doubtful_certificates:
        key_values.append(
            [word("doubtful_certificates", language), str(figures.doubtful_certificates)]
        )
    story.append(
        grid_table(
            [[Paragraph(escape(a), p), Paragraph(escape(b), p)] for a, b in key_values],
            [width * 0.32, width * 0.68],
        )
    )
    story.append(Paragraph(escape(word("calendar", language)), st["h2"]))
    story.append(CalendarFlowable(view.calendar, view.absences, view.codes, language, width))
    story.append(Paragraph(escape(word("calendar_note", language)), st["small"]))

    for section in sheet.definition.sections_for(options.brief):
        rows = []
        for item in section.items:
            answer = sheet.answers[item.id]
            rows.append(
                [
                    Paragraph(escape(item.text[language]), p),
                    Paragraph(escape(answer_text(item, answer, language)), p),
                    Paragraph(escape(answer_source(item, answer, language, printout)), st["small"]),
                ]
            )
        block: list[Any] = [
            Paragraph(escape(section.title[language]), st["h2"]),
            grid_table(rows, [width * 0.48, width * 0.34, width * 0.18]),
        ]
        note = sheet.clb_notes.get(section.id)
        if note and options.include_notes:
            label = word("notes", language)
            block.append(Paragraph(f"<i>{escape(label)}:</i> {escape(free(note))}", p))
        story.append(KeepTogether(block))

    story.append(Paragraph(escape(word("signals", language)), st["h2"]))
    if view.signals:
        for signal in view.signals:
            label = signal_name(signal.id, language)
            text = signal_text(signal.id, dict(signal.facts), language, limits)
            colon = " :" if language == "fr" else ":"  # French puts a space before the colon
            story.append(Paragraph(f"• <b>{escape(label)}</b>{colon} {escape(text)}", p))
    else:
        story.append(Paragraph(escape(word("no_signals", language)), p))

    if options.include_measure_list:
        story.append(Paragraph(escape(word("measures", language)), st["h2"]))
        logged = [
            m
            for m in guidance.measures(session, pupil_id)
            if year.first_date <= m.day <= year.last_date
        ]
        if logged:
            rows = [MEASURE_HEADINGS[language]]
            for m in logged:
                purpose = measure_word(m.draft.purpose.value, language)
                if options.include_notes and (m.draft.agreements or m.draft.note):
                    purpose += free(f" — {m.draft.agreements} {m.draft.note}".rstrip())
                rows.append(
                    [
                        day_text(m.day),
                        measure_word(m.draft.towards.value, language),
                        measure_word(m.draft.channel.value, language),
                        purpose,
                        measure_word(m.draft.outcome.value, language),
                    ]
                )
            cells = [[Paragraph(escape(str(c)), p) for c in row] for row in rows]
            story.append(
                grid_table(
                    cells,
                    [width * 0.13, width * 0.15, width * 0.17, width * 0.4, width * 0.15],
                    header=True,
                )
            )
        else:
            story.append(Paragraph(escape(word("no_measures", language)), p))

    story.append(Paragraph(escape(word("help_question", language)), st["h2"]))
    story.append(Paragraph(escape(free(options.help_question.strip()) or "—"), p))
    told = [
        word("informed_pupil", language)
        + ": "
        + word("yes" if options.pupil_informed else "no", language),
        word("informed_parents", language)
        + ": "
        + word("yes" if options.parents_informed else "no", language),
    ]
    story.append(Spacer(1, 4))
    story.append(
        Paragraph(f"<b>{escape(word('informed', language))}</b>: {escape(' · '.join(told))}", p)
    )

    footer_lines = wrap_text(
        word("footer", language, recipient=recipient), FONT, 6.8, PAGE[0] - 2 * MARGIN
    )

    data = render_pdf(
        story,
        word("referral_title", language),
        footer_lines,
        lambda number, total: word("page", language, n=number, total=total, export_id=export_id),
        MARGIN + 12 * 2.8346,
        invariant=0,
        lang={"nl": "nl-BE", "fr": "fr-BE", "en": "en"}[language],
    )
    if options.password:
        data = encrypt_pdf(data, options.password)
    file_name = f"{FILE_STEM[language]}-{export_id}-{session.today():%Y%m%d}.pdf"
    return ExportedDocument(data, file_name, export_id, hashlib.sha256(data).hexdigest())


def export_referral(
    session: VaultSession, pupil_id: int, year: SchoolYear, options: ReferralOptions, target: Path
) -> ExportedDocument:
    """Build, write to `target` (a file, or a folder for the default name) and log the export
    (an intent before the file, a confirmation after it: services/outputs.py)."""
    outputs.check_output(session.folder, target)
    document = build_referral(session, pupil_id, year, options)
    path = target / document.file_name if target.is_dir() else target
    sections = [s.id for s in checklist.definition().sections_for(options.brief)]
    outputs.write_logged(
        session,
        path,
        document.data,
        "export_referral",
        pupil_id,
        recipient=options.recipient.strip() or session.profile().clb or "CLB",
        export_id=document.export_id,
        sha256=document.sha256,
        school_year=year.label,
        sections=sections,
        brief=options.brief,
        pseudonymised=options.pseudonymise,
        password=bool(options.password),
        language=options.language,
        measure_list=options.include_measure_list,
        notes=options.include_notes,
        doubtful_certificates=options.include_doubtful_certificates,
        exported_on=date.today().isoformat(),
    )
    return document
