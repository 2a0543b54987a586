"""Readable text: styled labels reach 4.5:1 contrast in a light and a dark theme; numbers are
written the way the interface language writes them; the credential store has a plain name."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from pa_desktop.gui.common.colours import contrast
from tests.gui.window_walk import every_window, states

_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6}|palette\((\w+)\))")
_BACKGROUND = re.compile(r"background(?:-color)?:\s*(#[0-9A-Fa-f]{6})")


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2B2B2B"),
        (QPalette.ColorRole.WindowText, "#EEEEEE"),
        (QPalette.ColorRole.Base, "#1E1E1E"),
        (QPalette.ColorRole.Text, "#EEEEEE"),
        (QPalette.ColorRole.Button, "#3A3A3A"),
        (QPalette.ColorRole.ButtonText, "#EEEEEE"),
        (QPalette.ColorRole.Mid, "#505050"),
        (QPalette.ColorRole.PlaceholderText, "#8A8A8A"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    original = QApplication.palette()
    if request.param == "dark":
        QApplication.setPalette(_dark())
    yield request.param
    QApplication.setPalette(original)


def low_contrast_labels(window: QWidget) -> list[str]:
    """Labels whose style sheet or foreground role sets a colour under 4.5:1."""
    found = []
    for label in window.findChildren(QLabel):
        sheet = label.styleSheet()
        colour = _COLOUR.search(sheet)
        styled = colour is not None or label.foregroundRole() != QPalette.ColorRole.WindowText
        if not styled:
            continue
        if colour and colour.group(2):  # palette(mid), palette(text), ...
            role = getattr(QPalette.ColorRole, colour.group(2).capitalize().replace("text", "Text"))
            text = label.palette().color(role)
        elif colour:
            text = QColor(colour.group(1))
        else:
            text = label.palette().color(label.foregroundRole())
        background = _BACKGROUND.search(sheet)
        behind = (
            QColor(background.group(1))
            if background
            else label.palette().color(QPalette.ColorRole.Window)
        )
        ratio = contrast(text, behind)
        if ratio < 4.5:
            name = label.text()[:40] or label.objectName()
            found.append(f"{type(window).__name__}: {name!r} {ratio:.1f}:1")
    return found


def test_styled_labels_reach_4_5_to_1(
    qtbot, theme, demo_session, vaults, vault_folder, tmp_path
) -> None:
    folder, _code = vault_folder
    found: list[str] = []
    for window in every_window(demo_session, vaults, folder, tmp_path):
        qtbot.addWidget(window)
        window.show()
        for _state in states(window):
            found += low_contrast_labels(window)
        window.hide()
    assert sorted(set(found)) == []
