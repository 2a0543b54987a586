"""Keyboard safety: no keystroke changes data by surprise.

Two visible controls sharing an Alt+letter key let Qt pick the wrong one; on the dossier's
trajectory tab Alt+A once switched to the absences tab and the sentence typed next became
absence codes. The walk below opens every window in every language and lists such clashes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import pytest
from PySide6.QtWidgets import QWidget

from pa_desktop.gui.common.i18n import install_language
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import VaultSession
from tests.gui.window_walk import (
    YEAR,
    access_key_clashes,
    every_window,
    menu_entry_clashes,
    menus_without_access_key,
    school_windows,
    still_running,
    vault_menu,
)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language("en")


@pytest.mark.parametrize("language", ["nl", "fr", "en"], indirect=True)
def test_no_two_visible_controls_share_an_access_key(
    qtbot, language, demo_session, vaults, vault_folder, tmp_path
) -> None:
    """The main window as the running app shows it: with the Vault menu."""
    folder, _code = vault_folder
    windows = every_window(demo_session, vaults, folder, tmp_path)
    assert _walk(qtbot, windows, demo_session, vaults) == []


def _walk(qtbot, windows: list[QWidget], session: VaultSession, vaults: Vaults) -> list[str]:
    """Every clash of every window, each main window with the app's Vault menu on it; after
    the walk nothing of that menu may still run."""
    from pa_desktop.gui.overview.main_window import MainWindow

    clashes: list[str] = []
    with ExitStack() as menus:
        installed = [
            menus.enter_context(vault_menu(window, session, vaults))
            for window in windows
            if isinstance(window, MainWindow)
        ]
        assert installed, "the walk has no main window"
        for window in windows:
            qtbot.addWidget(window)
            window.show()
            clashes += access_key_clashes(window) + menu_entry_clashes(window)
            clashes += menus_without_access_key(window)
            window.hide()
    assert [still_running(parts) for parts in installed] == [[]] * len(installed)
    return clashes


@pytest.mark.parametrize("language", ["nl", "fr", "en"], indirect=True)
def test_no_access_key_clashes_in_a_vault_of_several_schools(
    qtbot, language, demo_session, vaults
) -> None:
    """A CLB worker's vault shows more: the overview's school chooser, the pupil dialog's
    school (and arrival) rows, the dossier's Switch school, the import's school column, the
    school choice of the insight window and of the signalling list."""
    from pa_desktop.gui.dossier.window import DossierWindow
    from pa_desktop.gui.importing.dialog import ImportDialog
    from pa_desktop.gui.insight.window import InsightWindow
    from pa_desktop.gui.overview.main_window import MainWindow
    from pa_desktop.gui.overview.pupil_dialog import PupilDialog
    from pa_desktop.gui.referral.signal_list_dialog import SignalListDialog

    demo_session.add_school("Atheneum Noord", "045678")
    pupil = demo_session.pupils()[0].id
    windows = [
        MainWindow(demo_session),
        DossierWindow(demo_session, pupil, YEAR),
        PupilDialog(demo_session),
        ImportDialog(demo_session, None),
        InsightWindow(demo_session, YEAR),
        SignalListDialog(demo_session, YEAR),
        *school_windows(demo_session),
    ]
    assert _walk(qtbot, windows, demo_session, vaults) == []
    moving = windows[-1]
    assert isinstance(moving, PupilDialog) and moving.school.arrival_edit.isVisibleTo(moving)


def _dossier(qtbot, session):
    from pa_desktop.gui.dossier.window import DossierWindow
    from tests.gui.window_walk import YEAR

    dossier = DossierWindow(session, session.pupils()[0].id, YEAR)
    qtbot.addWidget(dossier)
    dossier.show()
    qtbot.waitExposed(dossier)
    dossier.activateWindow()
    qtbot.waitUntil(dossier.isActiveWindow)
    return dossier


def test_the_calendar_shows_a_focus_mark_and_takes_letters_only_with_focus(
    qtbot, demo_session
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette

    dossier = _dossier(qtbot, demo_session)
    timeline = dossier.timeline
    lessons = dossier.view.calendar.lesson_half_days()
    timeline.select_range(lessons[3], lessons[3])
    before = dict(dossier.view.absences)
    highlight = timeline.palette().color(QPalette.ColorRole.Highlight)

    dossier.code_combo.setFocus()
    qtbot.waitUntil(lambda: dossier.code_combo.hasFocus())
    assert timeline.grab().toImage().pixelColor(1, 1) != highlight
    qtbot.keyClicks(dossier.code_combo, "zzz")
    qtbot.keyClick(dossier.code_combo, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert dict(dossier.view.absences) == before

    timeline.setFocus()
    qtbot.waitUntil(lambda: timeline.hasFocus())
    assert timeline.grab().toImage().pixelColor(1, 1) == highlight
    qtbot.keyClick(timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dict(dossier.view.absences) == before  # a modifier is a shortcut, never a code
    qtbot.keyClick(timeline, Qt.Key.Key_Z)
    assert dossier.view.absences[lessons[3]].code == "Z"


def test_multi_line_fields_pass_the_focus_on_with_tab(
    qtbot, demo_session, vaults, vault_folder, tmp_path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from pa_desktop.gui.referral.referral_dialog import ReferralDialog
    from tests.gui.window_walk import YEAR, states

    folder, _code = vault_folder
    keeping_tabs = []
    for window in every_window(demo_session, vaults, folder, tmp_path):
        qtbot.addWidget(window)
        window.show()
        for _state in states(window):
            for edit in [*window.findChildren(QPlainTextEdit), *window.findChildren(QTextEdit)]:
                if edit.isVisible() and not edit.isReadOnly() and not edit.tabChangesFocus():
                    keeping_tabs.append(f"{type(window).__name__}: {edit.accessibleName()}")
        window.hide()
    assert keeping_tabs == []

    dialog = ReferralDialog(demo_session, demo_session.pupils()[0].id, YEAR)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.help_edit.setFocus()
    qtbot.keyClicks(dialog.help_edit, "Hulp")
    qtbot.keyClick(dialog.help_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "geheim")
    assert dialog.help_edit.toPlainText() == "Hulp"


def test_enter_never_presses_a_closing_button(
    qtbot, demo_session, vaults, vault_folder, tmp_path
) -> None:
    """Enter in a field presses the dialog's default button: never Close, Cancel or a
    destructive one while something is being filled in."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

    closing = {
        QDialogButtonBox.ButtonRole.RejectRole,
        QDialogButtonBox.ButtonRole.DestructiveRole,
        QDialogButtonBox.ButtonRole.NoRole,
    }
    folder, _code = vault_folder
    wrong = []
    for window in every_window(demo_session, vaults, folder, tmp_path):
        qtbot.addWidget(window)
        if not isinstance(window, QDialog):
            continue
        window.show()
        for button in window.findChildren(QPushButton):
            box = button.parentWidget()
            if (
                button.isDefault()
                and isinstance(box, QDialogButtonBox)
                and box.buttonRole(button) in closing
            ):
                wrong.append(f"{type(window).__name__}: {button.text()!r}")
        window.hide()
    assert wrong == [], wrong


