"""Helpers for tests that walk every window and dialog the app can open.

`every_window` builds one of each (in the language installed at that moment; `school_windows`
the schools' dialogs, which a vault of several schools shows with more rows); `access_keys`
lists the Alt+letter keys a window offers in its current state, per key, so a test can find
two visible controls answering the same key (Qt then cycles or fires the wrong one: on the
dossier that once switched tabs and turned typed text into absence codes).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
    QWizard,
)

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.vault.menu import CareParts
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import VaultSession

YEAR = SchoolYear(2026)


def every_window(
    session: VaultSession, vaults: Vaults, folder: Path, tmp_path: Path
) -> list[QWidget]:
    """One of every top-level window and dialog, built now (so in the installed language)."""
    from pa_desktop.gui.care.audit_dialog import AuditDialog
    from pa_desktop.gui.care.backup_dialogs import BackupSettingsDialog
    from pa_desktop.gui.care.purge_dialog import PurgeDialog
    from pa_desktop.gui.care.restore_dialog import RestoreDialog
    from pa_desktop.gui.care.security_dialog import PassphraseDialog, RecoveryCodeDialog
    from pa_desktop.gui.common.user_guide import UserGuideDialog
    from pa_desktop.gui.dossier.measure_dialog import MeasureDialog
    from pa_desktop.gui.dossier.period_dialog import PeriodDialog
    from pa_desktop.gui.dossier.window import DossierWindow
    from pa_desktop.gui.importing.dialog import ImportDialog
    from pa_desktop.gui.insight.window import InsightWindow
    from pa_desktop.gui.overview.follow_ups_dialog import FollowUpsDialog
    from pa_desktop.gui.overview.main_window import MainWindow
    from pa_desktop.gui.overview.pupil_dialog import PupilDialog
    from pa_desktop.gui.referral.referral_dialog import ReferralDialog
    from pa_desktop.gui.referral.signal_list_dialog import SignalListDialog
    from pa_desktop.gui.transfer.dialogs import TransferExportDialog, TransferImportDialog
    from pa_desktop.gui.vault.first_run import FirstRunWizard
    from pa_desktop.gui.vault.unlock_dialog import UnlockDialog
    from pa_desktop.services.dossier import load_pupil_year

    pupil = session.pupils()[0].id
    view = load_pupil_year(session, pupil, YEAR)
    return [
        MainWindow(session),
        DossierWindow(session, pupil, YEAR),
        PupilDialog(session),
        UnlockDialog(vaults, folder),
        FirstRunWizard(vaults, tmp_path / "new", keychain_available=True),
        ReferralDialog(session, pupil, YEAR),
        SignalListDialog(session, YEAR),
        FollowUpsDialog(session),
        MeasureDialog(session, pupil, lambda *_: None),
        PeriodDialog(view.calendar, view.reference),
        ImportDialog(session, None),
        InsightWindow(session, YEAR),
        TransferExportDialog(session, pupil),
        TransferImportDialog(session, None),
        PassphraseDialog(session, vaults),
        RecoveryCodeDialog(session, vaults),
        BackupSettingsDialog(session),
        RestoreDialog(session.folder, session),
        AuditDialog(session),
        PurgeDialog(session),
        UserGuideDialog("overview"),
        *school_windows(session),
    ]


def school_windows(session: VaultSession) -> list[QWidget]:
    """The schools' dialogs: adding one, its settings, moving a pupil, and the pupil dialog of
    an existing pupil with another school chosen (in a vault of several schools its school
    and arrival rows then show)."""
    from pa_desktop.gui.overview.pupil_dialog import PupilDialog
    from pa_desktop.gui.schools.move_dialog import MovePupilDialog
    from pa_desktop.gui.schools.new_school_dialog import NewSchoolDialog
    from pa_desktop.gui.schools.settings_dialog import SchoolSettingsDialog

    pupil = session.pupils()[0]
    moving = PupilDialog(session, pupil)
    others = [s.id for s in session.schools() if s.id != session.school_of(pupil)]
    if others:
        moving.school.combo.select_school(others[0])
    return [
        NewSchoolDialog(session),
        SchoolSettingsDialog(session),
        MovePupilDialog(session, pupil),
        moving,
    ]


@contextmanager
def vault_menu(window: QMainWindow, session: VaultSession, vaults: Vaults) -> Iterator[CareParts]:
    """The Vault menu the running app adds to its main window (`install_care`), with the
    lock's, the backups' and the file watch's timers stopped at once: the walk reads the menu
    and nothing runs behind it (no automatic backup, no lock in the middle of a test).
    Afterwards the one-instance lock is released and Python's exception hook given back."""
    from pa_desktop.gui.vault import instance
    from pa_desktop.gui.vault.menu import install_care

    hook = sys.excepthook
    parts = install_care(window, session, vaults, session.folder)
    parts.stop()
    try:
        yield parts
    finally:
        parts.stop()
        instance.release(session.folder)
        sys.excepthook = hook


