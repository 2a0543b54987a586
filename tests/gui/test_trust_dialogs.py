"""The file dialogs refuse a place inside the vault, and the unlock says when the audit log was
cut short (issue 21)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.care import backup_dialogs
from pa_desktop.gui.referral.signal_list_dialog import SignalListDialog
from pa_desktop.gui.vault.unlock_dialog import warn_about_audit
from pa_desktop.services.session import VaultSession


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> object:
        texts.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    return texts


def test_a_backup_or_a_list_saved_over_the_key_file_is_refused_with_a_message(
    qtbot, demo_session: VaultSession, shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = demo_session.folder / "vault.keys"
    before = keys.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(keys), ""))
    backup_dialogs.back_up_now(None, demo_session)
    dialog = SignalListDialog(demo_session, SchoolYear(2025))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(demo_session.folder / "x"), "")
    )
    dialog.export(".csv")
    assert len(shown) == 2 and all("inside the vault" in text for text in shown)
    assert keys.read_bytes() == before
    assert not (demo_session.folder / "x.csv").exists()


def test_the_unlock_warns_when_the_audit_log_was_cut_short(
    demo_session: VaultSession, shown: list[str]
) -> None:
    warn_about_audit(None, demo_session)
    assert shown == []
    demo_session.opened.audit_warnings = ["audit log: 3 entries were cut off the end"]
    warn_about_audit(None, demo_session)
    assert len(shown) == 1 and "older copy of the database" in shown[0]


def test_the_vault_menu_renews_the_key_and_shows_the_new_code_once(
    qtbot, demo_session: VaultSession, vaults, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from pa_desktop.gui.care.security_dialog import RotateKeyDialog
    from pa_desktop.store import vault as store_vault
    from tests.gui.conftest import PASSPHRASE

    pupils = len(demo_session.pupils())
    old_keys = (demo_session.folder / "vault.keys").read_bytes()
    dialog = RotateKeyDialog(demo_session, vaults)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current_edit.setText(PASSPHRASE)
    dialog.new_edit.setText("a renewed passphrase")
    dialog.repeat_edit.setText("a renewed passphrase")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.code is not None, timeout=60_000)
    dialog.grab().save(str(tmp_path / "rotate.png"))
    assert dialog.code_label.text() == dialog.code and not dialog.new_edit.isVisible()
    assert len(demo_session.pupils()) == pupils and demo_session.check() == []
    assert (demo_session.folder / "vault.keys").read_bytes() != old_keys
    store_vault.open_with_passphrase(demo_session.folder, "a renewed passphrase").close()
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
