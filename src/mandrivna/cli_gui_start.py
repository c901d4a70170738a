"""The plain start of the GUI read without argparse: ``mandrivna`` alone, or with ``--data-dir
DIR``, ``--screenshot PNG`` and ``--page NAME`` only.

Building the full command line (argparse, every command's options, the ``.ts`` catalogue its
help is translated from) costs a start about 40 ms that the window does not need (issue #17).
Anything else, an abbreviated or repeated option, a value that looks like an option, a page not
in ``PAGES``, a command, ``--help`` or ``--version``, is left to the full command line, which
answers as it always did (with its help or its errors in the user's language). So this reading
never differs from argparse's where it answers (a property test holds them equal).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# The pages ``--page`` can draw (see ``ui/gui_main._screenshot``).
PAGES = (
    "readers",
    "desk",
    "catalogue",
    "parcels",
    "plan",
    "events",
    "review",
    "review-duplicates",
    "review-overdue",
    "reports",
    "hubs",
    "dashboard",
    "sync",
    "settings",
    "first-run",
)
_OPTIONS = ("--data-dir", "--screenshot", "--page")


@dataclass(frozen=True)
class GuiStart:
    """What a plain start asks for (None: the default)."""

    data_dir: Path | None = None
    screenshot: Path | None = None
    page: str | None = None


def plain_gui_start(argv: Sequence[str]) -> GuiStart | None:
    """``argv`` read as a plain start of the GUI, or None when the full command line must read
    it."""
    values: dict[str, str] = {}
    words = list(argv)
    while words:
        word = words.pop(0)
        name, equals, value = word.partition("=")
        if name not in _OPTIONS or name in values:
            return None
        if not equals:
            if not words:
                return None
            value = words.pop(0)
        if not value or value.startswith("-"):
            return None
        values[name] = value
    page = values.get("--page")
    if page is not None and page not in PAGES:
        return None
    data_dir, screenshot = values.get("--data-dir"), values.get("--screenshot")
    return GuiStart(
        data_dir=Path(data_dir) if data_dir is not None else None,
        screenshot=Path(screenshot) if screenshot is not None else None,
        page=page,
    )
