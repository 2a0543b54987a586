"""The user guide: three languages with the same ten sections, current screenshots, F1 in context."""

from __future__ import annotations

import re

import pytest

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.dossier_window import DossierWindow
from pa_desktop.gui.user_guide import GUIDES, UserGuideDialog, guide_text
from pa_desktop.services.resources import resources_dir


@pytest.mark.parametrize("language", sorted(GUIDES))
def test_every_guide_has_the_ten_sections_and_its_pictures(language: str) -> None:
    path = resources_dir() / "docs" / GUIDES[language]
    if not path.exists():
        pytest.skip(f"{path.name} not written yet")
    text = guide_text(language)
    numbers = [int(n) for n in re.findall(r"^## (\d+)\. ", text, flags=re.MULTILINE)]
    assert numbers == list(range(1, 11))
    for picture in re.findall(r"\]\(([^)]+\.png)\)", text):
        assert (resources_dir() / "docs" / picture).exists(), picture


def test_f1_in_the_dossier_opens_the_guide_at_the_tab_in_front(qtbot, demo_session) -> None:
    dossier = DossierWindow(demo_session, demo_session.pupils()[0].id, SchoolYear(2026))
    qtbot.addWidget(dossier)
    dossier.tabs.setCurrentWidget(dossier.checklist_tab)
    guide = dossier.show_user_guide()
    qtbot.addWidget(guide)
    assert guide.browser.textCursor().block().text().startswith("7.")
    overview = UserGuideDialog("overview")
    qtbot.addWidget(overview)
    assert overview.browser.textCursor().block().text().startswith("2.")
