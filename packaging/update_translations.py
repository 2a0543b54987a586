"""Refresh the Qt Linguist files from the source strings, then compile them.

    python packaging/update_translations.py            # lupdate + lrelease
    python packaging/update_translations.py --release  # lrelease only

Source strings are English (in pa_desktop/gui and ui/*.ui); resources/translations holds
pa_desktop_nl.ts (the default language) and pa_desktop_fr.ts; pa_desktop_en.ts holds only the
English plural forms of the counted texts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "fr")


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def sources() -> list[str]:
    gui = ROOT / "pa_desktop" / "gui"
    code = [f for f in gui.rglob("*.py") if "forms" not in f.relative_to(gui).parts]
    files = sorted(code) + sorted((ROOT / "ui").glob("*.ui"))
    return [str(f.relative_to(ROOT)) for f in files]


def update() -> None:
    # English is the source language; its file only holds the plural forms of counted texts
    # ("%n pupil(s)" -> "1 pupil", "2 pupils").
    for language in (*LANGUAGES, "en"):
        target = TRANSLATIONS / f"pa_desktop_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *(["-pluralonly"] if language == "en" else []),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *sources(),
                "-ts",
                str(target.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )


def release(output: Path = TRANSLATIONS) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts_file in sorted(TRANSLATIONS.glob("*.ts")):  # ours, and qt_extra_* (by hand)
        qm_file = output / ts_file.with_suffix(".qm").name
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
        )
        compiled.append(qm_file)
    return compiled


if __name__ == "__main__":
    if "--release" not in sys.argv:
        update()
    for path in release():
        print(path.relative_to(ROOT))
