"""The audit log, readable: who did what, when, for which dossier; filtered by pupil, action and
date. The chain is verified each time the window opens, and the result is said in words.

Actions, detail names and values come from services/audit_words.py in the interface language,
so `mark_signalled` or `school_years` never reach the reader as ids."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.gui.care.texts import format_moment
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.i18n import current_language
from pa_desktop.gui.common.keyboard import never_close_on_enter
from pa_desktop.gui.common.texts import tr
from pa_desktop.services import audit, audit_words
from pa_desktop.services.audit import AuditEntry
from pa_desktop.services.session import VaultSession

WHEN, WHO, WHAT, DOSSIER, DETAILS = range(5)
_ALL = -1


class AuditDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Audit log"))
        self._entries: list[AuditEntry] = audit.entries(session)
        self._names = {p.id: p.display_name for p in session.pupils()}
        problems = audit.verify(session)

        layout = QVBoxLayout(self)
        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        if problems:
            self.chain_label.setText(
                tr(
                    "Warning: the log was altered or entries were removed ({problems}). Keep "
                    "this vault as it is and tell your ICT coordinator."
                ).format(problems="; ".join(problems[:3]))
            )
            style_label(self.chain_label, "error", "font-weight: 600;")
        else:
            self.chain_label.setText(
                tr(
                    "The log is intact: %n entry(ies), none altered or removed. It records "
                    "exports, imports, hand-overs, purges, backups, restores, passphrase changes "
                    "and failed unlock attempts; never the content of a dossier.",
                    "",
                    len(self._entries),
                )
            )
        layout.addWidget(self.chain_label)

        filters = QHBoxLayout()
        self.pupil_combo = QComboBox()
        self.pupil_combo.addItem(tr("All dossiers"), _ALL)
        seen = sorted({e.pupil_id for e in self._entries if e.pupil_id is not None})
        for pupil_id in seen:
            self.pupil_combo.addItem(self._pupil_text(pupil_id), pupil_id)
        self.action_combo = QComboBox()
        self.action_combo.addItem(tr("All actions"), "")
        for action in sorted({e.action for e in self._entries}, key=self._action_name):
            self.action_combo.addItem(self._action_name(action), action)
        first = min((e.at.astimezone().date() for e in self._entries), default=date.today())
        self.from_edit = QDateEdit(QDate(first.year, first.month, first.day))
        self.to_edit = QDateEdit(QDate.currentDate())
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        pupil_label = QLabel(tr("&Dossier"))
        pupil_label.setBuddy(self.pupil_combo)
        action_label = QLabel(tr("&Action"))
        action_label.setBuddy(self.action_combo)
        from_label = QLabel(tr("&From"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(tr("&To"))
        to_label.setBuddy(self.to_edit)
        for widget in (
            pupil_label,
            self.pupil_combo,
            action_label,
            self.action_combo,
            from_label,
            self.from_edit,
            to_label,
            self.to_edit,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(tr("Audit log"))
        self.table.setHorizontalHeaderLabels(
            [tr("When"), tr("Who"), tr("What"), tr("Dossier"), tr("Details")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setObjectName("columns")  # its widths are remembered per user
        for column in (WHEN, WHO, WHAT, DOSSIER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.pupil_combo.currentIndexChanged.connect(self._fill)
        self.action_combo.currentIndexChanged.connect(self._fill)
        self.from_edit.dateChanged.connect(self._fill)
        self.to_edit.dateChanged.connect(self._fill)
        never_close_on_enter(self)
        fit_window(self, "audit", QSize(1000, 560))
        self._fill()

    @staticmethod
    def _action_name(action: str) -> str:
        return audit_words.action_name(action, current_language())

    def _pupil_text(self, pupil_id: int) -> str:
        name = self._names.get(pupil_id)
        if name is None:
            return tr("no. {id} (removed)").format(id=pupil_id)
        return name

    def shown_entries(self) -> list[AuditEntry]:
        pupil = self.pupil_combo.currentData()
        action = self.action_combo.currentData()
        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return [
            e
            for e in self._entries
            if (pupil == _ALL or e.pupil_id == pupil)
            and (not action or e.action == action)
            and start <= e.at.astimezone().date() <= end
        ]

    def _fill(self) -> None:
        entries = list(reversed(self.shown_entries()))  # newest first
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            details = audit_words.details_text(entry.details, current_language())
            cells = [
                format_moment(entry.at),
                entry.actor,
                self._action_name(entry.action),
                "" if entry.pupil_id is None else self._pupil_text(entry.pupil_id),
                details,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == DETAILS:
                    item.setToolTip(details)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
        self.count_label.setText(
            tr("{shown} of %n entry(ies) shown, newest first.", "", len(self._entries)).format(
                shown=len(entries)
            )
        )
