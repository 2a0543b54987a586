"""Log or edit one guidance measure, and read a measure's history.

The dialog does not write to the vault itself: it hands the draft to a `save` callback (the log's
undoable command), so every change goes through the undo stack. A refused draft keeps the dialog
open with the problems in words beside the form. When the user logs a sanction for a pupil with
repeated B codes, the guideline's warning shows in the dialog: it warns, it never blocks, and the
app never proposes a sanction (DOMAIN.md rule 11).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, QSize, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.measures import (
    Channel,
    Measure,
    MeasureDraft,
    MeasureVersion,
    Outcome,
    Purpose,
    Towards,
)
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.texts import problem_text, tr
from pa_desktop.gui.dossier.measure_words import (
    as_utc,
    changed_fields,
    channel_name,
    describe,
    format_moment,
    outcome_name,
    purpose_name,
    sanction_warning_text,
    towards_name,
)
from pa_desktop.gui.forms.ui_measure_dialog import Ui_MeasureDialog
from pa_desktop.services import guidance
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import VaultSession


def _text(item: QTableWidgetItem | None) -> str:
    return "" if item is None else item.text()


WARNING_STYLE = "padding: 6px; background: #FFF3CD; color: #5C4400; border: 1px solid #E0C27A;"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _select(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


class MeasureDialog(QDialog):
    """Add (measure None) or edit a measure; `save(draft)` writes it or raises
    InvalidInputError, which is shown inline."""

    def __init__(
        self,
        session: VaultSession,
        pupil_id: int,
        save: Callable[[MeasureDraft], object],
        measure: Measure | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MeasureDialog()
        self.ui.setupUi(self)
        self._session = session
        self._pupil_id = pupil_id
        self._save = save
        self.measure = measure
        self.setWindowTitle(tr("Edit guidance measure") if measure else tr("Log guidance measure"))
        ui = self.ui
        for value in Towards:
            ui.towardsCombo.addItem(towards_name(value), value.value)
        for channel in Channel:
            ui.channelCombo.addItem(channel_name(channel), channel.value)
        for purpose in Purpose:
            ui.purposeCombo.addItem(purpose_name(purpose), purpose.value)
        for outcome in Outcome:
            ui.outcomeCombo.addItem(outcome_name(outcome), outcome.value)
        today = to_qdate(session.today())
        ui.dateEdit.setMaximumDate(today)  # the service refuses a measure in the future
        ui.dateEdit.setDate(today)
        ui.followUpEdit.setDate(today.addDays(7))
        ui.timeEdit.setTime(QTime.currentTime())
        ui.timeCheck.toggled.connect(ui.timeEdit.setEnabled)
        ui.followUpCheck.toggled.connect(ui.followUpEdit.setEnabled)
        ui.warningLabel.setStyleSheet(WARNING_STYLE)
        ui.warningLabel.hide()
        style_label(ui.problemLabel, "error")
        ui.problemLabel.hide()
        ui.versionLabel.hide()
        if measure is not None:
            self._fill(measure)
        else:
            _select(ui.towardsCombo, Towards.PARENTS.value)
            _select(ui.channelCombo, Channel.PHONE.value)
            _select(ui.purposeCombo, Purpose.ASK_REASON.value)
        ui.purposeCombo.currentIndexChanged.connect(self._update_warning)
        ui.dateEdit.dateChanged.connect(self._update_warning)
        ui.buttons.accepted.connect(self._accept)
        ui.buttons.rejected.connect(self.reject)
        self._update_warning()
        ui.dateEdit.setFocus()

    def _fill(self, measure: Measure) -> None:
        ui, draft = self.ui, measure.draft
        ui.versionLabel.setText(
            tr("Last saved by {author} on {when}.").format(
                author=measure.author,
                when=format_moment(measure.recorded_at),
            )
        )
        ui.versionLabel.show()
        ui.dateEdit.setMaximumDate(max(ui.dateEdit.maximumDate(), to_qdate(draft.day)))
        ui.dateEdit.setDate(to_qdate(draft.day))
        ui.timeCheck.setChecked(draft.at is not None)
        if draft.at is not None:
            ui.timeEdit.setTime(QTime(draft.at.hour, draft.at.minute))
        _select(ui.towardsCombo, draft.towards.value)
        _select(ui.channelCombo, draft.channel.value)
        _select(ui.purposeCombo, draft.purpose.value)
        _select(ui.outcomeCombo, draft.outcome.value)
        ui.agreementsEdit.setPlainText(draft.agreements)
        ui.followUpCheck.setChecked(draft.follow_up is not None)
        if draft.follow_up is not None:
            ui.followUpEdit.setDate(to_qdate(draft.follow_up))
        ui.noteEdit.setPlainText(draft.note)

    def draft(self) -> MeasureDraft:
        ui = self.ui
        clock = ui.timeEdit.time()
        return MeasureDraft(
            day=from_qdate(ui.dateEdit.date()),
            towards=Towards(ui.towardsCombo.currentData()),
            channel=Channel(ui.channelCombo.currentData()),
            purpose=Purpose(ui.purposeCombo.currentData()),
            outcome=Outcome(ui.outcomeCombo.currentData()),
            at=time(clock.hour(), clock.minute()) if ui.timeCheck.isChecked() else None,
            agreements=ui.agreementsEdit.toPlainText().strip(),
            follow_up=from_qdate(ui.followUpEdit.date()) if ui.followUpCheck.isChecked() else None,
            note=ui.noteEdit.toPlainText().strip(),
        )

    def warning_shown(self) -> bool:
        return not self.ui.warningLabel.isHidden()

    def _update_warning(self) -> None:
        warn = guidance.warns_against_sanction(self._session, self._pupil_id, self.draft())
        self.ui.warningLabel.setText(sanction_warning_text() if warn else "")
        self.ui.warningLabel.setVisible(warn)

    def _accept(self) -> None:
        try:
            self._save(self.draft())
        except InvalidInputError as error:
            self.ui.problemLabel.setText("\n".join(problem_text(p) for p in error.problems))
            self.ui.problemLabel.show()
            return
        self.accept()


class MeasureHistoryDialog(QDialog):
    """Every version of one measure, oldest first: who saved it, when, what it said, and what
    an edit changed. The current version (if the measure still exists) is the last row."""

    COLUMNS = 5

    def __init__(
        self,
        session: VaultSession,
        measure_id: int,
        current: Measure | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("History of the measure"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Every saved version of this measure: an edit or a deletion keeps the earlier "
                "version here."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [tr("Version"), tr("Who"), tr("When"), tr("Change"), tr("What")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr("Versions of the measure"))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(guidance.measure_history(session, measure_id), current)
        fit_window(self, "measure", QSize(900, 460))

    def _fill(self, history: list[MeasureVersion], current: Measure | None) -> None:
        rows = [(v.changed_at, v.author, v.draft) for v in history]
        if current is not None:
            rows.append((current.recorded_at, current.author, current.draft))
        # Numbered in time order: the store starts a measure that an undo brings back at
        # version 1 again, which would make the numbers repeat.
        rows.sort(key=lambda row: as_utc(row[0]))
        self.table.setRowCount(len(rows))
        previous: MeasureDraft | None = None
        for index, (moment, author, draft) in enumerate(rows):
            when = format_moment(moment)
            if draft is None:
                change, what = tr("deleted"), tr("deleted")
            elif index == 0:
                change, what = tr("logged"), describe(draft)
            elif previous is None:
                change, what = tr("restored"), describe(draft)
            else:
                change, what = changed_fields(previous, draft), describe(draft)
            for column, text in enumerate((str(index + 1), author, when, change, what)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column, item)
            previous = draft

    def rows(self) -> list[tuple[str, ...]]:
        """The table as text (what a reader sees), row by row."""
        return [
            tuple(_text(self.table.item(r, c)) for c in range(self.COLUMNS))
            for r in range(self.table.rowCount())
        ]
