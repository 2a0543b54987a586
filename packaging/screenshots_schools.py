"""Render the CLB worker's screens offscreen: the overview across schools with the school
chooser, a school's settings dialog and adding a school (for the user guides).

    QT_QPA_PLATFORM=offscreen python packaging/screenshots_schools.py resources/docs
    PA_DESKTOP_LANG=fr python packaging/screenshots_schools.py resources/docs/fr
    PA_DESKTOP_LANG=en python packaging/screenshots_schools.py resources/docs/en

Uses the demo vault in a temporary folder, made a CLB worker's vault of two schools.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/docs")
    output.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication, QWidget

    from pa_desktop.domain.schools import Enrolment, SchoolFreeDay
    from pa_desktop.gui.application import make_application
    from pa_desktop.gui.overview.main_window import MainWindow
    from pa_desktop.gui.schools.new_school_dialog import NewSchoolDialog
    from pa_desktop.gui.schools.settings_dialog import SchoolSettingsDialog
    from pa_desktop.services.access import Vaults
    from pa_desktop.services.demo import fill_demo_vault
    from pa_desktop.services.session import Profile

    os.environ.setdefault("PA_DESKTOP_LANG", "nl")
    app = make_application([])
    folder = Path(tempfile.mkdtemp(prefix="pa-shots-")) / "vault"
    session, _ = Vaults.for_tests().create(
        folder, "demo demo demo", Profile("Demoschool Brussel", "CLB Demo", "Demo", "clb")
    )
    fill_demo_vault(session, today=date(2026, 11, 28))
    other = session.add_school("Atheneum Noord", "045678")
    year = session.current_school_year()
    for pupil in session.pupils()[::3]:
        session.enrol(Enrolment(pupil.id, other.id, year.start_year, pupil.class_name))
    session.add_school_free_day(
        session.default_school_id(),
        SchoolFreeDay(date(2026, 10, 14), date(2026, 10, 14), "day", "pedagogische studiedag"),
    )

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        for _ in range(20):
            app.processEvents()
        widget.grab().save(str(output / name))
        print(output / name)

    window = MainWindow(session)
    window.show()
    while window.model.rowCount() == 0:
        app.processEvents()
    save(window, "schools-overview.png")
    dialog = SchoolSettingsDialog(session, session.default_school_id(), window)
    dialog.calendar.setSelectedDate(QDate(2026, 10, 14))
    dialog._add_code_row("S", "B", "spijbelen")
    save(dialog, "school-settings.png")
    adding = NewSchoolDialog(session, dialog)
    adding.name_edit.setText("Sint-Jozefscollege")
    adding.number_edit.setText("012345")
    save(adding, "new-school.png")
    session.close()
    for widget in (adding, dialog, window):
        widget.close()
        widget.deleteLater()
    app.processEvents()
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
