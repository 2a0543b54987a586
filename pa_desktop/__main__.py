"""`python -m pa_desktop` starts the GUI, like `pa-desktop`."""

import sys

from pa_desktop.app import main

sys.exit(main())
