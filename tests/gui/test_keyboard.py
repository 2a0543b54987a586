"""Keyboard safety: no keystroke changes data by surprise.

Two visible controls sharing an Alt+letter key let Qt pick the wrong one; on the dossier's
trajectory tab Alt+A once switched to the absences tab and the sentence typed next became
absence codes. The walk below opens every window in every language and lists such clashes.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pa_desktop.gui.common.i18n import install_language
from tests.gui.window_walk import access_key_clashes, every_window, menus_without_access_key


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language("en")


@pytest.mark.parametrize("language", ["nl", "fr", "en"], indirect=True)
def test_no_two_visible_controls_share_an_access_key(
    qtbot, language, demo_session, vaults, vault_folder, tmp_path
) -> None:
    folder, _code = vault_folder
    clashes: list[str] = []
    for window in every_window(demo_session, vaults, folder, tmp_path):
        qtbot.addWidget(window)
        window.show()
        clashes += access_key_clashes(window) + menus_without_access_key(window)
        window.hide()
    assert clashes == [], "\n".join(clashes)
