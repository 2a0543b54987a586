"""The referral dialog (preview, options, export) and the signalling-list dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.referral.referral_dialog import ReferralDialog
from pa_desktop.gui.referral.signal_list_dialog import SignalListDialog
from pa_desktop.services import audit

YEAR = SchoolYear(2026)


def _heavy_pupil(session) -> int:
    rows = session.overview(YEAR)
    return max(rows, key=lambda r: r.figures.b_count).pupil.id


def test_the_preview_shows_every_page_of_the_real_document(qtbot, demo_session) -> None:
    dialog = ReferralDialog(demo_session, _heavy_pupil(demo_session), YEAR)
    qtbot.addWidget(dialog)
    dialog.pseudonymise_check.setChecked(True)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.pages.count() > 0, timeout=20_000)
    assert dialog.pages.count() >= 2
    assert str(dialog.pages.count()) in dialog.status.text()
    assert audit.entries(demo_session, "export_referral") == []  # a preview is no export


def test_passwords_must_match_and_the_export_is_logged(
    qtbot, demo_session, tmp_path: Path, monkeypatch
) -> None:
    pupil = _heavy_pupil(demo_session)
    dialog = ReferralDialog(demo_session, pupil, YEAR)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("lang-genoeg-1")
    dialog.repeat_edit.setText("lang-genoeg-2")
    assert dialog.options() is None and "differ" in dialog.problem_label.text()
    dialog.repeat_edit.setText("lang-genoeg-1")
    options = dialog.options()
    assert options is not None and options.password == "lang-genoeg-1"
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as saved:
        dialog.export_to(tmp_path, options)
    path = Path(saved.args[0])
    assert path.exists() and path.parent == tmp_path
    entry = audit.entries(demo_session, "export_referral")[-1]
    assert entry.pupil_id == pupil and entry.details["password"] is True


def test_the_signal_list_marks_everyone_signalled(
    qtbot, demo_session, tmp_path: Path, monkeypatch
) -> None:
    dialog = SignalListDialog(demo_session, YEAR)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.listing is not None, timeout=20_000)
    due = dialog.table.rowCount()
    assert due >= 1 and dialog.mark_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(tmp_path / "lijst.csv")
    assert (tmp_path / "lijst.csv").read_bytes().count(b"\r\n") == due + 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignals([dialog.changed, dialog.loaded], timeout=20_000):
        dialog.mark()
    assert dialog.table.rowCount() == 0
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        dialog.all_check.setChecked(True)
    assert dialog.table.rowCount() >= due
    # the pupil number first, as in the PDF and CSV; the state in words, never an id
    assert dialog.table.horizontalHeaderItem(0).text() == "Pupil no."
    states = {dialog.table.item(r, 6).text() for r in range(dialog.table.rowCount())}
    assert "Signalled to the CLB" in states and not any("_" in s for s in states)


def test_a_csv_with_a_password_is_refused_and_nothing_is_written(
    qtbot, demo_session, tmp_path: Path
) -> None:
    dialog = SignalListDialog(demo_session, YEAR)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.listing is not None, timeout=20_000)
    dialog.password_edit.setText("lang-genoeg-1")
    dialog.export_to(tmp_path / "lijst.csv")
    assert not (tmp_path / "lijst.csv").exists()
    assert "CSV" in dialog.status.text() and "password" in dialog.status.text()
    assert audit.entries(demo_session, "export_signal_list") == []


def test_the_signal_list_is_read_and_exported_off_the_gui_thread(
    qtbot, demo_session, tmp_path: Path, monkeypatch
) -> None:
    import threading

    from pa_desktop.gui.referral import signal_list_dialog

    threads: list[str] = []
    for name in ("signal_list", "export_signal_list"):
        real = getattr(signal_list_dialog, name)

        def spy(*args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            threads.append(threading.current_thread().name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(signal_list_dialog, name, spy)
    dialog = SignalListDialog(demo_session, YEAR)
    qtbot.addWidget(dialog)
    assert dialog.listing is None  # the dialog is shown before the list is read
    qtbot.waitUntil(lambda: dialog.listing is not None, timeout=20_000)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(tmp_path / "lijst.pdf")
    assert len(threads) == 2
    assert threading.main_thread().name not in threads
    assert (tmp_path / "lijst.pdf").read_bytes().startswith(b"%PDF")


def _quiet_pupil(session) -> int:
    """A pupil without a registration reason and without contact with the parents."""
    from pa_desktop.services import checklist

    for row in session.overview(YEAR):
        missing = checklist.load_checklist(session, row.pupil.id, YEAR).readiness
        if {"no_registration_reason", "no_parent_contact"} <= set(missing):
            return row.pupil.id
    raise AssertionError("the demo vault has no such pupil")


def test_the_dialog_says_what_the_checklist_misses_above_export(qtbot, demo_session) -> None:
    dialog = ReferralDialog(demo_session, _quiet_pupil(demo_session), YEAR)
    qtbot.addWidget(dialog)
    text = dialog.readiness_label.text()
    assert "No reason for the registration is chosen yet." in text
    assert "No contact with the parents is logged yet." in text
    # above the export button, in the same column
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.readiness_label.mapTo(dialog, dialog.readiness_label.rect().bottomLeft())
    button = dialog.export_button.mapTo(dialog, dialog.export_button.rect().topLeft())
    assert label.y() <= button.y()


def test_a_help_question_typed_in_the_dialog_counts(qtbot, demo_session) -> None:
    """Reason a (the school's trajectory does not work) asks for a help question; one typed in
    the referral dialog is a help question worded, so it is no longer said to be missing."""
    from pa_desktop.services import checklist

    pupil = _quiet_pupil(demo_session)
    checklist.answer_item(demo_session, pupil, YEAR, "reason.not_working", True, "test")
    dialog = ReferralDialog(demo_session, pupil, YEAR)
    qtbot.addWidget(dialog)
    assert "help question" in dialog.readiness_label.text()
    assert "no_help_question" in dialog.missing()
    dialog.help_edit.setPlainText("Hoe krijgen we Ioana terug op school?")
    assert "help question" not in dialog.readiness_label.text()
    assert "no_help_question" not in dialog.missing()


def test_exporting_with_something_missing_asks_once_and_names_it(
    qtbot, demo_session, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    dialog = ReferralDialog(demo_session, _quiet_pupil(demo_session), YEAR)
    qtbot.addWidget(dialog)
    dialog.export()
    assert len(asked) == 1  # one question, also about the missing password
    assert "No reason for the registration is chosen yet." in asked[0]
    assert "No contact with the parents is logged yet." in asked[0]
    assert "password" in asked[0]
    assert list(out.iterdir()) == [] and audit.entries(demo_session, "export_referral") == []
    answer[0] = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export()
    assert len(asked) == 2 and len(list(out.glob("*.pdf"))) == 1


def test_nothing_missing_means_no_question(qtbot, demo_session, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]))
    dialog = ReferralDialog(demo_session, _quiet_pupil(demo_session), YEAR)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "missing", lambda: [])
    dialog.password_edit.setText("lang-genoeg-1")
    dialog.repeat_edit.setText("lang-genoeg-1")
    options = dialog.options()
    assert options is not None and dialog.confirm_export(options) and asked == []
