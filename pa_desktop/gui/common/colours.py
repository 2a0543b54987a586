"""Coloured words that stay readable: at least 4.5:1 against their background (WCAG AA),
in a light and in a dark theme.

Error red on a dark window, or "quiet" grey captions on grey, were hard to read (about 1.7:1).
`style_label` picks the colour for the label's own palette and darkens or lightens it until
the contrast is enough; the meaning never rests on the colour alone (the words say it).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

MINIMUM_CONTRAST = 4.5
_BASES = {"error": "#B00020", "success": "#1B5E20", "warning": "#8A4B00"}


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG 2 defines it."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = MINIMUM_CONTRAST) -> QColor:
    """The colour, darkened on a light background or lightened on a dark one until it reads."""
    towards = QColor("black") if luminance(background) > 0.18 else QColor("white")
    result = QColor(colour)
    step = 0
    while contrast(result, background) < minimum and step < 20:
        step += 1
        mix = step / 20
        result = QColor.fromRgbF(
            colour.redF() + (towards.redF() - colour.redF()) * mix,
            colour.greenF() + (towards.greenF() - colour.greenF()) * mix,
            colour.blueF() + (towards.blueF() - colour.blueF()) * mix,
        )
    return result


def text_colour(palette: QPalette, kind: str) -> QColor:
    """The colour for an "error", "success", "warning" or "quiet" text on this palette."""
    background = palette.color(QPalette.ColorRole.Window)
    if kind == "quiet":  # between text and background, but still readable
        text = palette.color(QPalette.ColorRole.WindowText)
        base = QColor.fromRgbF(
            (text.redF() * 2 + background.redF()) / 3,
            (text.greenF() * 2 + background.greenF()) / 3,
            (text.blueF() * 2 + background.blueF()) / 3,
        )
    else:
        base = QColor(_BASES[kind])
    return readable(base, background)


def style_label(label: QLabel, kind: str, extra: str = "") -> None:
    """Colour a label's text for its meaning, readable on the label's palette."""
    colour = text_colour(label.palette(), kind).name()
    label.setStyleSheet(f"color: {colour}; {extra}".strip())


class MessageLine(QLabel):
    """The line under a form that says what went wrong, in bold error colour: hidden until
    there is something to say (`say`), word-wrapped so a long reason stays inside the dialog."""

    def __init__(self, kind: str = "error") -> None:
        super().__init__()
        self.setWordWrap(True)
        style_label(self, kind, "font-weight: 600;")
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.show()
