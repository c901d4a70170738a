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
from typing import TYPE_CHECKING

from mandrivna import __version__
from mandrivna.core.errors import MandrivnaError, Translate
from mandrivna.core.languages import resolve_language
from mandrivna.core.text_catalog import TextCatalog
from mandrivna.resource_paths import translation_sources

if TYPE_CHECKING:
    from mandrivna.app import Services

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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    enroll = sub.add_parser("enroll", help="connect this laptop to the sync server")
    enroll.add_argument("--server", required=True, help="server address, e.g. https://sync.example")
    enroll.add_argument("--code", required=True, help="one-time code from the coordinator")
    sync = sub.add_parser("sync", help="one full sync with the server (for a scheduled task)")
    sync.add_argument(
        "--export-bundle",
        type=Path,
        metavar="FILE",
        help="no network: write the waiting changes to FILE for a USB stick",
    )
    sync.add_argument(
        "--import-bundle",
        type=Path,
        metavar="FILE",
        help="coordinator: send a hub's USB bundle to the server, then sync",
    )
    from mandrivna.cli_exchange import add_commands

    add_commands(sub)
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
        from mandrivna.app import open_services

        services = open_services(data_dir)
        try:
            translate = _catalog(services.language()).translate
            if args.command == "enroll":
                return _enroll(services, args, translate)
            if args.command == "sync":
                return _sync(services, args, translate)
            if args.command in ("import", "export"):
                from mandrivna import cli_exchange

                run = (
                    cli_exchange.run_import if args.command == "import" else cli_exchange.run_export
                )
                return run(services, args, translate)
        finally:
            services.close()
        raise AssertionError(f"unhandled command {args.command}")
    except MandrivnaError as exc:
        print(exc.user_message(_catalog().translate), file=sys.stderr)
        return EXIT_USER_ERROR


def _enroll(services: Services, args: argparse.Namespace, translate: Translate) -> int:
    enrollment = services.sync.enroll(args.server, args.code)
    print(
        translate("cli", "Enrolled with {server} as {key} (hub {hub}, {role}).").format(
            server=enrollment.server_url,
            key=enrollment.device_key,
            hub=enrollment.hub,
            role=enrollment.role,
        )
    )
    return 0


def _sync(services: Services, args: argparse.Namespace, translate: Translate) -> int:
    if args.export_bundle is not None:
        count = services.sync.export_bundle(args.export_bundle)
        print(
            translate("cli", "Wrote {count} changes to {file}.").format(
                count=count, file=args.export_bundle
            )
        )
        return 0
    if args.import_bundle is not None:
        stored, report = services.sync.import_bundle(args.import_bundle)
        print(translate("cli", "The bundle brought {count} new changes.").format(count=stored))
    else:
        report = services.sync.sync()
    print(
        translate("cli", "Sent {pushed} changes, received {pulled}.").format(
            pushed=report.pushed, pulled=report.pulled
        )
    )
    if report.conflicts:
        print(
            translate(
                "cli", "{count} conflicting edits were kept for the coordinator's review."
            ).format(count=report.conflicts)
        )
    if report.clock_ahead_ms:
        print(
            translate(
                "cli",
                "Warning: this laptop's clock is ahead of the server's by {minutes} "
                "minutes. Set the correct date and time.",
            ).format(minutes=report.clock_ahead_ms // 60000)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
