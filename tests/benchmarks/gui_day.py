"""A working day in the GUI, driven offscreen under an event-loop stall probe (bench_school.py).

A 2 ms timer on the GUI thread notes the gap since its previous tick during each action: that
gap is how long the window was frozen. `drive_gui` unlocks through the dialog, opens a dossier,
edits the timeline, saves a measure, opens and exports the signalling list, exports a referral,
switches the school year and the language, and returns the walls and the longest stalls.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PASSPHRASE = "benchmark passphrase"


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
    from pa_desktop.gui.common.i18n import prepare_other_languages
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
            prepare_other_languages()
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
