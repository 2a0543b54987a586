"""Receiving a transferred dossier: choose the file, give the passphrase, see who, from whom and
what, settle conflicting half days, then merge it in one transaction (off the GUI thread).

Opening the file plans the merge against the vault as it is (a dry run: nothing is written), so
the preview names every conflict before the user decides to keep this vault's code or take the
file's. Use `transfer_dialogs.TransferImportDialog` (this module is its home, to keep both dialogs
under 400 lines).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.transfer_schema import Receiver
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.keyboard import never_close_on_enter
from pa_desktop.gui.common.texts import format_date, half_day_name, tr
from pa_desktop.gui.common.user_guide import add_help_key
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.gui.transfer.texts import (
    attention_note,
    b_counts_text,
    error_text,
    match_text,
    receiver_name,
)
from pa_desktop.services import transfer
from pa_desktop.services.session import VaultSession


def labelled(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class TransferImportDialog(QDialog):
    """`imported(pupil_id)` fires once the dossier is merged (and logged)."""

    imported = Signal(int)

    def __init__(
        self, session: VaultSession, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        add_help_key(self, "transfer")
        self.session = session
        self.opened: transfer.OpenedTransfer | None = None
        self.preview: transfer.TransferPreview | None = None
        self.received: transfer.TransferPreview | None = None
        self.setWindowTitle(tr("Receive a transferred dossier"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(tr("A .padossier file from the sender"))
        self.browse_button = QPushButton(tr("&Browse…"))
        self.browse_button.clicked.connect(self._browse)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form.addRow(labelled(tr("&File"), self.file_edit), file_row)
        secret_row = QHBoxLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.open_button = QPushButton(tr("&Open"))
        self.open_button.clicked.connect(self.open_file)
        self.open_button.setDefault(True)  # Enter in the passphrase opens the file
        secret_row.addWidget(self.passphrase_edit, 1)
        secret_row.addWidget(self.open_button)
        form.addRow(labelled(tr("Transfer &passphrase"), self.passphrase_edit), secret_row)
        layout.addLayout(form)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(tr("Working"))
        self.busy_bar.hide()
        layout.addWidget(self.busy_bar)
        self.summary = QLabel(self._intro())
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        layout.addWidget(self.conflict_label)
        self.conflicts = QTableWidget(0, 5)
        self.conflicts.setAccessibleName(tr("Conflicting half days"))
        self.conflicts.setHorizontalHeaderLabels(
            [
                tr("Date"),
                tr("Half day"),
                tr("In this vault"),
                tr("In the file"),
                tr("Take the file's"),
            ]
        )
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.verticalHeader().hide()
        header = self.conflicts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.conflicts, 10)
        choices = QHBoxLayout()
        self.keep_all_button = QPushButton(tr("&Keep all of this vault's codes"))
        self.replace_all_button = QPushButton(tr("Take &all of the file's codes"))
        self.keep_all_button.clicked.connect(partial(self.choose_all, False))
        self.replace_all_button.clicked.connect(partial(self.choose_all, True))
        choices.addWidget(self.keep_all_button)
        choices.addWidget(self.replace_all_button)
        choices.addStretch(1)
        layout.addLayout(choices)
        layout.addStretch(1)  # takes the room while there is no conflict table
        self.error_label = QLabel()
        style_label(self.error_label, "error")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        style_label(self.done_label, "success", "font-weight: bold;")
        layout.addWidget(self.done_label)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(tr("&Import"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)
        layout.addWidget(buttons)
        never_close_on_enter(self)
        self._show_conflicts()
        self._update_buttons()
        fit_window(self, "transfer_receive", QSize(820, 620))
        if path is not None:
            self.file_edit.setText(str(path))
            self.passphrase_edit.setFocus()

    @staticmethod
    def _intro() -> str:
        return tr("Choose the file and give the passphrase the sender told you.")

    # steps ---------------------------------------------------------------------------------------
    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Choose the dossier file"),
            self.file_edit.text() or str(Path.home()),
            tr("PA Desktop dossier (*.padossier);;All files (*)"),
        )
        if chosen:
            self.file_edit.setText(chosen)

    def _busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        for widget in (self.open_button, self.browse_button, self.file_edit, self.passphrase_edit):
            widget.setEnabled(not busy)
        self._update_buttons(busy)

    def _update_buttons(self, busy: bool = False) -> None:
        ready = self.preview is not None and self.received is None and not busy
        self.import_button.setEnabled(ready)
        has_conflicts = ready and self.conflicts.rowCount() > 0
        self.keep_all_button.setEnabled(has_conflicts)
        self.replace_all_button.setEnabled(has_conflicts)

    def _run(self, work: Any, done: Any) -> None:
        self.error_label.clear()
        self._busy(True)

        def finish(value: Any) -> None:
            self._busy(False)
            done(value)
            self._update_buttons()

        def fail(error: Exception) -> None:
            self._busy(False)
            self.error_label.setText(error_text(error))
            self._update_buttons()

        run_in_background(work, finish, fail, self)

    def open_file(self) -> None:
        """Decrypt, check and plan the merge (a dry run): the preview, nothing written."""
        path, passphrase = Path(self.file_edit.text().strip()), self.passphrase_edit.text()
        if not self.file_edit.text().strip():
            self.error_label.setText(tr("Choose the dossier file first."))
            return
        session = self.session
        self.preview = self.opened = self.received = None
        self.done_label.clear()
        self.summary.setText(self._intro())  # never a stale preview beside a new refusal
        self.conflicts.setEnabled(True)

        def work() -> tuple[transfer.OpenedTransfer, transfer.TransferPreview]:
            opened = transfer.open_transfer(path, passphrase)
            return opened, transfer.preview_import(session, opened)

        def done(value: tuple[transfer.OpenedTransfer, transfer.TransferPreview]) -> None:
            self.opened, self.preview = value
            self._show_preview(self.preview)

        self._show_conflicts()
        self._run(work, done)

    def _show_preview(self, preview: transfer.TransferPreview) -> None:
        d = preview.dossier
        p = d.pupil
        born = format_date(p.birth_date) if p.birth_date else "—"
        counts = transfer.counts(preview.plan)
        lines = [
            tr("{name}, born {born}, class {klass}").format(
                name=f"{p.first_name} {p.last_name}", born=born, klass=p.class_name or "—"
            ),
            tr("From {sender} ({who}), made on {date} for {receiver}.").format(
                sender=d.sender.organisation,
                who=d.sender.user_name or "?",
                date=format_date(d.exported_at.date()),
                receiver=receiver_name(d.receiver),
            ),
            tr("School years: {years}.").format(years=", ".join(y.label for y in d.school_years)),
        ]
        if d.receiver is Receiver.SCHOOL:
            lines.append(
                tr("B half days, without their dates: {counts}.").format(counts=b_counts_text(d))
            )
        lines.append(match_text(preview))
        lines.append(
            tr(
                "New here: absent half days {absences}, measures {measures}, trajectory steps "
                "{steps}, checklist answers {answers}, warning signals {flags}. Already here: "
                "half days {same}."
            ).format(
                absences=counts["absences_new"],
                measures=counts["measures_new"],
                steps=counts["steps_new"],
                answers=counts["checklist_new"],
                flags=counts["flags_new"],
                same=counts["absences_unchanged"],
            )
        )
        if preview.plan.school_change_added:
            lines.append(tr("The pupil gets the attention flag ⚑ (a school-change step)."))
        if preview.previous_imports:
            lines.append(
                tr("This file was imported before, on {date}; importing it again adds only what "
                   "is missing.").format(date=format_date(preview.previous_imports[-1].date()))
            )  # fmt: skip
        escaped = [_escape(line) for line in lines]
        self.summary.setText("<b>" + escaped[0] + "</b><br>" + "<br>".join(escaped[1:]))
        self._show_conflicts(preview)

    def _show_conflicts(self, preview: transfer.TransferPreview | None = None) -> None:
        conflicts = preview.conflicts if preview is not None else ()
        self.conflicts.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            cells = [
                format_date(conflict.day),
                half_day_name(conflict.half.value),
                conflict.ours,
                conflict.theirs,
            ]
            for column, text in enumerate(cells):
                self.conflicts.setItem(row, column, QTableWidgetItem(text))
            choice = QTableWidgetItem(tr("take"))
            choice.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            choice.setCheckState(Qt.CheckState.Unchecked)
            choice.setData(Qt.ItemDataRole.UserRole, (conflict.day, conflict.half.value))
            self.conflicts.setItem(row, 4, choice)
        self.conflicts.setVisible(bool(conflicts))
        self.keep_all_button.setVisible(bool(conflicts))
        self.replace_all_button.setVisible(bool(conflicts))
        self.conflict_label.setText(
            tr(
                "%n half day(s) with another code here than in the file. This vault's code "
                "stays unless you tick it.",
                "",
                len(conflicts),
            )
            if conflicts
            else ""
        )

    def choose_all(self, replace: bool) -> None:
        state = Qt.CheckState.Checked if replace else Qt.CheckState.Unchecked
        for row in range(self.conflicts.rowCount()):
            item = self.conflicts.item(row, 4)
            if item is not None:
                item.setCheckState(state)

    def replace_slots(self) -> list[tuple[Any, str]]:
        chosen = []
        for row in range(self.conflicts.rowCount()):
            item = self.conflicts.item(row, 4)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.append(item.data(Qt.ItemDataRole.UserRole))
        return chosen

    def start_import(self) -> None:
        opened = self.opened
        if opened is None or self.preview is None:
            return
        session, slots, note = self.session, self.replace_slots(), attention_note(opened.dossier)
        self._run(
            lambda: transfer.import_dossier(
                session, opened, replace_slots=slots, attention_note=note
            ),
            self._imported,
        )

    def _imported(self, result: transfer.TransferPreview) -> None:
        self.received = result
        self.conflicts.setEnabled(False)
        self.done_label.setText(
            tr("Imported. The dossier is merged and the transfer is in the audit log.")
        )
        assert result.pupil_id is not None
        self.imported.emit(result.pupil_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
