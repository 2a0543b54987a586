"""The export dialog (what goes, what stays, passphrase twice) and the import dialog (preview,
conflicts, merge off the GUI thread), on real vaults, offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.gui.transfer.dialogs import TransferExportDialog, TransferImportDialog
from pa_desktop.services import audit, guidance, transfer
from pa_desktop.services.session import AbsenceEntry, VaultSession
from tests.gui.test_accessibility import unnamed_controls
from tests.transfer.conftest import B_DAYS, FAST_KDF, TRANSFER_PASSPHRASE, YEAR


def _items(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_the_export_dialog_shows_what_goes_and_saves_the_file(
    qtbot, sender: VaultSession, pupil: int, tmp_path: Path
) -> None:
    dialog = TransferExportDialog(sender, pupil)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    going, staying = _items(dialog.going_list), _items(dialog.staying_list)
    assert any("B half days" in line and "2026-2027: 8" in line for line in going)
    assert any("Absences with their dates" in line for line in staying)
    assert any("CLB's notes" in line for line in staying)
    dialog.receiver_combo.setCurrentIndex(1)  # a CLB worker
    assert any("Absences with their dates" in line for line in _items(dialog.going_list))
    assert _items(dialog.staying_list) == ["Nothing: the CLB worker receives the whole dossier."]
    dialog.receiver_combo.setCurrentIndex(0)
    assert not dialog.save_button.isEnabled()
    dialog.passphrase_edit.setText("paarse olifant op dinsdag")
    dialog.repeat_edit.setText("paarse olifant op woensdag")
    assert not dialog.save_button.isEnabled() and "differ" in dialog.strength_label.text()
    dialog.repeat_edit.setText("paarse olifant op dinsdag")
    assert dialog.save_button.isEnabled()
    for check in dialog.year_checks:
        check.setChecked(False)
    assert not dialog.save_button.isEnabled()
    dialog.year_checks[0].setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as saved:
        dialog.export_to(tmp_path)
    path = Path(saved.args[0])
    assert path.parent == tmp_path and path.name.startswith("dossier-")
    assert path.name in dialog.status.text()
    (entry,) = audit.entries(sender, "transfer_out")
    assert entry.details["receiver"] == "school" and entry.details["sha256"]


def test_the_import_dialog_previews_settles_conflicts_and_merges(
    qtbot, sender: VaultSession, pupil: int, clb_worker: VaultSession, tmp_path: Path
) -> None:
    sent = transfer.export_dossier(
        sender, pupil, transfer.Receiver.CLB, [YEAR], TRANSFER_PASSPHRASE, tmp_path, FAST_KDF
    )
    here = clb_worker.add_pupil(PupilDraft("Yilmaz", "Ayse", "4A", school_number="4711")).id
    clb_worker.add_absences(here, AbsenceEntry(B_DAYS[0], "Z"))
    dialog = TransferImportDialog(clb_worker, sent.path)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    assert not dialog.import_button.isEnabled()
    dialog.passphrase_edit.setText("niet het juiste wachtwoord")
    dialog.open_file()
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=20_000)
    assert "does not open this file" in dialog.error_label.text()
    assert not dialog.import_button.isEnabled()

    dialog.passphrase_edit.setText(TRANSFER_PASSPHRASE)
    dialog.open_file()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    summary = dialog.summary.text()
    assert "Ayşe Yılmaz" in summary and "Sint-Guido-Instituut" in summary
    assert "same pupil number" in summary and "a CLB worker" in summary
    assert dialog.conflicts.rowCount() == 2 and dialog.import_button.isEnabled()
    assert clb_worker.absences(here, YEAR)[0].code == "Z"  # the preview wrote nothing
    dialog.conflicts.item(1, 4).setCheckState(Qt.CheckState.Checked)
    assert dialog.replace_slots() == [(B_DAYS[0], "NM")]
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as merged:
        dialog.start_import()
    assert merged.args == [here]
    codes = {a.half: a.code for a in clb_worker.absences(here, YEAR) if a.day == B_DAYS[0]}
    assert codes == {HalfDay.VM: "Z", HalfDay.NM: "B"}
    # a school handing its pupil to the CLB: the file's registration carries the note, and
    # no school change is recorded (the pupil did not change school)
    trajectory = guidance.trajectory(clb_worker, here)
    assert "school_change" not in [s.step.value for s in trajectory]
    steps = [s for s in trajectory if s.step.value == "registered_clb"]
    assert "Warm transfer from Sint-Guido-Instituut" in steps[0].details.note
    assert not dialog.import_button.isEnabled() and "Imported" in dialog.done_label.text()
    assert audit.entries(clb_worker, "transfer_in")[0].pupil_id == here
    dialog.reject()  # Close: QDialog.result() is still the dialog's code (nothing shadows it)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_damaged_file_is_refused_in_words(
    qtbot, clb_worker: VaultSession, tmp_path: Path
) -> None:
    broken = tmp_path / "dossier-000000000000.padossier"
    broken.write_bytes(b"PADOSSIER\x00\x01\x00\x00\x00\x05{}")
    dialog = TransferImportDialog(clb_worker, broken)
    qtbot.addWidget(dialog)
    dialog.passphrase_edit.setText(TRANSFER_PASSPHRASE)
    dialog.open_file()
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=20_000)
    assert "damaged" in dialog.error_label.text() and dialog.preview is None
