"""The referral to the CLB: choose what leaves the vault, see every page, then export.

Minimal by default (no notes, no birth date, no full measure list); a password is recommended.
The document is built and rendered off the GUI thread, and the preview shows the real PDF.
Above the export button the checklist's readiness says what is still missing (no reason, no
contact with the parents, no help question); exporting anyway asks once, naming it.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.keyboard import never_close_on_enter
from pa_desktop.gui.common.outputs import inside_vault_message, refused_inside_vault
from pa_desktop.gui.common.texts import readiness_text, tr
from pa_desktop.gui.common.user_guide import add_help_key
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.services import checklist
from pa_desktop.services.errors import OutputInVaultError
from pa_desktop.services.pdf_preview import render_pages
from pa_desktop.services.referral import ReferralOptions, build_referral, export_referral
from pa_desktop.services.session import VaultSession

MIN_PASSWORD = 8


class ReferralDialog(QDialog):
    exported = Signal(str)  # the file name, after a successful export

    def __init__(
        self, session: VaultSession, pupil_id: int, year: SchoolYear, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        add_help_key(self, "referral")
        self.session = session
        self.pupil_id = pupil_id
        self.year = year
        self.setWindowTitle(tr("Referral to the CLB"))
        layout = QHBoxLayout(self)
        options = QWidget()
        form = QFormLayout(options)
        self.language_combo = QComboBox()
        for code, name in (("nl", "Nederlands"), ("fr", "Français"), ("en", "English")):
            self.language_combo.addItem(name, code)
        form.addRow(self._label(tr("Document &language"), self.language_combo), self.language_combo)
        self.version_combo = QComboBox()
        self.version_combo.addItem(tr("Extended checklist"), False)
        self.version_combo.addItem(tr("Brief checklist"), True)
        form.addRow(self._label(tr("Ver&sion"), self.version_combo), self.version_combo)
        self.recipient_edit = QLineEdit(session.profile().clb)
        form.addRow(self._label(tr("&Recipient"), self.recipient_edit), self.recipient_edit)
        self.pseudonymise_check = QCheckBox(
            tr("&Pseudonymise (a reference code instead of the name, everywhere)")
        )
        self.birth_check = QCheckBox(tr("Include the &birth date"))
        self.notes_check = QCheckBox(tr("Include free-text &notes and agreements"))
        self.measures_check = QCheckBox(tr("Include the full list of &measures"))
        self.doubtful_check = QCheckBox(tr("Include the number of doubtful medical certificates"))
        for check in (
            self.pseudonymise_check,
            self.birth_check,
            self.notes_check,
            self.measures_check,
            self.doubtful_check,
        ):
            form.addRow(check)
        self.help_edit = QPlainTextEdit()
        self.help_edit.setPlaceholderText(tr("Worded together with the pupil where possible"))
        self.help_edit.setMaximumHeight(80)
        self.help_edit.setTabChangesFocus(True)
        form.addRow(self._label(tr("&Help question"), self.help_edit), self.help_edit)
        self.pupil_told = QCheckBox(tr("The pupil was told about the registration"))
        self.parents_told = QCheckBox(tr("The parents were told about the registration"))
        form.addRow(self.pupil_told)
        form.addRow(self.parents_told)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            self._label(tr("Pass&word (recommended)"), self.password_edit), self.password_edit
        )
        form.addRow(self._label(tr("Repe&at"), self.repeat_edit), self.repeat_edit)
        hint = QLabel(
            tr(
                "Give the password to the CLB by another channel (phone, in person), "
                "never in the same e-mail."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.readiness_label = QLabel()
        self.readiness_label.setWordWrap(True)
        self.readiness_label.setTextFormat(Qt.TextFormat.RichText)
        self.readiness_label.setAccessibleName(tr("What is missing before a registration"))
        form.addRow(self.readiness_label)
        self.help_edit.textChanged.connect(self._show_readiness)
        self.problem_label = QLabel()
        style_label(self.problem_label, "error")
        self.problem_label.setWordWrap(True)
        form.addRow(self.problem_label)
        buttons = QDialogButtonBox()
        self.preview_button = QPushButton(tr("Pre&view"))
        self.export_button = QPushButton(tr("&Export…"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(self.export)
        form.addRow(buttons)
        layout.addWidget(options)
        self.pages = QVBoxLayout()
        pages_widget = QWidget()
        pages_widget.setLayout(self.pages)
        scroll = QScrollArea()
        scroll.setWidget(pages_widget)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(560)
        scroll.setAccessibleName(tr("Preview of every page"))
        self.status = QLabel(tr("The preview shows exactly what will leave the vault."))
        preview_column = QVBoxLayout()
        preview_column.addWidget(self.status)
        preview_column.addWidget(scroll, 1)
        layout.addLayout(preview_column, 1)
        self._readiness = self._load_readiness()
        self._show_readiness()
        never_close_on_enter(self)
        fit_window(self, "referral", QSize(1180, 820))

    def _load_readiness(self) -> list[str]:
        return checklist.load_checklist(self.session, self.pupil_id, self.year).readiness

    def missing(self) -> list[str]:
        """What the checklist says is missing before a registration (ids); a help question
        typed here counts as worded. Read once when the dialog opens (not per keystroke) and
        again just before an export, in case the checklist changed meanwhile."""
        ids = self._readiness
        if self.help_edit.toPlainText().strip():
            ids = [m for m in ids if m != "no_help_question"]
        return ids

    def _show_readiness(self) -> None:
        missing = self.missing()
        if missing:
            heading = escape(tr("Still missing for a registration:"))
            items = "".join(f"<li>{escape(readiness_text(m))}</li>" for m in missing)
            self.readiness_label.setText(f"<b>{heading}</b><ul>{items}</ul>")
            style_label(self.readiness_label, "warning")  # readable in a dark theme too
        else:
            ready = tr(
                "The checklist is ready: reason, contact with the parents and help question."
            )
            self.readiness_label.setText(escape(ready))
            self.readiness_label.setStyleSheet("")

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def options(self) -> ReferralOptions | None:
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self.problem_label.setText(tr("The two passwords differ."))
            return None
        if password and len(password) < MIN_PASSWORD:
            self.problem_label.setText(
                tr("A password needs at least {n} characters.").format(n=MIN_PASSWORD)
            )
            return None
        self.problem_label.setText("")
        return ReferralOptions(
            brief=bool(self.version_combo.currentData()),
            pseudonymise=self.pseudonymise_check.isChecked(),
            language=str(self.language_combo.currentData()),
            include_birth_date=self.birth_check.isChecked(),
            include_notes=self.notes_check.isChecked(),
            include_measure_list=self.measures_check.isChecked(),
            include_doubtful_certificates=self.doubtful_check.isChecked(),
            help_question=self.help_edit.toPlainText(),
            pupil_informed=self.pupil_told.isChecked(),
            parents_informed=self.parents_told.isChecked(),
            password=password or None,
            recipient=self.recipient_edit.text(),
        )

    def _busy(self, busy: bool, text: str = "") -> None:
        self.preview_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        if text:
            self.status.setText(text)

    def preview(self) -> None:
        options = self.options()
        if options is None:
            return
        session, pupil_id, year = self.session, self.pupil_id, self.year

        def work() -> list[bytes]:
            document = build_referral(session, pupil_id, year, options)
            return render_pages(document.data, options.password)

        self._busy(True, tr("Building the preview…"))
        run_in_background(work, self._show_pages, self._failed, self)

    def _show_pages(self, pages: list[bytes]) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for index, png in enumerate(pages, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(QImage.fromData(png)))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setAccessibleName(tr("Page {n}").format(n=index))
            label.setStyleSheet("border: 1px solid #999; margin: 4px;")
            self.pages.addWidget(label)
        self._busy(
            False,
            tr("%n page(s): this is exactly what will leave the vault.", "", len(pages)),
        )

    def export(self) -> None:
        options = self.options()
        if options is None:
            return
        if not self.confirm_export(options):
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = QFileDialog.getExistingDirectory(self, tr("Save the referral in"), documents)
        if not folder or refused_inside_vault(self, self.session.folder, Path(folder)):
            return
        self.export_to(Path(folder), options)

    def confirm_export(self, options: ReferralOptions) -> bool:
        """One question for everything that speaks against exporting now: what the checklist
        misses and a missing password. Nothing to say: no question at all."""
        self._readiness = self._load_readiness()
        self._show_readiness()
        concerns = [readiness_text(m) for m in self.missing()]
        if not options.password:
            concerns.append(tr("There is no password, and the document holds data about a minor."))
        if not concerns:
            return True
        answer = QMessageBox.question(
            self,
            tr("Export anyway?"),
            tr("Before this referral leaves:")
            + "\n\n"
            + "\n".join(f"• {c}" for c in concerns)
            + "\n\n"
            + tr("Export it anyway?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_to(self, folder: Path, options: ReferralOptions) -> None:
        session, pupil_id, year = self.session, self.pupil_id, self.year
        self._busy(True, tr("Exporting…"))
        run_in_background(
            lambda: export_referral(session, pupil_id, year, options, folder),
            lambda document: self._exported(folder / document.file_name),
            self._failed,
            self,
        )

    def _exported(self, path: Path) -> None:
        self._busy(
            False, tr("Saved as {name}. The export is in the audit log.").format(name=path.name)
        )
        self.exported.emit(str(path))

    def _failed(self, error: Exception) -> None:
        if isinstance(error, OutputInVaultError):
            self._busy(False, inside_vault_message())
            return
        self._busy(
            False, tr("The document could not be made ({kind}).").format(kind=type(error).__name__)
        )
