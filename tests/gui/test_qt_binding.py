"""Guard against a broken Qt binding: PySide6 6.12.0 lowers None's reference count on every call
that returns nothing, and on Python 3.11 the app then crashes after some thousands of paints
(seen as "none_dealloc" aborts while painting the timeline)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap


def test_void_qt_calls_leave_none_alone(qtbot) -> None:
    font = QFont()
    pixmap = QPixmap(20, 20)
    painter = QPainter(pixmap)
    before = sys.getrefcount(None)
    for _ in range(200):
        font.setPointSizeF(9.0)
        painter.setPen(QColor("#000000"))
        painter.drawRect(QRect(0, 0, 5, 5))
    painter.end()
    assert sys.getrefcount(None) - before > -50
