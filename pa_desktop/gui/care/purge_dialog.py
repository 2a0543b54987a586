"""Retention and purge: the vault's retention period, and the dossiers past their term.

Nothing is purged without the user: the list only proposes, every row can be unticked, and a
confirmation names the number. Purging removes the dossier for real (rows, then VACUUM); the
audit log keeps one entry without personal data.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.retention import RetentionPolicy, RetentionRule
from pa_desktop.gui.care.texts import (
    basis_name,
    error_message,
    format_moment,
    rule_name,
    size_text,
)
from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.keyboard import never_close_on_enter
from pa_desktop.gui.common.texts import format_date, format_number, tr
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.services import backups, retention
from pa_desktop.services.errors import ServiceError
from pa_desktop.services.retention import DueDossier, PurgeSummary, SetAsideCopy
from pa_desktop.services.session import VaultSession

NAME, CLASS, WHY, SINCE, ENDED = range(5)
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PurgeDialog(QDialog):
    purged = Signal(int)  # how many dossiers

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Retention and purge"))
        self._due: list[DueDossier] = []
        self._copies: list[SetAsideCopy] = []
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

        box = QGroupBox(tr("Retention period of this vault"))
        form = QFormLayout(box)
        policy = retention.policy(session)
        self.years_spin = QSpinBox()
        self.years_spin.setRange(0, 50)
        self.years_spin.setValue(policy.years)
        self.rule_combo = QComboBox()
        self.rule_combo.setAccessibleName(tr("Retention period"))
        self.rule_combo.addItem(
            rule_name(RetentionRule.SCHOOL_YEAR_AFTER_LEAVING.value),
            RetentionRule.SCHOOL_YEAR_AFTER_LEAVING.value,
        )
        self.rule_combo.addItem(
            rule_name(RetentionRule.AFTER_LAST_CONTACT.value),
            RetentionRule.AFTER_LAST_CONTACT.value,
        )
        self.rule_combo.setCurrentIndex(max(0, self.rule_combo.findData(policy.rule.value)))
        row = QHBoxLayout()
        row.addWidget(self.years_spin)
        row.addWidget(self.rule_combo, 1)
        save = QPushButton(tr("&Save"))
        save.clicked.connect(self._save_policy)
        row.addWidget(save)
        keep_label = QLabel(tr("&Keep a dossier"))
        keep_label.setBuddy(self.years_spin)
        form.addRow(keep_label, row)
        advice = QLabel(
            tr(
                "A school keeps its own follow-up only as long as it is needed: by default until "
                "the end of the school year in which the pupil left or the follow-up closed, plus "
                "one year. A CLB keeps its dossier 10 years after the last contact."
            )
        )
        advice.setWordWrap(True)
        form.addRow(advice)
        layout.addWidget(box)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(tr("Dossiers past their term"))
        self.table.setHorizontalHeaderLabels(
            [tr("Pupil"), tr("Class"), tr("Why"), tr("Since"), tr("Term ended")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.note = QLabel(
            tr(
                "Purging removes a dossier from the vault for good: the pupil, absences, "
                "measures, trajectory and checklist. Backups made earlier still hold it until "
                "they are replaced by newer ones (the last {keep} are kept)."
            ).format(keep=backups.policy(session).keep)
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(self._build_set_aside())
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.purge_button = QPushButton(tr("&Purge the ticked dossiers…"))
        self.buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button.clicked.connect(self._purge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemChanged.connect(self._update_button)
        never_close_on_enter(self)
        fit_window(self, "purge", QSize(860, 560))
        self.refresh()

    def _build_set_aside(self) -> QGroupBox:
        self.set_aside_box = QGroupBox(tr("Whole vaults set aside by a restore"))
        column = QVBoxLayout(self.set_aside_box)
        explained = QLabel(
            tr(
                "A restore keeps the vault it replaced in a folder beside this one, and a restore "
                "that was interrupted leaves its unfinished copy. Both still hold every dossier "
                "they had, purged ones too. Delete them once you no longer need them."
            )
        )
        explained.setWordWrap(True)
        column.addWidget(explained)
        self.set_aside_table = QTableWidget(0, 3)
        self.set_aside_table.setAccessibleName(tr("Whole vaults set aside by a restore"))
        self.set_aside_table.setHorizontalHeaderLabels([tr("Set aside on"), tr("What"), tr("Size")])
        self.set_aside_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.set_aside_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.set_aside_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.set_aside_table.verticalHeader().hide()
        self.set_aside_table.setWordWrap(False)
        copies_header = self.set_aside_table.horizontalHeader()
        copies_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        copies_header.setStretchLastSection(True)
        self.set_aside_table.setMaximumHeight(110)
        column.addWidget(self.set_aside_table)
        self.remove_copy_button = QPushButton(tr("&Delete the selected copy…"))
        self.remove_copy_button.clicked.connect(self._remove_copy)
        self.set_aside_table.itemSelectionChanged.connect(
            lambda: self.remove_copy_button.setEnabled(bool(self._selected_copy()))
        )
        column.addWidget(self.remove_copy_button, 0, Qt.AlignmentFlag.AlignRight)
        return self.set_aside_box

    def refresh_set_aside(self) -> None:
        self._copies = retention.set_aside_copies(self.session)
        self.set_aside_table.setRowCount(len(self._copies))
        for row, copy in enumerate(self._copies):
            kind = tr("replaced vault") if copy.kind == "replaced" else tr("unfinished restore")
            when = format_moment(copy.made_at) if copy.made_at else "?"
            for column, text in enumerate((when, kind, size_text(copy.size))):
                self.set_aside_table.setItem(row, column, QTableWidgetItem(text))
        self.set_aside_box.setVisible(bool(self._copies))
        self.remove_copy_button.setEnabled(False)

    def _selected_copy(self) -> SetAsideCopy | None:
        rows = self.set_aside_table.selectionModel().selectedRows()
        return self._copies[rows[0].row()] if rows else None

    def _remove_copy(self) -> None:
        chosen = self._selected_copy()
        if chosen is None:
            return
        answer = QMessageBox.warning(
            self,
            tr("Delete for good?"),
            tr(
                "The copy of the whole vault set aside on {when} ({size}) will be deleted from "
                "the disk. This cannot be undone. Go on?"
            ).format(
                when=format_moment(chosen.made_at) if chosen.made_at else "?",
                size=size_text(chosen.size),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            retention.remove_set_aside_copy(self.session, chosen.path)
        except ServiceError as error:
            QMessageBox.warning(self, tr("Retention and purge"), error_message(error))
        self.refresh_set_aside()

    def refresh(self) -> None:
        self.refresh_set_aside()
        self._due = retention.due(self.session)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._due))
        for row, due in enumerate(self._due):
            name = QTableWidgetItem(due.pupil.display_name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            name.setData(_ID_ROLE, due.pupil.id)
            cells = [
                name,
                QTableWidgetItem(due.pupil.class_name),
                QTableWidgetItem(basis_name(due.term.basis.value)),
                QTableWidgetItem(format_date(due.term.basis_date)),
                QTableWidgetItem(format_date(due.term.ends_on)),
            ]
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if self._due:
            self.summary_label.setText(
                tr("%n dossier(s) past their term. Untick the ones to keep.", "", len(self._due))
            )
        else:
            self.summary_label.setText(tr("No dossier is past its term."))
        self._update_button()

    def ticked(self) -> list[int]:
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(_ID_ROLE)))
        return found

    def _update_button(self, *_args: object) -> None:
        self.purge_button.setEnabled(bool(self.ticked()))

    def _save_policy(self) -> None:
        new = RetentionPolicy(RetentionRule(self.rule_combo.currentData()), self.years_spin.value())
        try:
            retention.save_policy(self.session, new)
        except ServiceError as error:
            QMessageBox.warning(self, tr("Retention period"), error_message(error))
            return
        self.refresh()

    def _purge(self) -> None:
        ids = self.ticked()
        if not ids:
            return
        answer = QMessageBox.warning(
            self,
            tr("Purge for good?"),
            tr(
                "%n dossier(s) will be removed from the vault for good. This cannot be "
                "undone. Go on?",
                "",
                len(ids),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session = self.session
        self.busy.show()
        self.buttons.setEnabled(False)
        run_in_background(lambda: retention.purge(session, ids), self._done, self._failed, self)

    def _done(self, summary: PurgeSummary) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        text = tr("%n dossier(s) purged in {seconds} s.", "", summary.purged).format(
            seconds=format_number(summary.seconds)
        )
        if not summary.compacted:
            text += " " + tr(
                "The file could not be compacted right now (the disk is full or busy); the "
                "removed data were overwritten all the same."
            )
        QMessageBox.information(self, tr("Retention and purge"), text)
        self.purged.emit(summary.purged)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        QMessageBox.warning(self, tr("Retention and purge"), error_message(error))
