"""`python -m newstrace` runs the command line."""

import sys

from newstrace.cli import main

sys.exit(main())
