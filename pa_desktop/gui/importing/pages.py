"""The import dialog's two working pages: the column mapping and the preview.

Each page object owns its widgets' state (which combo box maps which field, which conflicts are
to be replaced) and tells the dialog when that state changes; the dialog owns the flow between
the pages and the work off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem

from pa_desktop.domain.importing.headers import Field
from pa_desktop.domain.importing.mapping import ColumnMapping, column_label
from pa_desktop.domain.importing.plan import ConflictChoice
from pa_desktop.domain.importing.records import ImportFormat
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.texts import format_date, half_day_name, tr
from pa_desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from pa_desktop.gui.importing.texts import (
    field_order,
    format_name,
    mapping_problem_text,
    reason_text,
)
from pa_desktop.services.import_files import ImportFile
from pa_desktop.services.import_report import ImportPreview

SHOWN_ROWS = 2000  # a table of more problem rows helps nobody; the counts say how many
SAMPLE_ROWS = 8


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.verticalHeader().hide()


class MappingPage:
    """A combo box per field, a choice of saved mappings, and the file's first rows."""

    def __init__(
        self, ui: Ui_ImportDialog, changed: Callable[[], None], several_schools: bool = False
    ) -> None:
        self.ui = ui
        self._changed = changed
        self._header: tuple[str, ...] = ()
        self._saved: dict[str, ColumnMapping] = {}
        combos = [ui.numberCombo, ui.lastNameCombo, ui.firstNameCombo, ui.classCombo]
        combos += [ui.dateCombo, ui.halfCombo, ui.hourCombo, ui.codeCombo]
        combos += [ui.codeAmCombo, ui.codePmCombo]
        self.combos: dict[Field, QComboBox] = dict(zip(field_order(), combos, strict=True))
        self.school_hint = QLabel(ui.mappingPage)
        if several_schools:  # a CLB worker's export may name each row's school
            self._add_school_row()
        for combo in self.combos.values():
            combo.currentIndexChanged.connect(self._show_problems)
        ui.savedCombo.currentIndexChanged.connect(self._saved_chosen)
        style_label(ui.mappingProblemLabel, "error")

    def fill(
        self,
        file: ImportFile,
        saved: dict[str, ColumnMapping],
        saved_name: str | None,
        mapping: ColumnMapping,
    ) -> None:
        assert file.table is not None
        self._header = file.table.header
        self._saved = saved
        width = file.table.width
        labels = [column_label(self._header, i) for i in range(width)]
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(not in the file)"), None)
            for index, label in enumerate(labels):
                shown = tr("column {n}").format(n=index + 1) if label.startswith("#") else label
                combo.addItem(shown, label)
            combo.blockSignals(False)
        chooser = self.ui.savedCombo
        chooser.blockSignals(True)
        chooser.clear()
        chooser.addItem(tr("(recognised from the column names)"), None)
        for name in sorted(saved):
            chooser.addItem(name, name)
        chooser.setCurrentIndex(max(0, chooser.findData(saved_name)) if saved_name else 0)
        chooser.blockSignals(False)
        self.set_mapping(mapping)
        sample = [
            [cells[i] if i < len(cells) else "" for i in range(width)]
            for cells in file.table.sample(SAMPLE_ROWS)
        ]
        fill_table(self.ui.sampleTable, labels, sample)

    def set_mapping(self, mapping: ColumnMapping) -> None:
        resolved = mapping.resolve(self._header)
        for target, combo in self.combos.items():
            combo.blockSignals(True)
            index = resolved.get(target)
            combo.setCurrentIndex(0 if index is None else index + 1)
            combo.blockSignals(False)
        self._show_problems()

    def mapping(self) -> ColumnMapping:
        """The mapping the combo boxes show."""
        return ColumnMapping(
            {
                target: str(combo.currentData())
                for target, combo in self.combos.items()
                if combo.currentData() is not None
            }
        )

    def problems(self) -> list[str]:
        return self.mapping().problems(self._header)

    def _add_school_row(self) -> None:
        """A school column (a vault of several schools only): each row then goes to the school
        it names, and the school chosen on the first page is not used."""
        combo = QComboBox(self.ui.mappingPage)
        combo.setAccessibleName(tr("School column"))
        label = QLabel(tr("S&chool"), self.ui.mappingPage)
        label.setBuddy(combo)
        self.ui.mappingForm.addRow(label, combo)
        self.school_hint.setWordWrap(True)
        self.school_hint.setText(
            tr(
                "Each row goes to the school it names (by name or institution number); a row "
                "naming no school of this vault is refused."
            )
        )
        self.ui.mappingForm.addRow(self.school_hint)
        self.combos[Field.SCHOOL] = combo

    def school_column(self) -> bool:
        """Whether the mapping shown takes each row's school from the file."""
        combo = self.combos.get(Field.SCHOOL)
        return combo is not None and combo.currentData() is not None

    def _saved_chosen(self) -> None:
        name = self.ui.savedCombo.currentData()
        chosen = self._saved.get(name) if name else None
        self.set_mapping(chosen or ColumnMapping.recognise(self._header))

    def _show_problems(self) -> None:
        text = "\n".join(mapping_problem_text(p) for p in self.problems())
        self.ui.mappingProblemLabel.setText(text)
        self.school_hint.setVisible(self.school_column())
        self._changed()


