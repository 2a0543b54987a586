"""PA Desktop at the scale of a whole school, measured (not part of the test run).

    python tests/benchmarks/bench_school.py [--pupils 2000] [--runs 5]

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
elif mode == "first":
    # the real start (pa-desktop), up to the painted unlock dialog: it is grabbed, timed, closed
    from PySide6.QtWidgets import QDialog
    original_exec = QDialog.exec
    def painted(dialog):
        def report():
            dialog.grab()
            elapsed = time.perf_counter() - t0
            heavy = [m for m in ("sqlalchemy", "sqlmodel", "reportlab") if m in sys.modules]
            print(f"{elapsed} 0 {','.join(heavy) or '-'}")
            sys.stdout.flush()
            import os
            os._exit(0)
        QTimer.singleShot(0, report)
        return original_exec(dialog)
    QDialog.exec = painted  # the first dialog shown (unlock, or the wizard) is the first window
    from pa_desktop.app import main
    main(["--vault", folder])
    raise SystemExit("the unlock dialog was not shown")
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


class StallProbe:
    """How long the GUI thread's event loop could not run, per action.

    A 2 ms timer on the GUI thread notes the gap since its previous tick; any gap is time in
    which the window could not repaint or answer the user. `run` starts one action from the
    event loop (as a click does) and keeps the loop turning until `done()` says the result is
    on screen, then returns the action's wall time.
    """

    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.stalls: dict[str, float] = {}
        self.walls: dict[str, float] = {}
        self._action: str | None = None
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(2)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._action is not None:
            gap = (now - self._last) * 1000
            self.stalls[self._action] = max(self.stalls.get(self._action, 0.0), gap)
        self._last = now

    def run(self, name: str, action: Callable[[], object], done: Callable[[], bool]) -> float:
        from PySide6.QtCore import QEventLoop, QTimer

        self._settle()
        self._action = name
        self._last = start = time.perf_counter()
        QTimer.singleShot(0, action)
        self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        deadline = start + 120
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError(name)
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        wall = time.perf_counter() - start
        self._settle()  # the repaint after the result counts for the action too
        self._action = None
        self.walls.setdefault(name, wall)
        self.walls[name] = min(self.walls[name], wall)
        return wall

    def _settle(self) -> None:
        from PySide6.QtCore import QEventLoop

        until = time.perf_counter() + 0.05
        while time.perf_counter() < until:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    def longest(self) -> tuple[float, str]:
        name = max(self.stalls, key=lambda n: self.stalls[n])
        return self.stalls[name], name


def drive_gui(vaults: Any, folder: Path, root: Path, runs: int) -> dict[str, Any]:
    """Unlock through the dialog, then every action of a working day, under the stall probe."""
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from pa_desktop.domain.halfday import HalfDay
    from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
    from pa_desktop.gui.application import settle_startup_objects
    from pa_desktop.gui.common.operations import ChangeHub
    from pa_desktop.gui.overview.main_window import MainWindow
    from pa_desktop.gui.referral.referral_dialog import ReferralDialog
    from pa_desktop.gui.vault.unlock_dialog import UnlockDialog
    from pa_desktop.services.referral import ReferralOptions

    app = QApplication.instance() or QApplication([])
    import importlib

    from pa_desktop.gui.start import PRELOADED_MODULES

    for name in PRELOADED_MODULES:  # as the app does while the user types the passphrase
        importlib.import_module(name)
    probe = StallProbe(app)
    shown: list[Any] = []

    dialog = UnlockDialog(vaults, folder)
    dialog.show()
    dialog.ui.secretEdit.setText(PASSPHRASE)

    def open_main() -> None:
        dialog.ui.buttons.accepted.emit()

    def painted_overview() -> bool:
        if dialog.session is None:
            return False
        if not shown:
            main = MainWindow(dialog.session)
            main.show()
            settle_startup_objects()  # as application.show_main_window does
            shown.append(main)
        main = shown[0]
        if main.model.rowCount() == 0:
            return False
        main.grab()
        return True

    probe.run("unlock_to_overview", open_main, painted_overview)
    main: MainWindow = shown[0]
    session = main.session
    year = session.current_school_year()
    heavy = max(
        (main.model.row_at(i) for i in range(main.model.rowCount())),
        key=lambda r: r.figures.total,
    ).pupil.id
    results: dict[str, Any] = {"unlock_to_overview_s": probe.walls["unlock_to_overview"]}

    dossiers: list[Any] = []

    def open_dossier() -> None:
        dossiers.clear()
        window = main.open_dossier(heavy)
        assert window is not None
        window.timeline.grab()
        dossiers.append(window)

    def close_dossier() -> None:
        for window in dossiers:
            window.close()
        app.processEvents()

    for _ in range(runs):
        probe.run("open_dossier", open_dossier, lambda: bool(dossiers))
        close_dossier()
    results["open_dossier_gui_s"] = probe.walls["open_dossier"]
    probe.run("open_dossier", open_dossier, lambda: bool(dossiers))
    dossier = dossiers[0]

    def heavy_row() -> Any:
        return next(
            main.model.row_at(i)
            for i in range(main.model.rowCount())
            if main.model.row_at(i).pupil.id == heavy
        )

    lessons = [
        s for s in dossier.view.calendar.lesson_half_days() if s[0] <= dossier.view.reference
    ]
    heard: list[int] = []
    ChangeHub.of(session).changed.connect(lambda *_: heard.append(1))
    for i in range(runs):
        slot = lessons[-1 - i]
        before = heavy_row()

        def edit(slot: tuple[date, HalfDay] = slot, code: str = "BZ"[i % 2]) -> None:
            dossier.timeline.select_range(slot, slot)
            dossier.set_code(code)

        probe.run("timeline_edit", edit, lambda before=before: heavy_row() is not before)
    results["edit_to_overview_row_s"] = probe.walls["timeline_edit"]

    today = session.today()
    for _ in range(runs):
        before = heavy_row()
        draft = MeasureDraft(
            today, Towards.PARENTS, Channel.PHONE, Purpose.ASK_REASON, Outcome.NOT_REACHED
        )
        probe.run(
            "save_measure",
            lambda draft=draft: dossier.measures_tab.save_new(draft),
            lambda before=before: heavy_row() is not before,
        )

    signal_dialogs: list[Any] = []

    def open_signal_list() -> None:
        signal_dialogs.append(main.show_signal_list())

    probe.run(
        "open_signal_list",
        open_signal_list,
        lambda: bool(signal_dialogs) and signal_dialogs[-1].listing is not None,
    )
    listing_dialog = signal_dialogs[-1]
    exported: list[str] = []
    listing_dialog.exported.connect(exported.append)
    listing_dialog.password_edit.setText("benchmark-password-1")
    probe.run(
        "export_signal_list_pdf",
        lambda: listing_dialog.export_to(root / "lijst.pdf"),
        lambda: len(exported) == 1,
    )
    listing_dialog.password_edit.setText("")
    probe.run(
        "export_signal_list_csv",
        lambda: listing_dialog.export_to(root / "lijst.csv"),
        lambda: len(exported) == 2,
    )
    listing_dialog.close()

    referral = ReferralDialog(session, heavy, year, main)
    referral_done: list[str] = []
    referral.exported.connect(referral_done.append)
    referral.show()
    probe.run(
        "export_referral_pdf",
        lambda: referral.export_to(root, ReferralOptions(include_measure_list=True)),
        lambda: bool(referral_done),
    )
    referral.close()
    dossier.close()

    resets: list[int] = []
    main.model.modelReset.connect(lambda: resets.append(1))

    def switch_year() -> None:
        main.ui.yearCombo.setCurrentIndex(1 if main.ui.yearCombo.currentIndex() == 0 else 0)

    for _ in range(2):
        count = len(resets)
        probe.run("switch_school_year", switch_year, lambda count=count: len(resets) > count)

    replaced: list[Any] = []
    main.replaced.connect(replaced.append)
    probe.run(
        "switch_language",
        lambda: main.switch_language("fr"),
        lambda: bool(replaced) and replaced[0].model.rowCount() > 0,
    )
    french = replaced[0]
    stall, action = probe.longest()
    results["gui_stalls_ms"] = {k: round(v, 1) for k, v in sorted(probe.stalls.items())}
    results["gui_action_walls_s"] = {k: round(v, 4) for k, v in sorted(probe.walls.items())}
    results["longest_gui_stall_ms"] = round(stall, 1)
    results["longest_gui_stall_action"] = action
    results["_session"] = session
    results["_windows"] = [french]
    from pa_desktop.gui.common.i18n import install_language

    install_language("nl")
    return results


def cli_seconds(arguments: list[str], folder: Path, runs: int) -> float:
    """Wall time of a pa-desktop-cli process, median of runs."""
    env = dict(os.environ, PA_DESKTOP_PASSPHRASE=PASSPHRASE)
    walls = []
    for _ in range(runs):
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
        [sys.executable, "-c", GUI_PROBE, "first", str(folder), PASSPHRASE],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return done.stdout.split()[2]


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
    parser.add_argument("--vault", type=Path, default=None, help="reuse a vault made before")
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

    def cold_overview() -> None:
        session.forget_overview()  # measure the computation, not the kept rows
        session.overview(year)

    figures["overview_cold_s"] = median(runs, cold_overview)
    figures["overview_cold_target_s"] = 0.3
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

    # the GUI, driven offscreen under the stall probe
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
    figures["cli_floor_s"] = cli_seconds(["--help"], folder, runs)
    figures["cli_pupils_json_s"] = cli_seconds(["pupils", "--json"], folder, runs)
    figures["cli_pupils_json_target_s"] = round(figures["cli_floor_s"] + 0.5, 4)
    print(
        json.dumps(
            {k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}, indent=2
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
