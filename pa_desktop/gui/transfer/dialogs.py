"""Warm transfer: hand one pupil's dossier to the next school or CLB worker, and receive one.

The export dialog shows, for the receiver chosen, what goes and what stays before anything
leaves; the import dialog shows who, from whom and what before anything is written, and lets the
user settle every conflicting half day. The slow parts (Argon2id, the merge) run off the GUI
thread. The owner opens them (dossier window, main window) and listens to `exported`/`imported`.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.transfer import for_receiver, sections_for
from pa_desktop.domain.transfer_schema import Dossier, Receiver
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.keyboard import never_close_on_enter
from pa_desktop.gui.common.outputs import inside_vault_message, refused_inside_vault
from pa_desktop.gui.common.texts import format_date, problem_text, strength_hint, tr
from pa_desktop.gui.common.user_guide import add_help_key
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.gui.transfer.receive import TransferImportDialog, labelled
from pa_desktop.gui.transfer.texts import receiver_advice, section_text
from pa_desktop.services import transfer
from pa_desktop.services.access import MIN_PASSPHRASE_LENGTH, passphrase_strength
from pa_desktop.services.errors import InvalidInputError, OutputInVaultError
from pa_desktop.services.session import VaultSession

__all__ = ["TransferExportDialog", "TransferImportDialog"]
_YEARS_BACK = 4


class TransferExportDialog(QDialog):
    """`exported(path)` fires once the file is written (and logged)."""

    exported = Signal(str)

    def __init__(self, session: VaultSession, pupil_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        add_help_key(self, "transfer")
        self.session = session
        self.pupil_id = pupil_id
        self.path: Path | None = None
        pupil = session.pupil(pupil_id)
        self.setWindowTitle(tr("Transfer the dossier"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "A warm transfer hands the dossier of {name} to the next school or CLB worker "
                "as one encrypted file."
            ).format(name=f"{pupil.first_name} {pupil.last_name}")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.receiver_combo = QComboBox()
        self.receiver_combo.addItem(tr("A school (the new school's care team)"), Receiver.SCHOOL)
        self.receiver_combo.addItem(tr("A CLB worker (the next CLB)"), Receiver.CLB)
        self.receiver_combo.currentIndexChanged.connect(self.refresh)
        form.addRow(labelled(tr("&Receiver"), self.receiver_combo), self.receiver_combo)
        years_row = QHBoxLayout()
        self.year_checks: list[QCheckBox] = []
        current = session.current_school_year()
        for offset in range(_YEARS_BACK):
            year = SchoolYear(current.start_year - offset)
            check = QCheckBox(year.label)
            check.setProperty("start_year", year.start_year)
            check.setChecked(offset == 0)
            check.toggled.connect(self.refresh)
            self.year_checks.append(check)
            years_row.addWidget(check)
        years_row.addStretch(1)
        form.addRow(QLabel(tr("School years")), years_row)
        layout.addLayout(form)

        lists = QHBoxLayout()
        going_box = QGroupBox(tr("What goes"))
        self.going_list = QListWidget()
        self.going_list.setAccessibleName(tr("What goes"))
        QVBoxLayout(going_box).addWidget(self.going_list)
        staying_box = QGroupBox(tr("What stays in this vault"))
        self.staying_list = QListWidget()
        self.staying_list.setAccessibleName(tr("What stays in this vault"))
        QVBoxLayout(staying_box).addWidget(self.staying_list)
        for box, widget in ((going_box, self.going_list), (staying_box, self.staying_list)):
            widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            widget.setWordWrap(True)
            lists.addWidget(box, 1)
        layout.addLayout(lists, 1)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        layout.addWidget(self.advice_label)

        secret = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        secret.addRow(
            labelled(tr("Transfer &passphrase"), self.passphrase_edit), self.passphrase_edit
        )
        secret.addRow(labelled(tr("Repe&at"), self.repeat_edit), self.repeat_edit)
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        secret.addRow(self.strength_label)
        layout.addLayout(secret)
        channel = QLabel(
            tr(
                "Give the passphrase to the receiver by another channel (phone, in person), "
                "never together with the file."
            )
        )
        channel.setWordWrap(True)
        layout.addWidget(channel)
        self.problem_label = QLabel()
        style_label(self.problem_label, "error")
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(tr("&Save as…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(buttons)
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self._passphrase_changed)
        self._passphrase_changed()
        self.refresh()
        never_close_on_enter(self)
        fit_window(self, "transfer_send", QSize(860, 640))

    # choices -------------------------------------------------------------------------------------
    def receiver(self) -> Receiver:
        return Receiver(self.receiver_combo.currentData())

    def years(self) -> list[SchoolYear]:
        return [
            SchoolYear(int(c.property("start_year"))) for c in self.year_checks if c.isChecked()
        ]

    def refresh(self) -> None:
        """Rebuild the two lists for the receiver and years chosen (one pupil: a few queries)."""
        self.going_list.clear()
        self.staying_list.clear()
        receiver = self.receiver()
        self.advice_label.setText(receiver_advice(receiver))
        years = self.years()
        if not years:
            self.going_list.addItem(tr("Choose at least one school year."))
            self._update_button()
            return
        full: Dossier = transfer.full_dossier(self.session, self.pupil_id, years)
        trimmed = for_receiver(full, receiver)
        going, staying = sections_for(receiver)
        for section in going:
            self.going_list.addItem("✓  " + section_text(section, trimmed))
        for section in staying:
            self.staying_list.addItem("✗  " + section_text(section, full))
        if not staying:
            self.staying_list.addItem(tr("Nothing: the CLB worker receives the whole dossier."))
        self._update_button()

    def _passphrase_changed(self) -> None:
        text = self.passphrase_edit.text()
        hint = strength_hint(passphrase_strength(text)) if text else ""
        if self.repeat_edit.text() and self.repeat_edit.text() != text:
            hint += " " + tr("The two passphrases differ.")
        self.strength_label.setText(hint.strip())
        self._update_button()

    def _ready(self) -> bool:
        text = self.passphrase_edit.text()
        return (
            bool(self.years())
            and len(text) >= MIN_PASSPHRASE_LENGTH
            and text == self.repeat_edit.text()
        )

    def _update_button(self) -> None:
        self.save_button.setEnabled(self._ready())

    # export --------------------------------------------------------------------------------------
    def save(self) -> None:
        if not self._ready():
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            tr("Save the dossier as"),
            str(Path(documents) / transfer.file_name(secrets.token_hex(6))),
            tr("PA Desktop dossier (*.padossier)"),
        )
        if chosen and not refused_inside_vault(self, self.session.folder, Path(chosen)):
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> None:
        """Write to `target` (a file, or a folder for the default name) off the GUI thread."""
        session, pupil_id = self.session, self.pupil_id
        receiver, years, passphrase = self.receiver(), self.years(), self.passphrase_edit.text()
        self.save_button.setEnabled(False)
        self.problem_label.clear()
        self.status.setText(tr("Encrypting the dossier…"))
        run_in_background(
            lambda: transfer.export_dossier(session, pupil_id, receiver, years, passphrase, target),
            self._exported,
            self._failed,
            self,
        )

    def _exported(self, done: transfer.ExportedTransfer) -> None:
        self.path = done.path
        self.status.setText(
            tr(
                "Saved as {name} ({when}). Send the file; give the passphrase by another "
                "channel. The transfer is in the audit log."
            ).format(name=done.path.name, when=format_date(self.session.today()))
        )
        self._update_button()
        self.exported.emit(str(done.path))

    def _failed(self, error: Exception) -> None:
        self.status.clear()
        if isinstance(error, InvalidInputError):
            text = " ".join(problem_text(p) for p in error.problems)
        elif isinstance(error, OutputInVaultError):
            text = inside_vault_message()
        else:
            text = tr("The dossier could not be saved ({kind}).").format(kind=type(error).__name__)
        self.problem_label.setText(text)
        self._update_button()
