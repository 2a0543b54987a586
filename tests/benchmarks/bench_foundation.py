"""Figures for the foundation: vault unlock, overview computation, start-up to a painted window.

    python tests/benchmarks/bench_foundation.py [--pupils 2000]

Prints one JSON object; each figure is the median of several runs. Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

STARTUP_PROBE = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
MODE = sys.argv[1]
if MODE == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
    app = QApplication([])
    window = QMainWindow(); window.setCentralWidget(QTableView()); window.show()
    ready = lambda: True
else:
    from pathlib import Path
    from pa_desktop.gui.application import make_application
    from pa_desktop.services.access import Vaults
    app = make_application([])
    from pa_desktop.gui.overview.main_window import MainWindow
    session = Vaults.for_desktop().unlock(Path(sys.argv[2]), sys.argv[3])
    window = MainWindow(session); window.show()
    ready = lambda: window.model.rowCount() > 0
def poll():
    if ready():
        window.grab()
        print(time.perf_counter() - t0); app.quit()
    else:
        QTimer.singleShot(1, poll)
QTimer.singleShot(0, poll)
app.exec()
"""


def median_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def startup(mode: str, folder: Path, passphrase: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    results = []
    for _ in range(5):
        begin = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", STARTUP_PROBE, mode, str(folder), passphrase],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        results.append(time.perf_counter() - begin)
    return statistics.median(results)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=2000)
    arguments = parser.parse_args()
    from pa_desktop.services.access import Vaults
    from pa_desktop.services.demo import fill_demo_vault
    from pa_desktop.services.session import Profile

    passphrase = "benchmark passphrase"
    root = Path(tempfile.mkdtemp(prefix="pa-bench-"))
    vaults = Vaults.for_desktop()
    vaults.keychain = Vaults.for_tests().keychain  # never touch the system's store
    today = date(2026, 11, 28)
    figures: dict[str, object] = {}

    demo_folder = root / "demo"
    session, _ = vaults.create(demo_folder, passphrase, Profile(user_name="Bench"))
    fill_demo_vault(session, 40, today)
    session.close()
    figures["unlock_s"] = median_of(5, lambda: vaults.unlock(demo_folder, passphrase).close())

    big_folder = root / "school"
    session, _ = vaults.create(big_folder, passphrase, Profile(user_name="Bench"))
    start = time.perf_counter()
    fill_demo_vault(session, arguments.pupils, today)
    figures["generate_pupils"] = arguments.pupils
    figures["generate_s"] = time.perf_counter() - start
    figures["absences"] = session.counts()["absences"]
    year = session.current_school_year()
    figures["overview_demo40_s"] = median_of(
        5, lambda: vaults.unlock(demo_folder, passphrase).overview(year)
    )
    figures[f"overview_{arguments.pupils}_s"] = median_of(5, lambda: session.overview(year))
    session.close()
    figures["startup_bare_pyside6_s"] = startup("bare", demo_folder, passphrase)
    figures["startup_overview_demo_s"] = startup("app", demo_folder, passphrase)
    figures["startup_ratio"] = round(
        figures["startup_overview_demo_s"] / figures["startup_bare_pyside6_s"],
        2,  # type: ignore[operator]
    )
    print(
        json.dumps(
            {k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}, indent=2
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
