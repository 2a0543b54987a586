"""The dossier's absences tab: the school-year calendar, the code tools, the chart and the figures.

The tab plans changes (a code or a clear on the selected half days) and pushes them on its undo
stack as commands; writing them is the dossier window's job (`write`), because a write has to
wait for the window's reads and tell the other windows what changed. What the tab shows comes
in through `show_view` (a saved year) and `show_change` (a change not saved yet, shown at once).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.absences import Mark, mark_allowed
from pa_desktop.domain.codes import UnknownCodeError
from pa_desktop.gui.common.texts import problem_text, tr
from pa_desktop.gui.dossier.cumulative_chart import CumulativeChart
from pa_desktop.gui.dossier.panel import figures_html
from pa_desktop.gui.dossier.period_dialog import PeriodDialog
from pa_desktop.gui.dossier.timeline_widget import TimelineWidget
from pa_desktop.gui.dossier.undo import follow, undo_actions
from pa_desktop.services.dossier import (
    AbsenceChange,
    PupilYear,
    Slot,
    plan_clear,
    plan_set_code,
)
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import VaultSession

Writer = Callable[[AbsenceChange], None]


class AbsenceCommand(QUndoCommand):
    """One user action on the timeline; redo writes "after", undo writes "before"."""

    def __init__(self, write: Writer, change: AbsenceChange, text: str) -> None:
        super().__init__(text)
        self._write = write
        self._change = change

    def redo(self) -> None:
        self._write(self._change)

    def undo(self) -> None:
        self._write(self._change.inverted())


class AbsencesTab(QWidget):
    """The calendar page; `write` saves a change (the dossier window's `write`)."""

    def __init__(
        self,
        session: VaultSession,
        undo_stack: QUndoStack,
        write: Writer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self._write = write
        self.view: PupilYear | None = None
        self._build()

    # layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        columns = QHBoxLayout(self)
        layout = QVBoxLayout()
        columns.addLayout(layout, 1)
        layout.addLayout(self._code_tools())
        layout.addLayout(self._buttons())

        self.timeline = TimelineWidget()
        scroll = QScrollArea()
        scroll.setWidget(self.timeline)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(tr("The school year, month by month"))
        scroll.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        scroll.setFixedHeight(
            self.timeline.sizeHint().height() + scroll.horizontalScrollBar().sizeHint().height()
        )
        layout.addWidget(scroll)
        self.selection_label = QLabel()
        layout.addWidget(self.selection_label)
        self.chart = CumulativeChart()
        layout.addWidget(self.chart, 1)
        self.figures_label = QLabel()
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.figures_label.setWordWrap(True)
        self.figures_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.figures_label.setAccessibleName(tr("Figures of the school year"))
        side = QScrollArea()
        side.setWidget(self.figures_label)
        side.setWidgetResizable(True)
        side.setFixedWidth(330)
        side.setAccessibleName(tr("Figures beside the calendar"))
        columns.addWidget(side)

        self.timeline.selection_changed.connect(self._selection_changed)
        self.timeline.code_typed.connect(self.set_code)
        self.timeline.clear_requested.connect(self.clear_selection)
        self.apply_button.clicked.connect(self._apply_chosen_code)
        self.code_combo.currentIndexChanged.connect(self._enable_marks)
        self._enable_marks()
        self.clear_button.clicked.connect(self.clear_selection)
        self.period_button.clicked.connect(self._choose_period)
        self._selection_changed([])

    def _code_tools(self) -> QHBoxLayout:
        """The code to set and the marks it may carry."""
        tools = QHBoxLayout()
        code_label = QLabel(tr("Co&de"))
        self.code_combo = QComboBox()
        self.code_combo.setAccessibleName(tr("Absence code"))
        code_label.setBuddy(self.code_combo)
        language = self.locale().name()[:2]
        for code in self.session.code_table():
            self.code_combo.addItem(f"{code.code} — {code.label(language)}", code.code)
        self.mark_checks = {
            Mark.LUXEVERZUIM: QCheckBox(tr("lu&xeverzuim")),
            Mark.DOUBTFUL_CERTIFICATE: QCheckBox(tr("d&oubtful certificate")),
            Mark.MEDICAL_CERTIFICATE: QCheckBox(tr("&medical certificate")),
        }
        tools.addWidget(code_label)
        tools.addWidget(self.code_combo)
        for check in self.mark_checks.values():
            tools.addWidget(check)
        tools.addStretch(1)
        return tools

    def _buttons(self) -> QHBoxLayout:
        self.apply_button = QPushButton(tr("&Set code"))
        self.apply_button.setToolTip(
            tr(
                "Put the chosen code on the selected half days (or type "
                "the code's letter in the calendar)"
            )
        )
        self.clear_button = QPushButton(tr("Cl&ear"))
        self.clear_button.setToolTip(tr("Remove the absences of the selected half days (Delete)"))
        self.period_button = QPushButton(tr("&Period…"))
        self.period_button.setToolTip(
            tr("Select a range, e.g. from Monday morning to Wednesday afternoon")
        )
        undo_button = QPushButton(tr("Undo"))
        redo_button = QPushButton(tr("Redo"))
        undo, redo = undo_actions(self.undo_stack, self)
        follow(undo_button, undo)
        follow(redo_button, redo)
        buttons = QHBoxLayout()
        for button in (
            self.apply_button,
            self.clear_button,
            self.period_button,
            undo_button,
            redo_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    # what is shown ---------------------------------------------------------------------------
    def show_view(self, view: PupilYear) -> None:
        """A saved year: calendar, chart and figures."""
        self.view = view
        self.timeline.set_view(view)
        self.chart.set_view(view)
        self.figures_label.setText(figures_html(view))

    def show_change(self, change: AbsenceChange) -> None:
        """A change on its way to the vault, in the calendar at once; figures and chart follow
        when it is saved (`show_view`)."""
        if self.view is None:
            return
        absences = dict(self.view.absences)
        for slot, absence in change.after.items():
            if absence is None:
                absences.pop(slot, None)
            else:
                absences[slot] = absence
        self.view = replace(self.view, absences=absences)
        self.timeline.set_view(self.view)

    # actions ---------------------------------------------------------------------------------
    def _enable_marks(self) -> None:
        """Marks go with codes (DOMAIN.md): only the marks the chosen code may carry are on."""
        group = self.session.code_table().group_of(self.code_combo.currentData())
        for mark, check in self.mark_checks.items():
            allowed = mark_allowed(mark, group)
            check.setEnabled(allowed)
            if not allowed:
                check.setChecked(False)

    def _marks(self, code: str | None = None) -> frozenset[Mark]:
        """The ticked marks, without those the code (typed or chosen) may not carry."""
        try:
            group = self.session.code_table().group_of(code or self.code_combo.currentData())
        except UnknownCodeError:
            return frozenset()  # set_code words the unknown code
        return frozenset(
            mark
            for mark, check in self.mark_checks.items()
            if check.isChecked() and mark_allowed(mark, group)
        )

    def _apply_chosen_code(self) -> None:
        self.set_code(self.code_combo.currentData())

    def set_code(self, code: str) -> None:
        slots = self.timeline.selected_slots()
        if not slots or self.view is None:
            return
        try:
            change = plan_set_code(self.view, slots, code, self._marks(code))
        except InvalidInputError as error:
            QMessageBox.information(
                self, tr("Absences"), " ".join(problem_text(p) for p in error.problems)
            )
            return
        index = self.code_combo.findData(change.after[next(iter(change.after))].code)  # type: ignore[union-attr]
        if index >= 0:
            self.code_combo.setCurrentIndex(index)
        self.undo_stack.push(
            AbsenceCommand(
                self._write,
                change,
                tr("code {code} on %n half day(s)", "", len(slots)).format(code=code),
            )
        )

    def clear_selection(self) -> None:
        slots = self.timeline.selected_slots()
        if not slots or self.view is None:
            return
        change = plan_clear(self.view, slots)
        if change.after:
            self.undo_stack.push(
                AbsenceCommand(
                    self._write, change, tr("cleared %n half day(s)", "", len(change.after))
                )
            )

    def _choose_period(self) -> None:
        if self.view is None:
            return
        dialog = PeriodDialog(self.view.calendar, self.view.reference, self)
        if dialog.exec():
            first, last = dialog.range()
            lessons = [s for s in self.view.calendar.lesson_half_days() if first <= _key(s) <= last]
            if lessons:
                self.timeline.select_range(lessons[0], lessons[-1])
                self.timeline.setFocus()

    def _selection_changed(self, slots: list[Slot]) -> None:
        has = bool(slots)
        self.apply_button.setEnabled(has)
        self.clear_button.setEnabled(has)
        if not has:
            self.selection_label.setText(
                tr(
                    "Select half days in the calendar (click, drag, "
                    "shift-click), then type a code letter or press "
                    "Delete."
                )
            )
        else:
            first, last = slots[0], slots[-1]
            self.selection_label.setText(
                tr("%n half day(s) selected, {first} to {last}.", "", len(slots)).format(
                    first=first[0].strftime("%d/%m/%Y"),
                    last=last[0].strftime("%d/%m/%Y"),
                )
            )


def _key(slot: Slot) -> tuple[date, int]:
    return (slot[0], slot[1].order)
