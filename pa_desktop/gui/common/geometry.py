"""Windows that fit the school laptop's screen and come back as the user left them.

School laptops have 1366x768 screens, projectors 1280x720. Every top-level window asks
`fit_window` for its size: the size it would like, but never more than the screen's available
area (minus the title bar), and a remembered size and position when there is one (QSettings,
per user account). A remembered place that no longer fits (the laptop is now on a smaller
screen) is pulled back inside. Splitters and table headers come back too.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication, QHeaderView, QSplitter, QWidget

TITLE_BAR = 32  # room for the window manager's title bar above the client area
BORDER = 8  # and for its border


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (without task bar or dock)."""
    screen = window.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def _clamped(window: QWidget, area: QRect) -> None:
    """Shrink the window (frame included) to the area and move it inside. Before the window
    is shown its frame is unknown: a title bar and a thin border are assumed."""
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    if not window.isVisible():
        extra_w, extra_h = max(extra_w, 2 * BORDER), max(extra_h, TITLE_BAR + BORDER)
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    outer_w, outer_h = window.width() + extra_w, window.height() + extra_h
    x = max(area.left(), min(frame.x(), area.right() + 1 - outer_w))
    y = max(area.top(), min(frame.y(), area.bottom() + 1 - outer_h))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)  # move() places the frame


def fit_window(window: QWidget, key: str, wanted: QSize) -> None:
    """Size the window as wanted (or as remembered) within the screen; remember it on close."""
    area = available_area(window)
    saved = QSettings().value(f"windows/{key}/geometry")
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        _restore_parts(window, key)
    else:
        window.resize(
            min(wanted.width(), area.width()), min(wanted.height(), area.height() - TITLE_BAR)
        )
        centre = area.center()
        window.move(centre.x() - window.width() // 2, centre.y() - window.height() // 2 - TITLE_BAR)
    _clamped(window, area)
    keeper = _Remember(window, key)
    window.installEventFilter(keeper)
    window.setProperty("pa_geometry_key", key)
    ident = id(window)
    _KEEPERS[ident] = keeper
    window.destroyed.connect(lambda *_a: _KEEPERS.pop(ident, None))


def _restore_parts(window: QWidget, key: str) -> None:
    settings = QSettings()
    for splitter in window.findChildren(QSplitter):
        state = settings.value(f"windows/{key}/splitter/{splitter.objectName()}")
        if isinstance(state, QByteArray) and splitter.objectName():
            splitter.restoreState(state)
    for header in window.findChildren(QHeaderView):
        state = settings.value(f"windows/{key}/header/{header.objectName()}")
        if isinstance(state, QByteArray) and header.objectName():
            # widths and order come back; the sort stays the window's own (action first)
            section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
            header.restoreState(state)
            header.setSortIndicator(section, order)


def remember_window(window: QWidget, key: str) -> None:
    """Store size, position, splitters and named table headers for the next time."""
    settings = QSettings()
    settings.setValue(f"windows/{key}/geometry", window.saveGeometry())
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(
                f"windows/{key}/splitter/{splitter.objectName()}", splitter.saveState()
            )
    for header in window.findChildren(QHeaderView):
        if header.objectName():
            settings.setValue(f"windows/{key}/header/{header.objectName()}", header.saveState())


_KEEPERS: dict[int, QObject] = {}  # the filters' Python side lives as long as its window


class _Remember(QObject):
    """Pulls the window inside the screen once shown (its frame known), and saves its place
    when it closes or hides (a dialog's accept hides it)."""

    def __init__(self, window: QWidget, key: str) -> None:
        super().__init__()
        self._window, self._key = window, key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.Show:
                _clamped(self._window, available_area(self._window))  # now with its real frame
            elif event.type() in (QEvent.Type.Close, QEvent.Type.Hide):
                remember_window(self._window, self._key)
        return False
