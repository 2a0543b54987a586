"""The installed console script, run as a real process (the one test that leaves the interpreter)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


def _console_script() -> str:
    beside_python = Path(sys.executable).parent / "pa-desktop-cli"
    found = str(beside_python) if beside_python.exists() else shutil.which("pa-desktop-cli")
    assert found, "pa-desktop-cli is not installed"
    return found


def test_installed_cli_prints_the_calendar(tmp_path: Path) -> None:
    env = {**os.environ, "PA_DESKTOP_LANG": "en", "PA_DESKTOP_VAULT": str(tmp_path / "vault")}
    env.pop("PA_DESKTOP_PASSPHRASE", None)
    done = subprocess.run(
        [_console_script(), "calendar", "2025-2026", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["school_year"] == "2025-2026"
    assert [(h["name"], h["start"], h["end"]) for h in data["holidays"]] == [
        ("herfstvakantie", "2025-10-27", "2025-11-02"),
        ("kerstvakantie", "2025-12-22", "2026-01-04"),
        ("krokusvakantie", "2026-02-16", "2026-02-22"),
        ("paasvakantie", "2026-04-06", "2026-04-19"),
    ]
    assert not (tmp_path / "vault").exists()  # the calendar needs no vault
