"""How long the dossier's timeline and chart take to paint, for a pupil with a heavy year.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_timeline.py

Prints one JSON object: median paint time of the timeline and of the chart (ms) at 100% and 200%
scale, and the time to open a dossier (load + first paint). Target for the timeline: under 16 ms.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from pa_desktop.domain.calendar import SchoolYear
    from pa_desktop.gui.dossier.window import DossierWindow
    from pa_desktop.services.access import Vaults
    from pa_desktop.services.dossier import load_pupil_year
    from pa_desktop.services.session import AbsenceEntry, Profile

    app = QApplication([])
    vaults = Vaults.for_tests()
    session, _ = vaults.create(
        Path(tempfile.mkdtemp(prefix="pa-bench-")) / "v",
        "benchmark passphrase",
        Profile(user_name="Bench"),
    )
    pupil = session.add_pupil(
        __import__("pa_desktop.domain.pupils").domain.pupils.PupilDraft("Bench", "Pupil", "3B")
    )
    year = SchoolYear(2025)
    calendar = session.calendar(year)
    codes = ["B", "Z", "R", "P", "-", "D", "L"]
    for index, (day, _half) in enumerate(calendar.lesson_half_days()[::2]):
        session.add_absences(pupil.id, AbsenceEntry(day, codes[index % len(codes)], half="day"))
    session.set_reference_date(date(2026, 6, 30))

    def median_ms(work, runs: int = 30) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            work()
            times.append((time.perf_counter() - start) * 1000)
        return round(statistics.median(times), 2)

    figures: dict[str, float | int] = {}
    start = time.perf_counter()
    window = DossierWindow(session, pupil.id, year)
    window.show()
    app.processEvents()
    figures["open_dossier_ms"] = round((time.perf_counter() - start) * 1000, 1)
    figures["absences_in_year"] = len(window.view.absences)
    figures["load_pupil_year_ms"] = median_ms(lambda: load_pupil_year(session, pupil.id, year), 10)
    for scale in (1, 2):
        for name, widget in (("timeline", window.timeline), ("chart", window.chart)):
            size = widget.size() * scale
            pixmap = QPixmap(size)
            pixmap.setDevicePixelRatio(scale)
            figures[f"{name}_paint_ms_{scale * 100}pct"] = median_ms(
                lambda w=widget, p=pixmap: w.render(p)
            )
    print(json.dumps(figures, indent=2))
    window.close()
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
