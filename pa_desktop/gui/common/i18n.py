"""Loading the interface language: our own .qm files plus Qt's translations of its dialogs.

Dutch is the default, whatever the system locale says (the users work in Dutch). The .qm files
are compiled from the .ts files at build time (packaging/build.py runs
`update_translations.py --release`, and the bundle ships them). A checkout installed with the
README's command has only the .ts files: there the first start compiles them with the
pyside6-lrelease that comes with PySide6 into the user's own cache folder, never into the
program's folder (it may be read-only, and writing beside the code at run time makes an install
differ from what was shipped) and never into the shared temp folder (another account on a
shared laptop could plant a .qm there and put its own words in our dialogs).
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import threading
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
_compiling = threading.Lock()
# The language the interface speaks now. English until a language is installed: that is what
# tr() returns without a translator, so names taken from services/names.py match it.
_current = {"language": "en"}


def current_language() -> str:
    """The interface language in effect (nl, fr or en), for words kept outside Qt's .ts files."""
    return _current["language"]


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


def _fresh(target: Path, source: Path) -> bool:
    return target.exists() and (
        not source.exists() or target.stat().st_mtime >= source.stat().st_mtime
    )


def compiled_translation(language: str, name: str = "pa_desktop") -> Path | None:
    """The .qm file for a language: the one shipped beside its .ts, else one compiled from the
    .ts into the user's cache folder (see the module text)."""
    folder = resources_dir() / "translations"
    source = folder / f"{name}_{language}.ts"
    shipped = folder / f"{name}_{language}.qm"
    if _fresh(shipped, source):
        return shipped
    if not source.exists():
        return None
    # named by the .ts file's content: two checkouts (or versions) never use each other's file
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    target = cache / "translations" / f"{name}_{language}-{digest}.qm"
    if target.exists():
        return target
    with _compiling:  # one compile at a time in this process: the .part name is per process
        if target.exists():  # compiled meanwhile by `prepare_other_languages`
            return target
        return _compile(source, target)


def _compile(source: Path, target: Path) -> Path | None:
    partial = target.with_name(f"{target.stem}-{os.getpid()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        subprocess.run(
            [_lrelease(), "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.replace(partial, target)  # whole or not at all, also with two starts at once
    except (OSError, subprocess.SubprocessError) as error:
        _log.warning("translation %s not compiled: %s", source.stem, type(error).__name__)
        partial.unlink(missing_ok=True)
        return None
    return target


def prepare_other_languages() -> threading.Thread:
    """Compile the other languages' .qm files in a background thread (a development checkout
    ships only .ts files; the installed app ships .qm and finds them at once). Compiling runs
    lrelease in a process of its own, 150-200 ms: on the GUI thread at the first switch of
    language that was the longest freeze of a working day (395 ms, bench_school.py)."""
    others = [language for language in LANGUAGES if language != current_language()]
    worker = threading.Thread(
        target=lambda: [
            compiled_translation(language, name)
            for language in others
            for name in ("pa_desktop", "qt_extra")
        ],
        name="translations",
        daemon=True,
    )
    worker.start()
    return worker


def install_language(language: str) -> bool:
    """Switch the application's language; True when our translation loaded (or English)."""
    application = QCoreApplication.instance()
    if application is None:
        return False
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    qt_language, country = _LOCALES.get(language, _LOCALES[DEFAULT_LANGUAGE])
    _current["language"] = language if language in LANGUAGES else DEFAULT_LANGUAGE
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
