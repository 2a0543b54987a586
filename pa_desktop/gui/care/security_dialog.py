"""Changing the passphrase and making a new recovery code.

Both re-wrap the vault's key (the data are not re-encrypted), so they take a second, not
minutes, and a key remembered on this device stays valid. Both ask for the current passphrase
(or the recovery code) first: someone at an unlocked laptop cannot lock the owner out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.gui.care.texts import error_message
from pa_desktop.gui.common.colours import MessageLine
from pa_desktop.gui.common.texts import problem_text, strength_hint, tr
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.services import care
from pa_desktop.services.access import Vaults, passphrase_strength
from pa_desktop.services.errors import InvalidInputError, WrongPassphraseError
from pa_desktop.services.session import VaultSession


def _secret_edit(accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    edit.setMinimumWidth(320)
    return edit


class _CareDialog(QDialog):
    """Shared frame: an intro, a form, a message line, a busy bar, OK and Cancel."""

    lock_notice: str | None = None  # read by the lock when it has to close this dialog

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setMinimumWidth(500)
        self.layout_.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.layout_.addLayout(self.form)
        self.message = MessageLine()
        self.message.setAccessibleName(tr("Message"))
        self.layout_.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.layout_.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)  # OK: each dialog connects its own step
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _add_current_row(self) -> None:
        self.current_edit = _secret_edit(tr("Current passphrase or recovery code"))
        self.form.addRow(tr("&Current passphrase\nor recovery code"), self.current_edit)

    def _add_new_rows(self) -> None:
        """The new passphrase twice: a typo nobody sees would lock the user out."""
        self.new_edit = _secret_edit(tr("New passphrase"))
        self.repeat_edit = _secret_edit(tr("New passphrase again"))
        self.form.addRow(tr("&New passphrase"), self.new_edit)
        self.form.addRow(tr("New passphrase &again"), self.repeat_edit)

    def _current_secret(self) -> str | None:
        """The current passphrase or recovery code, or None after asking for it."""
        current = self.current_edit.text()
        if not current:
            self.message.say(tr("Enter your current passphrase or recovery code first."))
            return None
        return current

    def _new_passphrase(self) -> str | None:
        """The new passphrase when both fields agree, or None after saying they differ."""
        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            self.message.say(tr("The two new passphrases differ."))
            return None
        return new

    def _run(
        self, work: Callable[[], Any], done: Callable[[Any], None], edits: list[QLineEdit]
    ) -> None:
        self.message.hide()
        self.busy.show()
        self.buttons.setEnabled(False)
        for edit in edits:
            edit.setEnabled(False)

        def finish() -> None:
            self.busy.hide()
            self.buttons.setEnabled(True)
            for edit in edits:
                edit.setEnabled(True)

        def ok(result: Any) -> None:
            finish()
            done(result)

        def failed(error: Exception) -> None:
            finish()
            if isinstance(error, WrongPassphraseError):
                self.message.say(
                    tr("The current passphrase (or recovery code) is wrong. Nothing was changed.")
                )
            elif isinstance(error, InvalidInputError):
                self.message.say(" ".join(problem_text(p) for p in error.problems))
            else:
                self.message.say(error_message(error))

        run_in_background(work, ok, failed, self)


class PassphraseDialog(_CareDialog):
    """Current passphrase (or recovery code), the new one twice, with the strength hint."""

    def __init__(self, session: VaultSession, vaults: Vaults, parent: QWidget | None = None):
        super().__init__(
            tr("Change the passphrase"),
            tr(
                "The vault's key is wrapped again under the new passphrase; your data are not "
                "touched. Your recovery code stays valid. Backups made before today keep opening "
                "with the passphrase of their day."
            ),
            parent,
        )
        self._session = session
        self._vaults = vaults
        self._add_current_row()
        self._add_new_rows()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form.addRow("", self.hint)
        self.new_edit.textChanged.connect(self._hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("C&hange"))
        self.buttons.accepted.connect(self._go)
        self._hint("")
        self.current_edit.setFocus()

    def _hint(self, text: str) -> None:
        self.hint.setText(strength_hint(passphrase_strength(text)) if text else "")

    def _go(self) -> None:
        current = self._current_secret()
        new = None if current is None else self._new_passphrase()
        if current is None or new is None:
            return
        session, vaults = self._session, self._vaults

        def work() -> None:
            care.change_passphrase(session, vaults, current, new)

        self._run(work, self._done, [self.current_edit, self.new_edit, self.repeat_edit])

    def _done(self, _result: object) -> None:
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        self.accept()


class RecoveryCodeDialog(_CareDialog):
    """Proves the current passphrase, then shows the new code once; closing needs the tick."""

    def __init__(self, session: VaultSession, vaults: Vaults, parent: QWidget | None = None):
        super().__init__(
            tr("New recovery code"),
            tr(
                "A new recovery code replaces the old one at once: the old code stops opening "
                "this vault (backups made before today still open with it). Write the new code "
                "down and keep it somewhere safe, away from the laptop."
            ),
            parent,
        )
        self._session = session
        self._vaults = vaults
        self.code: str | None = None
        self._add_current_row()
        self.code_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(tr("New recovery code"))
        self.code_label.hide()
        self.layout_.insertWidget(2, self.code_label)
        self.confirm = QCheckBox(tr("I &wrote the new recovery code down"))
        self.confirm.hide()
        self.confirm.toggled.connect(self._confirmed)
        self.layout_.insertWidget(3, self.confirm)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Make a new code"))
        self.buttons.accepted.connect(self._go)  # RotateKeyDialog's own _go when it is one
        self.current_edit.setFocus()

    def _go(self) -> None:
        if self.code is not None:
            if self.confirm.isChecked():
                self.accept()
            return
        current = self._current_secret()
        if current is None:
            return
        session, vaults = self._session, self._vaults

        def work() -> str:
            return care.new_recovery_code(session, vaults, current)

        self._run(work, self._made, [self.current_edit])

    def _made(self, code: str) -> None:
        self.code = code
        self.lock_notice = tr(
            "A new recovery code had been made, but its window was closed when the vault "
            "locked. If you did not write it down, make another one now (Vault, New recovery "
            "code)."
        )
        self.current_edit.clear()
        self.form.labelForField(self.current_edit).hide()
        self.current_edit.hide()
        self.intro.setText(
            tr("Your new recovery code. It is shown only now: write it down before you close.")
        )
        self.code_label.setText(code)
        self.code_label.show()
        self.confirm.show()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Close"))
        ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.confirm.setFocus()

    def _confirmed(self, on: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(on)

    def reject(self) -> None:
        if self.code is not None and not self.confirm.isChecked():
            self.message.say(tr("Tick the box once you have written the new code down."))
            return
        super().reject()


class RotateKeyDialog(RecoveryCodeDialog):
    """Renew the vault's key (after a passphrase or recovery code leaked): every page is
    re-encrypted under a new key, wrapped under a new passphrase and a new recovery code, which
    is shown once, like a new recovery code."""

    def __init__(self, session: VaultSession, vaults: Vaults, parent: QWidget | None = None):
        super().__init__(session, vaults, parent)
        self.setWindowTitle(tr("Renew the vault's key"))
        self.intro.setText(
            tr(
                "Use this when a passphrase or a recovery code may have leaked. The vault gets a "
                "new key and all its data are encrypted again; that takes a moment for a large "
                "vault. Old copies of the key file and the old secrets then open nothing of "
                "today's vault. You choose a new passphrase (it may be the same) and get a new "
                "recovery code. Backups made before today keep opening with the secrets of "
                "their day."
            )
        )
        self._add_new_rows()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Renew the key"))

    def _go(self) -> None:
        if self.code is not None:
            if self.confirm.isChecked():
                self.accept()
            return
        current = self._current_secret()
        new = None if current is None else self._new_passphrase()
        if current is None or new is None:
            return
        session, vaults = self._session, self._vaults

        def work() -> str:
            return care.rotate_key(session, vaults, current, new)

        self._run(work, self._made, [self.current_edit, self.new_edit, self.repeat_edit])

    def _made(self, code: str) -> None:
        for edit in (self.new_edit, self.repeat_edit):
            edit.clear()
            self.form.labelForField(edit).hide()
            edit.hide()
        super()._made(code)
        self.intro.setText(
            tr(
                "The vault's key was renewed. Your new recovery code is shown only now: write "
                "it down before you close. From now on the vault opens with the new passphrase."
            )
        )
