"""Roles for the widgets a screen reader would otherwise call "filler".

Qt gives a plain QWidget (our absence calendar, the cumulative chart) and a scroll area the
generic "client" role, which AT-SPI passes on as "filler": Orca then announces a focusable
thing without saying what it is. An accessibility factory gives them a role: the calendar and
chart are a canvas and a chart, a scroll area or tab widget a pane. Installed once, when the application starts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_ROLES = {
    "TimelineWidget": QAccessible.Role.Canvas,
    "CumulativeChart": QAccessible.Role.Chart,
    "QScrollArea": QAccessible.Role.Pane,
    "QTabWidget": QAccessible.Role.Pane,
}
_made: dict[int, QAccessibleInterface] = {}  # Qt caches them; the Python side must live too
_installed = False


def _factory(key: str, target: QObject) -> QAccessibleInterface | None:
    role = _ROLES.get(key)
    if role is None or not isinstance(target, QWidget):
        return None
    interface = QAccessibleWidget(target, role, target.accessibleName())
    ident = id(target)
    _made[ident] = interface
    target.destroyed.connect(lambda *_a: _made.pop(ident, None))
    return interface


def install_roles() -> None:
    """Give the calendar, chart and scroll areas a role (idempotent)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
