"""Backups in the GUI: back up now, the automatic backups' settings and timer, and the check of
the vault (restoring one is restore_dialog.py).

Every backup and check runs off the GUI thread; a failed check offers the latest backup.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.gui.care.restore_dialog import offer_latest_backup
from pa_desktop.gui.care.texts import error_message, format_moment, size_text
from pa_desktop.gui.common.colours import MessageLine
from pa_desktop.gui.common.outputs import refused_inside_vault
from pa_desktop.gui.common.texts import format_number, tr
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.services import backups, care
from pa_desktop.services.backups import BackupPolicy, BackupSummary
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
        self.message = MessageLine()
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
            self.message.say(error_message(error))
            return
        self.accept()


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
        # a timer of its own (not a bare singleShot), so that stop() also cancels the first check
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(first_ms)
        self._first.timeout.connect(self.check)
        self._first.start()

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
        self._first.stop()

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