def test_enter_in_the_receive_passphrase_keeps_the_dialog_open(
    qtbot, demo_session, tmp_path
) -> None:
    from PySide6.QtCore import Qt

    from pa_desktop.gui.transfer.dialogs import TransferImportDialog

    not_a_transfer = tmp_path / "dossier.padossier"
    not_a_transfer.write_bytes(b"not a transfer file")
    dialog = TransferImportDialog(demo_session, not_a_transfer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.passphrase_edit.setFocus()
    qtbot.keyClicks(dialog.passphrase_edit, "een lange zin")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=10_000)
    assert dialog.open_button.isDefault()
    assert dialog.isVisible()
    assert dialog.passphrase_edit.text() == "een lange zin"


@pytest.mark.parametrize("keys", ["Esc", "Ctrl+W"])
def test_esc_and_ctrl_w_close_the_dossier(qtbot, demo_session, keys) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    dossier = _dossier(qtbot, demo_session)
    dossier.tabs.setCurrentIndex(2)
    dossier.trajectory_tab.note_edit.setFocus()
    QTest.keySequence(dossier.trajectory_tab.note_edit, QKeySequence(keys))
    qtbot.waitUntil(lambda: not dossier.isVisible())


def test_tab_leaves_the_overview_table_and_arrows_move_inside(qtbot, demo_session) -> None:
    from PySide6.QtCore import Qt

    from pa_desktop.gui.overview.main_window import MainWindow

    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 40, timeout=10_000)
    window.activateWindow()
    table = window.ui.pupilTable
    table.setFocus()
    table.setCurrentIndex(window.proxy.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


def test_undo_acts_on_the_tab_in_front_and_says_what_it_undoes(qtbot, demo_session) -> None:
    from pa_desktop.domain.measures import Outcome
    from pa_desktop.domain.pupils import PupilDraft
    from pa_desktop.gui.common.i18n import install_language
    from pa_desktop.gui.dossier.window import DossierWindow
    from pa_desktop.services import guidance
    from tests.gui.window_walk import YEAR

    install_language("en")  # the words below are the English ones, plural forms included
    pupil = demo_session.add_pupil(PupilDraft("Peeters", "Noor", "2B")).id
    dossier = DossierWindow(demo_session, pupil, YEAR)
    qtbot.addWidget(dossier)
    lessons = dossier.view.calendar.lesson_half_days()
    dossier.timeline.select_range(lessons[10], lessons[11])
    dossier.set_code("B")
    qtbot.waitUntil(lambda: not dossier.saving, timeout=10_000)
    dossier.tabs.setCurrentWidget(dossier.measures_tab)
    call = dossier.measures_tab.quick_call(Outcome.NOT_REACHED)
    day = call.day.strftime("%d/%m/%Y")
    assert dossier.undo_action.text() == f"Undo: call to the parents {day}"

    dossier.tabs.setCurrentWidget(dossier.timeline_tab)
    assert dossier.undo_action.text() == "Undo: code B on 2 half days"
    dossier.undo_action.trigger()  # the calendar change, not the call on the other tab
    qtbot.waitUntil(lambda: not dossier.saving, timeout=10_000)  # written off the GUI thread
    assert demo_session.absences(pupil, YEAR) == []
    assert len(guidance.measures(demo_session, pupil)) == 1

    dossier.tabs.setCurrentWidget(dossier.trajectory_tab)
    assert not dossier.redo_action.isEnabled()  # the calendar's redo is not reachable here
    dossier.redo_action.trigger()
    qtbot.waitUntil(lambda: not dossier.saving, timeout=10_000)
    assert demo_session.absences(pupil, YEAR) == []

    dossier.tabs.setCurrentWidget(dossier.measures_tab)
    dossier.undo_action.trigger()
    assert guidance.measures(demo_session, pupil) == []
    assert dossier.redo_action.text() == f"Redo: call to the parents {day}"


def test_switching_tabs_by_keyboard_never_turns_typing_into_codes(
    qtbot, demo_session, monkeypatch
) -> None:
    """The reported accident: on the trajectory tab a mnemonic switched to the absences tab and
    the sentence typed next became codes on the selected half days."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []  # an unknown code letter would otherwise wait for a click
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))

    dossier = _dossier(qtbot, demo_session)
    lessons = dossier.view.calendar.lesson_half_days()
    dossier.timeline.select_range(lessons[3], lessons[5])
    dossier.timeline.setFocus()  # the calendar was in use before
    before = dict(dossier.view.absences)
    dossier.tabs.setCurrentWidget(dossier.trajectory_tab)
    dossier.trajectory_tab.note_edit.setFocus()
    qtbot.waitUntil(dossier.trajectory_tab.note_edit.hasFocus)
    qtbot.keyClick(dossier.trajectory_tab.note_edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert dossier.tabs.currentWidget() is dossier.timeline_tab  # Alt+A: the absences tab
    qtbot.keyClicks(dossier.focusWidget(), "ouders bellen")
    assert dict(dossier.view.absences) == before and told == []
