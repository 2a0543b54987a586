"""The user guide: three languages with the same fourteen sections, current screenshots, F1 in context."""

from __future__ import annotations

import re

import pytest

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.common.user_guide import GUIDES, UserGuideDialog, guide_text
from pa_desktop.gui.dossier.window import DossierWindow
from pa_desktop.services.resources import resources_dir


@pytest.mark.parametrize("language", sorted(GUIDES))
def test_every_guide_has_the_fourteen_sections_and_its_pictures(language: str) -> None:
    assert (resources_dir() / "docs" / GUIDES[language]).is_file()  # shipped, never skipped
    text = guide_text(language)
    numbers = [int(n) for n in re.findall(r"^## (\d+)\. ", text, flags=re.MULTILINE)]
    assert numbers == list(range(1, 15))
    for picture in re.findall(r"\]\(([^)]+\.png)\)", text):
        assert (resources_dir() / "docs" / picture).exists(), picture


def test_f1_in_the_dossier_opens_the_guide_at_the_tab_in_front(qtbot, demo_session) -> None:
    dossier = DossierWindow(demo_session, demo_session.pupils()[0].id, SchoolYear(2026))
    qtbot.addWidget(dossier)
    dossier.tabs.setCurrentWidget(dossier.checklist_tab)
    guide = dossier.show_user_guide()  # a child of the dossier: it goes with it
    assert guide.browser.textCursor().block().text().startswith("7.")
    overview = UserGuideDialog("overview")
    qtbot.addWidget(overview)
    assert overview.browser.textCursor().block().text().startswith("2.")


def _press_f1(window) -> UserGuideDialog:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut

    [f1] = [s for s in window.findChildren(QShortcut) if s.key() == QKeySequence(Qt.Key.Key_F1)]
    f1.activated.emit()
    [guide] = window.findChildren(UserGuideDialog)
    return guide


def test_f1_in_insight_and_in_the_hand_over_opens_their_own_section(qtbot, demo_session) -> None:
    from PySide6.QtCore import QThreadPool

    from pa_desktop.gui.insight.window import InsightWindow
    from pa_desktop.gui.transfer.dialogs import TransferExportDialog

    insight = InsightWindow(demo_session, SchoolYear(2026))
    qtbot.addWidget(insight)
    assert _press_f1(insight).browser.textCursor().block().text().startswith("9.")
    handing_over = TransferExportDialog(demo_session, demo_session.pupils()[0].id)
    qtbot.addWidget(handing_over)
    assert _press_f1(handing_over).browser.textCursor().block().text().startswith("10.")
    QThreadPool.globalInstance().waitForDone(30_000)


def test_the_screenshots_fit_the_guide_and_the_section_starts_at_the_top(qtbot) -> None:
    from PySide6.QtGui import QImageReader

    from pa_desktop.gui.common.user_guide import PICTURE_WIDTH

    guide = UserGuideDialog("referral")
    qtbot.addWidget(guide)
    guide.show()
    widths = []
    block = guide.browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            found = iterator.fragment().charFormat()
            if found.isImageFormat():
                picture = found.toImageFormat()
                natural = QImageReader(str(resources_dir() / "docs" / picture.name())).size()
                widths.append(picture.width() or natural.width())
            iterator += 1
        block = block.next()
    assert len(widths) >= 7 and all(0 < width <= PICTURE_WIDTH for width in widths)
    qtbot.waitUntil(lambda: guide.browser.cursorRect().top() <= 5)
    assert guide.browser.verticalScrollBar().value() > 0
