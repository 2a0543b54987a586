"""The referral PDF: sections, totals, pseudonymisation, brief version, password, calendar, audit."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services import audit, guidance
from pa_desktop.services.access import Vaults
from pa_desktop.services.pseudonyms import reference_code
from pa_desktop.services.referral import (
    ReferralOptions,
    build_referral,
    export_referral,
)
from pa_desktop.services.session import AbsenceEntry, Profile, VaultSession

YEAR = SchoolYear(2026)
SECTIONS_NL = [
    "Visie",
    "Interne opvolging",
    "Overzicht afwezigheden",
    "Ondernomen acties",
    "Specifieke knipperlichten",
    "Reden van aanmelding bij CLB",
]


@pytest.fixture
def session(tmp_path: Path) -> Iterator[VaultSession]:
    opened, _ = Vaults.for_tests().create(
        tmp_path / "v",
        "referral passphrase",
        Profile("Sint-Guido-Instituut", "CLB GO! Brussel", "Mevr. Peeters", "school"),
    )
    opened.set_reference_date(date(2026, 11, 27))
    yield opened
    opened.close()


@pytest.fixture
def pupil(session: VaultSession) -> int:
    pupil_id = session.add_pupil(
        PupilDraft("Wiśniewski", "Łukasz", "3B", birth_date=date(2011, 4, 2))
    ).id
    codes = ["B", "Z", "R", "P", "H", "M", "D", "C", "Q", "-", "L", "A"]
    days = [date(2026, 9, d) for d in (7, 9, 14, 16, 21, 23, 28, 30)]
    days += [date(2026, 10, d) for d in (5, 7, 12, 14)]
    for day, code in zip(days, codes, strict=True):
        session.add_absences(pupil_id, AbsenceEntry(day, code, half="VM"))
    session.add_absences(
        pupil_id, AbsenceEntry(date(2026, 11, 16), "B", last_day=date(2026, 11, 17))
    )
    guidance.add_measure(
        session,
        pupil_id,
        MeasureDraft(
            date(2026, 9, 8),
            Towards.PARENTS,
            Channel.PHONE,
            Purpose.ASK_REASON,
            Outcome.REACHED,
            agreements="Łukasz meldt zich elke ochtend aan",
            note="gesprek met moeder van Łukasz",
        ),
    )
    return pupil_id


def _text(data: bytes) -> tuple[str, dict[str, str]]:
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    metadata = {k: str(v) for k, v in (reader.metadata or {}).items()}
    return text, metadata


def test_the_extended_referral_has_every_section_and_the_right_totals(session, pupil) -> None:
    document = build_referral(
        session,
        pupil,
        YEAR,
        ReferralOptions(
            help_question="Hoe krijgen we Łukasz elke ochtend op school?", pupil_informed=True
        ),
    )
    text, metadata = _text(document.data)
    for title in SECTIONS_NL:
        assert title in text
    assert "Łukasz Wiśniewski" in text  # the embedded font prints Polish letters
    # B: 1 + 4 (Mon+Tue of 16-17 Nov); Z: Z and D; R: R and C; P: P and Q; other: H, M, '-'
    assert "B-codes: 5, P-codes: 2, R-codes: 2, Z-codes: 2, Andere: 3" in text
    assert "Hoe krijgen we Łukasz elke ochtend op school?" in text
    assert "leerling: ja · ouders: nee" in text
    assert "VERTROUWELIJK" in text and "Pagina 1 van" in text and document.export_id in text
    assert "Łukasz" not in " ".join(metadata.values()) and "Wiśniewski" not in document.file_name
    assert document.file_name.startswith("aanmelding-CLB-") and document.file_name.endswith(".pdf")
    assert "gesprek met moeder" not in text  # notes stay home unless chosen
    assert "2011" not in text  # and so does the birth date


def test_the_brief_version_lacks_exactly_the_two_sections(session, pupil) -> None:
    text, _ = _text(build_referral(session, pupil, YEAR, ReferralOptions(brief=True)).data)
    assert "Visie" not in text and "Interne opvolging" not in text
    for title in SECTIONS_NL[2:]:
        assert title in text


def test_a_pseudonymised_referral_names_the_pupil_nowhere(session, pupil, tmp_path) -> None:
    options = ReferralOptions(
        pseudonymise=True,
        include_notes=True,
        include_measure_list=True,
        include_birth_date=True,
        help_question="Łukasz wil graag terug naar de klas.",
    )
    document = export_referral(session, pupil, YEAR, options, tmp_path)
    text, metadata = _text(document.data)
    everything = text + " ".join(metadata.values()) + document.file_name
    for name in ("Łukasz", "Wiśniewski", "ŁUKASZ"):
        assert name.casefold() not in everything.casefold()
    reference = reference_code(session, pupil)
    assert text.count(reference) >= 2  # identification, and the notes where the name stood
    assert "2011" not in text
    assert (tmp_path / document.file_name).exists()
    assert "Łukasz".encode() not in (tmp_path / document.file_name).read_bytes()


def test_a_password_protected_referral_opens_only_with_its_password(session, pupil) -> None:
    data = build_referral(session, pupil, YEAR, ReferralOptions(password="Schrijf-Dit-Op-9")).data
    assert PdfReader(io.BytesIO(data)).is_encrypted
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(data)
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(data, password="verkeerd wachtwoord")
    opened = pdfium.PdfDocument(data, password="Schrijf-Dit-Op-9")
    text = opened[0].get_textpage().get_text_range()
    opened.close()
    assert "Aanmelding bij het CLB" in text


def test_french_and_english_documents(session, pupil) -> None:
    fr, _ = _text(build_referral(session, pupil, YEAR, ReferralOptions(language="fr")).data)
    en, _ = _text(build_referral(session, pupil, YEAR, ReferralOptions(language="en")).data)
    assert "Inscription au CLB" in fr and "Signaux d'alerte spécifiques" in fr
    assert "Registration with the CLB" in en and "Specific warning signals" in en


def _printed_calendar(data: bytes) -> set[tuple[int, int, str, str]]:
    """(month, day, half, code) of every code printed on the calendar, read from its position:
    rows from the month labels, columns from the day numbers, half from left or right."""
    page = PdfReader(io.BytesIO(data)).pages[0]
    pieces: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            pieces.append((tm[4] + cm[4], tm[5] + cm[5], text.strip()))

    page.extract_text(visitor_text=visit)
    months = {
        "sep": 9,
        "okt": 10,
        "nov": 11,
        "dec": 12,
        "jan": 1,
        "feb": 2,
        "mrt": 3,
        "apr": 4,
        "mei": 5,
        "jun": 6,
    }
    rows = {y: months[t.split()[0]] for x, y, t in pieces if t.split()[0] in months and "20" in t}
    header_y = max(rows) + (max(rows) - min(rows)) / 9
    columns = {x: int(t) for x, y, t in pieces if t.isdigit() and abs(y - header_y) < 8}
    width = (max(columns) - min(columns)) / 30
    found = set()
    for x, y, text in pieces:
        if len(text) != 1 or text.isdigit():
            continue
        row_y = min(rows, key=lambda r: abs(r - y))
        if abs(row_y - y) > 10:
            continue
        column_x = min(columns, key=lambda c: abs(c - x))
        if abs(column_x - x) > width:
            continue
        half = "VM" if x < column_x else "NM"
        found.add((rows[row_y], columns[column_x], half, text))
    return found


def test_the_printed_calendar_matches_the_vault(session, pupil) -> None:
    """A pupil with every code: each code is printed on its own half day, and nothing else."""
    printed = _printed_calendar(build_referral(session, pupil, YEAR, ReferralOptions()).data)
    stored = {(a.day.month, a.day.day, a.half.value, a.code) for a in session.absences(pupil, YEAR)}
    assert len(stored) == 16  # twelve codes on mornings, then B on 16-17 November
    assert printed == stored


def test_every_export_writes_one_audit_entry_with_the_files_hash(session, pupil, tmp_path) -> None:
    first = export_referral(session, pupil, YEAR, ReferralOptions(password="x-x-x-x-x"), tmp_path)
    second = export_referral(session, pupil, YEAR, ReferralOptions(pseudonymise=True), tmp_path)
    entries = audit.entries(session, "export_referral")
    assert len(entries) == 2
    for entry, document in zip(entries, (first, second), strict=True):
        assert entry.pupil_id == pupil
        on_disk = (tmp_path / document.file_name).read_bytes()
        assert entry.details["sha256"] == hashlib.sha256(on_disk).hexdigest()
        assert entry.details["recipient"] == "CLB GO! Brussel"
    assert entries[0].details["password"] is True and entries[1].details["pseudonymised"] is True
    assert "Łukasz" not in str([e.details for e in entries])
    assert audit.verify(session) == []


def test_the_scrubber_catches_names_typed_without_accents_or_in_other_forms() -> None:
    import unicodedata

    from pa_desktop.services.pseudonyms import name_scrubber

    scrub = name_scrubber(["Ayşe", "Yılmaz", "Łukasz", "Nguyễn Văn An"], "REF-X")
    typed = [
        "praten met Ayse en haar broer",
        unicodedata.normalize("NFD", "Ayşe huilde") + " (decomposed)",
        "dossier_Ayşe_Yılmaz",
        "LUKASZ en Nguyen kwamen samen",
        "ayşe yilmaz",
    ]
    for text in typed:
        cleaned = scrub(text)
        folded = cleaned.casefold()
        assert "ays" not in folded and "yilmaz" not in folded and "yılmaz" not in folded
        assert "lukasz" not in folded and "nguyen" not in folded
        assert "REF-X" in cleaned
    assert scrub("Anna en Annelies") == "Anna en Annelies"  # "An" only as a whole word
    assert scrub("An kwam") == "REF-X kwam"


def test_repr_never_shows_a_secret(session) -> None:
    options = ReferralOptions(password="geheim-wachtwoord-1")
    assert "geheim" not in repr(options)
    assert "_database_key" not in repr(session._vault)
