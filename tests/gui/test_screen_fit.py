"""Every window fits a school laptop (1366x768) and a projector (1280x720), buttons in view,
and comes back where the user left it, inside the screen even when the screen shrank."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QDialog, QPushButton, QSplitter, QVBoxLayout

from pa_desktop.gui.common.geometry import available_area, fit_window

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_every_window_fits_the_screen_with_its_buttons_in_view(tmp_path, size) -> None:
    width, height = size
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"synthesizedWindowFocus": True, "screens": [screen]}))
    environment = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    environment["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.screen_probe"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    problems = json.loads(done.stdout.strip().splitlines()[-1])
    assert problems == [], "\n".join(problems)


def _dialog(qtbot) -> QDialog:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    splitter = QSplitter()
    splitter.setObjectName("parts")
    splitter.addWidget(QPushButton("left"))
    splitter.addWidget(QPushButton("right"))
    layout.addWidget(splitter)
    return dialog


def test_a_window_comes_back_as_left_and_inside_a_smaller_screen(qtbot) -> None:
    QSettings().remove("windows/probe")
    area = None
    first = _dialog(qtbot)
    fit_window(first, "probe", QSize(500, 300))
    first.show()
    area = available_area(first)
    first.resize(420, 260)
    first.move(area.left() + 30, area.top() + 40)
    first.findChild(QSplitter).setSizes([50, 300])
    first.close()

    again = _dialog(qtbot)
    fit_window(again, "probe", QSize(500, 300))
    again.show()
    assert again.size() == QSize(420, 260)
    assert abs(again.frameGeometry().x() - (area.left() + 30)) <= 2
    assert again.findChild(QSplitter).sizes()[0] < again.findChild(QSplitter).sizes()[1]
    # the laptop was on a big screen last time: far right, and wider than this one
    again.setGeometry(QRect(area.right() - 100, area.bottom() - 50, area.width() + 300, 400))
    again.close()

    third = _dialog(qtbot)
    fit_window(third, "probe", QSize(500, 300))
    third.show()
    assert area.contains(third.frameGeometry()), (third.frameGeometry(), area)
