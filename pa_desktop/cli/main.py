"""`pa-desktop-cli`: words, JSON keys and exit statuses are a public interface (DESIGN.md).

This module only parses, takes the write lock and turns errors into words (cli/error_words.py);
the commands live in the *_commands modules, unlocking in cli/unlocking.py.

Exit status: 0 done, 1 refused input (message on stderr, nothing changed), 2 usage,
3 vault locked or wrong passphrase.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from pa_desktop.cli import (
    care_commands,
    export_commands,
    guidance_commands,
    school_commands,
    transfer_commands,
    trust_messages,
    vault_commands,
)
from pa_desktop.cli.common import (
    EXIT_REFUSED,
    EXIT_USAGE,
    CliStop,
)
from pa_desktop.cli.error_words import error_words
from pa_desktop.cli.import_command import add_import_parser
from pa_desktop.cli.unlocking import Unlocked
from pa_desktop.domain import bounds
from pa_desktop.services import faults, locking
from pa_desktop.services.access import default_vault_folder
from pa_desktop.services.logs import start_logging

_log = logging.getLogger(__name__)


# parser --------------------------------------------------------------------------------------
class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pa-desktop-cli", description="PA Desktop from the command line.")
    parser.add_argument("--vault", type=Path, default=None, help="vault folder")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    vault_commands.register(commands, _Parser)
    guidance_commands.register(commands, _Parser)
    care_commands.register(commands, _Parser)
    export_commands.register(commands, _Parser)
    transfer_commands.register(commands, _Parser)
    school_commands.register(commands, _Parser)
    add_import_parser(commands)
    return parser


def _command_name(args: argparse.Namespace) -> str:
    """`pupil add`, `import`...: the words of the command, never its arguments (names)."""
    words = [args.command]
    words += [v for k, v in sorted(vars(args).items()) if k.endswith("_command") and v]
    return " ".join(str(w) for w in words)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    start_logging("pa-desktop-cli")
    _log.info("command: %s", _command_name(args))
    args.vault_given = args.vault is not None
    if args.vault is None:
        args.vault = default_vault_folder()
    texts = [v for v in vars(args).values() if isinstance(v, str)]
    if not all(bounds.text_storable(text) for text in texts):
        print(trust_messages.say("text_not_storable"), file=sys.stderr)
        return EXIT_REFUSED
    try:
        with _write_lock(args):
            if getattr(args, "needs_session", False):
                with Unlocked(args) as session:
                    return int(args.handler(args, session))
            status: int = args.handler(args)
            return status
    except CliStop as stop:
        if stop.message:
            print(stop.message, file=sys.stderr)
        return stop.status
    except KeyboardInterrupt:
        return EXIT_REFUSED
    except Exception as error:
        typed = faults.translate(error, args.vault)  # storage faults in words, never SQL text
        for kind, word in error_words().items():
            if typed is not None and isinstance(typed, kind):
                status, message = word(typed, args.vault)
                print(message, file=sys.stderr)
                return status
        _log.critical("command %s failed", _command_name(args), exc_info=True)
        raise


# commands that only read take no lock (they may run while PA Desktop has the vault open)
READ_ONLY_COMMANDS = frozenset({"pupils", "calendar", "check", "audit", "restore"})


def _writes(args: argparse.Namespace) -> bool:
    if args.command in READ_ONLY_COMMANDS:
        return False
    if args.command == "import" and getattr(args, "dry_run", False):
        return False
    return not (args.command == "school" and getattr(args, "school_command", "") == "list")


def _write_lock(args: argparse.Namespace) -> contextlib.AbstractContextManager[None]:
    """The vault's write lock for a command that writes (shared with PA Desktop's window)."""
    if not _writes(args):
        return contextlib.nullcontext()
    return locking.writing(args.vault.absolute(), locking.CLI)


def run() -> int:
    """The `pa-desktop-cli` program. Everything imported so far lives until the process ends,
    so it is frozen out of the garbage collector: a collection then walks only what the command
    itself makes, at exit too (about 0.1 s of a `pupils --json` run on a school). Not in `main`,
    which tests call many times in one process."""
    gc.freeze()
    return main()


if __name__ == "__main__":
    sys.exit(run())
