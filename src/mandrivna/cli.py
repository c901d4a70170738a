"""The ``mandrivna`` command: the GUI by default, and subcommands for scheduled or scripted work.

Qt is not imported unless the GUI (or a screenshot) is asked for, so ``--version`` and the
subcommands start fast and run on a machine without a display. Errors are printed as one plain
sentence in the user's language, with a non-zero exit code; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from mandrivna import __version__
from mandrivna.core.errors import MandrivnaError
from mandrivna.core.languages import resolve_language
from mandrivna.core.text_catalog import TextCatalog
from mandrivna.resource_paths import translation_sources

EXIT_USER_ERROR = 2
PAGES = ("readers", "desk", "catalogue", "events", "reports", "sync", "settings", "first-run")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mandrivna",
        description="Mandrivna — the travelling library. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"mandrivna {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="data folder (default: MANDRIVNA_DATA_DIR or the user's data folder)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="draw the window offscreen at 1366x768 into PNG and exit",
    )
    parser.add_argument(
        "--page", choices=PAGES, default=None, help="with --screenshot: the page to draw"
    )
    parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def _catalog(language: str | None = None) -> TextCatalog:
    return TextCatalog(translation_sources(), resolve_language(language))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from mandrivna.app import default_data_dir

    data_dir: Path = args.data_dir or default_data_dir()
    try:
        if args.screenshot is not None or args.command is None:
            from mandrivna.ui.gui_main import run_gui

            return run_gui(data_dir, screenshot=args.screenshot, page=args.page)
        raise AssertionError(f"unhandled command {args.command}")
    except MandrivnaError as exc:
        print(exc.user_message(_catalog().translate), file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
