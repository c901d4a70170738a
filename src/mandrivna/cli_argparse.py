"""argparse in the user's language: the command line's own help texts are translated where they
are written (``translate("cli", ...)``), and argparse's texts (``usage:``, the titles of the option
lists, its error messages) go through the same catalogue, under the context ``argparse``.

argparse looks its texts up through its module's ``_`` (gettext) at the moment it uses them, so
``speaking`` points that at the catalogue while the parser is built and used, and puts it back.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

from mandrivna.core.errors import Translate
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

CONTEXT = "argparse"

# argparse's own texts that a user can meet (Python 3.11 to 3.13), for lupdate to collect.
TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s"),
)


class VersionAction(argparse.Action):
    """``--version``: prints ``mandrivna X.Y.Z`` and exits, reading the version only then (see
    ``mandrivna.__version__``)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from mandrivna import __version__

        sys.stdout.write(f"mandrivna {__version__}\n")
        parser.exit()


class TranslatedParser(argparse.ArgumentParser):
    """An argument parser whose error line is translated too (its subcommands' parsers are of
    the same class). Usage errors exit with code 2, as every refusal of the command line does."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        template = argparse._("%(prog)s: error: %(message)s")  # type: ignore[attr-defined]
        self.exit(2, template % {"prog": self.prog, "message": message} + "\n")


@contextmanager
def speaking(translate: Translate) -> Iterator[None]:
    """argparse's own texts through ``translate`` while the parser is built and used."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def plural(singular: str, many: str, count: int) -> str:
        return translate(CONTEXT, singular if count == 1 else many)

    argparse._ = lambda text: translate(CONTEXT, text) if text else text  # type: ignore[attr-defined]
    argparse.ngettext = plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
