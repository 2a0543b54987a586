"""The frozen application's entry point (packaging/pa_desktop.spec): `pa-desktop`."""

import sys

from pa_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
