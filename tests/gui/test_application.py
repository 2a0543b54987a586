"""`pa-desktop --demo` from start to quit: the window, its Vault menu, and a clean exit."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu

from pa_desktop.gui import application
from pa_desktop.gui.overview.main_window import MainWindow
from pa_desktop.services.access import Vaults


def test_the_demo_starts_with_its_pupils_and_the_vault_menu(qtbot) -> None:
    seen: dict[str, object] = {}

    def look_and_close() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows or windows[0].model.rowCount() == 0:
            QTimer.singleShot(50, look_and_close)
            return
        window = windows[0]
        seen["pupils"] = window.model.rowCount()
        seen["menus"] = [a.text() for a in window.menuBar().actions()]
        seen["care"] = window.findChild(QMenu, "menuVault") is not None
        seen["folder"] = window.session.folder
        window.close()

    QTimer.singleShot(0, look_and_close)
    status = application.run(Vaults.for_tests(), None, True, False)  # type: ignore[arg-type]
    assert status == 0
    assert seen["pupils"] == 40
    assert seen["care"] is True
    assert any("Vault" in text or "Kluis" in text for text in seen["menus"])
    assert not seen["folder"].exists()  # the demo vault is deleted on quit


def test_without_a_shipped_qm_the_language_is_compiled_into_the_users_own_cache(
    qtbot, tmp_path, monkeypatch
) -> None:
    """Never into the program's folder (even a writable one), never into the shared temp folder,
    where another account on the laptop could plant a file; a changed .ts gets its own file."""
    import shutil

    from PySide6.QtCore import QStandardPaths

    from pa_desktop.gui.common import i18n
    from pa_desktop.services.resources import resources_dir

    installed = tmp_path / "install"
    (installed / "translations").mkdir(parents=True)
    shutil.copy(resources_dir() / "translations" / "pa_desktop_fr.ts", installed / "translations")
    cache = tmp_path / "cache"
    monkeypatch.setattr(i18n, "resources_dir", lambda: installed)
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(cache))
    compiled = i18n.compiled_translation("fr")
    assert compiled is not None and compiled.parent == cache / "translations"
    assert compiled.name.startswith("pa_desktop_fr-") and compiled.stat().st_size > 10_000
    assert sorted(p.name for p in (installed / "translations").iterdir()) == ["pa_desktop_fr.ts"]
    assert i18n.compiled_translation("fr") == compiled  # compiled once
    ts = installed / "translations" / "pa_desktop_fr.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("Coffre", "Coffre-fort"), "utf-8")
    changed = i18n.compiled_translation("fr")
    assert changed is not None and changed != compiled and changed.exists()
    # a .qm shipped beside a .ts (the bundle) is used as it is
    shipped = installed / "translations" / "pa_desktop_fr.qm"
    shutil.copy(changed, shipped)
    assert i18n.compiled_translation("fr") == shipped


def test_the_other_languages_are_compiled_in_the_background_before_a_switch(
    qtbot, tmp_path, monkeypatch
) -> None:
    """A development checkout ships .ts files only: the first switch of language compiled one
    with lrelease on the GUI thread (the longest freeze of bench_school.py's working day). Once
    the main window shows, the other languages are compiled in a background thread, so the
    switch finds its file without starting a process."""
    import shutil
    import subprocess

    from PySide6.QtCore import QStandardPaths

    from pa_desktop.gui.common import i18n
    from pa_desktop.services.resources import resources_dir

    installed = tmp_path / "install"
    (installed / "translations").mkdir(parents=True)
    for ts in (resources_dir() / "translations").glob("*.ts"):
        shutil.copy(ts, installed / "translations")
    cache = tmp_path / "cache"
    monkeypatch.setattr(i18n, "resources_dir", lambda: installed)
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(cache))
    monkeypatch.setattr(i18n, "current_language", lambda: "nl")
    i18n.prepare_other_languages().join(120)
    compiled = sorted(p.name.split("-")[0] for p in (cache / "translations").glob("*.qm"))
    assert compiled == ["pa_desktop_en", "pa_desktop_fr", "qt_extra_fr"]

    def no_process(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a switch of language started lrelease")

    monkeypatch.setattr(subprocess, "run", no_process)
    french = i18n.compiled_translation("fr")
    assert french is not None and french.parent == cache / "translations"
