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


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    from pa_desktop.gui.common.i18n import install_language

    install_language(request.param)
    yield request.param
    install_language("en")


@pytest.mark.parametrize(
    ("language", "seconds", "share"),
    [("nl", "0,0", "33,6%"), ("fr", "0,0", "33,6\u00a0%"), ("en", "0.0", "33.6%")],
    indirect=["language"],
)
def test_numbers_are_written_as_the_language_writes_them(
    qtbot, language, seconds, share, demo_session
) -> None:
    from pa_desktop.gui.common.texts import format_number, format_percent
    from pa_desktop.gui.overview.main_window import MainWindow
    from pa_desktop.gui.overview.model import RATE

    assert format_number(0.04) == seconds
    assert format_percent(0.3362) == share
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    rate = window.model.index(0, RATE).data()
    decimal = "." if language == "en" else ","
    assert decimal in rate and rate.endswith("%")


@pytest.mark.parametrize("language", ["nl", "fr"], indirect=True)
def test_plain_words_for_the_credential_store_and_qt_dialogs_in_the_language(
    qtbot, language
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from pa_desktop.gui.common.texts import tr

    said = tr(
        "This computer has no usable credential store, so the vault always asks for the passphrase."
    )
    assert "Windows/macOS" in said and "sleutelbos" not in said and "trousseau" not in said
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    expected = {"nl": ("&Zoeken in:", "Bestands&type:"), "fr": ("&Voir dans", "&Type de")}
    assert labels["lookInLabel"].startswith(expected[language][0])
    assert labels["fileTypeLabel"].startswith(expected[language][1])


@pytest.mark.parametrize("language", ["nl", "fr", "en"], indirect=True)
def test_the_reason_dialog_title_is_not_clipped(qtbot, language) -> None:
    from pa_desktop.gui.common.reason import TITLE_ROOM, reason_dialog
    from pa_desktop.gui.common.texts import tr

    question = tr("Why do you change what the data say? A short reason (kept with your answer):")
    dialog = reason_dialog(None, tr("PA checklist"), question)
    qtbot.addWidget(dialog)
    dialog.show()
    title_width = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= title_width + TITLE_ROOM
    assert len(dialog.windowTitle()) <= 30  # the question itself is in the body, wrapped


_COUNTED = {
    # (signal, facts for count n) -> the words each language uses for 0, 1 and 2
    "nl": (
        ["0 afwezige halve dagen (alle", "1 afwezige halve dag (alle", "2 afwezige halve dagen"],
        ["is 0 lesdagen oud", "is 1 lesdag oud", "is 2 lesdagen oud"],
        ["0 B-halve dagen (de 5e", "1 B-halve dag (de 5e", "2 B-halve dagen (de 5e"],
    ),
    "fr": (
        ["0 demi-journée d'absence", "1 demi-journée d'absence", "2 demi-journées d'absence"],
        ["de 0 jour de classe", "de 1 jour de classe", "de 2 jours de classe"],
        ["0 demi-journée B (la", "1 demi-journée B (la", "2 demi-journées B (la"],
    ),
    "en": (
        ["0 absent half days (all", "1 absent half day (all", "2 absent half days (all"],
        ["is 0 lesson days old", "is 1 lesson day old", "is 2 lesson days old"],
        ["0 B half days (the 5th", "1 B half day (the 5th", "2 B half days (the 5th"],
    ),
}


@pytest.mark.parametrize("language", ["nl", "fr", "en"], indirect=True)
def test_counts_take_the_languages_plural_form(language) -> None:
    """No more "1 leerlingen", "1 jours", "1 lesson days": a school may set any threshold to 1,
    so every count says its noun the way the language does for 0, 1 and more."""
    from datetime import date

    from pa_desktop.domain.signals import Signal
    from pa_desktop.gui.common.texts import signal_reason

    fast, quiet, due = _COUNTED[language]
    for n in (0, 1, 2):
        said = [
            signal_reason(Signal("fast_accumulation", {"count": n, "days": 42})),
            signal_reason(
                Signal("no_contact_after_b", {"last_b": date(2026, 11, 2), "lesson_days": n})
            ),
            signal_reason(Signal("clb_signal_due", {"b": n, "fifth": date(2026, 11, 2)})),
        ]
        wanted = [fast[n], quiet[n], due[n]]
        assert [w in s for w, s in zip(wanted, said, strict=True)] == [True] * 3, said
