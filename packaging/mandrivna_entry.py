"""The frozen app's entry point (PyInstaller runs this file): the same as ``mandrivna``."""

import sys

from mandrivna.cli import main

if __name__ == "__main__":
    sys.exit(main())
