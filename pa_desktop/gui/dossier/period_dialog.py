"""Choose a range of half days by date ("from Monday morning to Wednesday afternoon")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from pa_desktop.domain.calendar import SchoolCalendar
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.texts import tr


def _as_date(value: object) -> date:
    """QDate.toPython() is typed as object; a QDateEdit always gives a date."""
    assert isinstance(value, date)
    return value


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class PeriodDialog(QDialog):
    def __init__(
        self, calendar: SchoolCalendar, around: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Select a period"))
        form = QFormLayout(self)
        self._from_date, self._from_half = self._row(form, tr("&From"), around, calendar, 0)
        self._to_date, self._to_half = self._row(form, tr("&To"), around, calendar, 1)
        self._problem = QLabel()
        style_label(self._problem, "error")
        form.addRow(self._problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _row(
        self, form: QFormLayout, label: str, around: date, calendar: SchoolCalendar, half: int
    ) -> tuple[QDateEdit, QComboBox]:
        edit = QDateEdit(_qdate(around))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(_qdate(calendar.school_year.first_date))
        edit.setMaximumDate(_qdate(calendar.school_year.last_date))
        edit.setAccessibleName(label.replace("&", ""))
        halves = QComboBox()
        halves.addItem(tr("morning"), 0)
        halves.addItem(tr("afternoon"), 1)
        halves.setCurrentIndex(half)
        halves.setAccessibleName(tr("Half day"))
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addWidget(halves)
        caption = QLabel(label)
        caption.setBuddy(edit)
        form.addRow(caption, row)
        return edit, halves

    def range(self) -> tuple[tuple[date, int], tuple[date, int]]:
        first = _as_date(self._from_date.date().toPython())
        last = _as_date(self._to_date.date().toPython())
        return (first, int(self._from_half.currentData())), (last, int(self._to_half.currentData()))

    def _check(self) -> None:
        first, last = self.range()
        if last < first:
            self._problem.setText(tr("The end lies before the start."))
            return
        self.accept()
