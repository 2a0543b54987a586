"""`pa-desktop --smoke-test`: does this installation work? Run after a build or a deployment.

It opens the main window offscreen on a temporary vault (light key derivation; the user's own
vault and settings are never touched), loads the Dutch translation (ours and Qt's), finds the
keyring backends, writes a pupil and an absence and reads them back through the overview, and
renders a password-protected referral PDF (AES-256) whose text must hold a name with ş and ł
(the embedded font). It prints one line per check and exits 0, or prints "smoke test failed:
<reason>" and exits 1.

A frozen Windows build has no console: run it as `start /wait "" PA-Desktop.exe --smoke-test`
from a console (it writes there) and read %ERRORLEVEL%.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pa_desktop.services.session import VaultSession

PASSPHRASE = "smoke test passphrase"
LAST_NAME = "Łukasiewicz"  # ł and ş: the PDF must print them (DejaVu Sans embedded)
FIRST_NAME = "Ayşe"
REFERENCE_DAY = date(2026, 11, 27)
ABSENT_DAY = date(2026, 9, 7)  # a Monday with lessons in school year 2026-2027
WAIT_SECONDS = 60.0
# keyring registers its own backends as entry points: without its package metadata in a frozen
# build there are none, and keyring silently falls back to "no credential store"
EXPECTED_BACKEND = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")


class SmokeTestError(Exception):
    """A check failed; the message is the one-line reason."""


def run_smoke_test() -> int:
    _console_for_windowed_build()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        with tempfile.TemporaryDirectory(prefix="pa-desktop-smoke-") as folder:
            _run(Path(folder))
    except SmokeTestError as failure:
        _say(f"smoke test failed: {failure}", error=True)
        return 1
    except Exception as error:  # anything unexpected is a failure too, in one line
        reason = " ".join(str(error).split())[:200]
        _say(f"smoke test failed: {type(error).__name__}: {reason}", error=True)
        return 1
    _say("smoke test passed")
    return 0


def _run(folder: Path) -> None:
    from PySide6.QtCore import QSettings

    # settings go to the temporary folder: the user's language choice and the rest stay as they are
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    import PySide6
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from pa_desktop import __version__
    from pa_desktop.gui.application import make_application

    app = make_application([sys.argv[0]])
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    _say(f"PA Desktop {__version__} ({frozen}), Qt {PySide6.__version__}, {app.platformName()}")
    _check_resources()
    _check_translation()
    _check_keyring()
    _check_log(folder / "logs")

    from pa_desktop.services.access import Vaults
    from pa_desktop.services.session import Profile

    session, _code = Vaults.for_tests().create(
        folder / "vault", PASSPHRASE, Profile("Smoke-testschool", "CLB Smoke", "Smoke", "school")
    )
    try:
        session.set_reference_date(REFERENCE_DAY)
        pupil_id = _check_record(session)
        _check_referral(session, pupil_id)
        _check_main_window(session)  # last: closing the main window closes its vault
    finally:
        QThreadPool.globalInstance().waitForDone(30_000)
        session.close()
        QCoreApplication.processEvents()


def _check_resources() -> None:
    from pa_desktop.services.resources import resources_dir

    root = resources_dir()
    needed = ["codes.json", "thresholds.json", "checklist.json", "fonts/DejaVuSans.ttf"]
    needed += ["fonts/DejaVuSans-Bold.ttf", "icons/pa-desktop-256.png"]
    missing = [name for name in needed if not (root / name).is_file()]
    if missing:
        raise SmokeTestError(f"resources missing in {root}: {', '.join(missing)}")
    from PySide6.QtWidgets import QApplication

    sizes = QApplication.windowIcon().availableSizes()
    if not sizes:
        raise SmokeTestError("the window icon did not load")
    _say(f"resources found in {root}; window icon in {len(sizes)} sizes")


def _check_translation() -> None:
    from PySide6.QtCore import QCoreApplication

    from pa_desktop.gui.common.i18n import install_language
    from pa_desktop.gui.common.texts import tr

    if not install_language("nl"):
        raise SmokeTestError("the Dutch translation (pa_desktop_nl.qm) did not load")
    if tr("About PA Desktop") == "About PA Desktop":
        raise SmokeTestError("the Dutch translation loaded but translates nothing")
    # Qt's own dialogs (qtbase_nl.qm): the Cancel button of every QDialogButtonBox
    qt_translate = QCoreApplication.translate  # called by another name: not a string of ours
    qt_cancel = qt_translate("QPlatformTheme", "Cancel")
    if qt_cancel == "Cancel":
        raise SmokeTestError("Qt's own Dutch translation (qtbase_nl.qm) did not load")
    _say(f"translation nl loaded: '{tr('About PA Desktop')}', Qt: '{qt_cancel}'")


def _check_keyring() -> None:
    from importlib.metadata import entry_points

    import keyring

    names = sorted({entry.name for entry in entry_points(group="keyring.backends")})
    if EXPECTED_BACKEND not in names:
        raise SmokeTestError(
            f"keyring backend {EXPECTED_BACKEND} not registered (found: {names or 'none'}); "
            "the package metadata of keyring is missing"
        )
    for entry in entry_points(group="keyring.backends"):
        if entry.name == EXPECTED_BACKEND:
            entry.load()  # the backend's module must import in this build
    backend = keyring.get_keyring()
    in_use = f"{type(backend).__module__}.{type(backend).__name__}"
    if in_use.startswith("keyring.backends.fail"):
        in_use += " (no credential store reachable here: the passphrase is the way in)"
    _say(f"keyring backends: {', '.join(names)}; in use: {in_use}")


def _check_log(folder: Path) -> None:
    """The log file is written, and an unexpected error reaches it (frames and kind, no text)."""
    from pa_desktop.gui.common.crash import install_crash_handler
    from pa_desktop.services import logs

    os.environ[logs.LOG_DIR_ENV] = str(folder)  # the user's own log folder stays as it is
    path = logs.start_logging("pa-desktop")
    if path is None:
        raise SmokeTestError(f"the log file could not be written in {folder}")
    handler = install_crash_handler()
    shown: list[str] = []
    handler.show = shown.append  # the dialog's text, without its modal loop
    try:
        raise LookupError("smoke test: a secret that must stay out of the log")
    except LookupError as error:
        handler(type(error), error, error.__traceback__)
    logs.stop_logging()  # closed: Windows deletes the temporary folder only then
    text = path.read_text(encoding="utf-8")
    if "builtins.LookupError" not in text or "a secret" in text or len(shown) != 1:
        raise SmokeTestError("an unexpected error did not reach the log as it should")
    _say(f"log written: {path.name}, {len(text.splitlines())} lines")


def _check_record(session: VaultSession) -> int:
    from pa_desktop.domain.pupils import PupilDraft
    from pa_desktop.services.session import AbsenceEntry

    pupil_id = session.add_pupil(PupilDraft(LAST_NAME, FIRST_NAME, "3B")).id
    session.add_absences(pupil_id, AbsenceEntry(ABSENT_DAY, "B"))
    rows = session.overview(session.current_school_year())
    row = next((r for r in rows if r.pupil.id == pupil_id), None)
    if row is None or row.pupil.last_name != LAST_NAME:
        raise SmokeTestError("the pupil written to the vault was not read back")
    if row.figures.b_count != 2:
        raise SmokeTestError(f"2 B half days written, {row.figures.b_count} read back")
    _say(f"vault written and read: {FIRST_NAME} {LAST_NAME}, {row.figures.b_count} B half days")
    return int(pupil_id)


def _check_main_window(session: VaultSession) -> None:
    from pa_desktop.gui.overview.main_window import MainWindow

    window = MainWindow(session)
    window.show()
    try:
        _wait_for(lambda: window.model.rowCount() > 0, "the overview of the main window")
        _say(f"main window shown: '{window.windowTitle()}', {window.model.rowCount()} pupil")
    finally:
        window.close()
        window.deleteLater()


def _check_referral(session: VaultSession, pupil_id: int) -> None:
    import pypdfium2 as pdfium

    from pa_desktop.services.referral import ReferralOptions, build_referral

    # with a password: the bundle must carry the AES-256 encryption (pypdf + cryptography) too
    password = "smoke test password"
    document = build_referral(
        session,
        pupil_id,
        session.current_school_year(),
        ReferralOptions(language="nl", password=password),
    )
    if not document.data.startswith(b"%PDF-"):
        raise SmokeTestError("the referral is not a PDF")
    pdf = pdfium.PdfDocument(document.data, password=password)
    try:
        pages = len(pdf)
        if pages < 1:
            raise SmokeTestError("the referral PDF has no pages")
        text = pdf[0].get_textpage().get_text_range()
        image = pdf[0].render(scale=0.5).to_pil()
    finally:
        pdf.close()
    name = f"{FIRST_NAME} {LAST_NAME}"
    if name not in " ".join(text.split()):
        raise SmokeTestError(f"the referral PDF does not print '{name}' (font not embedded right?)")
    _say(
        f"referral PDF: {pages} pages, {len(document.data) // 1024} kB, prints '{name}', "
        f"AES-256 protected, page 1 rendered {image.width}x{image.height} by PDFium"
    )


def _wait_for(condition: Callable[[], bool], what: str) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise SmokeTestError(f"{what} did not show within {WAIT_SECONDS:.0f} s")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _say(line: str, error: bool = False) -> None:
    stream = sys.stderr if error else sys.stdout
    if stream is None:  # a windowed build without a console
        return
    prefix = "" if line.startswith("smoke test") else "smoke: "
    print(prefix + line, file=stream, flush=True)


def _console_for_windowed_build() -> None:
    """A windowed Windows build has no stdout: write to the console it was started from."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    try:
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
            sys.stderr = sys.stdout
    except (OSError, AttributeError):
        pass
