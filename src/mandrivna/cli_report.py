"""The ``mandrivna report`` command: the report against the plan for a year, a quarter (or the
plan's cumulative period up to it), a month or any days, for the library or one hub, written
to ``.xlsx`` or ``.csv`` without Qt, or to ``.pdf`` (drawn with Qt, offscreen)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mandrivna.cli_argparse import TranslatedParser
from mandrivna.core import report_periods
from mandrivna.core.errors import Translate, ValidationError
from mandrivna.core.report_periods import Period
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the services load the database layer: only when the command runs
    from mandrivna.app import Services

EXIT_USER_ERROR = 2


def add_commands(sub: argparse._SubParsersAction[TranslatedParser], translate: Translate) -> None:
    """The ``report`` command; ``translate`` translates its help texts."""
    report = sub.add_parser(
        "report",
        help=translate("cli", "write the report against the plan to .xlsx, .csv or .pdf"),
        description=translate(
            "cli",
            "Writes every indicator of the plan with its target, what was done, the "
            "percentage, the pro-rata expectation, the same period last year and the rule it "
            "is counted by, for the library or one hub.",
        ),
    )
    report.add_argument(
        "--year", type=int, required=True, metavar="Y", help=translate("cli", "the year")
    )
    which = report.add_mutually_exclusive_group()
    which.add_argument(
        "--quarter", type=int, choices=(1, 2, 3, 4), metavar="Q", help=translate("cli", "a quarter")
    )
    which.add_argument(
        "--month", type=int, choices=range(1, 13), metavar="M", help=translate("cli", "a month")
    )
    which.add_argument(
        "--from", dest="start", metavar="D", help=translate("cli", "the first day (YYYY-MM-DD)")
    )
    report.add_argument(
        "--to", dest="end", metavar="D", help=translate("cli", "with --from: the last day")
    )
    report.add_argument(
        "--cumulative",
        action="store_true",
        help=translate("cli", "with --quarter: from the start of the year (I half-year, 9 months)"),
    )
    report.add_argument(
        "--hub", metavar="NAME", help=translate("cli", "one hub (all if not given)")
    )
    report.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("cli", "the file to write"),
    )


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a date (YYYY-MM-DD)."), value=text
        ) from None


def period_of(args: argparse.Namespace) -> Period:
    """The period the arguments name."""
    if args.start is not None or args.end is not None:
        if args.start is None or args.end is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give both --from and --to."))
        start, end = _day(args.start), _day(args.end)
        if end < start:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The period ends before it starts."))
        return Period(start, end)
    if args.quarter is not None:
        if args.cumulative:
            return report_periods.cumulative(args.year, args.quarter)
        return report_periods.quarter(args.year, args.quarter)
    if args.month is not None:
        return report_periods.month(args.year, args.month)
    return report_periods.year(args.year)


def run_report(services: Services, args: argparse.Namespace, translate: Translate) -> int:
    from mandrivna.services import report_export

    period = period_of(args)
    hub = None
    if args.hub:
        hub = services.reports.find_hub(args.hub, period)
        if hub is None:
            print(
                translate("cli", "No hub is called {name}. The hubs: {hubs}.").format(
                    name=args.hub, hubs=", ".join(name for _, name in services.reports.hubs(period))
                ),
                file=sys.stderr,
            )
            return EXIT_USER_ERROR
    path: Path = args.out
    suffix = path.suffix.lower()
    if suffix not in report_export.FORMATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A report is written as {formats}."),
            formats=", ".join(report_export.FORMATS),
        )
    report = services.reports.report(period, hub)
    if suffix == ".pdf":
        from mandrivna.ui.report_pdf import write_pdf_offscreen

        write_pdf_offscreen(services.reports, report, path, services.language())
    else:
        report_export.write(report, path, translate)
    print(
        translate("cli", "Wrote the report for {period} to {file}.").format(
            period=report_export.period_label(period, translate), file=path.resolve()
        )
    )
    if report.late_hubs:  # the last line names them
        print(report_export.as_of_lines(report, translate)[-1], file=sys.stderr)
    return 0
