"""`pa-desktop --smoke-test`: passes on a working installation, fails in one line when it is not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(arguments: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PA_DESKTOP_LANG", None)
    return subprocess.run(
        [sys.executable, *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=180,
    )


def test_the_smoke_test_passes_and_says_what_it_checked() -> None:
    result = _run(["-m", "pa_desktop", "--smoke-test"])
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "smoke test passed"
    said = result.stdout
    assert "translation nl loaded: 'Over PA Desktop', Qt: 'Annuleren'" in said
    assert "keyring backends:" in said and "in use:" in said
    assert "Ayşe Łukasiewicz, 2 B half days" in said
    assert "main window shown" in said
    assert "prints 'Ayşe Łukasiewicz'" in said


def _broken(patch: str) -> subprocess.CompletedProcess[str]:
    script = f"{patch}\nfrom pa_desktop.app import main\nraise SystemExit(main(['--smoke-test']))\n"
    return _run(["-c", script])


def test_a_missing_translation_fails_with_a_one_line_reason() -> None:
    result = _broken(
        "import pa_desktop.gui.common.i18n as i18n; i18n.install_language = lambda _l: False"
    )
    assert result.returncode == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("smoke test failed")]
    assert failed == ["smoke test failed: the Dutch translation (pa_desktop_nl.qm) did not load"]
    assert "smoke test passed" not in result.stdout


def test_missing_keyring_metadata_fails_the_smoke_test() -> None:
    """What a frozen build without copy_metadata('keyring') looks like: no backend registered."""
    result = _broken("import importlib.metadata as m; m.entry_points = lambda **_k: []")
    assert result.returncode == 1
    assert "keyring backend" in result.stderr and "not registered" in result.stderr
