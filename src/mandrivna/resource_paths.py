"""Where the app finds files that ship beside the code (translations, the icon), in a source tree,
an installed package or a PyInstaller build alike."""

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


def app_icon() -> Path:
    """The app's icon (256 px PNG), drawn by ``packaging/make_icon.py``."""
    return _PACKAGE / "icons" / "mandrivna.png"


def lucide_icon(name: str) -> Path:
    """One of the bundled Lucide icons (SVG, ISC licence; see ``icons/lucide/LICENSE``)."""
    return _PACKAGE / "icons" / "lucide" / f"{name}.svg"


def desk_sound(name: str) -> Path:
    """One of the desk's signals (``success`` or ``error``), written by
    ``resources/sounds/make_sounds.py``."""
    return _PACKAGE / "sounds" / f"{name}.wav"
