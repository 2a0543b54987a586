"""The import dialog, driven as a user would: file, mapping, preview, import, cancel."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from pa_desktop.domain.importing.headers import Field
from pa_desktop.gui.importing.dialog import PAGE_MAPPING, PAGE_PREVIEW, ImportDialog
from pa_desktop.services.importer import Importer
from pa_desktop.services.session import VaultSession
from tests.importing.conftest import absences, dump
from tests.importing.samples import FRANCOISE, LEA, WRITERS

TIMEOUT = 15_000


def _open(qtbot, session: VaultSession, path: Path | None) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _wait_page(qtbot, dialog: ImportDialog, page: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: dialog.ui.pages.currentIndex() == page and not dialog._busy, timeout=TIMEOUT
    )


def test_csv_through_mapping_preview_and_import(
    qtbot, session: VaultSession, tmp_path: Path
) -> None:
    path, lines = WRITERS["csv-cp1252"](tmp_path)
    dialog = _open(qtbot, session, path)
    ui = dialog.ui
    _wait_page(qtbot, dialog, PAGE_MAPPING)
    assert "Windows-1252" in ui.fileInfoLabel.text()
    assert ui.dateCombo.currentData() == "Datum"
    assert ui.halfCombo.currentData() == "VM/NM"
    assert ui.hourCombo.currentData() is None
    assert ui.sampleTable.rowCount() == 8
    assert ui.sampleTable.item(0, 2).text() == "Léa"
    assert ui.nextButton.isEnabled() and ui.mappingProblemLabel.text() == ""

    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    _wait_page(qtbot, dialog, PAGE_PREVIEW)
    values = [ui.rowsReadValue, ui.newValue, ui.unchangedValue, ui.duplicatesValue, ui.refusedValue]
    assert [v.text() for v in values] == ["10", "2", "1", "1", "5"]
    assert ui.conflictsValue.text() == "1 (to replace: 0)"
    assert ui.problemTable.rowCount() == 5
    assert ui.problemTable.item(1, 0).text() == str(lines[5])
    assert ui.problemTable.item(1, 1).text() == "No lessons then (Wednesday afternoon)."
    assert ui.conflictTable.item(0, 2).text() == "Dupont, Léa"
    assert ui.pupilTable.item(0, 0).text() == "2001"
    assert not ui.importButton.isEnabled()  # rows are refused: all or nothing

    ui.replaceRadio.setChecked(True)
    assert ui.conflictsValue.text() == "1 (to replace: 1)"
    ui.createPupilsCheck.setChecked(True)  # runs the preview again
    qtbot.waitUntil(lambda: ui.newValue.text() == "3" and not dialog._busy, timeout=TIMEOUT)
    ui.skipRowsCheck.setChecked(True)
    assert ui.importButton.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as imported:
        qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    assert (result.written, result.pupils_created) == (4, 1)
    assert ui.progressBar.value() == ui.progressBar.maximum()
    assert ui.cancelButton.text() == "Close"
    vault = absences(session)
    assert vault[(LEA, "2025-09-09", "VM")] == ("B", "import")
    assert vault[(FRANCOISE, "2025-09-08", "NM")] == ("Z", "import")
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        qtbot.mouseClick(ui.cancelButton, Qt.MouseButton.LeftButton)
    # QDialog.result() is still the dialog's code (no attribute shadows it)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_conflict_decided_on_its_own_line(qtbot, session: VaultSession, tmp_path: Path) -> None:
    path, _lines = WRITERS["smartschool"](tmp_path)
    dialog = _open(qtbot, session, path)
    _wait_page(qtbot, dialog, PAGE_PREVIEW)  # no mapping step for Smartschool
    ui = dialog.ui
    ui.conflictTable.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert ui.conflictsValue.text() == "1 (to replace: 1)"
    ui.skipRowsCheck.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    assert absences(session)[(LEA, "2025-09-09", "VM")] == ("B", "import")


def test_mapping_step_for_unknown_headers_saves_the_mapping(
    qtbot, session: VaultSession, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Stamnr;Dag;Soort;Tijd\n1001;08/09/2025;B;2\n1001;08/09/2025;B;6\n", encoding="utf-8"
    )
    dialog = _open(qtbot, session, path)
    ui = dialog.ui
    _wait_page(qtbot, dialog, PAGE_MAPPING)
    assert not ui.nextButton.isEnabled()
    assert "Choose the date column." in ui.mappingProblemLabel.text()
    ui.dateCombo.setCurrentIndex(ui.dateCombo.findData("Dag"))
    ui.codeCombo.setCurrentIndex(ui.codeCombo.findData("Soort"))
    assert not ui.nextButton.isEnabled()  # still no half day
    ui.hourCombo.setCurrentIndex(ui.hourCombo.findData("Tijd"))
    assert ui.nextButton.isEnabled()
    ui.mappingNameEdit.setText("Weekly export")
    ui.afternoonSpin.setValue(6)
    qtbot.mouseClick(ui.nextButton, Qt.MouseButton.LeftButton)
    _wait_page(qtbot, dialog, PAGE_PREVIEW)
    assert ui.newValue.text() == "2"
    importer = Importer(session)
    saved = importer.saved_mappings()["Weekly export"]
    assert saved.columns[Field.HOUR] == "Tijd"
    assert importer.first_afternoon_hour() == 6

    # going back to the mapping step keeps what was chosen
    qtbot.mouseClick(ui.backButton, Qt.MouseButton.LeftButton)
    assert ui.pages.currentIndex() == PAGE_MAPPING
    assert ui.hourCombo.currentData() == "Tijd"


def _big_csv(tmp_path: Path) -> Path:
    """Enough rows that checking them takes a while: a Cancel clicked at once lands before the
    first chunk is written."""
    path = tmp_path / "big.csv"
    rows = ["Nummer;Datum;Lesuur;Code"]
    rows += [
        f"{1001 + n % 3};{d:02d}/12/2025;{h};B"
        for n in range(3)
        for d in range(1, 20)
        for h in (1, 6)
    ]
    rows += [f"{9000 + n};08/09/2025;1;B" for n in range(20_000)]  # unknown numbers: refused rows
    path.write_text("\n".join(rows), encoding="utf-8")
    return path


def _to_preview(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    _wait_page(qtbot, dialog, PAGE_MAPPING)
    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    _wait_page(qtbot, dialog, PAGE_PREVIEW)
    dialog.ui.skipRowsCheck.setChecked(True)


def test_cancel_during_the_import_writes_nothing(
    qtbot, session: VaultSession, tmp_path: Path
) -> None:
    dialog = _open(qtbot, session, _big_csv(tmp_path))
    ui = dialog.ui
    _to_preview(qtbot, dialog)
    before = dump(session)
    qtbot.mouseClick(ui.importButton, Qt.MouseButton.LeftButton)
    # at once: the worker is still checking the rows
    qtbot.mouseClick(ui.cancelButton, Qt.MouseButton.LeftButton)
    assert ui.cancelButton.text() == "Cancelling…"
    qtbot.waitUntil(lambda: ui.errorLabel.text() != "", timeout=TIMEOUT)
    assert ui.errorLabel.text() == "Cancelled: nothing was written."
    assert ui.pages.currentIndex() == PAGE_PREVIEW
    assert dialog.import_result is None
    assert dump(session) == before


def test_an_xlsx_export(qtbot, session: VaultSession, tmp_path: Path) -> None:
    path, _lines = WRITERS["xlsx"](tmp_path)
    dialog = _open(qtbot, session, path)
    _wait_page(qtbot, dialog, PAGE_MAPPING)
    assert "Excel" in dialog.ui.fileInfoLabel.text()
    assert dialog.ui.hourCombo.currentData() == "Heure"
    assert dialog.ui.numberCombo.currentData() == "Numéro"
    _to_preview(qtbot, dialog)
    assert dialog.ui.newValue.text() == "2"


def test_an_unreadable_file_is_named_and_a_dropped_file_is_read(
    qtbot, session: VaultSession, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"pupil": ', encoding="utf-8")
    dialog = _open(qtbot, session, broken)
    ui = dialog.ui
    qtbot.waitUntil(lambda: ui.errorLabel.text() != "", timeout=TIMEOUT)
    assert ui.errorLabel.text() == "The file is not valid JSON."
    assert not ui.nextButton.isEnabled()

    informat, _lines = WRITERS["informat"](tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(informat))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(drop)
    _wait_page(qtbot, dialog, PAGE_PREVIEW)
    assert ui.errorLabel.text() == ""
    assert ui.rowsReadValue.text() == "10"
    assert not ui.createPupilsCheck.isEnabled()  # Informat gives numbers only


def test_escape_during_the_import_cancels_and_closes(
    qtbot, session: VaultSession, tmp_path: Path
) -> None:
    dialog = _open(qtbot, session, _big_csv(tmp_path))
    _to_preview(qtbot, dialog)
    before = dump(session)
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
        dialog.reject()  # Escape: cancels first, closes once the worker has rolled back
        assert dialog.isVisible()
    assert dialog.import_result is None
    assert dump(session) == before
    assert dialog.isHidden()
