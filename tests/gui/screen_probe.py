"""Open every window on a screen of a given size and list what does not fit.

Run in its own process (Qt's offscreen screen size is fixed when the application starts):
    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.gui.screen_probe
It prints one JSON list of problems: a window larger than the screen's available area, or a
visible button that lies (partly) outside its window.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def problems(window: QWidget, area: QRect) -> list[str]:
    name = type(window).__name__
    found = []
    frame = window.frameGeometry()
    if not area.contains(frame):
        found.append(f"{name}: {frame.getRect()} outside {area.getRect()}")
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window:
            continue
        if _in_scroll_area(button, window):
            continue  # reached by scrolling
        top_left = button.mapTo(window, QPoint(0, 0))
        if not inside.contains(QRect(top_left, button.size())):
            found.append(f"{name}: button {button.text()!r} at {top_left.toTuple()} cut off")
    return found


def main() -> None:
    from pa_desktop.services.access import Vaults
    from pa_desktop.services.demo import fill_demo_vault
    from pa_desktop.services.session import Profile
    from tests.gui.window_walk import every_window

    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="pa-probe-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    vaults = Vaults.for_tests()
    session, _ = vaults.create(folder / "demo", "correct horse battery", Profile(user_name="D"))
    fill_demo_vault(session, today=date(2026, 11, 28))
    other, _ = vaults.create(folder / "vault", "correct horse battery", Profile(user_name="A"))
    other.close()
    area = app.primaryScreen().availableGeometry()
    found: list[str] = []
    for window in every_window(session, vaults, folder / "vault", folder):
        window.show()
        app.processEvents()
        found += problems(window, area)
        window.close()
        window.deleteLater()
        # delete it now: its background work then reports to nobody (processEvents alone
        # leaves deferred deletes for the event loop, which never runs here)
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    session.close()
    print(json.dumps(found))


if __name__ == "__main__":
    main()
