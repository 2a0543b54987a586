"""Import absences: choose a file, map its columns, read the preview, then import.

The owner opens `ImportDialog(session, path, parent)` from its menu or for a dropped file and
refreshes what it shows when `imported` fires (the import is committed; the dialog stays open to
show the result) or when the dialog is accepted. Reading the file, the preview and the import
itself all run in Qt's thread pool, so the window never freezes; the import reports its progress
per chunk, and Cancel rolls it back: until the last chunk is written the vault is untouched.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QWidget,
)

from pa_desktop.domain.importing.mapping import ColumnMapping
from pa_desktop.domain.importing.records import ImportFormat
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.texts import problem_text, tr
from pa_desktop.gui.common.user_guide import add_help_key
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from pa_desktop.gui.importing.pages import MappingPage, PreviewPage
from pa_desktop.gui.importing.texts import (
    encoding_name,
    file_problem_text,
    format_name,
    mapping_problem_text,
)
from pa_desktop.gui.schools.chooser import SchoolChooser
from pa_desktop.services.errors import (
    ImportCancelledError,
    ImportFileError,
    ImportRefusedError,
    InvalidInputError,
)
from pa_desktop.services.import_files import ImportFile
from pa_desktop.services.import_report import ImportOptions, ImportPreview, ImportResult
from pa_desktop.services.importer import Importer
from pa_desktop.services.session import VaultSession

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_PROGRESS = range(4)


class _ProgressRelay(QObject):
    """Lives on the GUI thread: the import's progress, emitted from the worker, arrives queued."""

    changed = Signal(int, int)


