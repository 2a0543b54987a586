"""What a real screen reader reads: the AT-SPI tree of `pa-desktop --demo` on an X display.

Xvfb gives the display, dbus-run-session a private session bus, at-spi-bus-launcher the
accessibility bus Orca listens on; Qt's AT-SPI bridge publishes the app there. The reader
(tests/gui/atspi_reader.py, system Python with Debian's python3-pyatspi) checks that every
focusable control of the main window, a dossier and the referral dialog has a name and a
role, and that the overview table exposes its cells. .ci/run installs these tools.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")


def _missing() -> str:
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not BUS_LAUNCHER.exists():
        return "at-spi2-core is not installed"
    has_pyatspi = SYSTEM_PYTHON.exists() and (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0
    )
    return "" if has_pyatspi else "python3-pyatspi is not installed"


SCRIPT = """
set -u
exec 3>"$WORK/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$WORK/display")"
"$BUS_LAUNCHER" --launch-immediately >/dev/null 2>&1 &
"$APP" --demo >"$WORK/app.log" 2>&1 &
PID=$!
"$PYTHON" "$READER" "Open het dossier" "Dossier: " "Aanmelding"
kill $PID $XVFB 2>/dev/null
wait $PID 2>/dev/null
exit 0
"""


@pytest.mark.skipif(bool(_missing()), reason=_missing() or "ready")
def test_a_screen_reader_finds_names_roles_and_table_cells(tmp_path) -> None:
    app = Path(sys.executable).parent / "pa-desktop"
    environment = {
        "PATH": "/usr/bin:/bin:/usr/sbin:/sbin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "TMPDIR": str(tmp_path),  # the demo vault's folder, gone with the test's
        "WORK": str(tmp_path),
        "APP": str(app),
        "PYTHON": str(SYSTEM_PYTHON),
        "READER": str(HERE / "atspi_reader.py"),
        "BUS_LAUNCHER": str(BUS_LAUNCHER),
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "PA_DESKTOP_LANG": "nl",
    }
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", SCRIPT],
        env=environment,
        capture_output=True,
        text=True,
        timeout=240,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stdout + done.stderr + (tmp_path / "app.log").read_text()
    report = json.loads(lines[-1])
    assert report["problems"] == [], report
    seen = report["seen"]
    assert seen["overview rows"] == 40 and seen["first cell"] and seen["first column header"]
    assert seen["dossier"].startswith("Dossier: ") and seen["referral"]
    checked = seen["focusable controls checked"]
    assert checked["main window"] >= 5 and checked["dossier"] >= 10, checked
    assert checked["referral dialog"] >= 5, checked
