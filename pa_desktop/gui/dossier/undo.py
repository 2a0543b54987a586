"""Undo per dossier tab, saying what it undoes.

Each tab that changes data keeps its own QUndoStack in the dossier's QUndoGroup; the group's
active stack is the tab in front, so Ctrl+Z never takes back a change the user cannot see (a
parent call logged on another tab, a calendar change behind the trajectory). The actions and
buttons carry the command's text: "Undo: call to the parents 02/12/2026".
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QWidget

from pa_desktop.gui.common.texts import tr

UndoSource = QUndoGroup | QUndoStack


def undo_label(what: str) -> str:
    return tr("Undo: {what}").format(what=what) if what else tr("Undo")


def redo_label(what: str) -> str:
    return tr("Redo: {what}").format(what=what) if what else tr("Redo")


class _Describer(QObject):
    """Keeps the undo and redo actions' texts in step with the source, from its signals'
    arguments only (the source may be half destroyed when it sends the last ones)."""

    def __init__(self, source: UndoSource, undo: QAction, redo: QAction) -> None:
        super().__init__(undo.parent())
        self._undo, self._redo = undo, redo
        self._state: dict[str, object] = {}
        # bound methods, not lambdas: Qt drops the connections when this object goes
        source.canUndoChanged.connect(self._can_undo)
        source.canRedoChanged.connect(self._can_redo)
        source.undoTextChanged.connect(self._undo_text)
        source.redoTextChanged.connect(self._redo_text)
        if isinstance(source, QUndoGroup):
            source.activeStackChanged.connect(self._read)
            self._read(source.activeStack())
        else:
            self._read(source)

    def _read(self, stack: QUndoStack | None) -> None:
        if stack is None:
            self._state = {"can_undo": False, "can_redo": False, "undo": "", "redo": ""}
        else:
            self._state = {
                "can_undo": stack.canUndo(),
                "can_redo": stack.canRedo(),
                "undo": stack.undoText(),
                "redo": stack.redoText(),
            }
        self._show()

    def _can_undo(self, on: bool) -> None:
        self._state["can_undo"] = on
        self._show()

    def _can_redo(self, on: bool) -> None:
        self._state["can_redo"] = on
        self._show()

    def _undo_text(self, text: str) -> None:
        self._state["undo"] = text
        self._show()

    def _redo_text(self, text: str) -> None:
        self._state["redo"] = text
        self._show()

    def _show(self) -> None:
        state = self._state
        self._undo.setEnabled(bool(state["can_undo"]))
        self._redo.setEnabled(bool(state["can_redo"]))
        self._undo.setText(undo_label(str(state["undo"]) if state["can_undo"] else ""))
        self._redo.setText(redo_label(str(state["redo"]) if state["can_redo"] else ""))
        self._undo.setToolTip(f"{self._undo.text()} (Ctrl+Z)")
        self._redo.setToolTip(f"{self._redo.text()} (Ctrl+Y)")


def undo_actions(source: UndoSource, parent: QWidget) -> tuple[QAction, QAction]:
    """Undo and redo actions (Ctrl+Z; Ctrl+Y or Ctrl+Shift+Z) whose text names the change."""
    undo = QAction(undo_label(""), parent)
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    undo.triggered.connect(source.undo)
    redo = QAction(redo_label(""), parent)
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    redo.triggered.connect(source.redo)
    _Describer(source, undo, redo)
    return undo, redo


def follow(button: QAbstractButton, action: QAction) -> None:
    """A push button that does what the action does and shows its tooltip and state."""
    button.clicked.connect(action.trigger)
    _Mirror(button, action)


class _Mirror(QObject):
    """Lives with the button, so the action's later changes never reach a deleted one."""

    def __init__(self, button: QAbstractButton, action: QAction) -> None:
        super().__init__(button)
        self._button, self._action = button, action
        action.changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        self._button.setEnabled(self._action.isEnabled())
        self._button.setToolTip(self._action.toolTip())
        self._button.setAccessibleDescription(self._action.text())
