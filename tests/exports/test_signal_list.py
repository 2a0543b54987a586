"""The signalling list: who is on it, PDF and CSV, and marking everyone as signalled at once."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.services import audit
from pa_desktop.services.access import Vaults
from pa_desktop.services.demo import fill_demo_vault
from pa_desktop.services.session import Profile
from pa_desktop.services.signal_list import export_signal_list, mark_signalled, signal_list

YEAR = SchoolYear(2026)


def _session(tmp_path: Path):  # type: ignore[no-untyped-def]
    session, _ = Vaults.for_tests().create(
        tmp_path / "v", "signal list passphrase", Profile("Sint-Guido", "CLB GO! Brussel", "An")
    )
    fill_demo_vault(session, today=date(2026, 11, 28))
    return session


def test_the_list_holds_the_pupils_with_5_b_not_yet_signalled(tmp_path: Path) -> None:
    session = _session(tmp_path)
    try:
        rows = session.overview(YEAR)
        due = {r.pupil.id for r in rows if "clb_signal_due" in r.signal_ids}
        listing = signal_list(session, YEAR)
        assert {r.pupil.id for r in listing.rows} == due and due
        everyone = signal_list(session, YEAR, include_signalled=True)
        assert {r.pupil.id for r in everyone.rows} == {
            r.pupil.id for r in rows if r.figures.b_count >= 5
        }
        assert len(everyone.rows) > len(listing.rows)
    finally:
        session.close()


def test_csv_and_pdf_exports(tmp_path: Path) -> None:
    session = _session(tmp_path)
    try:
        listing = signal_list(session, YEAR, include_signalled=True)
        csv_doc = export_signal_list(session, listing, tmp_path / "lijst.csv")
        raw = (tmp_path / "lijst.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the accents right
        lines = raw.decode("utf-8-sig").splitlines()
        assert lines[0] == "Leerlingnr.;Naam;Voornaam;Klas;B;5e B;Alle;Stand"
        assert len(lines) == len(listing.rows) + 1
        first = listing.rows[0]
        assert lines[1].split(";")[:5] == [
            first.pupil.school_number or "—",
            first.pupil.last_name,
            first.pupil.first_name,
            first.pupil.class_name,
            str(first.figures.b_count),
        ]
        pdf_doc = export_signal_list(session, listing, tmp_path / "lijst.pdf", password=None)
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_doc.data)).pages)
        assert "Signaleringslijst voor het CLB" in text and "VERTROUWELIJK" in text
        for row in listing.rows:
            assert row.pupil.last_name in text
        entries = audit.entries(session, "export_signal_list")
        assert [e.details["sha256"] for e in entries] == [csv_doc.sha256, pdf_doc.sha256]
    finally:
        session.close()


def test_marking_as_signalled_clears_the_duty_for_everyone_at_once(tmp_path: Path) -> None:
    session = _session(tmp_path)
    try:
        listing = signal_list(session, YEAR)
        count = mark_signalled(session, listing)
        assert count == len(listing.rows) > 0
        assert signal_list(session, YEAR).rows == []
        for row in session.overview(YEAR, only=[r.pupil.id for r in listing.rows]):
            assert row.state == "signalled_clb" and "clb_signal_due" not in row.signal_ids
        assert audit.entries(session, "mark_signalled")[0].details["pupils"] == count
        assert mark_signalled(session, signal_list(session, YEAR)) == 0
    finally:
        session.close()


def test_a_csv_with_a_password_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    import pytest

    from pa_desktop.services.errors import InvalidInputError

    session = _session(tmp_path)
    try:
        listing = signal_list(session, YEAR)
        with pytest.raises(InvalidInputError):
            export_signal_list(session, listing, tmp_path / "lijst.csv", password="geheim-123")
        assert not (tmp_path / "lijst.csv").exists()
        assert list(tmp_path.glob("*.part")) == [] and audit.entries(session) == []
    finally:
        session.close()


def test_the_list_gives_the_pupil_number_and_the_state_in_words(tmp_path: Path) -> None:
    """The CLB looks a pupil up by number; "Stand" names the step, never `kans` or an id."""
    from pa_desktop.domain.pupils import PupilDraft
    from pa_desktop.services.names import STEP_NAMES
    from pa_desktop.services.session import AbsenceEntry

    session = _session(tmp_path)
    try:
        numbered = session.add_pupil(PupilDraft("Peeters", "Jan", "4C", school_number="20117"))
        for day in (7, 8, 9):
            session.add_absences(numbered.id, AbsenceEntry(date(2026, 10, day), "B", last_day=None))
        listing = signal_list(session, YEAR, include_signalled=True)
        for language, state in (("nl", "Aangemeld bij KANS"), ("fr", "Orienté vers KANS")):
            target = tmp_path / f"lijst-{language}.csv"
            export_signal_list(session, listing, target, language=language)
            text = target.read_bytes().decode("utf-8-sig")
            rows = [line.split(";") for line in text.splitlines()]
            peeters = next(r for r in rows if r[1] == "Peeters")
            assert peeters[:4] == ["20117", "Peeters", "Jan", "4C"] and int(peeters[4]) >= 5
            assert state in {r[-1] for r in rows}
            for step in STEP_NAMES:
                assert step not in {r[-1] for r in rows[1:]}
            pdf = export_signal_list(session, listing, tmp_path / f"l-{language}.pdf", language)
            words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
            assert "20117" in words and state in words
            assert "kans" not in words.replace("KANS", "")
    finally:
        session.close()


def test_csv_cells_that_a_spreadsheet_would_run_arrive_as_text(tmp_path: Path) -> None:
    from pa_desktop.domain.pupils import PupilDraft
    from pa_desktop.services.session import AbsenceEntry

    session = _session(tmp_path)
    try:
        tricky = ['=HYPERLINK("http://x","klik")', "+32 2 123", "-2+3", "@SUM(A1)"]
        for index, name in enumerate(tricky):
            pupil = session.add_pupil(PupilDraft(name, "Eva", "3A", school_number=f"9{index}"))
            for day in (5, 6, 7):
                session.add_absences(pupil.id, AbsenceEntry(date(2026, 10, day), "B"))
        export_signal_list(session, signal_list(session, YEAR), tmp_path / "l.csv")
        import csv

        rows = list(
            csv.reader(io.StringIO((tmp_path / "l.csv").read_text("utf-8-sig")), delimiter=";")
        )
        last_names = {r[1] for r in rows}
        for name in tricky:
            assert "'" + name in last_names and name not in last_names
        assert "Eva" in {r[2] for r in rows}  # ordinary cells are left alone
        # names are trimmed when saved, so a leading tab or CR can only come from elsewhere
        from pa_desktop.services.signal_list import spreadsheet_safe

        assert spreadsheet_safe("\tX") == "'\tX" and spreadsheet_safe("\rX") == "'\rX"
        assert spreadsheet_safe("—") == "—" and spreadsheet_safe("-") == "-"
    finally:
        session.close()
