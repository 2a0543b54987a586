"""A CLB worker sets up schools without the command line: "New school…" in the School settings
dialog (a duplicate refused in words), renaming the chosen school, and the overview's chooser
showing the new school at once, appearing when the vault gets its second school."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.gui.overview.main_window import MainWindow
from pa_desktop.gui.overview.model import SCHOOL
from pa_desktop.gui.schools.new_school_dialog import NewSchoolDialog
from pa_desktop.gui.schools.settings_dialog import SchoolSettingsDialog
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import Profile, VaultSession
from tests.gui.conftest import PASSPHRASE


@pytest.fixture
def one_school(tmp_path: Path, vaults: Vaults) -> Iterator[VaultSession]:
    session, _ = vaults.create(
        tmp_path / "clb", PASSPHRASE, Profile(school="Sint-X", user_name="CLB", role="clb")
    )
    session.set_reference_date(date(2025, 12, 19))
    session.add_pupil(PupilDraft("Peeters", "A", "3A", school_number="123"))
    yield session
    QThreadPool.globalInstance().waitForDone(30_000)
    session.close()


def _fill_new_school(name: str, number: str, seen: list[str]) -> None:
    """Answer the modal "New school" dialog the way a user types in it."""

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewSchoolDialog))
        dialog.name_edit.setText(name)
        dialog.number_edit.setText(number)
        dialog.apply()
        seen.append(dialog.error.text())
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, answer)


def test_a_new_school_appears_in_the_overviews_chooser_at_once(
    qtbot, one_school: VaultSession
) -> None:
    window = MainWindow(one_school)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
    assert not window.school_chooser.isVisible()
    dialog = window.show_school_settings()
    assert not dialog.school_combo.isVisible() and dialog.name_edit.text() == "Sint-X"
    errors: list[str] = []
    _fill_new_school("Atheneum Noord", "012345", errors)
    dialog.new_school()
    assert errors == [""]
    added = one_school.find_school("Atheneum Noord")
    assert added.number == "012345"
    # the dialog now shows the new school, ready for its calendar
    assert dialog.school_combo.isVisible() and dialog.school_combo.selected_school() == added.id
    assert (dialog.name_edit.text(), dialog.number_edit.text()) == ("Atheneum Noord", "012345")
    # the overview's chooser appeared with the new school, all schools with a school column
    assert window.school_chooser.isVisible() and window.school_label.isVisible()
    names = [window.school_chooser.itemText(i) for i in range(window.school_chooser.count())]
    assert names[1:] == ["Sint-X", "Atheneum Noord"]
    assert window.action_move_pupil.isVisible()
    qtbot.waitUntil(lambda: not window.ui.pupilTable.isColumnHidden(SCHOOL), timeout=10_000)
    dialog.grab().save("/tmp/pa15b-new-school.png")


def test_a_duplicate_school_is_refused_in_words(qtbot, one_school: VaultSession) -> None:
    dialog = NewSchoolDialog(one_school)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("  sint-x ")
    dialog.apply()
    assert dialog.isVisible() and dialog.school is None
    assert "Sint-X" in dialog.error.text() and "already" in dialog.error.text()
    dialog.name_edit.setText("12")
    dialog.apply()
    assert "number" in dialog.error.text()
    assert [s.name for s in one_school.schools()] == ["Sint-X"]


def test_renaming_the_chosen_school_in_the_settings_dialog(qtbot, one_school: VaultSession) -> None:
    other = one_school.add_school("Atheneum Noord")
    dialog = SchoolSettingsDialog(one_school, other.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("Sint-X")
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save()
    assert "already" in dialog.status.text() and dialog.isVisible()
    assert one_school.find_school(other.id).name == "Atheneum Noord"
    dialog.name_edit.setText("Atheneum Zuid")
    dialog.number_edit.setText("054321")
    with qtbot.waitSignal(dialog.schools_changed, timeout=30_000):
        dialog.save()
    renamed = one_school.find_school(other.id)
    assert (renamed.name, renamed.number) == ("Atheneum Zuid", "054321")
    assert dialog.school_combo.findText("Atheneum Zuid") >= 0


def test_unsaved_edits_are_asked_about_before_another_school_shows(
    qtbot, one_school: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = one_school.add_school("Atheneum Noord")
    dialog = SchoolSettingsDialog(one_school, 1)
    qtbot.addWidget(dialog)
    dialog.threshold_spins["clb_signal_b"].setValue(4)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    dialog.school_combo.select_school(other.id)  # cancelled: the edits stay on screen
    assert dialog.school_combo.selected_school() == 1
    assert dialog.threshold_spins["clb_signal_b"].value() == 4
    dialog.school_combo.select_school(other.id)  # saved, then the other school shows
    assert one_school.thresholds(1).clb_signal_b == 4
    assert dialog.school_combo.selected_school() == other.id
    assert dialog.threshold_spins["clb_signal_b"].value() == 5


def test_renaming_a_vaults_only_school_renames_the_window(qtbot, one_school: VaultSession) -> None:
    window = MainWindow(one_school)
    qtbot.addWidget(window)
    assert "Sint-X" in window.windowTitle()
    dialog = window.show_school_settings()
    dialog.name_edit.setText("Sint-Jozef")
    dialog.save()
    assert one_school.profile().school == "Sint-Jozef"
    assert "Sint-Jozef" in window.windowTitle() and not window.school_chooser.isVisible()
