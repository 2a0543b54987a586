"""The school chooser: one school, or (where it makes sense) every school of the vault.

A school's vault holds one school; there the chooser stays hidden, so nothing asks a school
user about schools they do not have.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from pa_desktop.gui.common.texts import tr
from pa_desktop.services.session import VaultSession


class SchoolChooser(QComboBox):
    """A combo of the vault's schools; `selected_school()` is an id, or None for all of them."""

    def __init__(
        self, session: VaultSession, with_all: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.with_all = with_all
        self.setAccessibleName(tr("School"))
        self.setToolTip(tr("The school whose pupils are shown"))
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        """Fill the list anew (a school was added), keeping the chosen one when it is there."""
        chosen = keep if keep is not None else self.selected_school()
        schools = self.session.schools()
        self.blockSignals(True)
        self.clear()
        if self.with_all:
            self.addItem(tr("All schools"), None)
        for school in schools:
            self.addItem(school.name, school.id)
        index = self.findData(chosen) if chosen is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self.setVisible(self.several)

    @property
    def several(self) -> bool:
        return len(self.session.schools()) > 1

    def selected_school(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def select_school(self, school_id: int | None) -> None:
        index = self.findData(school_id) if school_id is not None else 0
        if index >= 0:
            self.setCurrentIndex(index)
