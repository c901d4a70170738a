"""The ``mandrivna`` command: the GUI by default, and subcommands for scheduled or scripted work.

Qt is not imported unless the GUI (or a screenshot) is asked for, so ``--version`` and the
subcommands start fast and run on a machine without a display. Errors are printed as one plain
sentence in the user's language, with a non-zero exit code; never a traceback.

The plain start of the GUI (no arguments, or only ``--data-dir``, ``--screenshot`` and ``--page``
written out in full) is read by ``cli_gui_start`` without argparse and without the command line's
text catalogue, which only a command, ``--help`` or a mistake needs (issue #17).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mandrivna.cli_gui_start import PAGES, plain_gui_start
from mandrivna.core.errors import (
    MandrivnaError,
    PassphraseNeededError,
    Translate,
    WrongPassphraseError,
)
from mandrivna.core.languages import resolve_language
from mandrivna.core.opening_steps import KEEP_ON, STEP_TEXTS, OpeningStep
from mandrivna.core.text_catalog import TextCatalog
from mandrivna.resource_paths import translation_sources

if TYPE_CHECKING:
    import argparse

    from mandrivna.app import Services
    from mandrivna.core.backups import BackupInfo

EXIT_USER_ERROR = 2
# A backup made with another passphrase than the folder's (before a change, another laptop).
BACKUP_PASSPHRASE_ENV = "MANDRIVNA_BACKUP_PASSPHRASE"


def build_parser(translate: Translate) -> argparse.ArgumentParser:
    """The command line, its help texts in the user's language (build and use it inside
    ``cli_argparse.speaking`` so that argparse's own texts are translated too)."""
    from mandrivna.cli_argparse import TranslatedParser, VersionAction

    parser = TranslatedParser(
        prog="mandrivna",
        description=translate(
            "cli", "Mandrivna — the travelling library. Without a command, opens the app."
        ),
        epilog=translate(
            "cli", "An encrypted data folder takes its passphrase from MANDRIVNA_PASSPHRASE."
        ),
    )
    parser.add_argument(
        "--version", action=VersionAction, help=translate("cli", "print the version and exit")
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help=translate(
            "cli", "data folder (default: MANDRIVNA_DATA_DIR or the user's data folder)"
        ),
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help=translate("cli", "draw the window offscreen at 1366x768 into PNG and exit"),
    )
    parser.add_argument(
        "--page",
        choices=PAGES,
        default=None,
        help=translate("cli", "with --screenshot: the page to draw"),
    )
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", title=translate("cli", "commands")
    )
    from mandrivna import cli_demo, cli_exchange, cli_report, cli_setup

    cli_setup.add_commands(sub, translate)
    sync = sub.add_parser(
        "sync",
        help=translate("cli", "one full sync with the server (for a scheduled task)"),
        description=translate(
            "cli", "One full sync with the server: prints what was sent and received."
        ),
    )
    sync.add_argument(
        "--export-bundle",
        type=Path,
        metavar="FILE",
        help=translate("cli", "no network: write the waiting changes to FILE for a USB stick"),
    )
    sync.add_argument(
        "--import-bundle",
        type=Path,
        metavar="FILE",
        help=translate("cli", "coordinator: send a hub's USB bundle to the server, then sync"),
    )
    backup = sub.add_parser(
        "backup",
        help=translate("cli", "make a verified backup of the database now"),
        description=translate(
            "cli", "Makes a verified backup of the database now, or lists the backups kept."
        ),
    )
    backup.add_argument(
        "--to", type=Path, metavar="DIR", help=translate("cli", "folder for the backup file")
    )
    backup.add_argument(
        "--list", action="store_true", help=translate("cli", "list the backups kept")
    )
    restore = sub.add_parser(
        "restore",
        help=translate("cli", "replace the database with a backup"),
        description=translate(
            "cli",
            "Shows what the backup holds, asks, keeps the current database, then puts the backup "
            "in its place. Works even when the database is damaged.",
        ),
    )
    restore.add_argument(
        "file", type=Path, metavar="FILE", help=translate("cli", "the backup to restore")
    )
    restore.add_argument(
        "--yes", action="store_true", help=translate("cli", "do not ask before replacing")
    )
    cli_exchange.add_commands(sub, translate)
    cli_demo.add_commands(sub, translate)
    cli_report.add_commands(sub, translate)
    return parser


def _catalog(language: str | None = None) -> TextCatalog:
    return TextCatalog(translation_sources(), resolve_language(language))


