"""The layers of DESIGN.md, checked on every test run and not by goodwill.

import-linter's contracts (pyproject.toml) cover the package's imports: only the GUI imports Qt,
only the store opens the database, the domain imports no I/O library, no two modules or sibling
packages import each other (directly or round a circle, function-level imports included). This test runs them and
adds a check import-linter cannot make: nothing outside the store names the SQLCipher driver
or opens SQLite through the standard library.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pa_desktop"


def test_import_contracts_hold() -> None:
    linter = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(linter)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
    assert "No import cycles" in result.stdout  # the acyclic contract is among them


def test_only_the_store_opens_a_database() -> None:
    opener = re.compile(r"\b(sqlite3|sqlcipher3|create_engine|pysqlcipher)\b")
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "store" not in path.relative_to(PACKAGE).parts and opener.search(path.read_text("utf-8"))
    ]
    assert offenders == []


def test_only_the_gui_imports_qt() -> None:
    qt_import = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "gui" and qt_import.search(path.read_text("utf-8"))
    ]
    assert offenders == []
