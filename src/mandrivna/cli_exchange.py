"""The ``mandrivna import`` and ``mandrivna export`` commands: the catalogue (MARC, CSV, XLSX) and
the readers (CSV, XLSX) in and out, with progress for big files and every problem listed by its
line or record number. An import with errors stores nothing and exits with code 2."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mandrivna.cli_argparse import TranslatedParser
from mandrivna.core.errors import Translate

if TYPE_CHECKING:  # the services load the database layer: only when a command runs
    from mandrivna.app import Services
    from mandrivna.services.import_report import ImportReport, Progress

CATALOGUE = "catalogue"
KINDS = (CATALOGUE, "readers")
KIND_METAVAR = "{" + ",".join(KINDS) + "}"

EXIT_USER_ERROR = 2
NAMES = {"iso2709": "ISO 2709", "marcxml": "MARCXML", "csv": "CSV", "xlsx": "XLSX"}
NAMES |= {"marc21": "MARC21", "unimarc": "UNIMARC", "utf-8": "UTF-8", "cp1251": "Windows-1251"}


def add_commands(sub: argparse._SubParsersAction[TranslatedParser], translate: Translate) -> None:
    """The ``import`` and ``export`` commands; ``translate`` translates their help texts."""
    imp = sub.add_parser(
        "import",
        help=translate(
            "cli",
            "import the catalogue (MARC .mrc/.iso/.xml, .csv, .xlsx) or readers (.csv, .xlsx)",
        ),
        description=translate(
            "cli",
            "Imports the catalogue or the readers, whole or not at all: every problem is listed "
            "by its line or record number.",
        ),
    )
    imp.add_argument(
        "kind", choices=KINDS, metavar=KIND_METAVAR, help=translate("cli", "what the file holds")
    )
    imp.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "the file to import"))
    imp.add_argument(
        "--encoding",
        choices=("utf-8", "cp1251"),
        help=translate("cli", "the file's text encoding, if the detected one is wrong"),
    )
    imp.add_argument(
        "--flavour",
        choices=("marc21", "unimarc"),
        help=translate(
            "cli", "MARC files: MARC21 or UNIMARC (УКРМАРК), if the detected one is wrong"
        ),
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "check the file and say what would change"),
    )
    exp = sub.add_parser(
        "export",
        help=translate("cli", "export the catalogue or the readers to .csv or .xlsx"),
        description=translate(
            "cli",
            "Writes the catalogue or the readers to .csv (UTF-8 with BOM) or .xlsx in the "
            "import template's columns.",
        ),
    )
    exp.add_argument(
        "kind", choices=KINDS, metavar=KIND_METAVAR, help=translate("cli", "what to export")
    )
    exp.add_argument("file", type=Path, metavar="FILE", help=translate("cli", "the file to write"))


def _progress(translate: Translate) -> Progress:
    """Prints how far reading has got, every tenth of a big file."""
    shown = [0]

    def report(done: int, total: int) -> None:
        step = max(total // 10, 10_000)
        if done - shown[0] >= step:
            shown[0] = done
            text = translate("cli", "Read {done} of {total}…").format(done=done, total=total)
            print(text, file=sys.stderr, flush=True)

    return report


def _describe(report: ImportReport, translate: Translate) -> str:
    source = report.source
    parts = [NAMES.get(source.format, source.format)]
    if source.flavour:
        if source.detected_flavour is None:
            note = translate("cli", "{name} (assumed: the file does not tell)")
        elif source.detected_flavour == source.flavour:
            note = translate("cli", "{name} (detected)")
        else:
            note = translate("cli", "{name} (as chosen; {detected} was detected)")
        parts.append(
            note.format(
                name=NAMES[source.flavour], detected=NAMES.get(source.detected_flavour or "")
            )
        )
    if source.encoding:
        if source.encoding != source.detected_encoding:
            note = translate("cli", "{name} (as chosen; {detected} was detected)")
        elif source.declared_encoding and source.declared_encoding != source.encoding:
            note = translate("cli", "{name} (detected; the file declares {declared})")
        else:
            note = translate("cli", "{name} (detected)")
        parts.append(
            note.format(
                name=NAMES[source.encoding],
                detected=NAMES.get(source.detected_encoding or ""),
                declared=NAMES.get(source.declared_encoding or ""),
            )
        )
    return translate("cli", "File: {description}.").format(description=", ".join(parts))


def _problems(report: ImportReport, translate: Translate) -> None:
    from mandrivna.services.import_report import problem_text

    for problem in report.problems:
        print(problem_text(problem, report.unit, translate), file=sys.stderr)
    if report.more_problems:
        print(
            translate("cli", "…and {count} more problems.").format(count=report.more_problems),
            file=sys.stderr,
        )


def _summary(kind: str, report: ImportReport, dry_run: bool, translate: Translate) -> str:
    if kind == CATALOGUE and dry_run:
        text = translate(
            "cli",
            "Would add {new} records, update {updated}, leave {same} as they are; "
            "would add {copies} copies.",
        )
    elif kind == CATALOGUE:
        text = translate(
            "cli",
            "Added {new} records, updated {updated}, left {same} as they were; "
            "added {copies} copies.",
        )
    elif dry_run:
        text = translate(
            "cli", "Would add {new} readers, update {updated}, leave {same} as they are."
        )
    else:
        text = translate("cli", "Added {new} readers, updated {updated}, left {same} as they were.")
    return text.format(
        new=report.new, updated=report.updated, same=report.unchanged, copies=report.copies
    )


def run_import(services: Services, args: argparse.Namespace, translate: Translate) -> int:
    from mandrivna.services.catalogue_import import CatalogueImport
    from mandrivna.services.import_report import ImportRefusedError
    from mandrivna.services.reader_import import ReaderImport

    path = Path(args.file)
    progress = _progress(translate)
    report: ImportReport
    try:
        if args.kind == CATALOGUE:
            catalogue = CatalogueImport(services.db)
            use = catalogue.preview if args.dry_run else catalogue.run
            report = use(path, args.encoding, args.flavour, progress)
        else:
            readers = ReaderImport(services.db)
            use_readers = readers.preview if args.dry_run else readers.run
            report = use_readers(path, args.encoding, progress)
    except ImportRefusedError as refused:
        print(_describe(refused.report, translate))
        _problems(refused.report, translate)
        print(refused.user_message(translate), file=sys.stderr)
        return EXIT_USER_ERROR
    print(_describe(report, translate))
    _problems(report, translate)
    if args.dry_run and not report.ok:
        print(
            translate("cli", "{count} problems must be fixed before the file can go in.").format(
                count=report.errors
            ),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    print(_summary(args.kind, report, args.dry_run, translate))
    return 0


def run_export(services: Services, args: argparse.Namespace, translate: Translate) -> int:
    from mandrivna.services.exchange_export import ExchangeExport

    path = Path(args.file).resolve()
    count = ExchangeExport(services.db).export(args.kind, path, _progress(translate))
    if args.kind == CATALOGUE:
        print(translate("cli", "Wrote {count} records to {file}.").format(count=count, file=path))
    else:
        print(translate("cli", "Wrote {count} readers to {file}.").format(count=count, file=path))
        print(
            translate(
                "cli",
                "The file holds readers' personal data: keep it safe and delete it when it is "
                "no longer needed.",
            )
        )
    return 0
