"""The generated form modules must match their Qt Designer forms (regenerate, don't hand-edit)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def _compiler():
    spec = importlib.util.spec_from_file_location(
        "compile_forms", ROOT / "packaging" / "compile_forms.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_generated_form_is_current(form: Path) -> None:
    generated = ROOT / "pa_desktop" / "gui" / "forms" / f"ui_{form.stem}.py"
    assert generated.read_text(encoding="utf-8") == _compiler().compile_form(form), (
        f"{generated.name} is stale: run python packaging/compile_forms.py"
    )
