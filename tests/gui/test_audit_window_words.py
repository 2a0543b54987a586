"""The audit log window speaks the user's language: no `mark_signalled`, no `school_years`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.care.audit_dialog import AuditDialog
from pa_desktop.gui.common.i18n import install_language
from pa_desktop.services.referral import ReferralOptions, export_referral
from pa_desktop.services.signal_list import export_signal_list, mark_signalled, signal_list

YEAR = SchoolYear(2026)


@pytest.mark.parametrize(
    ("language", "action"),
    [
        ("nl", "Als gesignaleerd aan het CLB gemarkeerd"),
        ("fr", "Marqués comme signalés au CLB"),
        ("en", "Marked as signalled to the CLB"),
    ],
)
def test_actions_and_details_are_words(
    qtbot, demo_session, tmp_path: Path, language: str, action: str
) -> None:
    pupil = demo_session.overview(YEAR)[0].pupil.id
    export_referral(demo_session, pupil, YEAR, ReferralOptions(language="fr"), tmp_path)
    listing = signal_list(demo_session, YEAR)
    export_signal_list(demo_session, listing, tmp_path / "lijst.csv")
    mark_signalled(demo_session, listing)
    before = QLocale()  # other tests read the default locale: leave it as it was
    install_language(language)
    try:
        dialog = AuditDialog(demo_session)
        qtbot.addWidget(dialog)
        cells = [
            dialog.table.item(row, column).text()
            for row in range(dialog.table.rowCount())
            for column in range(dialog.table.columnCount())
        ]
    finally:
        install_language("en")
        QLocale.setDefault(before)
    text = "\n".join(cells)
    assert action in cells
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), text  # no id such as school_year
    for raw in ("export_referral", "mark_signalled", "export_signal_list", "export_id"):
        assert raw not in text
