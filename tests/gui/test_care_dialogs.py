"""The Vault menu and its dialogs, driven as a user would; one PA Desktop per vault."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.gui.care.audit_dialog import AuditDialog
from pa_desktop.gui.care.backup_dialogs import BackupSettingsDialog
from pa_desktop.gui.care.purge_dialog import PurgeDialog
from pa_desktop.gui.care.restore_dialog import RestoreDialog
from pa_desktop.gui.care.security_dialog import (
    PassphraseDialog,
    RecoveryCodeDialog,
    RotateKeyDialog,
)
from pa_desktop.gui.overview.main_window import MainWindow
from pa_desktop.gui.vault import instance
from pa_desktop.gui.vault.menu import install_care
from pa_desktop.services import audit, backups, retention
from pa_desktop.services import restore as restoring
from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import VaultSession
from tests.gui.conftest import PASSPHRASE


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions are answered Yes and messages recorded instead of waiting for a click."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def _ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_install_care_adds_the_vault_menu_before_help(
    qtbot, demo_session: VaultSession, vaults: Vaults, answers: list[str]
) -> None:
    window = MainWindow(demo_session)
    qtbot.addWidget(window)
    parts = install_care(window, demo_session, vaults, demo_session.folder)
    names = [a.menu().objectName() for a in window.menuBar().actions() if a.menu()]
    assert names.index("menuVault") == names.index("menuHelp") - 1
    assert set(parts.actions) == {
        "lock", "lock_after", "passphrase", "recovery", "rotate_key", "remember", "backup",
        "backup_settings", "restore", "check", "audit", "purge",
    }  # fmt: skip
    assert parts.actions["lock"].shortcut().toString() == "Ctrl+L"
    parts.actions["lock"].trigger()
    assert demo_session.is_locked and not window.isVisible()
    parts.lock.dialog.ui.secretEdit.setText(PASSPHRASE)
    parts.lock.dialog.ui.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not parts.lock.is_locked, timeout=30_000)
    parts.lock.stop()
    parts.backups.stop()
    instance.release(demo_session.folder)


def test_passphrase_dialog_changes_the_passphrase(
    qtbot, demo_session: VaultSession, vaults: Vaults
) -> None:
    dialog = PassphraseDialog(demo_session, vaults)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current_edit.setText("wrong current passphrase")
    dialog.new_edit.setText("een nieuw wachtwoord")
    dialog.repeat_edit.setText("een nieuw wachtwoord")
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=30_000)
    assert "wrong" in dialog.message.text()
    dialog.current_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        _ok(dialog)
    assert dialog.new_edit.text() == ""
    vaults.unlock(demo_session.folder, "een nieuw wachtwoord").close()


@pytest.mark.parametrize("kind", [PassphraseDialog, RotateKeyDialog])
def test_a_new_passphrase_needs_the_current_secret_and_the_same_text_twice(
    qtbot, demo_session: VaultSession, vaults: Vaults, kind: type
) -> None:
    dialog = kind(demo_session, vaults)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_edit.setText("een nieuw wachtwoord")
    dialog.repeat_edit.setText("een nieuw wachtwoord")
    _ok(dialog)  # the current secret first
    assert "current passphrase" in dialog.message.text() and not dialog.busy.isVisible()
    dialog.current_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText("een nieuw wachtwoort")
    _ok(dialog)  # refused at once, nothing started
    assert dialog.message.text() == "The two new passphrases differ."
    assert not dialog.busy.isVisible() and dialog.isVisible()
    assert dialog.current_edit.text() == PASSPHRASE  # nothing typed is lost
    vaults.unlock(demo_session.folder, PASSPHRASE).close()  # nothing changed


def test_recovery_dialog_shows_the_code_once_and_needs_the_tick(
    qtbot, demo_session: VaultSession, vaults: Vaults
) -> None:
    dialog = RecoveryCodeDialog(demo_session, vaults)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current_edit.setText(PASSPHRASE)
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.code is not None, timeout=30_000)
    assert dialog.code_label.text() == dialog.code and dialog.code_label.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reject()
    assert dialog.isVisible()  # not before the tick
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        ok.click()
    vaults.unlock_with_recovery_code(demo_session.folder, dialog.code or "").close()


def test_audit_dialog_filters_by_pupil_action_and_date(qtbot, demo_session: VaultSession) -> None:
    first = demo_session.pupils()[0]
    audit.record(demo_session, "export_referral", first.id, recipient="clb")
    audit.record(demo_session, "backup", None, size=2048, automatic=True)
    audit.record(demo_session, "export_referral", 999_999, recipient="clb")
    dialog = AuditDialog(demo_session)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3 and "intact" in dialog.chain_label.text()
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("export_referral"))
    assert dialog.table.rowCount() == 2
    dialog.pupil_combo.setCurrentIndex(dialog.pupil_combo.findData(first.id))
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == first.display_name
    dialog.pupil_combo.setCurrentIndex(dialog.pupil_combo.findData(999_999))
    assert "removed" in dialog.table.item(0, 3).text()
    dialog.pupil_combo.setCurrentIndex(0)
    dialog.action_combo.setCurrentIndex(0)
    dialog.to_edit.setDate(dialog.from_edit.date().addDays(-1))
    assert dialog.table.rowCount() == 0


def test_purge_dialog_lists_and_purges_only_what_is_ticked(
    qtbot, demo_session: VaultSession, answers: list[str]
) -> None:
    left = [
        demo_session.add_pupil(
            PupilDraft(f"Vertrokken{i}", "Leerling", "6B", enrolled_until=date(2023, 2, 1))
        )
        for i in range(2)
    ]
    dialog = PurgeDialog(demo_session)
    qtbot.addWidget(dialog)
    listed = dialog.ticked()
    assert {p.id for p in left} <= set(listed)
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, 0)
        if item.text() != left[0].display_name:
            item.setCheckState(item.checkState().Unchecked)
    assert dialog.ticked() == [left[0].id]
    with qtbot.waitSignal(dialog.purged, timeout=30_000):
        dialog.purge_button.click()
    ids = {p.id for p in demo_session.pupils()}
    assert left[0].id not in ids and left[1].id in ids
    assert any("purged" in text for text in answers)


def test_backup_settings_and_restore_in_place(
    qtbot, demo_session: VaultSession, tmp_path: Path, answers: list[str]
) -> None:
    settings = BackupSettingsDialog(demo_session)
    qtbot.addWidget(settings)
    settings.keep_spin.setValue(4)
    settings._custom_folder = str(tmp_path)
    settings._save()
    assert backups.policy(demo_session).keep == 4
    made = backups.make_backup(demo_session, tmp_path / "x.pabackup")
    extra = demo_session.add_pupil(PupilDraft("Na", "De Backup", "1A"))

    dialog = RestoreDialog(demo_session.folder, demo_session, backup=made.path)
    qtbot.addWidget(dialog)
    assert "Made on" in dialog.about_label.text()
    dialog.secret_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        _ok(dialog)
    assert dialog.summary is not None and dialog.summary.kept_aside is not None
    assert extra.id not in {p.id for p in demo_session.pupils()}
    assert not demo_session.is_locked


def test_one_instance_per_vault_and_a_crashed_ones_lock_is_taken_over(
    qtbot, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    lock_file = instance.lock_path(folder)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from pa_desktop.store.locks import FileLock\n"
            f"lock = FileLock(Path({str(lock_file)!r}), 'PA Desktop')\n"
            "lock.acquire(0)\n"
            "print('locked', flush=True)\n"
            "time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert instance.claim(folder) is None  # another process has it
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(5)
        guard = instance.claim(folder)  # the dead one's lock is stale: taken over
        assert guard is not None and instance.claim(folder) is guard
    finally:
        if holder.poll() is None:
            holder.kill()
        instance.release(folder)


def test_a_damaged_vault_at_unlock_offers_and_restores_its_latest_backup(
    qtbot,
    vault_folder: tuple[Path, str],
    vaults: Vaults,
    monkeypatch: pytest.MonkeyPatch,
    answers: list[str],
) -> None:
    from PySide6.QtWidgets import QDialog

    from pa_desktop.gui.vault.unlock_dialog import UnlockDialog

    folder, _code = vault_folder
    session = vaults.unlock(folder, PASSPHRASE)
    assert backups.automatic_backup(session) is not None
    session.close()
    database = folder / "vault.db"
    damaged = bytearray(database.read_bytes())
    damaged[60] ^= 0x08  # page 1: the vault no longer opens
    database.write_bytes(bytes(damaged))

    def restore_as_a_user_would(self: RestoreDialog) -> int:
        self.secret_edit.setText(PASSPHRASE)
        self._go()
        qtbot.waitUntil(lambda: self.summary is not None, timeout=10_000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", restore_as_a_user_would)
    dialog = UnlockDialog(vaults, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.secretEdit.setText(PASSPHRASE)
    dialog.ui.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "restored" in dialog.ui.errorLabel.text(), timeout=10_000)
    assert any("latest backup" in text for text in answers)
    dialog.ui.secretEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ui.buttons.accepted.emit()
    assert dialog.session is not None and dialog.session.check() == []
    dialog.session.close()
    assert list(folder.parent.glob("vault.before-restore-*"))  # the damaged one is kept


def test_closing_the_window_stops_its_lock_and_timers(
    qtbot, demo_session: VaultSession, vaults: Vaults, answers: list[str]
) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    parts = install_care(window, demo_session, vaults, demo_session.folder)
    window.close()
    qtbot.waitUntil(lambda: not parts.watch_timer.isActive(), timeout=30_000)
    assert not parts.lock._timer.isActive()
    instance.release(demo_session.folder)


def test_stopped_care_starts_nothing_later(
    qtbot, demo_session: VaultSession, vaults: Vaults, answers: list[str]
) -> None:
    """A stopped lock no longer locks when the application is suspended, and a stopped backup
    scheduler no longer makes its first check (the access-key walk installs the Vault menu and
    stops it at once; a window replaced on a change of language stops its own)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMainWindow

    from pa_desktop.gui.care.backup_dialogs import BackupScheduler

    window = QMainWindow()
    qtbot.addWidget(window)
    parts = install_care(window, demo_session, vaults, demo_session.folder)
    first_check_now = BackupScheduler(demo_session, window, first_ms=0)
    checks: list[object] = []
    first_check_now.made.connect(checks.append)
    first_check_now.failed.connect(checks.append)
    parts.stop()
    first_check_now.stop()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    for _ in range(5):
        app.processEvents()  # a zero-delay first check would be delivered here
    assert not parts.lock.is_locked and not demo_session.is_locked
    assert not first_check_now._running and checks == []
    instance.release(demo_session.folder)


