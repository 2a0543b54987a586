"""requirements.lock pins every dependency, and an environment that drifted from it is noticed."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def _lock_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pa_desktop_lock", ROOT / "packaging" / "lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        lines += extra
    build = (ROOT / "packaging" / "requirements-build.txt").read_text(encoding="utf-8")
    lines += [line for line in build.splitlines() if line.strip() and not line.startswith("#")]
    lock = _lock_tool()
    return {lock.canonical(Requirement(line).name) for line in lines}


def test_every_declared_dependency_is_locked_to_one_version() -> None:
    lock = _lock_tool()
    pins = lock.read_lock()
    assert _declared() - set(pins) == set()
    assert all(version and "," not in version for version in pins.values())


def test_ci_and_the_build_use_the_lock() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    installs = [line for line in ci.splitlines() if "pip install" in line]
    assert installs and all("-c requirements.lock" in line for line in installs)
    assert "lock.py" in (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")


def test_a_version_other_than_the_locked_one_is_reported(tmp_path: Path) -> None:
    lock = _lock_tool()
    drifted = tmp_path / "requirements.lock"
    drifted.write_text(
        "# a comment\npytest==0.0.1  # not what is installed\nnot-installed-here==1.0\n",
        encoding="utf-8",
    )
    pins = lock.read_lock(drifted)
    assert pins == {"pytest": "0.0.1", "not-installed-here": "1.0"}
    (line,) = lock.differences(pins)
    assert line.startswith("pytest ") and line.endswith("(locked: 0.0.1)")


@pytest.mark.parametrize("name", ["PySide6_Essentials", "pyside6-essentials", "PySide6.Essentials"])
def test_names_compare_as_pip_does(name: str) -> None:
    assert _lock_tool().canonical(name) == "pyside6-essentials"
