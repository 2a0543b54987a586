"""Undo per dossier tab, saying what it undoes.

Each tab that changes data keeps its own QUndoStack in the dossier's QUndoGroup; the group's
active stack is the tab in front, so Ctrl+Z never takes back a change the user cannot see (a
parent call logged on another tab, a calendar change behind the trajectory). The actions and
buttons carry the command's text: "Undo: call to the parents 02/12/2026".
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QWidget

from pa_desktop.gui.common.texts import tr

UndoSource = QUndoGroup | QUndoStack


def undo_label(what: str) -> str:
    return tr("Undo: {what}").format(what=what) if what else tr("Undo")


def redo_label(what: str) -> str:
    return tr("Redo: {what}").format(what=what) if what else tr("Redo")


def undo_actions(source: UndoSource, parent: QWidget) -> tuple[QAction, QAction]:
    """Undo and redo actions (Ctrl+Z; Ctrl+Y or Ctrl+Shift+Z) whose text names the change."""
    undo = QAction(undo_label(""), parent)
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    undo.triggered.connect(source.undo)
    redo = QAction(redo_label(""), parent)
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    redo.triggered.connect(source.redo)

    def refresh() -> None:
        undo.setEnabled(source.canUndo())
        redo.setEnabled(source.canRedo())
        undo.setText(undo_label(source.undoText() if source.canUndo() else ""))
        redo.setText(redo_label(source.redoText() if source.canRedo() else ""))
        undo.setToolTip(f"{undo.text()} (Ctrl+Z)")
        redo.setToolTip(f"{redo.text()} (Ctrl+Y)")

    for changed in (source.canUndoChanged, source.canRedoChanged):
        changed.connect(refresh)
    source.undoTextChanged.connect(refresh)
    source.redoTextChanged.connect(refresh)
    if isinstance(source, QUndoGroup):
        source.activeStackChanged.connect(refresh)
    refresh()
    return undo, redo


def follow(button: QAbstractButton, action: QAction) -> None:
    """A push button that does what the action does and shows its tooltip and state."""

    def refresh() -> None:
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())
        button.setAccessibleDescription(action.text())

    button.clicked.connect(action.trigger)
    action.changed.connect(refresh)
    refresh()
