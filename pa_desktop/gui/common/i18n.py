"""Loading the interface language: our own .qm files plus Qt's translations of its dialogs.

Dutch is the default, whatever the system locale says (the users work in Dutch). The .qm files
are compiled from the .ts files by packaging/update_translations.py; in a checkout where they are
missing or older than their .ts source, they are compiled here on first start with the
pyside6-lrelease that comes with PySide6, so the README's install command is all that is needed.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTranslator,
)

from pa_desktop.services.resources import resources_dir

LANGUAGES = ("nl", "fr", "en")
DEFAULT_LANGUAGE = "nl"
_LOCALES = {
    "nl": (QLocale.Language.Dutch, QLocale.Country.Belgium),
    "fr": (QLocale.Language.French, QLocale.Country.Belgium),
    # English as written in the UK: 33.6% (English in Belgium writes 33,6 %)
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def chosen_language() -> str:
    """PA_DESKTOP_LANG, else the saved setting, else Dutch."""
    wanted = os.environ.get("PA_DESKTOP_LANG") or str(
        QSettings().value("interface/language", DEFAULT_LANGUAGE)
    )
    wanted = wanted.lower()[:2]
    return wanted if wanted in LANGUAGES else DEFAULT_LANGUAGE


def _lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else "pyside6-lrelease"


def compiled_translation(language: str, name: str = "pa_desktop") -> Path | None:
    """The .qm file for a language, compiling it from its .ts file when needed."""
    folder = resources_dir() / "translations"
    source = folder / f"{name}_{language}.ts"
    target = folder / f"{name}_{language}.qm"
    if target.exists() and (
        not source.exists() or target.stat().st_mtime >= source.stat().st_mtime
    ):
        return target
    if not source.exists():
        return None
    if not os.access(folder, os.W_OK):
        # Never the shared temp folder: on a shared laptop another account could plant a .qm
        # there and put its own words in our dialogs. The user's own cache folder instead.
        cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
        cache.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = cache / f"{name}_{language}.qm"
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            return target
    try:
        subprocess.run(
            [_lrelease(), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as error:
        _log.warning("translation %s not compiled: %s", language, type(error).__name__)
        return target if target.exists() else None
    return target


def install_language(language: str) -> bool:
    """Switch the application's language; True when our translation loaded (or English)."""
    application = QCoreApplication.instance()
    if application is None:
        return False
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    qt_language, country = _LOCALES.get(language, _LOCALES[DEFAULT_LANGUAGE])
    QLocale.setDefault(QLocale(qt_language, country))
    loaded = language == "en"  # the source language (its file only adds plural forms)
    ours = QTranslator(application)
    path = compiled_translation(language)
    if path is not None and ours.load(str(path)):
        application.installTranslator(ours)
        _installed.append(ours)
        loaded = True
    qt_own = QTranslator(application)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_path):
        application.installTranslator(qt_own)
        _installed.append(qt_own)
    # what qtbase leaves in English ("&Look in:" in the file dialog); searched before qtbase
    extra = QTranslator(application)
    extra_path = compiled_translation(language, "qt_extra")
    if extra_path is not None and extra.load(str(extra_path)):
        application.installTranslator(extra)
        _installed.append(extra)
    return loaded
