"""PA Desktop at the scale of a whole school, measured (not part of the test run).

    python tests/benchmarks/bench_school.py [--pupils 2000] [--runs 5]

Builds a vault of 2,000 pupils x 3 school years (about 360,000 absent half days) plus guidance
measures, then prints one JSON object: every figure is the median of several runs, next to its
baseline measured in the same run and its target.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase"
GUI_PROBE = r"""
import resource, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
mode, folder, passphrase = sys.argv[1], sys.argv[2], sys.argv[3]
if mode == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
    app = QApplication([])
    window = QMainWindow(); window.setCentralWidget(QTableView()); window.resize(1200, 720)
    window.show()
    ready = lambda: True
else:
    from pathlib import Path
    from pa_desktop.gui.application import make_application
    from pa_desktop.services.access import Vaults
    app = make_application([])
    from pa_desktop.gui.overview.main_window import MainWindow
    session = Vaults.for_desktop().unlock(Path(folder), passphrase)
    window = MainWindow(session); window.show()
    ready = lambda: window.model.rowCount() > 0
def poll():
    if ready():
        window.grab()
        elapsed = time.perf_counter() - t0
        status = open("/proc/self/status").read() if sys.platform.startswith("linux") else ""
        peak = [l for l in status.splitlines() if l.startswith("VmHWM:")]
        rss = int(peak[0].split()[1]) / 1024 if peak else resource.getrusage(
            resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{elapsed} {rss}")
        app.quit()
    else:
        QTimer.singleShot(1, poll)
QTimer.singleShot(0, poll)
app.exec()
"""


def median(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def gui_start(mode: str, folder: Path, runs: int) -> tuple[float, float]:
    """Wall time from process start to the painted window (and its peak RSS), median of runs."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PA_DESKTOP_LANG="nl")
    walls, rss = [], []
    for _ in range(runs):
        begin = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", GUI_PROBE, mode, str(folder), PASSPHRASE],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        walls.append(time.perf_counter() - begin)
        rss.append(float(done.stdout.split()[1]))
    return statistics.median(walls), max(rss)


def plain_copy_size(session: Any, target: Path) -> int:
    """The same data in an unencrypted SQLite file (SQLCipher's own export), for comparison."""
    engine = session._vault.engine  # the benchmark measures the store below the services
    with engine.connect() as connection:
        connection.exec_driver_sql(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        connection.exec_driver_sql("SELECT sqlcipher_export('plain')")
        connection.exec_driver_sql("DETACH DATABASE plain")
    return target.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from pa_desktop.gui.dossier.window import DossierWindow
    from pa_desktop.gui.overview.main_window import MainWindow
    from pa_desktop.gui.overview.model import B_COUNT
    from pa_desktop.services.access import Vaults
    from pa_desktop.services.referral import ReferralOptions, build_referral
    from pa_desktop.services.session import Profile
    from tests.benchmarks.school_generator import fill_school

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = Path(tempfile.mkdtemp(prefix="pa-school-"))
    folder = root / "vault"
    vaults = Vaults.for_desktop()
    vaults.keychain = Vaults.for_tests().keychain  # never the system's credential store
    session, _ = vaults.create(folder, PASSPHRASE, Profile("School", "CLB", "Bench"))
    start = time.perf_counter()
    generated = fill_school(session, arguments.pupils)
    figures: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        **generated,
        "generate_s": round(time.perf_counter() - start, 2),
    }
    year = session.current_school_year()
    runs = arguments.runs

    def cold_overview() -> None:
        session.forget_overview()  # measure the computation, not the cache
        session.overview(year)

    figures["overview_rows_s"] = median(runs, cold_overview)
    figures["overview_rows_target_s"] = 0.3
    figures["overview_rows_unchanged_vault_s"] = median(runs, lambda: session.overview(year))

    app = QApplication.instance() or QApplication([])
    window = MainWindow(session)
    window.show()
    while window.model.rowCount() == 0:
        app.processEvents()

    def sort_and_filter() -> None:
        window.ui.pupilTable.sortByColumn(B_COUNT, Qt.SortOrder.DescendingOrder)
        window.ui.searchEdit.setText("peeters")
        window.ui.searchEdit.setText("")

    figures["sort_and_filter_s"] = median(runs, sort_and_filter)
    figures["sort_and_filter_target_s"] = 0.05
    heavy = max(
        (window.model.row_at(i) for i in range(window.model.rowCount())),
        key=lambda r: r.figures.total,
    ).pupil.id

    def open_dossier() -> None:
        dossier = DossierWindow(session, heavy, year)
        dossier.show()
        dossier.timeline.grab()
        dossier.close()
        dossier.deleteLater()

    figures["open_dossier_s"] = median(runs, open_dossier)
    figures["open_dossier_target_s"] = 0.15
    figures["referral_pdf_s"] = median(
        runs,
        lambda: build_referral(session, heavy, year, ReferralOptions(include_measure_list=True)),
    )
    figures["referral_pdf_target_s"] = 1.0
    window.close()
    plain = plain_copy_size(session, root / "plain.db")
    session.close()
    figures["vault_bytes"] = sum(p.stat().st_size for p in folder.iterdir())
    figures["plain_sqlite_bytes"] = plain

    figures["unlock_s"] = median(runs, lambda: vaults.unlock(folder, PASSPHRASE).close())
    figures["unlock_target_s"] = 0.5
    bare, bare_rss = gui_start("bare", folder, runs)
    start_app, app_rss = gui_start("app", folder, runs)
    figures["start_bare_pyside6_s"] = bare
    figures["start_to_painted_overview_s"] = start_app
    figures["start_ratio"] = round(start_app / bare, 2)
    figures["start_ratio_target"] = 1.5
    figures["peak_rss_mb"] = round(app_rss, 1)
    figures["peak_rss_bare_pyside6_mb"] = round(bare_rss, 1)
    figures["peak_rss_target_mb"] = 300
    print(
        json.dumps(
            {k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}, indent=2
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
