"""Where the app finds files that ship beside the code (translations)."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def translation_sources() -> Path:
    """Folder of the ``.ts`` translation sources (the source tree, or a frozen bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources" / "translations"
    return _PACKAGE.parent.parent / "resources" / "translations"


def compiled_translations() -> Path:
    """Folder of the ``.qm`` files that the Makefile builds from the ``.ts`` sources."""
    return _PACKAGE / "translations"
