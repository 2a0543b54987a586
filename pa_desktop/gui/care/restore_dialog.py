"""Restoring a backup: pick the file, prove a secret of its day, choose where it goes; and the
offer of the latest backup when the vault is damaged (at unlock, at a lock, after a failed check).

A restore runs off the GUI thread, writes into a new folder and is checked there before it
replaces anything; the vault it replaces is kept aside, never deleted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.gui.care.texts import error_message, format_moment, size_text
from pa_desktop.gui.common.colours import MessageLine
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.services import backups
from pa_desktop.services.backups import RestoreSummary
from pa_desktop.services.errors import ServiceError
from pa_desktop.services.session import VaultSession


# restore --------------------------------------------------------------------------------------
class RestoreDialog(QDialog):
    """Pick a backup, prove a secret of its day (or today's, for this vault), and restore it
    into a new folder or in place of the vault (which is then kept aside)."""

    restored = Signal(object)  # RestoreSummary

    def __init__(
        self,
        folder: Path,
        session: VaultSession | None = None,
        parent: QWidget | None = None,
        backup: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.session = session
        self.summary: RestoreSummary | None = None
        self.setWindowTitle(tr("Restore a backup"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro = QLabel(
            tr(
                "A backup is restored into a new folder and checked there (every page, the "
                "encryption and the audit log) before it replaces anything. The vault it "
                "replaces is kept aside, not deleted."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.file_edit = QLineEdit(str(backup) if backup else "")
        self.file_edit.setReadOnly(True)
        self.file_edit.setMinimumWidth(360)
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        file_label = QLabel(tr("Backup &file"))
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, row)
        self.about_label = QLabel()
        form.addRow("", self.about_label)
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(tr("Passphrase"))
        form.addRow(tr("&Passphrase"), self.secret_edit)
        self._form = form
        self.recovery_check = QCheckBox(tr("Use the recovery &code instead"))
        self.recovery_check.toggled.connect(self._mode)
        form.addRow("", self.recovery_check)
        layout.addLayout(form)

        where = QGroupBox(tr("Where to"))
        where_layout = QVBoxLayout(where)
        self.replace_radio = QRadioButton(tr("Replace &this vault (it is kept aside)"))
        self.new_radio = QRadioButton(tr("Into a &new folder:"))
        self._group = QButtonGroup(self)
        self._group.addButton(self.replace_radio)
        self._group.addButton(self.new_radio)
        self.target_edit = QLineEdit(str(folder.with_name(folder.name + "-restored")))
        self.target_edit.setAccessibleName(tr("Empty folder for the restored vault"))
        self.target_edit.setMinimumWidth(300)
        target_browse = QPushButton(tr("Ch&oose…"))
        target_browse.clicked.connect(self._choose_target)
        where_layout.addWidget(self.replace_radio)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_radio)
        new_row.addWidget(self.target_edit, 1)
        new_row.addWidget(target_browse)
        where_layout.addLayout(new_row)
        self.replace_radio.setChecked(True)
        layout.addWidget(where)

        self.message = MessageLine()
        layout.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Restore"))
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        if backup is not None:
            self._describe(backup)

    def _mode(self, recovery: bool) -> None:
        label = self._form.labelForField(self.secret_edit)
        if isinstance(label, QLabel):
            label.setText(tr("&Recovery code") if recovery else tr("&Passphrase"))
        self.secret_edit.setAccessibleName(tr("Recovery code") if recovery else tr("Passphrase"))
        self.secret_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" if recovery else "")

    def _browse(self) -> None:
        start = self.file_edit.text() or str(backups.default_folder(self.folder))
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Choose a backup"), start, tr("PA Desktop backups (*.pabackup)")
        )
        if chosen:
            self.file_edit.setText(chosen)
            self._describe(Path(chosen))

    def _choose_target(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr("Empty folder for the restored vault"), str(self.folder.parent)
        )
        if chosen:
            self.target_edit.setText(chosen)
            self.new_radio.setChecked(True)

    def _describe(self, path: Path) -> None:
        try:
            summary = backups.describe(path)
        except ServiceError as error:
            self.about_label.setText(error_message(error))
            return
        self.about_label.setText(
            tr("Made on {moment}, {size}.").format(
                moment=format_moment(summary.made_at), size=size_text(summary.size)
            )
        )

    def _go(self) -> None:
        path_text = self.file_edit.text()
        secret = self.secret_edit.text()
        if not path_text:
            self.message.say(tr("Choose a backup file first."))
            return
        if not secret:
            self.message.say(tr("Enter the passphrase or recovery code first."))
            return
        path = Path(path_text)
        recovery = self.recovery_check.isChecked()
        replace = self.replace_radio.isChecked()
        folder, session = self.folder, self.session
        target = Path(self.target_edit.text())
        if replace:
            answer = QMessageBox.question(
                self,
                tr("Replace the vault?"),
                tr(
                    "The vault will be replaced by this backup. Changes made after the backup "
                    "will no longer be in the vault; the current vault is kept aside in a folder "
                    "beside it. Go on?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

            def work() -> RestoreSummary:
                return backups.replace_vault(folder, path, secret, recovery, session)
        else:

            def work() -> RestoreSummary:
                return backups.restore(path, target, secret, recovery)

        self.message.hide()
        self.busy.show()
        self.buttons.setEnabled(False)
        run_in_background(work, self._done, self._failed, self)

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        self.message.say(error_message(error))

    def _done(self, summary: RestoreSummary) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        self.secret_edit.clear()
        self.summary = summary
        if summary.kept_aside is not None:
            text = tr(
                "The backup of {moment} now is the vault. The vault it replaced is kept in {aside}."
            ).format(moment=format_moment(summary.made_at), aside=str(summary.kept_aside))
        else:
            text = tr("The backup of {moment} was restored into {folder} and checked.").format(
                moment=format_moment(summary.made_at), folder=str(summary.folder)
            )
        if summary.keys_from == "current":
            text += " " + tr("Your current passphrase and recovery code open it.")
        else:
            text += " " + tr("It opens with the passphrase or recovery code of the backup's day.")
        QMessageBox.information(self, tr("Backup restored"), text)
        self.restored.emit(summary)
        self.accept()


def offer_latest_backup(
    parent: QWidget | None, folder: Path, session: VaultSession | None = None
) -> bool:
    """For a damaged vault: name its latest backup and offer to restore it in its place."""
    latest = backups.latest_backup(folder)
    if latest is None:
        QMessageBox.warning(
            parent,
            tr("No backup found"),
            tr(
                "The vault is damaged and no backup of it was found beside it or in the backup "
                "folder. Do not delete anything; ask your ICT coordinator for help."
            ),
        )
        return False
    answer = QMessageBox.question(
        parent,
        tr("Restore the latest backup?"),
        tr(
            "The vault is damaged. The latest backup is from {moment} ({size}) in {folder}. "
            "Restore it? The damaged vault is kept aside."
        ).format(
            moment=format_moment(latest.made_at),
            size=size_text(latest.size),
            folder=str(latest.path.parent),
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    dialog = RestoreDialog(folder, session, parent, backup=latest.path)
    return dialog.exec() == QDialog.DialogCode.Accepted
