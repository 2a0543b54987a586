"""The frozen command line's entry point (packaging/pa_desktop.spec): `pa-desktop-cli`."""

import sys

from pa_desktop.cli.main import run

if __name__ == "__main__":
    sys.exit(run())
