"""No id for machines reaches a reader: the demo vault's exports in nl, fr and en (referrals,
signalling lists, the insight window's CSV files) are scanned for every signal and trajectory
step id of DOMAIN.md / DESIGN.md, and the audit log's words for every action and detail key the
app records.

Ids with an underscore cannot be a word of prose, so they are searched as they are. The three
one-word ids are searched as whole lower-case words: `kans` and `ocj` (the names say "KANS",
"OCJ"), and `closed` only in Dutch and French (English prose says "closed" legitimately).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.signals import SIGNAL_IDS
from pa_desktop.domain.trajectory import Step
from pa_desktop.services import audit, audit_words
from pa_desktop.services.access import Vaults
from pa_desktop.services.demo import fill_demo_vault
from pa_desktop.services.insight import load_insight
from pa_desktop.services.insight_export import CHARTS, chart_csv
from pa_desktop.services.names import SIGNAL_NAMES, STEP_NAMES
from pa_desktop.services.referral import ReferralOptions, build_referral, export_referral
from pa_desktop.services.session import Profile, VaultSession
from pa_desktop.services.signal_list import export_signal_list, mark_signalled, signal_list

YEAR = SchoolYear(2026)
LANGUAGES = ("nl", "fr", "en")
# DOMAIN.md "Signals the app computes" and DESIGN.md "Trajectory step ids", as written there.
DOMAIN_SIGNALS = (
    "clb_signal_due",
    "early_year_b",
    "fast_accumulation",
    "same_moment",
    "unknown_code",
    "sick_note_limit",
    "parents_unreachable",
    "known_problem",
    "allowance_at_risk",
    "allowance_lost",
    "relapse_after_closure",
    "no_contact_after_b",
)
DESIGN_STEPS = (
    "school_follow_up",
    "signalled_clb",
    "registered_clb",
    "clb_guidance",
    "clb_closed",
    "kans",
    "external_referral",
    "roma_foyer",
    "police_unwillingness",
    "police_unreachable",
    "ocj",
    "agodi_concern",
    "school_change",
    "closed",
)


def raw_ids_in(text: str, language: str) -> list[str]:
    found = []
    for raw in DOMAIN_SIGNALS + DESIGN_STEPS:
        if "_" in raw:
            if raw in text:
                found.append(raw)
        elif (raw != "closed" or language != "en") and re.search(rf"\b{raw}\b", text):
            found.append(raw)
    return found


def test_the_catalogue_names_every_id_of_the_domain() -> None:
    assert set(SIGNAL_IDS) <= set(DOMAIN_SIGNALS)
    assert {s.value for s in Step} == set(DESIGN_STEPS)
    for raw in DOMAIN_SIGNALS:
        names = SIGNAL_NAMES[raw]
        assert set(names) == set(LANGUAGES) and not raw_ids_in(" ".join(names.values()), "nl")
    for raw in DESIGN_STEPS:
        assert set(STEP_NAMES[raw]) == set(LANGUAGES)
    # one name per signal: no two signals share a name in any language
    for language in LANGUAGES:
        names = [SIGNAL_NAMES[raw][language] for raw in DOMAIN_SIGNALS]
        assert len(set(names)) == len(names)


def test_the_scan_finds_an_id_when_one_is_there() -> None:
    assert raw_ids_in("Stand: police_unreachable", "nl") == ["police_unreachable"]
    assert raw_ids_in("Stand: kans", "nl") == ["kans"] and raw_ids_in("KANS", "nl") == []
    assert raw_ids_in("trajectory closed", "en") == []


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[VaultSession, Path]]:
    folder = tmp_path_factory.mktemp("ids")
    session, _code = Vaults.for_tests().create(
        folder / "demo", "raw id passphrase", Profile("Demo-school", "CLB Brussel", "Demo")
    )
    fill_demo_vault(session, today=date(2026, 11, 28))
    yield session, folder
    session.close()


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_raw_id_in_any_referral_of_the_demo_vault(
    demo: tuple[VaultSession, Path], language: str
) -> None:
    session, _folder = demo
    rows = session.overview(YEAR)
    fired = {s for row in rows for s in row.signal_ids}
    states = {row.state for row in rows if row.state}
    # the demo vault shows every signal the domain computes today, and most steps
    assert fired >= set(SIGNAL_IDS) - {"no_contact_after_b"}
    assert len(states) >= 10
    for row in rows:
        if not row.signal_ids and row.state is None:
            continue
        data = build_referral(session, row.pupil.id, YEAR, ReferralOptions(language=language)).data
        text = _pdf_text(data)
        assert raw_ids_in(text, language) == [], (row.pupil.id, raw_ids_in(text, language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_raw_id_in_the_signalling_list(demo: tuple[VaultSession, Path], language: str) -> None:
    session, folder = demo
    listing = signal_list(session, YEAR, include_signalled=True)
    assert {row.state for row in listing.rows} >= {"kans", "police_unreachable", None}
    pdf = export_signal_list(session, listing, folder / f"list-{language}.pdf", language)
    export_signal_list(session, listing, folder / f"list-{language}.csv", language)
    csv_text = (folder / f"list-{language}.csv").read_text("utf-8-sig")
    for text in (_pdf_text(pdf.data), csv_text):
        assert raw_ids_in(text, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_raw_id_in_the_insight_csv_exports(
    demo: tuple[VaultSession, Path], language: str
) -> None:
    session, _folder = demo
    report = load_insight(session, YEAR).report()
    for chart in CHARTS:
        text = chart_csv(report, chart, language).decode("utf-8-sig")
        assert text.count("\n") > 1, chart
        assert raw_ids_in(text, language) == [], (chart, raw_ids_in(text, language))
    signals = chart_csv(report, "signals", language).decode("utf-8-sig")
    assert SIGNAL_NAMES["clb_signal_due"][language] in signals


def test_every_audit_action_and_detail_is_worded(demo: tuple[VaultSession, Path]) -> None:
    """What the user reads in the audit log window and `pa-desktop-cli audit`."""
    session, folder = demo
    pupil = session.overview(YEAR)[0].pupil.id
    export_referral(session, pupil, YEAR, ReferralOptions(password="x" * 12), folder)
    mark_signalled(session, signal_list(session, YEAR))
    entries = audit.entries(session)
    assert {"export_referral", "mark_signalled"} <= {e.action for e in entries}
    for language in LANGUAGES:
        for entry in entries:
            name = audit_words.action_name(entry.action, language)
            details = audit_words.details_text(entry.details, language)
            assert name != entry.action and "_" not in name
            assert set(entry.details) <= set(audit_words.DETAILS), entry.details.keys()
            assert raw_ids_in(details, language) == []
            assert not re.search(r"\b[a-z]+_[a-z_]+\b", details), details
    assert audit_words.action_name("mark_signalled", "nl") == (
        "Als gesignaleerd aan het CLB gemarkeerd"
    )


def test_the_audit_catalogue_covers_every_action_the_app_records() -> None:
    """Every audit.record(…) in the code has words (a new action without them fails here)."""
    source = Path(audit.__file__).parent.parent
    recorded = set()
    for path in source.rglob("*.py"):
        text = path.read_text("utf-8")
        recorded |= set(re.findall(r"(?:audit\.record|_record)\(\s*session,\s*\"([a-z_]+)\"", text))
        # an export logged around its file, and a purge logged in its own transaction
        recorded |= set(
            re.findall(r"write_logged\(\s*session,\s*[\w.]+,\s*[\w.]+,\s*\"([a-z_]+)\"", text)
        )
        recorded |= set(re.findall(r"append_in\(\s*connection,\s*keys,\s*\"([a-z_]+)\"", text))
    assert {"export_referral", "mark_signalled", "purge", "passphrase_change"} <= recorded
    assert recorded <= set(audit_words.ACTIONS), recorded - set(audit_words.ACTIONS)
