"""The main window's pupil overview: the demo's pupils, sorting, search, signal filter, editing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pa_desktop.gui.overview.main_window import MainWindow
from pa_desktop.gui.overview.model import B_COUNT, NAME, PUPIL_ID_ROLE, SIGNALS
from pa_desktop.gui.overview.pupil_dialog import PupilDialog


def _window(qtbot, session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 40, timeout=10_000)
    return window


def _column(window: MainWindow, column: int) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_overview_lists_every_pupil_with_action_first(qtbot, demo_session) -> None:
    window = _window(qtbot, demo_session)
    rows = [window.model.row_at(i) for i in range(window.model.rowCount())]
    first_id = window.proxy.index(0, NAME).data(PUPIL_ID_ROLE)
    first = next(r for r in rows if r.pupil.id == first_id)
    # a legal duty or a loss comes first
    assert {"clb_signal_due", "allowance_lost"} & set(first.signal_ids)
    last_id = window.proxy.index(window.proxy.rowCount() - 1, NAME).data(PUPIL_ID_ROLE)
    assert not next(r for r in rows if r.pupil.id == last_id).signals
    assert "40" in window.statusBar().currentMessage()


def test_sorting_by_b_half_days(qtbot, demo_session) -> None:
    window = _window(qtbot, demo_session)
    window.ui.pupilTable.sortByColumn(B_COUNT, Qt.SortOrder.DescendingOrder)
    values = [int(v) for v in _column(window, B_COUNT)]
    assert values == sorted(values, reverse=True)
    assert values[0] >= 30
    window.ui.pupilTable.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    names = _column(window, NAME)
    assert names == sorted(names, key=str.casefold)


def test_search_and_signal_filter(qtbot, demo_session) -> None:
    window = _window(qtbot, demo_session)
    qtbot.keyClicks(window.ui.searchEdit, "kowal")
    assert _column(window, NAME) == ["Kowalski, Łukasz"]
    window.ui.searchEdit.setText("ayşe YILMAZ")  # any order, any case, non-ASCII letters
    assert _column(window, NAME) == ["Yılmaz, Ayşe"]
    window.ui.searchEdit.clear()
    window.ui.searchEdit.setText("3A")
    classes = {window.proxy.index(r, 1).data() for r in range(window.proxy.rowCount())}
    assert classes == {"3A"}
    window.ui.searchEdit.clear()
    window.ui.signalsOnlyCheck.setChecked(True)
    with_signals = sum(1 for i in range(40) if window.model.row_at(i).signals)
    assert window.proxy.rowCount() == with_signals
    assert all(window.proxy.index(r, SIGNALS).data() for r in range(window.proxy.rowCount()))


def test_signal_tooltip_says_why(qtbot, demo_session) -> None:
    """One line per signal: its name and the pupil's own figures (the CLB signal: the count of
    B half days and the date of the fifth); a pupil without signals is told so."""
    from pa_desktop.gui.common.texts import format_date, signal_label

    window = _window(qtbot, demo_session)
    rows = [window.model.row_at(i) for i in range(window.model.rowCount())]
    due = next(r for r in rows if "clb_signal_due" in r.signal_ids)
    quiet = next(r for r in rows if not r.signals)

    def tooltip(pupil_id: int) -> str:
        row = next(
            r
            for r in range(window.proxy.rowCount())
            if window.proxy.index(r, NAME).data(PUPIL_ID_ROLE) == pupil_id
        )
        return str(window.proxy.index(row, SIGNALS).data(Qt.ItemDataRole.ToolTipRole))

    lines = tooltip(due.pupil.id).splitlines()
    assert [line.split(":")[0] for line in lines] == [
        f"• {signal_label(s)}" for s in due.signal_ids
    ]
    figures = due.figures
    clb = lines[due.signal_ids.index("clb_signal_due")]
    assert f"{figures.b_count} B half days" in clb
    assert f"the 5th on {format_date(figures.b_fifth_date)}" in clb
    assert tooltip(quiet.pupil.id) == "No warning signals."


def test_adding_a_pupil_shows_them_and_bad_input_is_named(qtbot, demo_session) -> None:
    window = _window(qtbot, demo_session)
    dialog = PupilDialog(demo_session, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.firstNameEdit.setText("Łukasz")
    dialog.ui.classEdit.setText("2B")
    dialog.ui.buttons.accepted.emit()
    assert dialog.ui.problemLabel.isVisible()
    assert "last name" in dialog.ui.problemLabel.text()
    assert dialog.isVisible()  # the input is kept for the user to complete
    assert dialog.ui.firstNameEdit.text() == "Łukasz"
    assert dialog.saved is None
    assert len(demo_session.pupils()) == 40
    dialog.ui.lastNameEdit.setText("Wiśniewski")
    dialog.ui.buttons.accepted.emit()
    assert dialog.saved is not None
    window._after_save(dialog.saved.id)
    qtbot.waitUntil(lambda: window.model.rowCount() == 41, timeout=10_000)
    assert window.selected_pupil_id() == dialog.saved.id


def test_changing_the_school_year_recomputes(qtbot, demo_session) -> None:
    window = _window(qtbot, demo_session)
    window.ui.yearCombo.setCurrentIndex(1)  # 2025-2026: the demo's previous year
    qtbot.waitUntil(lambda: "2025-2026" in window.statusBar().currentMessage(), timeout=10_000)
    heavy = [window.model.row_at(i) for i in range(window.model.rowCount())]
    assert max(row.figures.b_count for row in heavy) >= 30


def test_a_dropped_file_opens_the_import_preview(qtbot, demo_session, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from pa_desktop.gui.importing.dialog import PAGE_MAPPING, PAGE_PREVIEW, ImportDialog

    window = _window(qtbot, demo_session)
    number = demo_session.pupils()[0].school_number
    export = tmp_path / "export.csv"
    export.write_text(f"Stamboeknummer;Datum;VM/NM;Code\n{number};08/09/2025;VM;B\n", "utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(export))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert event.isAccepted()
    (dialog,) = window.findChildren(ImportDialog)
    assert dialog.isVisible()
    # the dropped file itself is read: its columns are recognised, the preview shows its row
    qtbot.waitUntil(lambda: dialog.ui.pages.currentIndex() == PAGE_MAPPING, timeout=10_000)
    assert dialog.ui.nextButton.isEnabled()
    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.pages.currentIndex() == PAGE_PREVIEW, timeout=10_000)
    assert dialog.ui.rowsReadValue.text() == "1"
    dialog.close()


def test_the_language_switches_without_a_restart(qtbot, demo_session) -> None:
    from pa_desktop.gui.common.i18n import install_language

    window = MainWindow(demo_session)  # not given to qtbot: a switch deletes the old window
    window.show()
    try:
        window = dutch = window.switch_language("nl")
        qtbot.waitUntil(lambda: dutch.model.rowCount() == 40, timeout=10_000)
        assert dutch.model.headers()[0] == "Leerling"
        assert dutch.ui.menuPupil.title() == "&Leerling"
        window = french = dutch.switch_language("fr")
        qtbot.waitUntil(lambda: french.model.rowCount() == 40, timeout=10_000)
        assert french.model.headers()[0] == "Élève"
        assert french.session is demo_session  # the same open vault carries on
    finally:
        install_language("en")
        window.close()
        window.deleteLater()


def test_five_language_switches_leave_one_main_window(qtbot, demo_session) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from pa_desktop.gui.common.i18n import install_language

    def live_main_windows() -> int:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return sum(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())

    before = live_main_windows()
    window = MainWindow(demo_session)
    window.show()
    try:
        for language in ("nl", "fr", "en", "nl", "fr"):
            window = window.switch_language(language)
        assert live_main_windows() == before + 1
        assert window.isVisible() and window.session is demo_session
    finally:
        install_language("en")
        window.close()
        window.deleteLater()


def test_insight_opens_from_the_main_window_and_leads_to_a_dossier(qtbot, demo_session) -> None:
    window = _window(qtbot, demo_session)
    insight = window.show_insight()
    qtbot.addWidget(insight)
    pupil_id = demo_session.pupils()[0].id
    insight.open_pupil.emit(pupil_id)
    assert pupil_id in window._dossiers


def test_an_empty_vault_says_what_to_do(qtbot, vaults, tmp_path) -> None:
    from pa_desktop.services.session import Profile

    session, _ = vaults.create(tmp_path / "empty", "een lang wachtwoord", Profile(user_name="N"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.empty_label.isVisible(), timeout=10_000)
    assert "Ctrl+N" in window.empty_label.text() and "Ctrl+I" in window.empty_label.text()
    window.close()


def test_fresh_data_closes_the_windows_showing_old_data_but_not_the_asking_dialog(
    qtbot, demo_session
) -> None:
    """What the Vault menu calls after a restore or a purge."""
    from PySide6.QtWidgets import QDialog

    window = _window(qtbot, demo_session)
    qtbot.waitUntil(lambda: window.model.rowCount() == 40, timeout=10_000)
    dossier = window.open_dossier(int(window.proxy.index(0, NAME).data(PUPIL_ID_ROLE)))
    insight = window.show_insight()
    asking = QDialog(window)  # the restore or purge dialog that reported the change
    asking.show()
    assert dossier is not None and dossier.isVisible() and insight.isVisible()
    loads = window._loading_generation
    window.show_fresh_data()
    assert not dossier.isVisible() and not insight.isVisible()
    assert asking.isVisible() and window.isVisible()
    assert window._loading_generation == loads + 1  # the overview is read again
    asking.close()
