"""Render the CLB worker's screens offscreen: the overview across schools with the school
chooser, a school's settings dialog, adding a school and moving a pupil to another school in the
pupil dialog (for the user guides).

    QT_QPA_PLATFORM=offscreen python packaging/screenshots_schools.py resources/docs
    PA_DESKTOP_LANG=fr python packaging/screenshots_schools.py resources/docs/fr
    PA_DESKTOP_LANG=en python packaging/screenshots_schools.py resources/docs/en

Uses the demo vault in a temporary folder, made a CLB worker's vault of two schools.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/docs")
    output.mkdir(parents=True, exist_ok=True)
    from demo_shots import demo_session, finish, overview, saver
    from PySide6.QtCore import QDate

    from pa_desktop.domain.schools import Enrolment, SchoolFreeDay
    from pa_desktop.gui.schools.new_school_dialog import NewSchoolDialog
    from pa_desktop.gui.schools.settings_dialog import SchoolSettingsDialog

    app, _vaults, _folder, session = demo_session("clb")
    other = session.add_school("Atheneum Noord", "045678")
    year = session.current_school_year()
    for pupil in session.pupils()[::3]:
        session.enrol(Enrolment(pupil.id, other.id, year.start_year, pupil.class_name))
    session.add_school_free_day(
        session.default_school_id(),
        SchoolFreeDay(date(2026, 10, 14), date(2026, 10, 14), "day", "pedagogische studiedag"),
    )

    save = saver(app, output)
    window = overview(app, session)
    save(window, "schools-overview.png")
    dialog = SchoolSettingsDialog(session, session.default_school_id(), window)
    dialog.free_days_box.calendar.setSelectedDate(QDate(2026, 10, 14))
    dialog.codes_box.add_code_row("S", "B", "spijbelen")
    save(dialog, "school-settings.png")
    adding = NewSchoolDialog(session, dialog)
    adding.name_edit.setText("Sint-Jozefscollege")
    adding.number_edit.setText("012345")
    save(adding, "new-school.png")
    adding.close()
    from pa_desktop.gui.overview.pupil_dialog import PupilDialog

    pupil = session.pupils()[1]
    moving = PupilDialog(session, pupil, window)
    moving.school.combo.select_school(other.id)
    moving.school.arrival_edit.setDate(QDate(2026, 11, 16))
    save(moving, "pupil-school.png")
    moving.close()
    return finish(app, session, dialog, window)


if __name__ == "__main__":
    sys.exit(main())
