"""The signalling list for the CLB: who is on it, export as PDF or CSV, mark them signalled."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.common.operations import CollectionOp, OpChanges, QueryOp
from pa_desktop.gui.common.outputs import refused_inside_vault
from pa_desktop.gui.common.texts import format_date, step_label, tr
from pa_desktop.gui.common.user_guide import add_help_key
from pa_desktop.gui.schools.chooser import SchoolChooser
from pa_desktop.services.session import VaultSession
from pa_desktop.services.signal_list import (
    SignalList,
    export_signal_list,
    mark_signalled,
    signal_list,
)


class SignalListDialog(QDialog):
    changed = Signal()
    loaded = Signal()  # the list is shown (it is read off the GUI thread)
    exported = Signal(str)  # the path written

    def __init__(
        self,
        session: VaultSession,
        year: SchoolYear,
        parent: QWidget | None = None,
        school: int | None = None,
    ) -> None:
        super().__init__(parent)
        add_help_key(self, "referral")
        self.session = session
        self.year = year
        self.listing: SignalList | None = None
        self._generation = 0
        self._school: int | None = None
        self.setWindowTitle(tr("Signalling list for the CLB"))
        layout = QVBoxLayout(self)
        # one list per school: it goes to that school's CLB contact (hidden with one school)
        self.school_combo = SchoolChooser(session, with_all=False)
        self.school_combo.select_school(school)
        school_row = QHBoxLayout()
        school_label = QLabel(tr("Sc&hool:"))
        school_label.setBuddy(self.school_combo)
        school_label.setVisible(self.school_combo.several)
        school_row.addWidget(school_label)
        school_row.addWidget(self.school_combo, 1)
        layout.addLayout(school_row)
        self.school_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.all_check = QCheckBox(tr("Also pupils who were already &signalled"))
        self.all_check.toggled.connect(self.reload)
        layout.addWidget(self.all_check)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                tr("Pupil no."),
                tr("Pupil"),
                tr("Class"),
                tr("B"),
                tr("5th B"),
                tr("Absent"),
                tr("Trajectory"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr("Pupils on the signalling list"))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.language_combo = QComboBox()
        for code, name in (("nl", "Nederlands"), ("fr", "Français"), ("en", "English")):
            self.language_combo.addItem(name, code)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(tr("PDF password (recommended)"))
        self.password_edit.setAccessibleName(tr("PDF password"))
        language_label = QLabel(tr("&Language"))
        language_label.setBuddy(self.language_combo)
        self.language_combo.setAccessibleName(tr("Language of the document"))
        row.addWidget(language_label)
        row.addWidget(self.language_combo)
        password_label = QLabel(tr("Pass&word for the PDF"))
        password_label.setBuddy(self.password_edit)
        row.addWidget(password_label)
        row.addWidget(self.password_edit, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox()
        self.pdf_button = QPushButton(tr("Export &PDF…"))
        self.csv_button = QPushButton(tr("Export &CSV…"))
        self.mark_button = QPushButton(tr("&Mark these as signalled"))
        for button in (self.pdf_button, self.csv_button, self.mark_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(partial(self.export, ".pdf"))
        self.csv_button.clicked.connect(partial(self.export, ".csv"))
        self.mark_button.clicked.connect(self.mark)
        layout.addWidget(buttons)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.resize(820, 520)
        self.reload()

    def reload(self) -> None:
        """Read the list off the GUI thread (the figures of a whole school); the buttons wait."""
        for button in (self.pdf_button, self.csv_button, self.mark_button):
            button.setEnabled(False)
        self.status.setText(tr("Reading the list…"))
        session, year, everyone = self.session, self.year, self.all_check.isChecked()
        school = self._school = self.school_combo.selected_school()
        self._generation += 1
        generation = self._generation

        def show(listing: SignalList) -> None:
            if generation == self._generation:
                self._show(listing)

        QueryOp(
            self, lambda _progress: signal_list(session, year, everyone, school), show
        ).run_in_background()

    def _show(self, listing: SignalList) -> None:
        self.listing = listing
        self.status.clear()
        rows = listing.rows
        self.intro.setText(
            tr("{year}: {n} pupil(s) with {b} or more B half days{which}.").format(
                year=self.year.label,
                n=len(rows),
                b=self.session.thresholds(self._school).clb_signal_b,
                which="" if self.all_check.isChecked() else tr(", not yet signalled"),
            )
        )
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = [
                row.pupil.school_number or "",
                row.pupil.display_name,
                row.pupil.class_name,
                f"{row.figures.b_count} + {row.carried_b}"
                if row.carried_b
                else str(row.figures.b_count),
                format_date(row.figures.b_fifth_date),
                str(row.figures.total),
                step_label(row.state),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        has = bool(rows)
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(has)
        self.mark_button.setEnabled(any("clb_signal_due" in r.signal_ids for r in rows))
        self.loaded.emit()

    def export(self, suffix: str) -> None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        default = f"signaleringslijst-{self.year.label}{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Save the signalling list"), str(Path(documents) / default)
        )
        target = Path(chosen).with_suffix(suffix) if chosen else None
        if target is not None and not refused_inside_vault(self, self.session.folder, target):
            self.export_to(target)

    def export_to(self, path: Path) -> None:
        assert self.listing is not None
        password = self.password_edit.text() or None
        if password and path.suffix.lower() == ".csv":
            self.status.setText(
                tr(
                    "A CSV file cannot carry a password. Export a PDF, or clear the password to "
                    "export the CSV without one."
                )
            )
            return
        session, listing = self.session, self.listing
        language = str(self.language_combo.currentData())

        def saved(_document: object) -> None:
            self.status.setText(
                tr("Saved as {name}. The export is in the audit log.").format(name=path.name)
            )
            self.exported.emit(str(path))

        CollectionOp(
            self,
            session,
            lambda _progress: export_signal_list(session, listing, path, language, password),
            OpChanges(kinds=frozenset({"audit"})),
        ).success(saved).with_progress(tr("Saving the signalling list…")).run_in_background()

    def mark(self) -> None:
        assert self.listing is not None
        due = sum(1 for r in self.listing.rows if "clb_signal_due" in r.signal_ids)
        answer = QMessageBox.question(
            self,
            tr("Mark as signalled"),
            tr('Record "signalled to the CLB" today for {n} pupil(s)?').format(n=due),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session, listing = self.session, self.listing
        marked = [r.pupil.id for r in listing.rows if "clb_signal_due" in r.signal_ids]

        def done(count: int) -> None:
            self.status.setText(tr("{n} pupil(s) marked as signalled.").format(n=count))
            self.reload()
            self.changed.emit()

        CollectionOp(
            self,
            session,
            lambda _progress: mark_signalled(session, listing),
            OpChanges.of_pupils(marked, "trajectory"),
        ).success(done).run_in_background()
