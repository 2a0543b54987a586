"""Backups in the GUI: back up now, the automatic backups' settings and timer, restore, the check
of the vault, and the offer of the latest backup when the vault is damaged.

Every backup and restore runs off the GUI thread; a restore writes into a new folder and is
checked there before it replaces anything, and the replaced vault is kept aside.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.gui.care.texts import error_message, format_moment, size_text
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.outputs import refused_inside_vault
from pa_desktop.gui.common.texts import format_number, tr
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.services import backups, care
from pa_desktop.services.backups import BackupPolicy, BackupSummary, RestoreSummary
from pa_desktop.services.errors import BackupFileError, ServiceError
from pa_desktop.services.session import VaultSession

_FIRST_CHECK_MS = 60_000
_CHECK_EVERY_MS = 10 * 60_000


def _status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15_000)


# back up now ----------------------------------------------------------------------------------
def back_up_now(parent: QWidget | None, session: VaultSession) -> None:
    """Ask where, then write one backup file off the GUI thread."""
    stamp = datetime.now().strftime("%Y-%m-%d")
    folder = backups.folder_of(session)
    suggested = (folder if folder.is_dir() else Path.home()) / f"pa-desktop-{stamp}.pabackup"
    chosen, _ = QFileDialog.getSaveFileName(
        parent, tr("Back up the vault"), str(suggested), tr("PA Desktop backups (*.pabackup)")
    )
    if not chosen:
        return
    target = Path(chosen)
    if target.suffix != ".pabackup":
        target = target.with_name(target.name + ".pabackup")
    if refused_inside_vault(parent, session.folder, target):
        return
    _status(parent, tr("Making a backup…"))

    def done(summary: BackupSummary) -> None:
        _status(parent, "")
        QMessageBox.information(
            parent,
            tr("Backup made"),
            tr(
                "The backup is saved in {path} ({size}, {seconds} s). It is encrypted and opens "
                "with today's passphrase or recovery code."
            ).format(
                path=str(summary.path),
                size=size_text(summary.size),
                seconds=format_number(summary.seconds),
            ),
        )

    def failed(error: Exception) -> None:
        _status(parent, "")
        QMessageBox.warning(parent, tr("Backup not made"), error_message(error))

    run_in_background(lambda: backups.make_backup(session, target), done, failed)


# settings -------------------------------------------------------------------------------------
class BackupSettingsDialog(QDialog):
    """Automatic backups: on or off, daily or weekly, how many kept, and where."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Backup settings"))
        policy = backups.policy(session)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro = QLabel(
            tr(
                "PA Desktop makes an encrypted backup of the vault while it runs. Keep the "
                "backups on another disk (a USB stick, a school share), so a lost or broken "
                "laptop does not take them along. A backup opens with the passphrase or recovery "
                "code that were valid on its day."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.enabled_check = QCheckBox(tr("Make backups &automatically"))
        self.enabled_check.setChecked(policy.enabled)
        form.addRow(self.enabled_check)
        self.interval_combo = QComboBox()
        self.interval_combo.addItem(tr("every day"), "daily")
        self.interval_combo.addItem(tr("every week"), "weekly")
        self.interval_combo.setCurrentIndex(max(0, self.interval_combo.findData(policy.interval)))
        form.addRow(tr("&How often"), self.interval_combo)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(*backups.KEEP_RANGE)
        self.keep_spin.setValue(policy.keep)
        self.keep_spin.setSuffix(tr(" backups"))
        form.addRow(tr("&Keep the last"), self.keep_spin)
        self.folder_edit = QLineEdit(str(backups.folder_of(session, policy)))
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setMinimumWidth(360)
        self._custom_folder = policy.folder
        choose = QPushButton(tr("Ch&oose…"))
        choose.clicked.connect(self._choose)
        default = QPushButton(tr("&Default"))
        default.setToolTip(tr("The folder 'backups' beside the vault, on this computer"))
        default.clicked.connect(self._default)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        row.addWidget(default)
        folder_label = QLabel(tr("&Folder"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, row)
        last = backups.last_backup(session)
        self.last_label = QLabel(format_moment(last) if last else tr("none yet"))
        form.addRow(tr("Last backup"), self.last_label)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        style_label(self.message, "error", "font-weight: 600;")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr("Folder for the backups"), self.folder_edit.text()
        )
        if chosen:
            self._custom_folder = chosen
            self.folder_edit.setText(chosen)

    def _default(self) -> None:
        self._custom_folder = ""
        self.folder_edit.setText(str(backups.default_folder(self.session.folder)))

    def policy(self) -> BackupPolicy:
        return BackupPolicy(
            enabled=self.enabled_check.isChecked(),
            interval=str(self.interval_combo.currentData()),
            keep=self.keep_spin.value(),
            folder=self._custom_folder,
        )

    def _save(self) -> None:
        try:
            backups.save_policy(self.session, self.policy())
        except ServiceError as error:
            self.message.setText(error_message(error))
            self.message.show()
            return
        self.accept()


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

        self.message = QLabel()
        self.message.setWordWrap(True)
        style_label(self.message, "error", "font-weight: 600;")
        self.message.hide()
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

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _go(self) -> None:
        path_text = self.file_edit.text()
        secret = self.secret_edit.text()
        if not path_text:
            self._show(tr("Choose a backup file first."))
            return
        if not secret:
            self._show(tr("Enter the passphrase or recovery code first."))
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
        self._show(error_message(error))

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


# check ----------------------------------------------------------------------------------------
def check_vault(parent: QWidget | None, session: VaultSession) -> None:
    """Run every check off the GUI thread; on problems, offer the latest backup."""
    _status(parent, tr("Checking the vault…"))

    def done(problems: list[str]) -> None:
        _status(parent, "")
        if not problems:
            QMessageBox.information(
                parent,
                tr("Check the vault"),
                tr(
                    "The vault is sound: every page, the encryption and the audit log were checked."
                ),
            )
            return
        shown = "\n".join(problems[:8])
        QMessageBox.warning(
            parent,
            tr("Check the vault"),
            tr("The check found problems:\n{problems}").format(problems=shown),
        )
        offer_latest_backup(parent, session.folder, session)

    def failed(error: Exception) -> None:
        _status(parent, "")
        QMessageBox.warning(parent, tr("Check the vault"), error_message(error))

    run_in_background(lambda: care.check(session), done, failed)


# automatic backups ----------------------------------------------------------------------------
class BackupScheduler(QObject):
    """Asks `backup_due` now and then and makes the automatic backup off the GUI thread."""

    made = Signal(object)  # BackupSummary
    failed = Signal(object)  # the error

    def __init__(
        self,
        session: VaultSession,
        parent: QWidget | None = None,
        first_ms: int = _FIRST_CHECK_MS,
        every_ms: int = _CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent
        self._running = False
        self._warned: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        QTimer.singleShot(first_ms, self, self.check)

    def check(self) -> None:
        if self._running or self.session.is_locked:
            return
        self._running = True
        session = self.session
        run_in_background(
            lambda: backups.automatic_backup(session, datetime.now(UTC)),
            self._done,
            self._failed,
        )

    def stop(self) -> None:
        self._timer.stop()

    def _done(self, summary: BackupSummary | None) -> None:
        self._running = False
        if summary is not None:
            self._warned.clear()
            text = tr("Automatic backup made ({size}).").format(size=size_text(summary.size))
            if summary.kept_for_pupils is not None:
                text += " " + tr(
                    "The vault now holds fewer pupils than an older backup, so that backup was "
                    "kept instead of rotated out: {name}. Delete it yourself once you are sure."
                ).format(name=summary.kept_for_pupils.name)
            _status(self._parent, text)
            self.made.emit(summary)

    def _failed(self, error: Exception) -> None:
        self._running = False
        self.failed.emit(error)
        key = type(error).__name__ + getattr(error, "kind", "") + getattr(error, "reason", "")
        if key in self._warned or self.session.is_locked:
            return
        self._warned.add(key)
        if isinstance(error, BackupFileError) and error.reason == "check_failed":
            text = tr(
                "The vault failed its check, so no automatic backup was made: your earlier "
                "backups are kept as they are. Use Vault, Check the vault… to see more."
            )
        else:
            text = tr("The automatic backup was not made. {reason}").format(
                reason=error_message(error)
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning, tr("Automatic backup"), text, parent=self._parent
        )
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
