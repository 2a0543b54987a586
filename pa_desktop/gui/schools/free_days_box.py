"""The school settings dialog's calendar picker: a school's own days and half days without
lessons (pedagogical study days, optional free days, a morning or an afternoon off).

The user picks the first day on the calendar, the last day, the part of the day and a reason;
the list below holds what is entered and the calendar greys those days, as the dossier's
timeline does. Nothing is stored here: the dialog saves `free_days` with the rest.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from pa_desktop.domain.schools import WHOLE_DAY, SchoolFreeDay
from pa_desktop.gui.common.texts import format_date, tr


def half_name(half: str) -> str:
    return {"VM": tr("morning"), "NM": tr("afternoon")}.get(half, tr("whole day"))


class FreeDaysBox(QGroupBox):
    """A calendar, the range's last day, its part and reason, and the list of days entered."""

    refused = Signal(list)  # problem ids of a range that cannot be added
    edited = Signal()  # a range added or removed (not saved yet)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Days without lessons at this school"), parent)
        self._free_days: list[SchoolFreeDay] = []
        grid = QGridLayout(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(tr("First day without lessons"))
        self.calendar.selectionChanged.connect(self._day_picked)
        grid.addWidget(self.calendar, 0, 0, 1, 2)
        form = QFormLayout()
        self.until_edit = QDateEdit()
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("dd/MM/yyyy")
        self.until_edit.setAccessibleName(tr("Last day"))
        self.half_combo = QComboBox()
        for half in (WHOLE_DAY, "VM", "NM"):
            self.half_combo.addItem(half_name(half), half)
        self.half_combo.setAccessibleName(tr("Which part of the day"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(tr("e.g. pedagogische studiedag"))
        self.reason_edit.setAccessibleName(tr("Reason"))
        self.reason_edit.setMaxLength(120)
        form.addRow(tr("&Until:"), self.until_edit)
        form.addRow(tr("&Part:"), self.half_combo)
        form.addRow(tr("&Reason:"), self.reason_edit)
        grid.addLayout(form, 1, 0, 1, 2)
        self.add_day_button = QPushButton(tr("&Add these days"))
        self.add_day_button.clicked.connect(self.add_free_day)
        self.remove_day_button = QPushButton(tr("Re&move"))
        self.remove_day_button.clicked.connect(self.remove_free_day)
        grid.addWidget(self.add_day_button, 2, 0)
        grid.addWidget(self.remove_day_button, 2, 1)
        self.free_list = QListWidget()
        self.free_list.setAccessibleName(tr("The school's own days without lessons"))
        grid.addWidget(self.free_list, 3, 0, 1, 2)

    @property
    def free_days(self) -> tuple[SchoolFreeDay, ...]:
        return tuple(sorted(self._free_days, key=lambda f: (f.first, f.half)))

    def set_free_days(self, free_days: tuple[SchoolFreeDay, ...]) -> None:
        self._free_days = list(free_days)
        self._show()

    def _show(self) -> None:
        self.free_list.clear()
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every earlier mark
        grey = QTextCharFormat()
        grey.setBackground(QBrush(QColor("#d0d0d0")))
        grey.setForeground(QBrush(QColor("#505050")))
        for free in self.free_days:
            span = format_date(free.first)
            if free.last != free.first:
                span += " – " + format_date(free.last)
            text = f"{span} · {half_name(free.half)}" + (f" · {free.reason}" if free.reason else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, free)
            self.free_list.addItem(item)
            day = free.first
            while day <= free.last:
                self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), grey)
                day = date.fromordinal(day.toordinal() + 1)

    def _day_picked(self) -> None:
        picked = self.calendar.selectedDate()
        if self.until_edit.date() < picked:
            self.until_edit.setDate(picked)

    def add_free_day(self) -> None:
        """The range on screen joins the list, or `refused` says why it cannot."""
        first = self.calendar.selectedDate().toPython()
        until = self.until_edit.date().toPython()
        assert isinstance(first, date) and isinstance(until, date)
        free = SchoolFreeDay(
            first, max(until, first), str(self.half_combo.currentData()), self.reason_edit.text()
        )
        problems = free.problems()
        if problems:
            self.refused.emit(problems)
            return
        if free not in self._free_days:
            self._free_days.append(free)
        self._show()
        self.edited.emit()

    def remove_free_day(self) -> None:
        item = self.free_list.currentItem()
        if item is None:
            return
        chosen = item.data(Qt.ItemDataRole.UserRole)
        self._free_days = [f for f in self._free_days if f != chosen]
        self._show()
        self.edited.emit()