class ImportDialog(QDialog):
    """`imported(ImportResult)` fires once the import is committed."""

    imported = Signal(object)

    def __init__(
        self,
        session: VaultSession,
        path: Path | None = None,
        parent: QWidget | None = None,
        school: int | None = None,
    ) -> None:
        super().__init__(parent)
        add_help_key(self, "import")
        self.ui = ui = Ui_ImportDialog()
        ui.setupUi(self)
        self._session = session
        self._importer = Importer(session)
        self._path: Path | None = None
        self._file: ImportFile | None = None
        self._generation = 0
        self._busy = False
        self._applying = False
        self._close_when_done = False
        self._cancel = threading.Event()
        self._relay = _ProgressRelay(self)
        self._relay.changed.connect(self._progress)
        self.import_result: ImportResult | None = None
        several = len(session.schools()) > 1
        self._mapping_page = MappingPage(ui, self._update_buttons, several)
        self._preview_page = PreviewPage(ui)
        for kind in ImportFormat:
            ui.formatCombo.addItem(format_name(kind), kind)
        # the school the file comes from: numbers and classes match only within it (a CLB
        # worker's vault); hidden in a school's own vault
        self.school_combo = SchoolChooser(session, with_all=False, parent=ui.filePage)
        self.school_combo.select_school(school)
        if self.school_combo.several:
            school_label = QLabel(tr("S&chool"), ui.filePage)
            school_label.setBuddy(self.school_combo)
            ui.fileForm.addRow(school_label, self.school_combo)
        self.school_combo.currentIndexChanged.connect(lambda _i: self._start_preview())
        style_label(ui.errorLabel, "error")
        ui.busyBar.hide()
        self.setAcceptDrops(True)

        ui.browseButton.clicked.connect(self._browse)
        ui.formatCombo.currentIndexChanged.connect(self._read)
        ui.createPupilsCheck.toggled.connect(self._start_preview)
        ui.skipRowsCheck.toggled.connect(self._update_buttons)
        ui.backButton.clicked.connect(self._back)
        ui.nextButton.clicked.connect(self._next)
        ui.importButton.clicked.connect(self._start_import)
        ui.cancelButton.clicked.connect(self._cancel_clicked)
        self._show_page(PAGE_FILE)
        if path is not None:
            self.load(path)

    # steps -------------------------------------------------------------------------------------
    def load(self, path: Path) -> None:
        """Read this file (the owner passes a dropped file; the Choose button passes its pick)."""
        self._path = path
        self.ui.fileEdit.setText(str(path))
        self._read()

    def _browse(self) -> None:
        start = str(self._path.parent) if self._path else str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Choose the export to import"),
            start,
            tr("Exports (*.csv *.txt *.xlsx *.json);;All files (*)"),
        )
        if chosen:
            self.load(Path(chosen))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busyBar.setVisible(busy)
        self._update_buttons()

    def _run(self, work: Any, done: Any, newest_only: bool = True) -> None:
        """Run a step off the GUI thread. With `newest_only`, a step started later wins: the
        result of an older one (a file read before the format was changed) is dropped."""
        self._generation += 1
        generation = self._generation
        self.ui.errorLabel.clear()
        self._set_busy(True)

        def current() -> bool:
            return not newest_only or generation == self._generation

        def finish(result: Any) -> None:
            if current():
                self._set_busy(False)
                done(result)
                self._update_buttons()

        def fail(error: Exception) -> None:
            if current():
                self._set_busy(False)
                self._failed(error)

        run_in_background(work, finish, fail)

    def _read(self) -> None:
        if self._path is None or self._applying:
            return
        path, importer = self._path, self._importer
        chosen = ImportFormat(self.ui.formatCombo.currentData())
        self._file = self._preview_page.preview = None

        def work() -> tuple[ImportFile, tuple[str | None, ColumnMapping], dict[str, Any], int]:
            file = importer.read(path, chosen)
            return (
                file,
                importer.suggest_mapping(file),
                importer.saved_mappings(),
                importer.first_afternoon_hour(),
            )

        self._show_page(PAGE_FILE)
        self._run(work, self._file_read)

    def _file_read(self, read: tuple[ImportFile, Any, dict[str, ColumnMapping], int]) -> None:
        file, (saved_name, mapping), saved, hour = read
        self._file = file
        count = len(file.table.rows) if file.table is not None else len(file.rows or ())
        info = tr("Read as: {format}. %n row(s).", "", count).format(
            format=format_name(file.format)
        )
        if file.encoding:
            info += " " + tr("Characters: {encoding}.").format(
                encoding=encoding_name(file.encoding)
            )
        self.ui.fileInfoLabel.setText(info)
        self.ui.afternoonSpin.setValue(hour)
        if file.table is None:
            self._start_preview()
            return
        self._mapping_page.fill(file, saved, saved_name, mapping)
        self._show_page(PAGE_MAPPING)

    # preview -----------------------------------------------------------------------------------
    def mapping(self) -> ColumnMapping:
        """The column mapping the mapping page shows."""
        return self._mapping_page.mapping()

    def _options(self) -> ImportOptions:
        return ImportOptions(
            create_pupils=self.ui.createPupilsCheck.isChecked(),
            on_conflict=self._preview_page.default_choice(),
            choices=self._preview_page.choices(),
            skip_bad_rows=self.ui.skipRowsCheck.isChecked(),
            school_id=self.school_combo.selected_school(),
        )

    def _start_preview(self) -> None:
        file = self._file
        if file is None or self._applying:
            return
        importer, session = self._importer, self._session
        mapping = self.mapping() if file.needs_mapping else None
        save_as = self.ui.mappingNameEdit.text().strip() if file.needs_mapping else ""
        hour = self.ui.afternoonSpin.value()
        options = self._options()

        def work() -> tuple[ImportPreview, dict[int, str]]:
            if file.needs_mapping and hour != importer.first_afternoon_hour():
                importer.set_first_afternoon_hour(hour)
            if save_as and mapping is not None:
                importer.save_mapping(save_as, mapping)
            preview = importer.preview(file, options, mapping)
            wanted = {c.pupil_id for c in preview.conflicts}
            names = {p.id: p.display_name for p in session.pupils() if p.id in wanted}
            return preview, names

        self._run(work, self._show_preview)

    def _show_preview(self, computed: tuple[ImportPreview, dict[int, str]]) -> None:
        self._preview_page.show(*computed)
        self._show_page(PAGE_PREVIEW)

    # import ------------------------------------------------------------------------------------
    def _start_import(self) -> None:
        file, preview = self._file, self._preview_page.preview
        if file is None or preview is None or self._applying:
            return
        importer, relay, cancel = self._importer, self._relay, self._cancel
        mapping = self.mapping() if file.needs_mapping else None
        options = self._options()
        cancel.clear()
        self._applying = True
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressLabel.setText(
            tr("Importing… Nothing is final until the last half day is written.")
        )
        self._show_page(PAGE_PROGRESS)

        def work() -> ImportResult:
            return importer.apply(
                file, options, mapping, progress=relay.changed.emit, cancelled=cancel.is_set
            )

        self._run(work, self._import_done, newest_only=False)

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)
        self.ui.progressLabel.setText(
            tr("{done} of %n half day(s) written…", "", total).format(done=done)
        )

    def _import_done(self, result: ImportResult) -> None:
        self._applying = False
        self.import_result = result
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(1)
        self.ui.progressLabel.setText(
            tr("Imported: %n half day(s) written", "", result.written)
            + ", "
            + tr("%n pupil(s) created.", "", result.pupils_created)
        )
        self.imported.emit(result)
        self._update_buttons()
        if self._close_when_done:
            self.accept()

    def _failed(self, error: Exception) -> None:
        applying, self._applying = self._applying, False
        if isinstance(error, ImportCancelledError):
            message = tr("Cancelled: nothing was written.")
        elif isinstance(error, ImportRefusedError):
            message = tr("Rows are refused: nothing was written. Look at the preview again.")
        elif isinstance(error, ImportFileError):
            if error.reason == "mapping_incomplete":
                problems = error.details.get("problems")
                listed = problems if isinstance(problems, list) else []
                message = " ".join(mapping_problem_text(str(p)) for p in listed)
            else:
                message = file_problem_text(error.reason, error.details.get("line"))
        elif isinstance(error, InvalidInputError):
            message = " ".join(problem_text(p) for p in error.problems)
        else:
            message = tr("Something went wrong ({kind}); nothing was written.").format(
                kind=type(error).__name__
            )
        if applying and self._close_when_done:
            self.reject()
            return
        if applying:
            self._show_page(PAGE_PREVIEW)
        elif self._file is None:
            self._show_page(PAGE_FILE)
        self.ui.errorLabel.setText(message)
        self._update_buttons()

    # navigation --------------------------------------------------------------------------------
    def _show_page(self, page: int) -> None:
        self.ui.pages.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        page = ui.pages.currentIndex()
        busy = self._busy
        ui.backButton.setVisible(page in (PAGE_MAPPING, PAGE_PREVIEW))
        ui.nextButton.setVisible(page in (PAGE_FILE, PAGE_MAPPING))
        ui.importButton.setVisible(page == PAGE_PREVIEW)
        complete = not self._mapping_page.problems()
        # a school column names each row's school: the school chosen here is not used then
        from_file = self._file is not None and self._file.needs_mapping
        self.school_combo.setEnabled(not (from_file and self._mapping_page.school_column()))
        ui.nextButton.setEnabled(
            not busy and self._file is not None and (page == PAGE_FILE or complete)
        )
        preview = self._preview_page.preview
        ready = preview is not None and (not preview.problems or ui.skipRowsCheck.isChecked())
        ui.importButton.setEnabled(not busy and ready)
        ui.backButton.setEnabled(not busy)
        done = self.import_result is not None and not self._applying
        ui.cancelButton.setText(tr("Close") if done else tr("Cancel"))
        ui.cancelButton.setEnabled(not (self._applying and self._cancel.is_set()))

    def _back(self) -> None:
        page = self.ui.pages.currentIndex()
        needs_mapping = self._file is not None and self._file.needs_mapping
        if page == PAGE_PREVIEW and needs_mapping:
            self._show_page(PAGE_MAPPING)
        else:
            self._show_page(PAGE_FILE)

    def _next(self) -> None:
        on_file_page = self.ui.pages.currentIndex() == PAGE_FILE
        if on_file_page and self._file is not None and self._file.needs_mapping:
            self._show_page(PAGE_MAPPING)
            return
        self._start_preview()

    def _cancel_clicked(self) -> None:
        if self._applying:
            self._cancel.set()
            self.ui.cancelButton.setText(tr("Cancelling…"))
            self.ui.cancelButton.setEnabled(False)
        elif self.import_result is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Escape or the window's close button: while importing, cancel first, then close."""
        if self._applying:
            self._close_when_done = True
            self._cancel_clicked()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._applying:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # drag and drop -----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if not self._applying and urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.load(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()
