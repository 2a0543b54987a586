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
