"""The first-run wizard: who you are, a passphrase, and the recovery code written down."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.texts import problem_text, strength_hint, tr
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.gui.forms.ui_wizard_passphrase_page import Ui_PassphrasePage
from pa_desktop.gui.forms.ui_wizard_profile_page import Ui_ProfilePage
from pa_desktop.gui.forms.ui_wizard_recovery_page import Ui_RecoveryPage
from pa_desktop.services.access import MIN_PASSPHRASE_LENGTH, Vaults, passphrase_strength
from pa_desktop.services.session import Profile, VaultSession

CLIPBOARD_SECONDS = 60


class _IntroPage(QWizardPage):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.setTitle(tr("Welcome to PA Desktop"))
        text = QLabel(
            tr(
                "PA Desktop helps you follow up pupils with problematic absences as the "
                "Brussels guideline describes. Everything you enter stays on this computer, in "
                "an encrypted vault that only opens with your passphrase.\n\nThe vault will be "
                "created in:\n{folder}"
            ).format(folder=folder)
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)


class _ProfilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr("Your school and CLB"))
        self.setSubTitle(tr("These appear on what you export, and as the author of what you log."))
        self.ui = Ui_ProfilePage()
        self.ui.setupUi(self)
        self.ui.roleCombo.addItem(tr("Care teacher / care coordinator (school)"), "school")
        self.ui.roleCombo.addItem(tr("CLB worker"), "clb")
        self.ui.userEdit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.ui.userEdit.text().strip())

    def profile(self) -> Profile:
        return Profile(
            school=self.ui.schoolEdit.text(),
            clb=self.ui.clbEdit.text(),
            user_name=self.ui.userEdit.text(),
            role=str(self.ui.roleCombo.currentData()),
        )


class _PassphrasePage(QWizardPage):
    def __init__(self, keychain_available: bool) -> None:
        super().__init__()
        self.setTitle(tr("Choose a passphrase"))
        self.setSubTitle(
            tr("At least {n} characters. A short sentence you can remember works well.").format(
                n=MIN_PASSPHRASE_LENGTH
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("&Create vault"))
        self.ui = Ui_PassphrasePage()
        self.ui.setupUi(self)
        self.ui.passphraseEdit.textChanged.connect(self._changed)
        self.ui.repeatEdit.textChanged.connect(self._changed)
        if not keychain_available:
            self.ui.rememberCheck.setEnabled(False)
            self.ui.rememberNote.setText(
                tr(
                    "This computer has no usable credential store, so the vault always asks "
                    "for the passphrase."
                )
            )
        else:
            self.ui.rememberNote.setText(
                tr(
                    "Only on a laptop that is yours alone: anyone who can log in as you could "
                    "then open the vault."
                )
            )
        self._changed()

    def _changed(self) -> None:
        text = self.ui.passphraseEdit.text()
        score = passphrase_strength(text)
        self.ui.strengthBar.setValue(score)
        hint = strength_hint(score)
        repeat = self.ui.repeatEdit.text()
        if repeat and repeat != text:
            hint += " " + tr("The two passphrases differ.")
        self.ui.hintLabel.setText(hint)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.ui.passphraseEdit.text()
        return len(text) >= MIN_PASSPHRASE_LENGTH and text == self.ui.repeatEdit.text()


class _RecoveryPage(QWizardPage):
    """Creates the vault (off the GUI thread) and shows the recovery code once."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr("Your recovery code"))
        self.ui = Ui_RecoveryPage()
        self.ui.setupUi(self)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.ui.codeLabel.setFont(font)
        self.ui.codeLabel.setText(tr("Creating the vault…"))
        self.ui.confirmCheck.setEnabled(False)
        self.ui.copyButton.setEnabled(False)
        self.ui.confirmCheck.toggled.connect(self.completeChanged)
        self.ui.copyButton.clicked.connect(self._copy)
        self._code = ""

    def show_code(self, code: str) -> None:
        self._code = code
        self.ui.codeLabel.setText(code)
        self.ui.confirmCheck.setEnabled(True)
        self.ui.copyButton.setEnabled(True)
        self.completeChanged.emit()

    def show_error(self, message: str) -> None:
        self.ui.codeLabel.setText(message)
        self.ui.codeLabel.setWordWrap(True)

    def _copy(self) -> None:
        """Copy for a password manager, then wipe it: clipboard managers and the next user of a
        shared laptop should not find the code that opens every dossier."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self._code)
        copied = self._code
        QTimer.singleShot(CLIPBOARD_SECONDS * 1000, clipboard, lambda: self._wipe(copied))
        self.ui.copyButton.setToolTip(
            tr("Copied. The clipboard is cleared after {seconds} seconds.").format(
                seconds=CLIPBOARD_SECONDS
            )
        )

    @staticmethod
    def _wipe(copied: str) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == copied:  # leave alone whatever the user copied since
            clipboard.clear()

    def isComplete(self) -> bool:
        return bool(self._code) and self.ui.confirmCheck.isChecked()


class FirstRunWizard(QWizard):
    """Accepted with `session` set to the new, open vault."""

    def __init__(
        self,
        vaults: Vaults,
        folder: Path,
        keychain_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("PA Desktop: new vault"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self._vaults = vaults
        self._folder = folder
        self.session: VaultSession | None = None
        self.intro = _IntroPage(folder)
        self.profile_page = _ProfilePage()
        self.passphrase_page = _PassphrasePage(keychain_available)
        self.recovery_page = _RecoveryPage(self)
        for page in (self.intro, self.profile_page, self.passphrase_page, self.recovery_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        fit_window(self, "first_run", QSize(640, 480))

    def _page_changed(self, page_id: int) -> None:
        if self.page(page_id) is self.recovery_page and self.session is None:
            self._create()

    def _create(self) -> None:
        vaults, folder = self._vaults, self._folder
        profile = self.profile_page.profile()
        passphrase = self.passphrase_page.ui.passphraseEdit.text()
        remember = self.passphrase_page.ui.rememberCheck.isChecked()
        self.passphrase_page.ui.passphraseEdit.clear()
        self.passphrase_page.ui.repeatEdit.clear()

        def work() -> tuple[VaultSession, str]:
            return vaults.create(folder, passphrase, profile, remember)

        run_in_background(work, self._created, self._failed, self)

    def _created(self, result: tuple[VaultSession, str]) -> None:
        self.session, code = result
        self.recovery_page.show_code(code)

    def _failed(self, error: Exception) -> None:
        problems = getattr(error, "problems", None)
        if problems:
            message = " ".join(problem_text(p) for p in problems)
        else:
            message = tr("The vault could not be created ({kind}).").format(
                kind=type(error).__name__
            )
        self.recovery_page.show_error(message)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
