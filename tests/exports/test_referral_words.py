"""The referral reads right to the CLB worker: no "nee" where nobody answered, no doubled
labels, the guideline's checklist title, and the evidence behind "Uitprint Informat"."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services import checklist
from pa_desktop.services.access import Vaults
from pa_desktop.services.demo import fill_demo_vault
from pa_desktop.services.importer import Importer, ImportOptions
from pa_desktop.services.names import SIGNAL_NAMES
from pa_desktop.services.referral import ReferralOptions, build_referral
from pa_desktop.services.session import AbsenceEntry, Profile, VaultSession
from pa_desktop.store.repositories import SettingsRepository
from tests.importing.conftest import make_vault
from tests.importing.samples import write_informat

YEAR = SchoolYear(2026)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[VaultSession]:
    session, _code = Vaults.for_tests().create(
        tmp_path / "demo", "referral words passphrase", Profile("Demo", "CLB Brussel", "Demo")
    )
    fill_demo_vault(session, today=date(2026, 11, 28))
    yield session
    session.close()


def _lines(session: VaultSession, pupil: int, language: str = "nl", **kw: object) -> list[str]:
    data = build_referral(session, pupil, YEAR, ReferralOptions(language=language, **kw)).data  # type: ignore[arg-type]
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return [line.strip() for line in text.splitlines()]


def _heavy(session: VaultSession) -> int:
    return max(session.overview(YEAR), key=lambda r: r.figures.b_count).pupil.id


@pytest.mark.parametrize(
    ("language", "title", "unanswered", "no"),
    [
        (
            "nl",
            "Checklist PA bij aanmelding CLB secundair onderwijs (uitgebreide versie)",
            "niet beantwoord",
            "nee",
        ),
        (
            "fr",
            "Check-list AP lors de l'inscription au CLB, enseignement secondaire (version étendue)",
            "sans réponse",
            "non",
        ),
        (
            "en",
            "PA checklist for registration with the CLB, secondary education (extended version)",
            "not answered",
            "no",
        ),
    ],
)
def test_nobody_answered_is_not_no(
    demo: VaultSession, language: str, title: str, unanswered: str, no: str
) -> None:
    pupil = _heavy(demo)
    before = _lines(demo, pupil, language)
    assert title in before
    # the data say nothing about an underlying problem: not answered, not the school's "no"
    assert no not in before and unanswered in before
    assert not any(
        re.fullmatch(rf"{no}\s*·?\s*(uit de gegevens|d'après les données|from the data)", line)
        for line in before
    )
    checklist.answer_item(demo, pupil, YEAR, "reason.underlying", False, "besproken")
    after = _lines(demo, pupil, language)
    assert no in after  # a "no" somebody gave is printed as such, with who gave it
    assert any("Demo" in line for line in after[after.index(no) : after.index(no) + 3])


def test_no_label_is_printed_twice(demo: VaultSession) -> None:
    for row in demo.overview(YEAR):
        if not row.signal_ids:
            continue
        text = "\n".join(_lines(demo, row.pupil.id))
        for signal in row.signal_ids:
            name = SIGNAL_NAMES[signal]["nl"]
            bullet = next(line for line in text.splitlines() if line.startswith(f"• {name}:"))
            assert bullet.count(name) == 1, bullet
            assert name.casefold() not in bullet.split(":", 1)[1].casefold(), bullet


def test_the_signals_quote_the_vaults_own_thresholds(demo: VaultSession) -> None:
    pupil = next(r.pupil.id for r in demo.overview(YEAR) if "fast_accumulation" in r.signal_ids)
    assert any("(grens: 10)" in line for line in _lines(demo, pupil))
    demo.repository(SettingsRepository).put_many({"thresholds": {"fast_accumulation": 8}})
    assert any("(grens: 8)" in line for line in _lines(demo, pupil))


def test_the_printout_evidence_names_the_calendar_and_the_import(tmp_path: Path) -> None:
    session = make_vault(tmp_path / "vault")
    try:
        typed = session.add_pupil(PupilDraft("Janssens", "Wout", "2A")).id
        session.add_absences(typed, AbsenceEntry(date(2025, 10, 6), "B"))
        year = SchoolYear(2025)

        def printout(pupil: int) -> str:
            data = build_referral(session, pupil, year, ReferralOptions()).data
            text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
            text = re.sub(r"\s+", " ", text)
            return text[text.index("Uitprint Informat") : text.index("Wat is het totaal")]

        typed_text = printout(typed)
        assert "de kalender per halve dag in dit document" in typed_text
        assert "uit de gegevens" not in typed_text and "geïmporteerd" not in typed_text

        path, _ = write_informat(tmp_path)
        importer = Importer(session)
        importer.apply(importer.read(path), ImportOptions(skip_bad_rows=True))
        imported = next(
            p.id
            for p in session.pupils()
            if any(a.source == "import" for a in session.absences(p.id, year))
        )
        text = printout(imported)
        today = date.today().strftime("%d/%m/%Y")
        assert "de kalender per halve dag in dit document" in text
        assert f"(afwezigheden uit Informat, geïmporteerd op {today})" in text
        assert path.name not in text  # a file name may carry a name: never printed
    finally:
        session.close()
