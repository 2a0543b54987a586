"""The diagnostic log: a small rotating file per program in the user's own log folder.

Why a file: the packaged desktop app has no console, so without it an unexpected error leaves
nothing an ICT coordinator can read. What goes in: start-up facts (version, platform), what was
done with ids only (pupil 42, import 7), and for an unexpected error where it happened (the code
frames) and its kind. What never goes in: names, dates of birth, notes, passphrases, file
contents, and the text of an exception - it may quote a row of an import file or a name - so a
traceback is written as frames plus the exception's class (`error_report`).

    Windows  %LOCALAPPDATA%\\PA Desktop\\Logs\\
    macOS    ~/Library/Logs/PA Desktop/
    Linux    $XDG_STATE_HOME/PA Desktop/logs/ (~/.local/state/...)

PA_DESKTOP_LOG_DIR puts the files elsewhere (tests, a portable install). The GUI writes
pa-desktop.log, the command line pa-desktop-cli.log: two processes never rotate one file.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from pa_desktop import __version__

LOG_DIR_ENV = "PA_DESKTOP_LOG_DIR"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3
_PACKAGE_MARK = "pa_desktop"
_MAX_CHAIN = 4

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_folder() -> Path:
    """The per-user folder for log files on this platform."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    if os.name == "nt":
        local = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(local) / "PA Desktop" / "Logs"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / "PA Desktop"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "PA Desktop" / "logs"


def _frame_place(filename: str) -> str:
    """Our own files from the package folder down; anything else by its file name alone (a full
    path could hold the user's account name)."""
    parts = Path(filename).parts
    if _PACKAGE_MARK in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index(_PACKAGE_MARK) :])
    return Path(filename).name


def error_report(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> str:
    """Where an error happened and what kind it was, never its message (see the module text).

    Its causes (`raise ... from`, or an error while handling another) follow it.
    """
    lines: list[str] = []
    current: BaseException | None = error
    current_kind, current_trace = kind, trace
    for depth in range(_MAX_CHAIN):
        if depth:
            lines.append("caused by:")
        for frame in traceback.extract_tb(current_trace):
            lines.append(f"  {_frame_place(frame.filename)}:{frame.lineno} in {frame.name}")
        lines.append(f"{current_kind.__module__}.{current_kind.__qualname__}")
        if current is None:
            break
        hidden = current.__suppress_context__
        current = current.__cause__ or (None if hidden else current.__context__)
        if current is None:
            break
        current_kind, current_trace = type(current), current.__traceback__
    return "\n".join(lines)


class _NoDataFormatter(logging.Formatter):
    """Tracebacks as frames and the exception's class, never the exception's text."""

    def formatException(self, ei: object) -> str:
        if isinstance(ei, tuple) and len(ei) == 3 and ei[0] is not None:
            return error_report(ei[0], ei[1], ei[2])
        return ""


def platform_line() -> str:
    """Version and platform, for the log's first line and an error report."""
    frozen = "bundle" if getattr(sys, "frozen", False) else "python"
    return (
        f"PA Desktop {__version__} ({frozen}); Python {platform.python_version()}; "
        f"{platform.system()} {platform.release()} {platform.machine()}"
    )


def start_logging(program: str, level: int = logging.INFO) -> Path | None:
    """Send the package's log records to `<folder>/<program>.log`; the file's path, or None
    when the folder cannot be written (a locked-down profile: the program runs without a log).

    Calling it again (a test, a second window) adds no second handler.
    """
    logger = logging.getLogger(_PACKAGE_MARK)
    folder = log_folder()
    path = folder / f"{program}.log"
    for handler in logger.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():  # only this account reads it, even though it holds no data
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(_NoDataFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.info("%s started: %s", program, platform_line())
    return path


def stop_logging() -> None:
    """Close the package's log files (tests; the end of a run)."""
    logger = logging.getLogger(_PACKAGE_MARK)
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
