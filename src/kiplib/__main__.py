"""``python -m kiplib`` runs the ``kiplib`` command."""

import sys

from kiplib.cli import main

if __name__ == "__main__":
    sys.exit(main())
