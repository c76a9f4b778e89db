"""The frozen program's entry point: ``ogpdesk`` (window or subcommands), as installed."""

import sys

from ogpdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
