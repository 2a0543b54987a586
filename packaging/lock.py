"""Write requirements.lock: the exact versions CI and the installer build use.

    python packaging/lock.py            # resolve afresh and rewrite requirements.lock
    python packaging/lock.py --check    # exit 1 when this environment differs from the lock

Why: pyproject.toml states what the code needs (`PySide6-Essentials>=6.7`...), and a user's
`pip install -e .` keeps taking the newest. But the tests compare generated forms and
translations as exact text, and the bundle ships whatever was installed, so CI and releases pin
everything: `.ci/run` installs with `pip install -c requirements.lock`, and packaging/build.py
refuses to build from an environment that differs from it (`--check`).

The lock is a pip constraints file (name==version): it pins what gets installed and installs
nothing by itself. It is resolved here, on Linux, from a fresh virtual environment holding the
project with its test extra and packaging/requirements-build.txt; packages only another platform
needs (pywin32-ctypes on Windows, for one) are not in it and resolve freely there.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import venv
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
HEADER = """\
# Exact versions for CI and the installer build (a pip constraints file).
# Made by `python packaging/lock.py` from a fresh venv with `-e ".[test]"` and
# packaging/requirements-build.txt; used by .ci/run (`pip install -c requirements.lock`) and
# checked by packaging/build.py. Users' install commands in the README do not use it.
"""


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_lock(path: Path = LOCK) -> dict[str, str]:
    """{canonical name: version} from a constraints file."""
    pins: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[canonical(name)] = version.strip()
    return pins


def resolve() -> list[str]:
    """name==version lines of a fresh environment with everything CI and the build install."""
    with tempfile.TemporaryDirectory(prefix="pa-desktop-lock-") as folder:
        venv.create(folder, with_pip=True)
        python = Path(folder) / ("Scripts" if sys.platform == "win32" else "bin") / "python"
        build = ROOT / "packaging" / "requirements-build.txt"
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "-e", ".[test]", "-r", str(build)],
            check=True,
            cwd=ROOT,
        )
        frozen = subprocess.run(
            [str(python), "-m", "pip", "freeze", "--exclude-editable"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    own = {"pa-desktop", "pip", "setuptools", "wheel"}
    lines = [line.strip() for line in frozen.splitlines() if "==" in line]
    return sorted(
        (line for line in lines if canonical(line.split("==")[0]) not in own),
        key=lambda line: canonical(line.split("==")[0]),
    )


def differences(pins: dict[str, str]) -> list[str]:
    """Installed packages whose version is not the locked one (missing ones are no concern)."""
    found = []
    for name, wanted in sorted(pins.items()):
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
        if installed != wanted:
            found.append(f"{name} {installed} (locked: {wanted})")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare this environment")
    arguments = parser.parse_args(argv)
    if arguments.check:
        wrong = differences(read_lock())
        for line in wrong:
            print(f"not as locked: {line}", file=sys.stderr)
        return 1 if wrong else 0
    LOCK.write_text(HEADER + "\n".join(resolve()) + "\n", encoding="utf-8")
    print(f"wrote {LOCK.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
