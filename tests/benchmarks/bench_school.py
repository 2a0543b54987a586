"""PA Desktop at the scale of a whole school, measured (not part of the test run).

    python tests/benchmarks/bench_school.py [--pupils 2000] [--runs 5] [--vault DIR] [--no-gui]

Builds a vault of 2,000 pupils x 3 school years (about 360,000 absent half days) plus guidance
measures, then prints one JSON object: every figure is the median of several runs, next to its
baseline measured in the same run and its target.

The GUI is driven offscreen through what a user does all day (unlock, open a dossier, edit the
timeline, save a measure, open and export the signalling list, export a referral, switch the
school year and the language) while an event-loop stall probe, a timer that should fire every
2 ms on the GUI thread, records the longest time the loop could not run during each action:
that is how long the window was frozen. `longest_gui_stall_ms` is the worst of them.
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

from tests.benchmarks.gui_day import PASSPHRASE, drive_gui  # noqa: E402

GUI_PROBE = Path(__file__).with_name("gui_probe.py")  # a GUI process, timed from its start


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
            [sys.executable, str(GUI_PROBE), mode, str(folder), PASSPHRASE],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        walls.append(time.perf_counter() - begin)
        rss.append(float(done.stdout.split()[1]))
    return statistics.median(walls), max(rss)


def cli_seconds(
    arguments: list[str], folder: Path, runs: int, before: Callable[[], object] | None = None
) -> float:
    """Wall time of a pa-desktop-cli process, median of runs (`before` runs before each)."""
    env = dict(os.environ, PA_DESKTOP_PASSPHRASE=PASSPHRASE)
    walls = []
    for _ in range(runs):
        if before is not None:
            before()
        begin = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pa_desktop.cli.main", "--vault", str(folder), *arguments],
            env=env,
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        walls.append(time.perf_counter() - begin)
    return statistics.median(walls)


def first_window_modules(folder: Path) -> str:
    """Which heavy libraries were already imported when the first window was painted."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PA_DESKTOP_LANG="nl")
    done = subprocess.run(
        [sys.executable, str(GUI_PROBE), "first", str(folder), PASSPHRASE],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return done.stdout.split()[2]


def kept_bytes(session: Any) -> int:
    """The size of the overview rows the vault keeps (schema 11), for the README."""
    engine = session._vault.engine  # the benchmark measures the store below the services
    with engine.connect() as connection:
        total = connection.exec_driver_sql(
            "SELECT coalesce(sum(length(figures) + length(absent)), 0) FROM overview_rows"
        ).scalar_one()
    return int(total)


def forget_kept_rows(vaults: Any, folder: Path) -> None:
    """Drop the rows the vault keeps, as a new day would make them useless."""
    session = vaults.unlock(folder, PASSPHRASE)
    try:
        session.forget_overview(in_vault=True)
    finally:
        session.close()


def plain_copy_size(session: Any, target: Path) -> int:
    """The same data in an unencrypted SQLite file (SQLCipher's own export), for comparison."""
    engine = session._vault.engine  # the benchmark measures the store below the services
    with engine.connect() as connection:
        connection.exec_driver_sql(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        connection.exec_driver_sql("SELECT sqlcipher_export('plain')")
        connection.exec_driver_sql("DETACH DATABASE plain")
    return target.stat().st_size


def gui_figures(vaults: Any, folder: Path, root: Path, runs: int) -> dict[str, Any]:
    """The GUI, driven offscreen under the stall probe, and the GUI processes' start times."""
    figures: dict[str, Any] = {}
    gui = drive_gui(vaults, folder, root, runs)
    figures["unlock_to_overview_s"] = gui["unlock_to_overview_s"]
    figures["open_dossier_s"] = gui["open_dossier_gui_s"]
    figures["open_dossier_target_s"] = 0.15
    figures["edit_to_overview_row_s"] = gui["edit_to_overview_row_s"]
    figures["longest_gui_stall_ms"] = gui["longest_gui_stall_ms"]
    figures["longest_gui_stall_action"] = gui["longest_gui_stall_action"]
    figures["longest_gui_stall_target_ms"] = 50
    figures["gui_stalls_ms"] = gui["gui_stalls_ms"]
    figures["gui_action_walls_s"] = gui["gui_action_walls_s"]
    for window in gui["_windows"]:
        window.close()  # closes the session too

    # processes: a bare PySide6 window, the real start to the first window, the whole start
    bare, bare_rss = gui_start("bare", folder, runs)
    first, _ = gui_start("first", folder, runs)
    start_app, app_rss = gui_start("app", folder, runs)
    figures["bare_window_s"] = bare
    figures["first_window_s"] = first
    figures["first_window_ratio"] = round(first / bare, 2)
    figures["first_window_ratio_target"] = 1.5
    figures["first_window_loaded"] = first_window_modules(folder)
    figures["start_to_painted_overview_s"] = start_app
    figures["peak_rss_mb"] = round(app_rss, 1)
    figures["peak_rss_bare_pyside6_mb"] = round(bare_rss, 1)
    figures["peak_rss_target_mb"] = 300
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--vault", type=Path, default=None, help="reuse a vault made before")
    parser.add_argument(
        "--no-gui", action="store_true", help="only the services and the command line (quicker)"
    )
    arguments = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PA_DESKTOP_LANG", "nl")
    from pa_desktop.services.access import Vaults
    from pa_desktop.services.dossier import load_pupil_year
    from pa_desktop.services.referral import ReferralOptions, build_referral
    from pa_desktop.services.session import AbsenceEntry, Profile
    from tests.benchmarks.school_generator import fill_school

    root = Path(tempfile.mkdtemp(prefix="pa-school-"))
    vaults = Vaults.for_desktop()
    vaults.keychain = Vaults.for_tests().keychain  # never the system's credential store
    figures: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }
    if arguments.vault is None:
        folder = root / "vault"
        session, _ = vaults.create(folder, PASSPHRASE, Profile("School", "CLB", "Bench"))
        start = time.perf_counter()
        figures.update(fill_school(session, arguments.pupils))
        figures["generate_s"] = round(time.perf_counter() - start, 2)
        session.close()
    else:
        folder = arguments.vault
    runs = arguments.runs

    # the services, measured without a window
    session = vaults.unlock(folder, PASSPHRASE)
    year = session.current_school_year()

    def computed_overview() -> None:
        session.forget_overview(in_vault=True)  # a new day: nothing kept anywhere
        session.overview(year)  # every row computed, and kept in the vault

    def cold_overview() -> None:
        session.forget_overview()  # a new process (the next start, the command line)
        session.overview(year)  # valid rows read from the vault

    figures["overview_computed_s"] = median(runs, computed_overview)
    figures["overview_cold_s"] = median(runs, cold_overview)
    figures["overview_cold_target_s"] = 0.3
    figures["overview_kept_bytes"] = kept_bytes(session)
    figures["overview_unchanged_vault_s"] = median(runs, lambda: session.overview(year))
    rows = session.overview(year)
    heavy = max(rows, key=lambda r: r.figures.total).pupil.id
    calendar = session.calendar(year)
    lessons = [s for s in calendar.lesson_half_days() if s[0] <= session.today()][-runs * 2 :]
    after_edit = []
    for index, (day, half) in enumerate(lessons):
        session.add_absences(heavy, AbsenceEntry(day, "BZ"[index % 2], half=half.value))
        begin = time.perf_counter()
        session.overview(year)
        after_edit.append(time.perf_counter() - begin)
    figures["overview_after_edit_s"] = statistics.median(after_edit)
    figures["overview_after_edit_target_s"] = 0.05
    figures["load_pupil_year_s"] = median(runs, lambda: load_pupil_year(session, heavy, year))
    figures["referral_pdf_s"] = median(
        runs,
        lambda: build_referral(session, heavy, year, ReferralOptions(include_measure_list=True)),
    )
    figures["referral_pdf_target_s"] = 1.0
    figures["unlock_s"] = median(runs, lambda: vaults.unlock(folder, PASSPHRASE).close())
    figures["unlock_target_s"] = 0.5
    plain = plain_copy_size(session, root / "plain.db")
    session.close()
    figures["vault_bytes"] = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    figures["plain_sqlite_bytes"] = plain

    if not arguments.no_gui:
        figures.update(gui_figures(vaults, folder, root, runs))
    figures["cli_floor_s"] = cli_seconds(["--help"], folder, runs)
    figures["cli_pupils_json_s"] = cli_seconds(["pupils", "--json"], folder, runs)
    figures["cli_pupils_json_target_s"] = round(figures["cli_floor_s"] + 0.5, 4)
    figures["cli_pupils_json_computed_s"] = cli_seconds(
        ["pupils", "--json"], folder, runs, lambda: forget_kept_rows(vaults, folder)
    )
    print(
        json.dumps(
            {k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}, indent=2
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
