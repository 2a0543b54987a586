"""The two warning signals a user sets by hand beside the measure log, and the contact check.

"Parents unreachable" and "known problem" are facts the data cannot tell (DOMAIN.md); each asks a
short reason that the dossier keeps and the signal shows. They are not undoable with Ctrl+Z: the
question for a reason would make an undo odd, so switching one off again is the way back, and the
tooltips say so. The contact check dates when the parents' contact details were last verified:
unreachable parents only count with certainty after one.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from pa_desktop.gui.common.reason import ask_reason
from pa_desktop.gui.common.texts import format_date, problem_text, tr
from pa_desktop.services import guidance
from pa_desktop.services.errors import InvalidInputError, ServiceError
from pa_desktop.services.session import VaultSession

FLAGS = ("parents_unreachable", "known_problem")


class HandSetFlags(QGroupBox):
    """The flags of one pupil; `changed` after a saved change, `refused` with the reason why
    a change was not saved (in words, for the tab's status line)."""

    changed = Signal()
    refused = Signal(str)

    def __init__(self, session: VaultSession, pupil_id: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("Warning signals set by hand"), parent)
        self.session = session
        self.pupil_id = pupil_id
        self._build()

    def _build(self) -> None:
        grid = QGridLayout(self)
        texts = {
            "parents_unreachable": (
                tr("Parents &unreachable (set by hand)"),
                tr(
                    "Only when you are sure the contact details are right. The signal also "
                    "comes on by itself after two contact attempts that did not reach the parents."
                ),
            ),
            "known_problem": (
                tr("&Known problem (emotional, social, home context)"),
                tr("A known emotional, social or home problem that makes the absences a concern."),
            ),
        }
        self.checks: dict[str, QCheckBox] = {}
        self.reasons: dict[str, QLabel] = {}
        self._tips: dict[str, str] = {}
        for row, flag in enumerate(FLAGS):
            label, tip = texts[flag]
            check = QCheckBox(label)
            reason = QLabel()
            reason.setTextFormat(Qt.TextFormat.PlainText)
            reason.setWordWrap(True)
            check.toggled.connect(partial(self._toggled, flag))
            grid.addWidget(check, row, 0)
            grid.addWidget(reason, row, 1)
            self.checks[flag] = check
            self.reasons[flag] = reason
            self._tips[flag] = tip
        self.contact_button = QPushButton(tr("C&ontact details checked today"))
        self.contact_button.setToolTip(
            tr(
                "Record that you checked the parents' phone numbers and addresses today. "
                "Unreachable parents count with certainty only after such a check. "
                "Not undoable with Ctrl+Z: check again to move the date."
            )
        )
        self.contact_button.clicked.connect(self.mark_contact_checked)
        self.contact_label = QLabel()
        self.contact_label.setWordWrap(True)
        grid.addWidget(self.contact_button, len(FLAGS), 0)
        grid.addWidget(self.contact_label, len(FLAGS), 1)
        grid.setColumnStretch(1, 1)

    def reload(self) -> None:
        """Show the flags, their reasons and the last contact check as the vault holds them."""
        current = guidance.flags(self.session, self.pupil_id)
        not_undoable = tr("Not undoable with Ctrl+Z: switch it off again to remove it.")
        for flag, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(flag in current)
            check.blockSignals(False)
            reason = current.get(flag, "")
            self.reasons[flag].setText(reason)
            tip = self._tips[flag] + "\n" + not_undoable
            if reason:
                tip += "\n" + tr("Reason: {reason}").format(reason=reason)
            check.setToolTip(tip)
        checked = guidance.contact_checked_on(self.session, self.pupil_id)
        self.contact_label.setText(
            tr("Contact details last checked on {day}.").format(day=format_date(checked))
            if checked
            else tr("Contact details not checked yet.")
        )

    def mark_contact_checked(self) -> None:
        """One click: the parents' contact details were checked today."""
        try:
            guidance.mark_contact_checked(self.session, self.pupil_id)
        except ServiceError as error:
            problems = getattr(error, "problems", [str(error)])
            self.refused.emit(" ".join(problem_text(p) for p in problems))
            return
        self.changed.emit()

    def ask_reason(self, flag: str) -> str | None:
        """A short reason for a hand-set signal; None when the user cancels."""
        label = self.checks[flag].text().replace("&", "")
        text, ok = ask_reason(
            self, label, tr("Short reason (kept in the dossier, shown as the signal's reason):")
        )
        return text if ok else None

    def _toggled(self, flag: str, on: bool) -> None:
        try:
            if on:
                reason = self.ask_reason(flag)
                if reason is None:
                    self.reload()  # cancelled: the box goes back off
                    return
                guidance.set_flag(self.session, self.pupil_id, flag, reason)
            else:
                guidance.clear_flag(self.session, self.pupil_id, flag)
        except InvalidInputError as error:
            self.reload()
            self.refused.emit(" ".join(problem_text(p) for p in error.problems))
            return
        self.changed.emit()
