"""The to-do list of follow-ups across all pupils: every pupil's next follow-up date from the
guidance-measure log, overdue ones first, then today's, then the upcoming ones.

A follow-up is done when a later measure is logged on or after its date (the service decides),
so the list empties itself as the user works through it. Overdue is said in words, never by
colour alone. Opening a pupil is left to whoever shows this dialog (the `open_pupil` signal).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.keyboard import never_close_on_enter
from pa_desktop.gui.common.texts import format_date, tr
from pa_desktop.gui.dossier.measure_words import follow_up_state, one_line, purpose_name
from pa_desktop.services import guidance
from pa_desktop.services.guidance import FollowUp
from pa_desktop.services.session import VaultSession

STATE, DUE, PUPIL, CLASS, WHAT = range(5)
PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_OVERDUE_COLOUR = QColor("#B8460B")  # Okabe-Ito vermilion, as the legal-duty badges


class FollowUpsDialog(QDialog):
    open_pupil = Signal(int)  # pupil id: double-click, Enter or "Open dossier"

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._all: list[FollowUp] = []
        self.setWindowTitle(tr("Follow-ups to do"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        top.addWidget(self.summary_label, 1)
        self.due_only_check = QCheckBox(tr("Only &overdue and today"))
        self.due_only_check.setChecked(True)
        self.due_only_check.toggled.connect(self._fill)
        top.addWidget(self.due_only_check)
        layout.addLayout(top)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [tr("Status"), tr("Follow-up date"), tr("Pupil"), tr("Class"), tr("What to follow up")]
        )
        self.table.setAccessibleName(tr("Follow-ups, overdue first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setObjectName("columns")  # its widths are remembered per user
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        # activated covers Enter and double-click; doubleClicked too would emit twice.
        self.table.activated.connect(self._open_index)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(tr("Open &dossier"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self._open_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        never_close_on_enter(self)
        fit_window(self, "follow_ups", QSize(880, 540))
        self.reload()

    def reload(self) -> None:
        """Read the follow-ups again (after measures were logged elsewhere)."""
        self._all = guidance.follow_ups(self.session)
        self._fill()

    def shown(self) -> list[FollowUp]:
        """The follow-ups the table shows, in its order."""
        today = self.session.today()
        if self.due_only_check.isChecked():
            return [f for f in self._all if f.due <= today]
        return list(self._all)

    def _fill(self) -> None:
        today = self.session.today()
        rows = self.shown()
        self.table.setRowCount(len(rows))
        for row, follow_up in enumerate(rows):
            cells = (
                follow_up_state(follow_up.due, today),
                format_date(follow_up.due),
                follow_up.pupil.display_name,
                follow_up.pupil.class_name,
                self._what(follow_up),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PUPIL_ID_ROLE, follow_up.pupil.id)
                item.setToolTip(text)
                if column == STATE and follow_up.due <= today:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    if follow_up.overdue:
                        item.setForeground(QBrush(_OVERDUE_COLOUR))
                self.table.setItem(row, column, item)
        overdue = sum(1 for f in self._all if f.overdue)
        due_today = sum(1 for f in self._all if f.due == today)
        upcoming = len(self._all) - overdue - due_today
        self.summary_label.setText(
            tr("{overdue} overdue, {today} due today, {upcoming} upcoming.").format(
                overdue=overdue, today=due_today, upcoming=upcoming
            )
        )
        if rows:
            self.table.selectRow(0)
        self._selection_changed()

    def _what(self, follow_up: FollowUp) -> str:
        """What was agreed at the measure that set this date (its purpose when nothing was
        written), so the list says what to do and not only for whom."""
        setting = [
            m
            for m in guidance.measures(self.session, follow_up.pupil.id)
            if m.draft.follow_up == follow_up.due
        ]
        if not setting:
            return ""
        draft = setting[-1].draft
        return one_line(draft.agreements) or purpose_name(draft.purpose)

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectedItems()))

    def pupil_at(self, row: int) -> int | None:
        item = self.table.item(row, PUPIL)
        return int(item.data(PUPIL_ID_ROLE)) if item is not None else None

    def _open_row(self, row: int) -> None:
        pupil_id = self.pupil_at(row)
        if pupil_id is not None:
            self.open_pupil.emit(pupil_id)

    def _open_index(self, index: QModelIndex) -> None:
        self._open_row(index.row())

    def _open_current(self) -> None:
        self._open_row(self.table.currentRow())