class PreviewPage:
    """The counts, the three tables, and the choice for conflicts: for all, or per line."""

    def __init__(self, ui: Ui_ImportDialog) -> None:
        self.ui = ui
        self.preview: ImportPreview | None = None
        self._names: dict[int, str] = {}
        self._choices: dict[int, ConflictChoice] = {}
        self._summary = ""
        ui.keepRadio.toggled.connect(self._default_changed)
        ui.skipRowsCheck.toggled.connect(self._show_summary)
        ui.conflictTable.itemChanged.connect(self._item_changed)

    def default_choice(self) -> ConflictChoice:
        return ConflictChoice.KEEP if self.ui.keepRadio.isChecked() else ConflictChoice.REPLACE

    def choices(self) -> dict[int, ConflictChoice]:
        """The lines decided otherwise than the choice for all."""
        default = self.default_choice()
        return {line: c for line, c in self._choices.items() if c is not default}

    def show(self, preview: ImportPreview, names: dict[int, str]) -> None:
        self.preview, self._names = preview, names
        ui = self.ui
        summary = tr("{file}: {format}.").format(
            file=preview.file_name, format=format_name(ImportFormat(preview.format))
        )
        if preview.previous_imports:
            summary += " " + tr("This file was imported before, last on {date}.").format(
                date=format_date(preview.previous_imports[-1].date())
            )
        if preview.changes_nothing and not preview.problems:
            summary += " " + tr("Everything in it is in the vault already.")
        self._summary = summary
        self._show_summary()
        for label, value in (
            (ui.rowsReadValue, preview.rows_read),
            (ui.newValue, preview.new),
            (ui.unchangedValue, preview.unchanged),
            (ui.duplicatesValue, preview.duplicates),
            (ui.refusedValue, preview.rows_refused),
            (ui.unknownValue, len(preview.unknown_pupils)),
        ):
            label.setText(str(value))
        creatable = any(u.creatable for u in preview.unknown_pupils)
        ui.createPupilsCheck.setEnabled(creatable or ui.createPupilsCheck.isChecked())
        ui.skipRowsCheck.setEnabled(bool(preview.problems))
        ui.conflictBox.setEnabled(bool(preview.conflicts))
        fill_table(
            ui.problemTable,
            [tr("Line"), tr("Problem")],
            [[str(p.line), reason_text(p)] for p in preview.problems[:SHOWN_ROWS]],
        )
        self._fill_conflicts()
        yes, no = tr("yes"), tr("no")
        headers = [tr("Number"), tr("Last name"), tr("First name"), tr("Class"), tr("Rows")]
        headers.append(tr("Can be created"))
        rows = []
        for u in preview.unknown_pupils[:SHOWN_ROWS]:
            ref = u.pupil
            rows.append([ref.number, ref.last_name, ref.first_name, ref.class_name, str(u.rows)])
            rows[-1].append(yes if u.creatable else no)
        fill_table(ui.pupilTable, headers, rows)
        tabs = ui.detailsTabs
        tabs.setTabText(0, tr("Problems ({count})").format(count=len(preview.problems)))
        tabs.setTabText(1, tr("Other codes ({count})").format(count=len(preview.conflicts)))
        unknown = len(preview.unknown_pupils)
        tabs.setTabText(2, tr("Unknown pupils ({count})").format(count=unknown))

    def _show_summary(self) -> None:
        """The summary, and why Import waits while rows are refused (all or nothing)."""
        text = self._summary
        refused = self.preview is not None and bool(self.preview.problems)
        if refused and not self.ui.skipRowsCheck.isChecked():
            text += "\n" + tr(
                "Rows with a problem stop the whole import: correct the file, or skip them "
                "below and import the others."
            )
        self.ui.summaryLabel.setText(text)

    def _fill_conflicts(self) -> None:
        if self.preview is None:
            return
        shown = self.preview.conflicts[:SHOWN_ROWS]
        table = self.ui.conflictTable
        default = self.default_choice()
        table.blockSignals(True)
        headers = [tr("Replace"), tr("Line"), tr("Pupil"), tr("Date"), tr("Half day")]
        headers += [tr("In the vault"), tr("In the file")]
        rows = []
        for c in shown:
            rows.append(["", str(c.line), self._names.get(c.pupil_id, str(c.pupil_id))])
            rows[-1] += [format_date(c.day), half_day_name(c.half.value), c.existing, c.incoming]
        fill_table(table, headers, rows)
        for row, conflict in enumerate(shown):
            box = QTableWidgetItem()
            box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            box.setData(Qt.ItemDataRole.UserRole, conflict.line)
            replace = self._choices.get(conflict.line, default) is ConflictChoice.REPLACE
            box.setCheckState(Qt.CheckState.Checked if replace else Qt.CheckState.Unchecked)
            table.setItem(row, 0, box)
        table.blockSignals(False)
        self._count()

    def _default_changed(self) -> None:
        self._choices.clear()
        self._fill_conflicts()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        line = int(item.data(Qt.ItemDataRole.UserRole))
        replace = item.checkState() == Qt.CheckState.Checked
        self._choices[line] = ConflictChoice.REPLACE if replace else ConflictChoice.KEEP
        self._count()

    def _count(self) -> None:
        if self.preview is None:
            return
        default, choices = self.default_choice(), self.choices()
        replace = sum(
            1
            for c in self.preview.conflicts
            if choices.get(c.line, default) is ConflictChoice.REPLACE
        )
        self.ui.conflictsValue.setText(
            tr("{count} (to replace: {replace})").format(
                count=len(self.preview.conflicts), replace=replace
            )
        )
