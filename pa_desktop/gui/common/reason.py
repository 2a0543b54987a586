"""Asking for a short reason in a dialog whose title is never clipped.

QInputDialog sizes itself to its field, and a title bar shows what fits: "Waarom wijk je…
n de gegevens?". The question goes in the dialog's body (it wraps), the title stays short,
and the dialog is at least as wide as its title needs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

TITLE_ROOM = 160  # the title bar's buttons and icon


def reason_dialog(parent: QWidget | None, title: str, question: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(question)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    title_width = dialog.fontMetrics().horizontalAdvance(title) + TITLE_ROOM
    dialog.setMinimumWidth(max(420, title_width))
    return dialog


def ask_reason(parent: QWidget | None, title: str, question: str) -> tuple[str, bool]:
    """(text, True) when the user gave one; ("", False) on Cancel."""
    dialog = reason_dialog(parent, title, question)
    accepted = bool(dialog.exec())
    return (dialog.textValue(), accepted) if accepted else ("", False)
