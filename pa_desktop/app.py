"""Composition root: reads the command line, wires services and the GUI, starts.

Imports stay inside `main` so that `pa-desktop --help` and the start-up path load only what
they use.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pa-desktop", description="PA Desktop")
    parser.add_argument(
        "--demo", action="store_true", help="start on a fresh demo vault in a temporary folder"
    )
    parser.add_argument("--vault", type=Path, default=None, help="vault folder")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation offscreen on a temporary vault, exit 0 when it works",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    if arguments.smoke_test:
        from pa_desktop.gui.smoke_test import run_smoke_test

        return run_smoke_test()
    from pa_desktop.services.logs import start_logging

    start_logging("pa-desktop")
    if not arguments.demo:
        # the unlock dialog is painted before the services load (gui/start.py)
        from pa_desktop.gui.start import start

        return start(arguments.vault)
    from pa_desktop.gui.application import run
    from pa_desktop.services.access import Vaults, default_vault_folder

    return run(Vaults.for_demo(), arguments.vault or default_vault_folder(), True, False)


if __name__ == "__main__":
    sys.exit(main())
