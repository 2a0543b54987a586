"""Every interface string is translated into Dutch and French, with the same placeholders.

A string added to the code without a translation fails here, so the Dutch-first interface never
shows an English sentence by accident.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
LANGUAGES = ("nl", "fr")


def _messages(path: Path) -> list[tuple[str, str, str | None]]:
    """(source, translation, type) per message; a counted text ("%n pupils") gives one entry
    per plural form, so every form is checked."""
    root = ElementTree.parse(path).getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            # the singular form may say "once" instead of "%n"; the last (plural) form counts
            forms = [form.text or "" for form in translation.iter("numerusform")] or [""]
            found += [
                (source.replace("%n", ""), form, translation.get("type")) for form in forms[:-1]
            ]
            found.append((source, forms[-1], translation.get("type")))
        else:
            found.append((source, translation.text or "", translation.get("type")))
    return found


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    """English only translates the plural forms of counted texts ("%n pupil(s)")."""
    problems = []
    for source, text, kind in _messages(TRANSLATIONS / f"pa_desktop_{language}.ts"):
        if "%n" in source and "%n" not in text:
            problems.append(f"count lost: {source!r} -> {text!r}")
        if kind in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(f"untranslated: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
        elif source.count("&") - source.count("&&") > 0 and "&" not in text:
            problems.append(f"keyboard accelerator lost: {source!r} -> {text!r}")
    assert problems == []


def test_the_translation_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    gui = ROOT / "pa_desktop" / "gui"
    code = [p for p in gui.rglob("*.py") if "forms" not in p.relative_to(gui).parts]
    sources = [str(p) for p in sorted(code)]
    sources += [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = {source for source, _, _ in _messages(fresh)}
    for language in LANGUAGES:
        in_file = {source for source, _, _ in _messages(TRANSLATIONS / f"pa_desktop_{language}.ts")}
        missing = sorted(in_code - in_file)
        assert missing == [], f"run packaging/update_translations.py and translate: {missing}"
    counted = {source for source in in_code if "%n" in source}
    in_english = {source for source, _, _ in _messages(TRANSLATIONS / "pa_desktop_en.ts")}
    assert sorted(counted - in_english) == [], "run packaging/update_translations.py"
