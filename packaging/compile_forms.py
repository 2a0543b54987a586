"""Compile the Qt Designer forms in ui/ into pa_desktop/gui/forms/ (generated code, committed).

Run after editing a .ui file:  python packaging/compile_forms.py
The test suite checks that the committed modules match their forms.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "ui"
TARGET = ROOT / "pa_desktop" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by packaging/compile_forms.py (pyside6-uic). Do not edit.\n"


def uic_command() -> list[str]:
    beside = Path(sys.executable).parent / "pyside6-uic"
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install the project first (pip install -e .)")
    return [found]


def compile_form(form: Path) -> str:
    result = subprocess.run(
        [*uic_command(), "--no-autoconnection", str(form)],
        check=True,
        capture_output=True,
        text=True,
    )
    body = "\n".join(
        line for line in result.stdout.splitlines() if not line.startswith("## Created by: Qt")
    )
    return HEADER.format(name=form.name) + body + "\n"


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "__init__.py").write_text('"""Generated form modules (see ui/)."""\n')
    for form in sorted(FORMS.glob("*.ui")):
        (TARGET / f"ui_{form.stem}.py").write_text(compile_form(form), encoding="utf-8")
        print(f"compiled {form.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
