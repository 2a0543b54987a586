"""The packaging recipes: one version everywhere, the icon set complete, the recipes well formed.

The bundle itself is built and smoke-tested by packaging/build.py (CI runs it, see .ci/run).
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from configparser import ConfigParser
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from pa_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"


def _build_script() -> ModuleType:
    """packaging/build.py, loaded under its own name (a package called `build` may exist)."""
    spec = importlib.util.spec_from_file_location("pa_desktop_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_version_lives_in_one_place() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "pa_desktop.__version__"}
    build = _build_script()
    assert build.version() == __version__
    spec = (PACKAGING / "pa_desktop.spec").read_text(encoding="utf-8")
    assert '__init__.py").read_text()' in spec and "version=VERSION" in spec
    iss = (PACKAGING / "windows" / "pa-desktop.iss").read_text(encoding="utf-8")
    assert re.search(r"^AppVersion=\{#AppVersion\}$", iss, re.MULTILINE)
    assert __version__ not in iss  # never typed in by hand
    assert "X-AppVersion=@VERSION@" in (PACKAGING / "linux" / "pa-desktop.desktop.in").read_text()


def test_the_desktop_entry_has_what_menus_need() -> None:
    build = _build_script()
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read_string(build.desktop_entry(__version__, exec_line="pa-desktop", icon="pa-desktop"))
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "pa-desktop"
    assert section["Icon"] == "pa-desktop"
    assert section["X-AppVersion"] == __version__
    assert section["StartupWMClass"] == "pa-desktop"  # QGuiApplication.setDesktopFileName


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_every_png_size_is_there(size: int) -> None:
    with Image.open(ICONS / f"pa-desktop-{size}.png") as picture:
        assert picture.size == (size, size)
        assert picture.mode == "RGBA"
        assert picture.getpixel((0, 0))[3] == 0  # transparent corner


def test_the_windows_and_macos_icons_hold_every_size() -> None:
    with Image.open(ICONS / "pa-desktop.ico") as ico:
        assert {16, 24, 32, 48, 256} <= {width for width, _ in ico.info["sizes"]}
    with Image.open(ICONS / "pa-desktop.icns") as icns:
        assert icns.format == "ICNS"
        assert {(512, 512, 2), (16, 16, 2)} <= set(icns.info["sizes"])
    source = (ICONS / "pa-desktop.svg").read_text(encoding="utf-8")
    assert 'viewBox="0 0 256 256"' in source and "#D55E00" in source  # the B half day


def test_the_application_has_its_window_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    from pa_desktop.gui.application import application_icon

    sizes = {size.width() for size in application_icon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_the_spec_is_python_and_keeps_what_must_be_kept() -> None:
    spec = (PACKAGING / "pa_desktop.spec").read_text(encoding="utf-8")
    compile(spec, "pa_desktop.spec", "exec")
    for needed in (
        'copy_metadata("keyring")',
        'collect_submodules("keyring.backends")',
        'collect_data_files("pypdfium2_raw")',
        "qtbase_{lang}.qm",
        '"tkinter"',
        "upx=False",
    ):
        assert needed in spec, needed
