"""``python -m mandrivna``: the same as the ``mandrivna`` command."""

import sys

from mandrivna.cli import main

sys.exit(main())
