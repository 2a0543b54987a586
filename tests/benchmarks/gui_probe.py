"""A GUI process for bench_school.py, timed from its own start to a painted window.

    python tests/benchmarks/gui_probe.py bare|first|app VAULT_FOLDER PASSPHRASE

bare: a bare PySide6 window (the baseline); first: the real `pa-desktop` start up to its first
painted dialog (it also prints which heavy libraries were loaded by then); app: unlock and the
main window up to its painted overview. Prints "seconds peak-RSS-MiB" (first: "seconds 0
libraries"). A script of its own, so that nothing of the benchmark process is loaded in it;
everything but `time` is imported inside the functions, after the clock started.
"""

import time

T0 = time.perf_counter()


def peak_rss_mib() -> float:
    import resource
    import sys

    if sys.platform.startswith("linux"):
        with open("/proc/self/status") as status:
            peak = [line for line in status if line.startswith("VmHWM:")]
        if peak:
            return int(peak[0].split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def first_window(folder: str) -> None:
    """The real start (pa-desktop) up to the painted unlock dialog: grabbed, timed, ended."""
    import os
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    original_exec = QDialog.exec

    def painted(dialog: QDialog) -> int:
        def report() -> None:
            dialog.grab()
            elapsed = time.perf_counter() - T0
            heavy = [m for m in ("sqlalchemy", "sqlmodel", "reportlab") if m in sys.modules]
            print(f"{elapsed} 0 {','.join(heavy) or '-'}")
            sys.stdout.flush()
            os._exit(0)

        QTimer.singleShot(0, report)
        return original_exec(dialog)

    QDialog.exec = painted  # type: ignore[method-assign]  # the first dialog shown is timed
    from pa_desktop.app import main

    main(["--vault", folder])
    raise SystemExit("the unlock dialog was not shown")


def painted_window(mode: str, folder: str, passphrase: str) -> None:
    """A bare window, or the app's main window with its overview, up to painted."""
    from PySide6.QtCore import QTimer

    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

        app = QApplication([])
        window = QMainWindow()
        window.setCentralWidget(QTableView())
        window.resize(1200, 720)
        window.show()

        def ready() -> bool:
            return True

    else:
        from pathlib import Path

        from pa_desktop.gui.application import make_application
        from pa_desktop.services.access import Vaults

        app = make_application([])
        from pa_desktop.gui.overview.main_window import MainWindow

        session = Vaults.for_desktop().unlock(Path(folder), passphrase)
        window = MainWindow(session)
        window.show()

        def ready() -> bool:
            return bool(window.model.rowCount() > 0)

    def poll() -> None:
        if ready():
            window.grab()
            print(f"{time.perf_counter() - T0} {peak_rss_mib()}")
            app.quit()
        else:
            QTimer.singleShot(1, poll)

    QTimer.singleShot(0, poll)
    app.exec()


if __name__ == "__main__":
    import sys

    mode, folder, passphrase = sys.argv[1], sys.argv[2], sys.argv[3]
    if mode == "first":
        first_window(folder)
    else:
        painted_window(mode, folder, passphrase)
