"""First-run wizard and unlock dialog, driven as a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from pa_desktop.gui.vault.first_run import FirstRunWizard
from pa_desktop.gui.vault.unlock_dialog import UnlockDialog
from pa_desktop.services.access import Vaults
from tests.gui.conftest import PASSPHRASE


def test_wizard_creates_a_vault_that_opens_with_the_passphrase(qtbot, tmp_path: Path) -> None:
    vaults = Vaults.for_tests()
    folder = tmp_path / "new-vault"
    wizard = FirstRunWizard(vaults, folder, keychain_available=False)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # intro -> profile
    profile = wizard.profile_page.ui
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # name required
    profile.schoolEdit.setText("Sint-Guido-Instituut")
    profile.clbEdit.setText("CLB GO! Brussel")
    profile.userEdit.setText("Fatima El Amrani")
    profile.roleCombo.setCurrentIndex(1)
    wizard.next()  # -> passphrase
    page = wizard.passphrase_page.ui
    assert not page.rememberCheck.isEnabled()  # no credential store here: said, not hidden
    page.passphraseEdit.setText("kort")
    page.repeatEdit.setText("kort")
    assert not wizard.passphrase_page.isComplete()
    page.passphraseEdit.setText(PASSPHRASE)
    page.repeatEdit.setText(PASSPHRASE + "x")
    assert not wizard.passphrase_page.isComplete()
    assert page.hintLabel.text()
    page.repeatEdit.setText(PASSPHRASE)
    assert wizard.passphrase_page.isComplete()
    wizard.next()  # commit: creates the vault off the GUI thread
    qtbot.waitUntil(lambda: wizard.session is not None, timeout=10_000)
    recovery = wizard.recovery_page
    code = recovery.ui.codeLabel.text()
    assert len(code.replace("-", "")) == 24
    assert not recovery.isComplete()  # the user must confirm writing it down
    recovery.ui.confirmCheck.setChecked(True)
    assert recovery.isComplete()
    wizard.accept()
    assert wizard.session is not None
    stored = wizard.session.profile()
    assert (stored.school, stored.clb, stored.user_name, stored.role) == (
        "Sint-Guido-Instituut",
        "CLB GO! Brussel",
        "Fatima El Amrani",
        "clb",
    )
    wizard.session.close()
    vaults.unlock(folder, PASSPHRASE).close()
    vaults.unlock_with_recovery_code(folder, code).close()


def test_a_copied_recovery_code_leaves_the_clipboard_after_a_while(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    from pa_desktop.gui.vault import first_run

    monkeypatch.setattr(first_run, "CLIPBOARD_SECONDS", 0)
    wizard = FirstRunWizard(Vaults.for_tests(), tmp_path / "v", keychain_available=False)
    qtbot.addWidget(wizard)
    page = wizard.recovery_page
    clipboard = QGuiApplication.clipboard()
    page.show_code("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01")
    page.ui.copyButton.click()
    assert clipboard.text() == "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=30_000)
    page.ui.copyButton.click()
    clipboard.setText("something the user copied since")  # is not ours to wipe
    qtbot.wait(50)
    assert clipboard.text() == "something the user copied since"


def test_unlock_refuses_a_wrong_passphrase_and_stays_open(qtbot, vaults, vault_folder) -> None:
    folder, _code = vault_folder
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    dialog = UnlockDialog(vaults, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.secretEdit.setText("dit is niet het wachtwoord")
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=10_000)
    assert dialog.session is None
    assert dialog.isVisible()
    assert "wrong" in dialog.ui.errorLabel.text().lower() or dialog.ui.errorLabel.text()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before

    dialog.ui.secretEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.session is not None
    assert dialog.session.profile().school == "Sint-Guido"
    dialog.session.close()


def test_unlock_with_the_recovery_code(qtbot, vaults, vault_folder) -> None:
    folder, code = vault_folder
    dialog = UnlockDialog(vaults, folder)
    qtbot.addWidget(dialog)
    dialog.ui.recoveryCheck.setChecked(True)
    dialog.ui.secretEdit.setText(code.lower().replace("-", " "))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.session is not None
    dialog.session.close()


def test_unlock_with_empty_passphrase_says_so(qtbot, vaults, vault_folder) -> None:
    folder, _code = vault_folder
    dialog = UnlockDialog(vaults, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.session is None
