"""The ``mandrivna sync`` command: one full sync (or a USB bundle written or imported), what it
sent and received, and every way it can end said in plain words with a non-zero exit code.

A sync that ends without a word is a defect (issue #17: catch-ups ended 90–100 s in and the
librarian saw nothing). So:

- the server's and the network's failures (unreachable, no answer in time, 5xx, a page that is
  not a Mandrivna answer) are ``SyncError``s, said in the user's language: exit code 2;
- the disk full (SQLite's "database or disk is full", ``ENOSPC``): said, exit code 2;
- told to stop (SIGTERM from a scheduler or a shutdown, SIGHUP when the terminal closes, Ctrl+C):
  the sync stops where it is (a page is applied with its cursor in one transaction, so a half
  applied page is rolled back), says so, and exits with 128 + the signal's number. A SIGHUP
  ignored from the start (``nohup``) stays ignored;
- anything else (a defect in the app): said in a sentence, the details written to the data
  folder's ``logs/mandrivna.log`` for the coordinator, exit code 1; never a traceback.

In every case what was received and applied stays, and the next sync continues from there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from mandrivna.core.errors import MandrivnaError, Translate, disk_full

if TYPE_CHECKING:
    from mandrivna.app import Services

EXIT_DEFECT = 1
EXIT_FAILED = 2
# Signals that stop a sync with a message: a scheduler's or a shutdown's, the terminal closed.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class SyncStopped(BaseException):
    """Raised in the main thread by a stop signal's handler (a BaseException, like
    KeyboardInterrupt, so that no ``except Exception`` on the way swallows it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_stopped(signum: int, _frame: FrameType | None) -> None:
    raise SyncStopped(signum)


@contextmanager
def stopping_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP raise ``SyncStopped`` in the main thread while the block runs (a
    signal ignored from the start, as under ``nohup``, stays ignored)."""
    before = {}
    for signum in STOP_SIGNALS:
        previous = signal.getsignal(signum)
        if previous is signal.SIG_IGN:
            continue
        before[signum] = previous
        signal.signal(signum, _raise_stopped)
    try:
        yield
    finally:
        for signum, previous in before.items():
            signal.signal(signum, previous)


def say(text: str, stream: str = "stderr") -> None:
    """Print ``text``; a terminal already gone (closed, SIGHUP) is not an error of its own."""
    with suppress(OSError, ValueError):
        print(text, file=sys.stderr if stream == "stderr" else sys.stdout, flush=True)


def write_details(data_dir: Path, exc: BaseException) -> Path | None:
    """The traceback, appended to the data folder's ``logs/mandrivna.log`` (None: not
    writable either)."""
    path = data_dir / "logs" / "mandrivna.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            when = dt.datetime.now().isoformat(timespec="seconds")
            log.write(f"{when} ERROR mandrivna sync failed:\n")
            log.write("".join(traceback.format_exception(exc)))
    except OSError:
        return None
    return path


def guarded(data_dir: Path, run: Callable[[], int], translate: Translate) -> int:
    """``run()`` with every way a sync can end said in words (in ``translate``'s language);
    its exit code."""
    try:
        with stopping_on_signals():
            return run()
    except MandrivnaError as exc:
        say(exc.user_message(translate))
        return EXIT_FAILED
    except (SyncStopped, KeyboardInterrupt) as exc:
        signum = exc.signum if isinstance(exc, SyncStopped) else signal.SIGINT
        say(
            translate(
                "cli",
                "The sync was stopped ({signal}). Everything received so far is kept; the next "
                "sync continues from there.",
            ).format(signal=signal.Signals(signum).name)
        )
        return 128 + signum
    except Exception as exc:
        if disk_full(exc):
            say(
                translate(
                    "cli",
                    "The sync stopped: the disk of this laptop is full. Free some space "
                    "(the data folder is {folder}) and sync again; everything received so far "
                    "is kept.",
                ).format(folder=data_dir)
            )
            return EXIT_FAILED
        details = write_details(data_dir, exc)
        text = translate(
            "cli",
            "The sync stopped because of an error in the app ({kind}). Everything received so "
            "far is kept; try again. If it happens again, give the coordinator the file {file}.",
        )
        say(text.format(kind=type(exc).__name__, file=details or "—"))
        return EXIT_DEFECT


def run_sync(services: Services, args: argparse.Namespace, translate: Translate) -> int:
    """The ``sync`` command's work: a bundle written or imported, or one full sync; prints
    what was sent and received (failures are said by ``guarded``)."""
    if args.export_bundle is not None:
        count = services.sync.export_bundle(args.export_bundle)
        say(
            translate("cli", "Wrote {count} changes to {file}.").format(
                count=count, file=args.export_bundle
            ),
            "stdout",
        )
        return 0
    if args.import_bundle is not None:
        stored, report = services.sync.import_bundle(args.import_bundle)
        text = translate("cli", "The bundle brought {count} new changes.")
        say(text.format(count=stored), "stdout")
    else:
        from mandrivna.cli_progress import CliProgress

        progress = CliProgress(sys.stderr, translate)
        try:
            report = services.sync.sync(progress=progress)
        finally:
            progress.finish()
    text = translate("cli", "Sent {pushed} changes, received {pulled}.")
    say(text.format(pushed=report.pushed, pulled=report.received), "stdout")
    if report.conflicts:
        text = translate("cli", "{count} conflicting edits were kept for the coordinator's review.")
        say(text.format(count=report.conflicts), "stdout")
    if report.clock_ahead_ms:
        text = translate(
            "cli",
            "Warning: this laptop's clock is ahead of the server's by {minutes} "
            "minutes. Set the correct date and time.",
        )
        say(text.format(minutes=report.clock_ahead_ms // 60000), "stdout")
    if report.clock_behind_ms:
        text = translate(
            "cli",
            "Warning: this laptop's clock is behind the server's by {days} days. Set the "
            "correct date and time.",
        )
        say(text.format(days=report.clock_behind_ms // 86_400_000), "stdout")
    return 0
