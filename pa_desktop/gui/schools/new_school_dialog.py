"""Adding a school to the vault without the command line: a CLB worker serving several schools
sets each one up here (name, optional institution number), then its calendar and codes in the
school settings dialog that opened this one.

The school is added when the user confirms; a refused name (empty, a number, another school's)
is said in words and the dialog stays open with what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.schools import School
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.texts import problem_text, tr
from pa_desktop.gui.common.user_guide import add_help_key
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import VaultSession

NAME_MAX = 120
NUMBER_MAX = 20


def school_problem(problem: str, name: str = "") -> str:
    """A refused school name or number in the user's words (shared with the settings dialog)."""
    texts = {
        "school_name_empty": tr("Enter the school's name."),
        "school_name_is_number": tr(
            "A school's name cannot be only a number: add a word (e.g. Campus 2)."
        ),
        "school_name_taken": tr("There already is a school named {name} in this vault.").format(
            name=name
        ),
    }
    return texts.get(problem, problem_text(problem))


def name_edit(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(NAME_MAX)
    edit.setAccessibleName(tr("Name of the school"))
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("x" * 30))
    return edit


def number_edit(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(NUMBER_MAX)
    edit.setPlaceholderText(tr("optional"))
    edit.setAccessibleName(tr("Institution number"))
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("x" * 14))
    return edit


class NewSchoolDialog(QDialog):
    """Name and institution number of a new school; `school` is set once it is added."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        add_help_key(self, "schools")
        self.session = session
        self.school: School | None = None
        self.setWindowTitle(tr("New school"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = name_edit(self)
        self.number_edit = number_edit(self)
        form.addRow(tr("&Name:"), self.name_edit)
        form.addRow(tr("&Institution number:"), self.number_edit)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        style_label(self.error, "error")  # readable in a dark theme too
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Add the school"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 0)

    def apply(self) -> None:
        try:
            self.school = self.session.add_school(self.name_edit.text(), self.number_edit.text())
        except InvalidInputError as error:
            name = str(error.details.get("name", ""))
            self.error.setText(" ".join(school_problem(p, name) for p in error.problems))
            self.name_edit.setFocus()
            return
        self.accept()
