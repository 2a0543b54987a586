"""What packaging/screenshots.py and screenshots_schools.py share: a demo vault in a temporary
folder (light key derivation: the pictures are all it is for), and saving a widget once Qt has
laid it out. Imported by those scripts only, after they set QT_QPA_PLATFORM."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

DEMO_TODAY = date(2026, 11, 28)


def demo_session(role: str) -> tuple[Any, Any, Path, Any]:
    """(application, test vaults, vault folder, unlocked demo session) in Dutch by default."""
    import os

    from pa_desktop.gui.application import make_application
    from pa_desktop.services.access import Vaults
    from pa_desktop.services.demo import fill_demo_vault
    from pa_desktop.services.session import Profile

    os.environ.setdefault("PA_DESKTOP_LANG", "nl")
    app = make_application([])
    vaults = Vaults.for_tests()
    folder = Path(tempfile.mkdtemp(prefix="pa-shots-")) / "vault"
    session, _ = vaults.create(
        folder, "demo demo demo", Profile("Demoschool Brussel", "CLB Demo", "Demo", role)
    )
    fill_demo_vault(session, today=DEMO_TODAY)
    return app, vaults, folder, session


def saver(app: Any, output: Path) -> Callable[[Any, str], None]:
    """`save(widget, name)`: show it, let Qt lay it out, write `output/name` and say where."""

    def save(widget: Any, name: str) -> None:
        widget.show()
        for _ in range(20):
            app.processEvents()
        widget.grab().save(str(output / name))
        print(output / name)

    return save


def overview(app: Any, session: Any) -> Any:
    """The main window, once its overview has rows."""
    from pa_desktop.gui.overview.main_window import MainWindow

    window = MainWindow(session)
    window.show()
    while window.model.rowCount() == 0:
        app.processEvents()
    return window


def finish(app: Any, session: Any, *widgets: Any) -> int:
    """Close the session and the windows, let Qt delete them, quit; the script's exit status."""
    session.close()
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    app.processEvents()
    app.quit()
    return 0
