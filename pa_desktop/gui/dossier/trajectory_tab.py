"""The dossier's "Trajectory" tab: the dated steps with school, CLB and partners, the guideline's
advice for the current state, and a form for the next step that says what stands against it
before it is recorded.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
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
from pa_desktop.domain.trajectory import (
    CLOSING_STEPS,
    PARTNER_STEPS,
    POLICE_STEPS,
    RegistrationReason,
    Step,
    StepDetails,
    TrajectoryEntry,
)
from pa_desktop.gui.common.texts import format_date, problem_text, step_label, tr
from pa_desktop.gui.dossier.trajectory_texts import advice_text, reason_text, warning_text
from pa_desktop.services import guidance
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import VaultSession


class _StepCommand(QUndoCommand):
    """Recording a step (undo removes it) or removing one (undo records it again, same id)."""

    def __init__(self, tab: TrajectoryTab, entry: TrajectoryEntry, adding: bool, text: str) -> None:
        super().__init__(text)
        self._tab = tab
        self._entry = entry
        self._adding = adding

    def _add(self) -> None:
        entry = self._entry
        guidance.add_step(
            self._tab.session,
            entry.pupil_id,
            entry.step,
            entry.day,
            entry.details,
            entry_id=entry.id,
        )

    def redo(self) -> None:
        if self._adding:
            self._add()
        else:
            guidance.delete_step(self._tab.session, self._entry.id)
        self._tab.after_change()

    def undo(self) -> None:
        if self._adding:
            guidance.delete_step(self._tab.session, self._entry.id)
        else:
            self._add()
        self._tab.after_change()


class TrajectoryTab(QWidget):
    changed = Signal()

    def __init__(
        self,
        session: VaultSession,
        pupil_id: int,
        undo_stack: QUndoStack,
        year: SchoolYear,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.pupil_id = pupil_id
        self.year = year
        self.undo_stack = undo_stack
        self._entries: list[TrajectoryEntry] = []
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        layout.addLayout(left, 3)
        self.state_label = QLabel()
        font = self.state_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.state_label.setFont(font)
        left.addWidget(self.state_label)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Step"), tr("Details"), tr("By")])
        self.table.setAccessibleName(tr("Trajectory steps"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        left.addWidget(self.table, 1)
        self.remove_button = QPushButton(tr("Re&move step"))
        self.remove_button.setToolTip(tr("Remove the selected step (undo with Ctrl+Z)"))
        self.remove_button.clicked.connect(self._remove_selected)
        left.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.RichText)
        self.advice_label.setAccessibleName(tr("Advice from the guideline"))
        advice_box = QGroupBox(tr("What the guideline advises now"))
        QVBoxLayout(advice_box).addWidget(self.advice_label)
        left.addWidget(advice_box)
        layout.addWidget(self._form(), 2)
        self.reload()

    # the form for a new step -----------------------------------------------------------------
    def _form(self) -> QGroupBox:
        box = QGroupBox(tr("Record a step"))
        form = QFormLayout(box)
        self.step_combo = QComboBox()
        self.step_combo.setAccessibleName(tr("Step"))
        for step in Step:
            self.step_combo.addItem(step_label(step.value), step.value)
        form.addRow(self._label(tr("S&tep"), self.step_combo), self.step_combo)
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        today = self.session.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setAccessibleName(tr("Date of the step"))
        form.addRow(self._label(tr("&Date"), self.date_edit), self.date_edit)
        self.partner_edit = QLineEdit()
        self.partner_edit.setAccessibleName(tr("Partner, police zone or new school"))
        self.partner_edit.setPlaceholderText(tr("e.g. KANS contact, police zone, new school"))
        form.addRow(self._label(tr("&Partner"), self.partner_edit), self.partner_edit)
        self.reason_checks = {r: QCheckBox(reason_text(r.value)) for r in RegistrationReason}
        reasons = QWidget()
        reasons_layout = QVBoxLayout(reasons)
        reasons_layout.setContentsMargins(0, 0, 0, 0)
        for check in self.reason_checks.values():
            reasons_layout.addWidget(check)
        self.reasons_row = reasons
        self._form_layout = form
        form.addRow(tr("Reasons"), reasons)
        self.consulted_check = QCheckBox(tr("The CLB was consulted"))
        form.addRow("", self.consulted_check)
        self.intake_check = QCheckBox(tr("CLB intake done (or a care worker / youth coach asked)"))
        form.addRow("", self.intake_check)
        self.agreement_edit = QLineEdit()
        self.agreement_edit.setAccessibleName(tr("Follow-up agreement"))
        self.agreement_edit.setPlaceholderText(tr("How will new absences be followed up?"))
        form.addRow(self._label(tr("Agr&eement"), self.agreement_edit), self.agreement_edit)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(tr("Note"))
        form.addRow(self._label(tr("&Note"), self.note_edit), self.note_edit)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.RichText)
        self.warning_label.setAccessibleName(tr("Warnings"))
        form.addRow(self.warning_label)
        self.record_button = QPushButton(tr("Rec&ord step"))
        self.record_button.clicked.connect(self.record_step)
        form.addRow(self.record_button)
        for signal in (
            self.step_combo.currentIndexChanged,
            self.consulted_check.toggled,
            self.intake_check.toggled,
            self.agreement_edit.textChanged,
            *(c.toggled for c in self.reason_checks.values()),
        ):
            signal.connect(self._form_changed)
        return box

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def chosen_step(self) -> Step:
        return Step(self.step_combo.currentData())

    def details(self) -> StepDetails:
        return StepDetails(
            note=self.note_edit.text().strip(),
            partner=self.partner_edit.text().strip(),
            registration_reasons=tuple(r for r, c in self.reason_checks.items() if c.isChecked()),
            clb_consulted=self.consulted_check.isChecked(),
            clb_intake_done=self.intake_check.isChecked(),
            follow_up_agreement=self.agreement_edit.text().strip(),
        )

    def current_warnings(self) -> list[str]:
        return guidance.step_warnings(
            self.session, self.pupil_id, self.chosen_step(), self.details(), self.year
        )

    def _form_changed(self) -> None:
        step = self.chosen_step()
        self._form_layout.setRowVisible(self.reasons_row, step is Step.REGISTERED_CLB)
        self._form_layout.setRowVisible(self.consulted_check, step in POLICE_STEPS)
        self._form_layout.setRowVisible(self.intake_check, step is Step.KANS)
        self.agreement_edit.setEnabled(step in CLOSING_STEPS)
        self.partner_edit.setEnabled(step in PARTNER_STEPS or step is Step.SCHOOL_CHANGE)
        warnings = self.current_warnings()
        if warnings:
            items = "".join(f"<li>{escape(warning_text(w))}</li>" for w in warnings)
            heading = tr("Before you record this step:")
            self.warning_label.setText(f"<b>{escape(heading)}</b><ul>{items}</ul>")
        else:
            self.warning_label.setText("")

    # data ------------------------------------------------------------------------------------
    def set_year(self, year: SchoolYear) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        self._entries = guidance.trajectory(self.session, self.pupil_id)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(reversed(self._entries)):
            cells = [
                format_date(entry.day),
                step_label(entry.step.value),
                self._summary(entry.details),
                entry.author,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
        advice = guidance.advice(self.session, self.pupil_id, self.year)
        state = step_label(advice.state.value) if advice.state else tr("No trajectory yet")
        self.state_label.setText(tr("Current state: {state}").format(state=state))
        facts = advice.facts
        parents = tr("yes") if facts.parents_contacted else tr("no")
        clb = tr("yes") if facts.clb_consulted else tr("no")
        fact_line = tr(
            "B half days this school year: {b} · parents reached: {parents} · CLB consulted: {clb}"
        ).format(b=facts.b_count, parents=parents, clb=clb)
        items = "".join(f"<li>{escape(advice_text(a))}</li>" for a in advice.next_steps)
        self.advice_label.setText(f"<p>{escape(fact_line)}</p><ul>{items}</ul>")
        self.remove_button.setEnabled(bool(self._entries))
        self._form_changed()

    def _summary(self, details: StepDetails) -> str:
        parts = [details.partner] if details.partner else []
        parts += [reason_text(r.value) for r in details.registration_reasons]
        if details.clb_consulted:
            parts.append(tr("CLB consulted"))
        if details.follow_up_agreement:
            parts.append(tr("agreement: {text}").format(text=details.follow_up_agreement))
        if details.note:
            parts.append(details.note)
        return " · ".join(parts)

    def after_change(self) -> None:
        self.reload()
        self.changed.emit()

    # actions ---------------------------------------------------------------------------------
    def record_step(self) -> None:
        step = self.chosen_step()
        warnings = self.current_warnings()
        if warnings and any(w != "signal_before_5_is_allowed" for w in warnings):
            text = "\n\n".join(warning_text(w) for w in warnings)
            question = tr("Record this step anyway?")
            answer = QMessageBox.question(self, step_label(step.value), f"{text}\n\n{question}")
            if answer != QMessageBox.StandardButton.Yes:
                return
        chosen = self.date_edit.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        try:
            entry = guidance.add_step(self.session, self.pupil_id, step, day, self.details())
        except InvalidInputError as error:
            QMessageBox.information(
                self, step_label(step.value), " ".join(problem_text(p) for p in error.problems)
            )
            return
        # the step is written; the command re-creates it on redo with the same id
        guidance.delete_step(self.session, entry.id)
        what = tr("recorded {step}").format(step=step_label(step.value))
        self.undo_stack.push(_StepCommand(self, entry, True, what))
        self.note_edit.clear()
        self.agreement_edit.clear()
        self.partner_edit.clear()

    def _remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        cell = self.table.item(rows[0].row(), 0)
        if cell is None:
            return
        entry_id = cell.data(Qt.ItemDataRole.UserRole)
        entry = next(e for e in self._entries if e.id == entry_id)
        self.undo_stack.push(
            _StepCommand(
                self, entry, False, tr("removed {step}").format(step=step_label(entry.step.value))
            )
        )
