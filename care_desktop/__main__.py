"""`python -m care_desktop` runs the `care` command line."""

import sys

from care_desktop.cli import main

sys.exit(main())
