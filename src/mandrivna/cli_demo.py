"""The ``mandrivna demo`` command: fills a data folder with a realistic year at several hubs (see
``mandrivna.demo``), prints what it made, and where to look for what the coordinator should
find. Refuses a folder that holds data unless ``--yes``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mandrivna.cli_argparse import TranslatedParser
from mandrivna.core.errors import Translate

if TYPE_CHECKING:  # the demo loads the database layer: only when the command runs
    from mandrivna.demo.generator import DemoSummary

DEFAULT_HUBS = 3


def add_commands(sub: argparse._SubParsersAction[TranslatedParser], translate: Translate) -> None:
    """The ``demo`` command; ``translate`` translates its help texts."""
    demo = sub.add_parser(
        "demo",
        help=translate("cli", "fill a data folder with a demo year at several hubs"),
        description=translate(
            "cli",
            "Fills the data folder with a realistic year of the travelling library at several "
            "hubs: readers, loans, visits, events, courses and parcels, made through the app "
            "itself. The folder becomes the first hub's laptop after a sync (headquarters' with "
            "--coordinator), not enrolled with any server.",
        ),
    )
    demo.add_argument(
        "--hubs",
        type=int,
        default=DEFAULT_HUBS,
        metavar="N",
        help=translate("cli", "how many hubs (2 to 8; 3 if not given)"),
    )
    demo.add_argument(
        "--year",
        type=int,
        metavar="Y",
        help=translate("cli", "the year (a past one whole; if not given: this year up to today)"),
    )
    demo.add_argument(
        "--coordinator",
        action="store_true",
        help=translate("cli", "make the folder the coordinator's laptop at headquarters"),
    )
    demo.add_argument(
        "--scale",
        type=float,
        default=1.0,
        metavar="S",
        help=translate("cli", "multiply the sizes (1: the hubs' share of the year's plan)"),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="N",
        help=translate("cli", "the same seed makes the same demo"),
    )
    demo.add_argument(
        "--yes",
        action="store_true",
        help=translate("cli", "replace the data the folder holds (a backup of it is kept)"),
    )


def _date(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def _progress(translate: Translate) -> Callable[[dt.date], None]:
    def report(day: dt.date) -> None:
        text = translate("cli", "Made up to {date}…").format(date=_date(day))
        print(text, file=sys.stderr, flush=True)

    return report


def run_demo(data_dir: Path, args: argparse.Namespace, translate: Translate) -> int:
    from mandrivna.demo.generator import DemoOptions, make_demo

    options = DemoOptions(
        hubs=args.hubs,
        year=args.year,
        coordinator=args.coordinator,
        scale=args.scale,
        seed=args.seed,
    )
    summary = make_demo(data_dir, options, replace=args.yes, progress=_progress(translate))
    for line in describe(summary, translate):
        print(line)
    return 0


def describe(summary: DemoSummary, translate: Translate) -> list[str]:
    """What the demo made, in a few sentences."""
    done, period, planted = summary.done, summary.period, summary.planted
    lines = [
        translate(
            "cli", "The demo is ready in {folder}: {hubs} hubs, from {start} to {end}."
        ).format(
            folder=summary.folder.resolve(),
            hubs=len(summary.hubs),
            start=_date(period.start),
            end=_date(period.end),
        )
    ]
    if summary.hub in summary.hubs:
        text = translate(
            "cli", "This laptop's hub: {hub}; the other hubs' data came to it by a sync."
        )
    else:
        text = translate(
            "cli",
            "This is the coordinator's laptop ({hub}); every hub's data came to it by a sync.",
        )
    lines.append(text.format(hub=summary.hub))
    lines.append(
        translate(
            "cli",
            "Readers: {readers} ({new} new this year, {again} re-registered). Loans: {lends}; "
            "{open} books still out, {overdue} of them overdue today. E-loans: {e_loans}; free "
            "internet resources: {free}.",
        ).format(
            readers=summary.readers,
            new=summary.new_readers,
            again=done.reregistrations,
            lends=done.lends,
            open=summary.open_loans,
            overdue=summary.overdue,
            e_loans=done.e_loans,
            free=done.free_resources,
        )
    )
    lines.append(
        translate(
            "cli",
            "Consultations: {consultations}; references: {references}. Events: {events}, with "
            "{checkins} readers checked in by card; courses: {courses}. Catalogue: {records} "
            "records, {copies} copies; parcels: {parcels}.",
        ).format(
            consultations=done.consultations,
            references=done.references,
            events=done.events,
            checkins=done.checkins,
            courses=done.courses,
            records=done.records,
            copies=done.copies,
            parcels=done.parcels,
        )
    )
    lines.append(
        translate(
            "cli",
            "For the coordinator to find: one person registered twice ({first}; {second}); "
            "conflicting edits ({conflicts} fields) of a reader's details: {conflict}; a lend "
            "despite a warning, with a reason: {override}.",
        ).format(
            first=planted.duplicate[0],
            second=planted.duplicate[1],
            conflicts=summary.conflicts,
            conflict=planted.conflict,
            override=planted.override,
        )
    )
    if planted.lent_twice:
        lines.append(
            translate(
                "cli",
                "A copy lent at two hubs before they synced, for the review queue: «{title}».",
            ).format(title=planted.lent_twice)
        )
    if summary.kept is not None:
        lines.append(
            translate("cli", "The data the folder held was kept in {file}.").format(
                file=summary.kept
            )
        )
    lines.append(
        translate("cli", "Made in {seconds} seconds.").format(seconds=round(summary.seconds))
    )
    return lines