def still_running(parts: CareParts) -> list[str]:
    """What of the Vault menu's watch would still run: active timers, a listening guard."""
    timers = [parts.watch_timer, *parts.lock.findChildren(QTimer)]
    timers += parts.backups.findChildren(QTimer)
    running = [f"timer of {timer.interval()} ms" for timer in timers if timer.isActive()]
    if parts.guard is not None and parts.guard._server.isListening():
        running.append("the one-instance server")
    return running


def states(window: QWidget) -> Iterator[str]:
    """Put the window in each of its states (every tab, stacked page, wizard page) in turn."""
    yield "start"
    if isinstance(window, QWizard):
        for page_id in window.pageIds():
            window.setStartId(page_id)
            window.restart()
            yield f"page {page_id}"
        window.setStartId(window.pageIds()[0])
        window.restart()
        return
    for tabs in window.findChildren(QTabWidget):
        original = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"tab {tabs.tabText(index)!r}"
        tabs.setCurrentIndex(original)
    for stack in window.findChildren(QStackedWidget):
        if isinstance(stack.parentWidget(), QTabWidget) or not stack.objectName():
            continue  # a tab widget's own pages are walked above
        _bring_forward(stack)
        original = stack.currentIndex()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            yield f"page {stack.objectName()}[{index}]"
        stack.setCurrentIndex(original)


def _bring_forward(widget: QWidget) -> None:
    """Make every tab that holds this widget the current one."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            parent.parentWidget().setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def _key(text: str) -> str:
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def access_keys(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> the visible controls (and menu titles) answering it, in this state."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        key = _key(text)
        if key:
            found.setdefault(key.lower(), []).append(text)

    if isinstance(window, QMainWindow) and window.menuBar() is not None:
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index))
    return found


def access_key_clashes(window: QWidget) -> list[str]:
    """Every key two visible controls share, in any state of the window."""
    clashes: set[str] = set()
    for state in states(window):
        for key, texts in access_keys(window).items():
            if len(texts) > 1:
                clashes.add(f"{type(window).__name__} ({state}): {key}: {' / '.join(texts)}")
    return sorted(clashes)


def menu_entry_clashes(window: QWidget) -> list[str]:
    """Keys two entries of one open menu share (Qt then only moves between them instead of
    choosing: "Audit log" and "Retention and purge" on the same U once did)."""
    if not isinstance(window, QMainWindow) or window.menuBar() is None:
        return []
    clashes = []
    menus = [a.menu() for a in window.menuBar().actions() if a.isVisible() and a.menu()]
    while menus:
        menu = menus.pop()
        found: dict[str, list[str]] = {}
        for action in menu.actions():
            if not action.isVisible() or action.isSeparator():
                continue
            if action.menu() is not None:
                menus.append(action.menu())
            key = _key(action.text())
            if key:
                found.setdefault(key.lower(), []).append(action.text())
        clashes += [
            f"{type(window).__name__}: menu {menu.title()!r}: {key}: {' / '.join(texts)}"
            for key, texts in sorted(found.items())
            if len(texts) > 1
        ]
    return clashes


def menus_without_access_key(window: QWidget) -> list[str]:
    """Menu-bar titles that Alt cannot reach."""
    if not isinstance(window, QMainWindow) or window.menuBar() is None:
        return []
    return [
        f"{type(window).__name__}: menu {action.text()!r}"
        for action in window.menuBar().actions()
        if action.isVisible() and not _key(action.text())
    ]