def main(argv: Sequence[str] | None = None) -> int:
    plain = plain_gui_start(sys.argv[1:] if argv is None else argv)
    if plain is not None:
        return _gui(plain.data_dir, plain.screenshot, plain.page)
    from mandrivna.cli_argparse import speaking

    translate = _catalog().translate
    with speaking(translate):
        args = build_parser(translate).parse_args(argv)
    if args.screenshot is not None or args.command is None:
        return _gui(args.data_dir, args.screenshot, args.page)
    from mandrivna.app import default_data_dir

    data_dir: Path = args.data_dir or default_data_dir()
    try:
        if args.command == "restore":  # works even when the database will not open
            return _restore(data_dir, args, translate)
        if args.command == "demo":  # fills the folder only once the demo is made
            from mandrivna import cli_demo

            return cli_demo.run_demo(data_dir, args, translate)
        from mandrivna.app import open_services

        services = open_services(data_dir, on_step=_StepLines(translate))
        try:
            if args.command in ("setup", "enroll"):
                from mandrivna import cli_setup

                run = cli_setup.run_setup if args.command == "setup" else cli_setup.run_enroll
                return run(services, args, lambda: _catalog(services.language()).translate)
            translate = _catalog(services.language()).translate
            if args.command == "sync":
                from mandrivna import cli_sync

                sync_translate = translate
                return cli_sync.guarded(
                    data_dir, lambda: cli_sync.run_sync(services, args, sync_translate), translate
                )
            if args.command == "backup":
                return _backup(services, args, translate)
            if args.command in ("import", "export"):
                from mandrivna import cli_exchange

                run_exchange = (
                    cli_exchange.run_import if args.command == "import" else cli_exchange.run_export
                )
                return run_exchange(services, args, translate)
            if args.command == "report":
                from mandrivna import cli_report

                return cli_report.run_report(services, args, translate)
        finally:
            services.close()
        raise AssertionError(f"unhandled command {args.command}")
    except MandrivnaError as exc:
        print(exc.user_message(_catalog().translate), file=sys.stderr)
        return EXIT_USER_ERROR


def _gui(data_dir: Path | None, screenshot: Path | None, page: str | None) -> int:
    """The window (or its picture): what ``mandrivna`` does without a command."""
    from mandrivna.app import default_data_dir

    try:
        from mandrivna.ui.gui_main import run_gui

        return run_gui(data_dir or default_data_dir(), screenshot=screenshot, page=page)
    except MandrivnaError as exc:
        print(exc.user_message(_catalog().translate), file=sys.stderr)
        return EXIT_USER_ERROR


class _StepLines:
    """Each long step of opening the database, one line on the terminal (the first with a
    word not to switch the laptop off)."""

    def __init__(self, translate: Translate) -> None:
        self.translate = translate
        self.said = False

    def __call__(self, step: OpeningStep) -> None:
        print(self.translate("opening", STEP_TEXTS[step]), file=sys.stderr, flush=True)
        if not self.said:
            print(self.translate("opening", KEEP_ON), file=sys.stderr, flush=True)
            self.said = True


def _describe(info: BackupInfo, translate: Translate) -> str:
    from mandrivna.core.backups import kind_name

    return translate(
        "cli", "{file}: taken {when} ({kind}), hub {hub}: {readers} readers, {loans} on loan."
    ).format(
        file=info.path,
        when=info.taken_at.strftime("%Y-%m-%d %H:%M"),
        kind=kind_name(info.kind, translate),
        hub=info.hub or "—",
        readers=info.readers,
        loans=info.open_loans,
    )


def _backup(services: Services, args: argparse.Namespace, translate: Translate) -> int:
    from mandrivna.services.backup_service import BackupService

    backups = BackupService(services.db)
    if args.list:
        for info in backups.list():
            print(_describe(info, translate))
        return 0
    info = backups.backup_now("manual", args.to)
    print(translate("cli", "Backup made and checked:"))
    print(_describe(info, translate))
    return 0


def _restore(data_dir: Path, args: argparse.Namespace, translate: Translate) -> int:
    from mandrivna.cli_questions import confirm
    from mandrivna.services.backup_service import BackupService, restore_data_folder
    from mandrivna.store.folder_encryption import PASSPHRASE_ENV, unlock

    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    backup_passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV) or None
    folder_key = unlock(data_dir, passphrase)  # the folder's own passphrase comes first
    try:
        info = BackupService.check_file(args.file, backup_passphrase or passphrase, folder_key)
    except (PassphraseNeededError, WrongPassphraseError) as exc:
        print(exc.user_message(translate), file=sys.stderr)
        print(
            translate(
                "cli",
                "A backup made with another passphrase opens with that passphrase in "
                "MANDRIVNA_BACKUP_PASSPHRASE.",
            ),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    print(_describe(info, translate))
    question = translate(
        "cli",
        "Replace the database in {folder} with this backup? The current one is kept. [y/N] ",
    ).format(folder=data_dir)
    if not confirm(question, args.yes):
        print(translate("cli", "Nothing was changed."))
        return 1
    restore_data_folder(
        data_dir, args.file, passphrase=passphrase, backup_passphrase=backup_passphrase
    )
    print(
        translate("cli", "Restored. The replaced database was kept in {folder}.").format(
            folder=data_dir / "backups"
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
