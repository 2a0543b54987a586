"""The unlock dialog: passphrase or recovery code, checked off the GUI thread (the KDF is slow).

It imports nothing of the database stack: at start it is painted first, while the services load
in the background (gui/start.py); it may be given a function that waits for them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.gui.forms.ui_unlock_dialog import Ui_UnlockDialog
from pa_desktop.services.errors import (
    VaultDamagedError,
    VaultTooNewError,
    WrongPassphraseError,
)

if TYPE_CHECKING:
    from pa_desktop.services.access import Vaults
    from pa_desktop.services.session import VaultSession


class UnlockDialog(QDialog):
    """Accepted with `session` set; a wrong secret keeps the dialog open with a plain message."""

    def __init__(
        self, vaults: Vaults | Callable[[], Vaults], folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self._vaults = vaults
        self._folder = folder
        self.session: VaultSession | None = None
        self.ui.busyBar.hide()
        self.ui.errorLabel.hide()
        style_label(self.ui.errorLabel, "error", "font-weight: 600;")
        self.ui.recoveryCheck.toggled.connect(self._mode_changed)
        self.ui.buttons.accepted.connect(self._try_unlock)
        self.ui.buttons.rejected.connect(self.reject)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Open"))
        self.ui.secretEdit.setFocus()

    def _mode_changed(self, recovery: bool) -> None:
        if recovery:
            self.ui.secretLabel.setText(tr("&Recovery code"))
            self.ui.secretEdit.setAccessibleName(tr("Recovery code"))
            self.ui.secretEdit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        else:
            self.ui.secretLabel.setText(tr("&Passphrase"))
            self.ui.secretEdit.setAccessibleName(tr("Passphrase"))
            self.ui.secretEdit.setPlaceholderText("")
        self.ui.secretEdit.clear()
        self.ui.errorLabel.hide()
        self.ui.secretEdit.setFocus()

    def _try_unlock(self) -> None:
        secret = self.ui.secretEdit.text()
        if not secret:
            if self.ui.recoveryCheck.isChecked():
                self._show_error(tr("Enter your recovery code first."))
            else:
                self._show_error(tr("Enter your passphrase first."))
            return
        use_recovery = self.ui.recoveryCheck.isChecked()
        folder, given = self._folder, self._vaults

        def vaults() -> Vaults:  # in the worker: waits for the services still loading, if so
            return given() if callable(given) else given

        work: Callable[[], VaultSession]
        if use_recovery:

            def work() -> VaultSession:
                return vaults().unlock_with_recovery_code(folder, secret)
        else:

            def work() -> VaultSession:
                return vaults().unlock(folder, secret)

        self._set_busy(True)
        run_in_background(work, self._unlocked, self._failed, self)

    def _unlocked(self, session: VaultSession) -> None:
        self._set_busy(False)
        if self.session is not None:  # opened meanwhile with the key remembered on the device
            session.close()
            return
        self.session = session
        self.accept()

    def open_remembered(self, session: VaultSession) -> None:
        """The key remembered on this device opened the vault while the dialog was up."""
        if self.session is not None or self.result() == QDialog.DialogCode.Accepted:
            session.close()
            return
        self.session = session
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphraseError):
            if self.ui.recoveryCheck.isChecked():
                message = tr("That recovery code does not open this vault. Check it and try again.")
            else:
                message = tr("The passphrase is wrong. Nothing was changed; try again.")
        elif isinstance(error, VaultTooNewError):
            message = tr("This vault was made by a newer PA Desktop. Update the program.")
        elif isinstance(error, VaultDamagedError):
            message = tr("The vault is damaged or unreadable. Restore a backup.")
        else:
            message = tr("The vault could not be opened ({kind}).").format(
                kind=type(error).__name__
            )
        self.ui.secretEdit.selectAll()
        self.ui.secretEdit.setFocus()
        self._show_error(message)
        if isinstance(error, VaultDamagedError):
            self._offer_backup()

    def _offer_backup(self) -> None:
        """A damaged vault: offer its latest backup in its place (the damaged one is kept)."""
        # loaded only here: the backup dialogs need the store, and this dialog is the first
        # window, painted before the store loads (gui/start.py)
        from pa_desktop.gui.care.restore_dialog import offer_latest_backup

        if offer_latest_backup(self, self._folder):
            self._show_error(tr("The backup was restored. Enter the passphrase to open it."))

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()

    def _set_busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        self.ui.buttons.setEnabled(not busy)
        self.ui.secretEdit.setEnabled(not busy)
        self.ui.recoveryCheck.setEnabled(not busy)
        if busy:
            self.ui.errorLabel.hide()


def audit_warning_text(session: VaultSession) -> str | None:
    """What the unlock found wrong with the audit log, in words; None when nothing."""
    warnings = session.opened.audit_warnings
    if not warnings:
        return None
    return tr(
        "The audit log does not match the vault's key file: entries were cut off its end, or "
        "an older copy of the database was put back beside a newer key file. Nothing was "
        "changed. If you did not restore a copy yourself, tell your ICT coordinator, and check "
        "the vault (Vault menu)."
    )


def warn_about_audit(parent: QWidget | None, session: VaultSession) -> None:
    """Said at unlock, before any work: the log cannot prove itself any more."""
    text = audit_warning_text(session)
    if text is not None:
        QMessageBox.warning(parent, tr("The audit log was cut short"), text)
