"""Setting a laptop up without the app's window: ``mandrivna setup`` (the hub, the librarian, the
language and, on request, encryption) and ``mandrivna enroll`` (connects the laptop to the sync
server; on a data folder not set up yet it sets it up too, with the hub the coordinator enrolled
it for, so only the librarian's name is asked for).

Encryption is asked for with ``--encrypt``: the passphrase comes from ``MANDRIVNA_PASSPHRASE``
(as every command on an encrypted folder takes it) or is typed twice at the terminal, never on
the command line, where other users of the machine could read it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mandrivna.cli_argparse import TranslatedParser
from mandrivna.core.errors import NotSetUpError, Translate, ValidationError
from mandrivna.core.languages import DEFAULT_LANGUAGE, LANGUAGES
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the services load the database layer: only when a command runs
    from mandrivna.app import Services
    from mandrivna.services.device_service import DeviceSettings

# The catalogue for the user's language as it is now (a command may have just changed it).
Translator = Callable[[], Translate]

ROLE_NAMES = {
    "librarian": QT_TRANSLATE_NOOP("cli", "librarian"),
    "coordinator": QT_TRANSLATE_NOOP("cli", "coordinator"),
}


def add_commands(sub: argparse._SubParsersAction[TranslatedParser], translate: Translate) -> None:
    """The ``setup`` and ``enroll`` commands; ``translate`` translates their help texts."""
    setup = sub.add_parser(
        "setup",
        help=translate("cli", "set up this laptop's data folder without the app's window"),
        description=translate(
            "cli",
            "Sets up a new data folder (give both --hub and --librarian) or changes the "
            "settings given of a folder set up already. Without options, shows the settings.",
        ),
    )
    setup.add_argument(
        "--hub",
        metavar="NAME",
        help=translate("cli", "the hub (service point) where this laptop works"),
    )
    setup.add_argument("--librarian", metavar="NAME", help=translate("cli", "the librarian's name"))
    setup.add_argument(
        "--language", choices=tuple(LANGUAGES), help=translate("cli", "the app's language")
    )
    setup.add_argument(
        "--encrypt",
        action="store_true",
        help=translate(
            "cli",
            "encrypt the data with a passphrase (recommended): taken from MANDRIVNA_PASSPHRASE, "
            "or typed twice at the terminal",
        ),
    )
    enroll = sub.add_parser(
        "enroll",
        help=translate("cli", "connect this laptop to the sync server"),
        description=translate(
            "cli",
            "Connects this laptop to the sync server with a one-time code from the coordinator. "
            "A laptop not set up yet takes its hub from the enrollment and needs only "
            "--librarian.",
        ),
    )
    enroll.add_argument(
        "--server",
        required=True,
        metavar="URL",
        help=translate("cli", "server address, e.g. https://sync.example"),
    )
    enroll.add_argument(
        "--code",
        required=True,
        metavar="CODE",
        help=translate("cli", "one-time code from the coordinator"),
    )
    enroll.add_argument(
        "--librarian",
        metavar="NAME",
        help=translate("cli", "the librarian's name (needed on a laptop not set up yet)"),
    )


def run_setup(services: Services, args: argparse.Namespace, translator: Translator) -> int:
    from mandrivna.cli_questions import new_passphrase

    current = services.device.current()
    if current is None and (args.hub is None or args.librarian is None):
        raise NotSetUpError(
            QT_TRANSLATE_NOOP(
                "errors", "This data folder is not set up yet: give both --hub and --librarian."
            )
        )
    passphrase = None
    if args.encrypt:
        if services.encryption.is_on():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The data on this laptop is already encrypted.")
            )
        passphrase = new_passphrase(translator())  # asked before anything is saved
    settings = current
    if current is None or any(v is not None for v in (args.hub, args.librarian, args.language)):
        settings = services.device.change(args.hub, args.librarian, args.language)
    assert settings is not None
    if passphrase is not None:
        services.encryption.turn_on(passphrase, passphrase)
    translate = translator()
    if current is None:
        print(translate("cli", "This laptop is set up."))
    elif settings is not current:
        print(translate("cli", "The settings are changed."))
    _show_settings(services, settings, translate)
    return 0


def run_enroll(services: Services, args: argparse.Namespace, translator: Translator) -> int:
    from mandrivna.services.device_service import clean_librarian

    current = services.device.current()
    if current is None and not args.librarian:
        raise NotSetUpError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This laptop is not set up yet: give the librarian's name with --librarian (the "
                "hub comes from the enrollment).",
            )
        )
    if args.librarian is not None:
        clean_librarian(args.librarian)  # a wrong name is refused before the code is used up
    enrollment = services.sync.enroll(
        args.server, args.code, librarian=args.librarian if current is None else None
    )
    if current is not None and args.librarian is not None:
        services.device.change(librarian_name=args.librarian)
    translate = translator()
    role = ROLE_NAMES.get(enrollment.role)
    print(
        translate("cli", "Enrolled with {server} as {key} (hub {hub}, {role}).").format(
            server=enrollment.server_url,
            key=enrollment.device_key,
            hub=enrollment.hub,
            role=translate("cli", role) if role else enrollment.role,
        )
    )
    if current is None:
        settings = services.device.current()
        assert settings is not None
        print(translate("cli", "This laptop is set up."))
        _show_settings(services, settings, translate)
    return 0


def _show_settings(services: Services, settings: DeviceSettings, translate: Translate) -> None:
    folder: Path = services.db.data_dir
    print(translate("cli", "Data folder: {folder}").format(folder=folder.resolve()))
    print(
        translate("cli", "Hub: {hub}. Librarian: {librarian}. Language: {language}.").format(
            hub=settings.hub_name,
            librarian=settings.librarian_name,
            language=LANGUAGES[settings.language or DEFAULT_LANGUAGE],
        )
    )
    if services.encryption.is_on():
        print(
            translate(
                "cli",
                "The data is encrypted. A forgotten passphrase cannot be recovered: write it down "
                "and give the copy to the coordinator.",
            )
        )
    else:
        print(
            translate(
                "cli",
                "The data is not encrypted; encrypting it is recommended: mandrivna setup "
                "--encrypt.",
            )
        )