def test_a_second_start_asks_the_first_to_come_to_the_front(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    guard = instance.claim(folder)
    assert guard is not None
    try:
        with qtbot.waitSignal(guard.raise_requested, timeout=10_000):
            second = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import sys\n"
                    "from pathlib import Path\n"
                    "from PySide6.QtCore import QCoreApplication\n"
                    "app = QCoreApplication([])\n"
                    "from pa_desktop.gui.vault import instance\n"
                    f"sys.exit(0 if instance.claim(Path({str(folder)!r})) is None else 1)\n",
                ]
            )
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=10_000)
        assert second.returncode == 0  # the second start did not get the vault
    finally:
        instance.release(folder)


def test_the_purge_window_deletes_a_vault_a_restore_set_aside(
    qtbot, demo_session: VaultSession, answers: list[str], tmp_path: Path
) -> None:
    dialog = PurgeDialog(demo_session)
    qtbot.addWidget(dialog)
    assert dialog.set_aside_box.isHidden()  # nothing set aside: nothing to say
    made = backups.make_backup(demo_session, tmp_path / "b.pabackup")
    summary = restoring.replace_vault(
        demo_session.folder, made.path, PASSPHRASE, session=demo_session
    )
    assert summary.kept_aside is not None
    outsider = demo_session.folder.with_name("unrelated-folder")
    outsider.mkdir()
    dialog.refresh()
    assert not dialog.set_aside_box.isHidden() and dialog.set_aside_table.rowCount() == 1
    assert not dialog.remove_copy_button.isEnabled()
    dialog.set_aside_table.selectRow(0)
    dialog.remove_copy_button.click()
    assert not summary.kept_aside.exists() and outsider.exists() and demo_session.folder.exists()
    assert dialog.set_aside_box.isHidden()
    [entry] = audit.entries(demo_session, "remove_set_aside")
    assert entry.details["copy"] == "replaced" and entry.details["size"] > 0
    with pytest.raises(InvalidInputError):
        retention.remove_set_aside_copy(demo_session, outsider)
    assert outsider.exists()
