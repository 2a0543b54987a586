"""The school settings dialog's table of a school's own absence codes, each with the official
code it counts as (an export with a school's own `S` is then read through that mapping)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.gui.common.texts import tr

OFFICIAL = ("B", "Z", "R", "P", "H", "M", "A", "L", "-")


class CodesBox(QGroupBox):
    """Rows of (own code, official code, label); empty codes are left out of `codes()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("The school's own absence codes"), parent)
        column = QVBoxLayout(self)
        self.codes_table = QTableWidget(0, 3)
        self.codes_table.setHorizontalHeaderLabels([tr("Code"), tr("Counts as"), tr("Label")])
        self.codes_table.verticalHeader().hide()
        self.codes_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.codes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.codes_table.setAccessibleName(tr("The school's own absence codes"))
        column.addWidget(self.codes_table)
        row = QHBoxLayout()
        add = QPushButton(tr("Add a &code"))
        add.clicked.connect(lambda: self.add_code_row("", "B", ""))
        remove = QPushButton(tr("Remove the c&ode"))
        remove.clicked.connect(self.remove_code_row)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        column.addLayout(row)

    def set_codes(self, codes: tuple[tuple[str, str, str], ...]) -> None:
        self.codes_table.setRowCount(0)
        for code, maps_to, label in codes:
            self.add_code_row(code, maps_to, label)

    def add_code_row(self, code: str, maps_to: str, label: str) -> None:
        row = self.codes_table.rowCount()
        self.codes_table.insertRow(row)
        self.codes_table.setItem(row, 0, QTableWidgetItem(code))
        combo = QComboBox()
        for official in OFFICIAL:
            combo.addItem(official, official)
        combo.setCurrentIndex(max(combo.findData(maps_to.upper()), 0))
        combo.setAccessibleName(tr("Counts as"))
        self.codes_table.setCellWidget(row, 1, combo)
        self.codes_table.setItem(row, 2, QTableWidgetItem(label))

    def remove_code_row(self) -> None:
        row = self.codes_table.currentRow()
        if row >= 0:
            self.codes_table.removeRow(row)

    def codes(self) -> tuple[tuple[str, str, str], ...]:
        """The rows as (CODE, official, label), codes upper-cased, empty rows left out."""
        found = []
        for row in range(self.codes_table.rowCount()):
            code_item = self.codes_table.item(row, 0)
            label_item = self.codes_table.item(row, 2)
            combo = self.codes_table.cellWidget(row, 1)
            code = (code_item.text() if code_item else "").strip().upper()
            if not code:
                continue
            maps_to = combo.currentData() if isinstance(combo, QComboBox) else ""
            found.append((code, str(maps_to), (label_item.text() if label_item else "").strip()))
        return tuple(found)
