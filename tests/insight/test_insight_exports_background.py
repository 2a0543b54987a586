"""The insight window's Save as PNG and Export as CSV buttons write their files off the GUI
thread (issue 18: encoding a 2,000-pixel chart took up to 140 ms there): the files are still
written, protected and logged, and a file that cannot be written is said in words."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from pa_desktop.gui.insight import panel as panel_module
from pa_desktop.gui.insight.window import InsightWindow
from pa_desktop.services import audit
from tests.insight.school import YEAR
from tests.insight.test_insight_window import School, settle, window  # noqa: F401

pytestmark = pytest.mark.gui


def test_the_buttons_write_png_and_csv_off_the_gui_thread(
    qtbot,  # type: ignore[no-untyped-def]
    window: InsightWindow,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[str] = []
    real = panel_module._write_png

    def spy(image: QImage, path: Path) -> Path:
        threads.append(threading.current_thread().name)
        return real(image, path)

    monkeypatch.setattr(panel_module, "_write_png", spy)
    panel = window.panels["bands"]
    kinds: list[str] = []
    panel.exported.connect(kinds.append)
    png = tmp_path / "bands.png"
    panel.save_png_later(png)
    assert not panel.png_button.isEnabled()  # one file at a time
    qtbot.waitUntil(lambda: kinds == ["png"], timeout=30_000)
    assert threads and threads[0] != threading.main_thread().name
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 1000
    assert panel.png_button.isEnabled()
    csv = tmp_path / "bands.csv"
    panel.export_csv_later(csv)
    qtbot.waitUntil(lambda: kinds == ["png", "csv"], timeout=30_000)
    assert "<5" in csv.read_text(encoding="utf-8-sig")  # the protected numbers
    logged = audit.entries(window.session, "export_insight")
    assert [(e.details["chart"], e.details["kind"]) for e in logged] == [
        ("bands", "png"),
        ("bands", "csv"),
    ]


def test_a_file_that_cannot_be_written_is_said_and_nothing_is_logged(
    qtbot,  # type: ignore[no-untyped-def]
    window: InsightWindow,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_a: said.append(text)
    )
    panel = window.panels["months"]
    panel.save_png_later(tmp_path / "no such folder" / "months.png")
    qtbot.waitUntil(lambda: said != [], timeout=30_000)
    assert "OSError" in said[0] and "Traceback" not in said[0]
    assert panel.png_button.isEnabled() and panel.csv_button.isEnabled()
    assert audit.entries(window.session, "export_insight") == []
    assert YEAR is not None
