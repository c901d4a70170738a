"""The sync's progress in the command line: what was sent or received, of how many, and about
how long is left. On a terminal one line is rewritten in place; in a log (a scheduled sync) a
line every few seconds, and nothing for a sync shorter than that."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

from mandrivna.core.errors import Translate
from mandrivna.core.time_left import TimeLeft, rounded_minutes_seconds

# How often the line is rewritten on a terminal, and written to a log.
TERMINAL_EVERY_S = 0.2
LOG_EVERY_S = 5.0


def time_left_text(seconds: float | None, translate: Translate) -> str:
    if seconds is None:
        return ""
    minutes, rest = rounded_minutes_seconds(seconds)
    if minutes:
        return translate("cli", "about {minutes} min {seconds} s left").format(
            minutes=minutes, seconds=rest
        )
    return translate("cli", "about {seconds} s left").format(seconds=rest)


def progress_text(
    phase: str, done: int, total: int, left: float | None, translate: Translate
) -> str:
    if phase == "push":
        text = translate("cli", "Sending: {done} of {total}")
    elif phase == "finish":  # what a catch-up left to the end: loans, then search entries
        text = translate("cli", "Working out loans and the catalogue search: {done} of {total}")
    elif total:
        text = translate("cli", "Receiving: {done} of {total}")
    else:
        text = translate("cli", "Receiving: {done}")
    text = text.format(done=f"{done:,}".replace(",", " "), total=f"{total:,}".replace(",", " "))
    if total and done < total:
        text += f" ({100 * done // total} %)"
    when = time_left_text(left, translate)
    return f"{text}, {when}" if when else text


class CliProgress:
    """A sync engine's ``progress(phase, done, total)`` that writes to ``stream``."""

    def __init__(
        self,
        stream: TextIO,
        translate: Translate,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream, self.translate, self.clock = stream, translate, clock
        self.terminal = stream.isatty()
        self.every = TERMINAL_EVERY_S if self.terminal else LOG_EVERY_S
        self.started = clock()
        self.last = self.started if not self.terminal else float("-inf")
        self.phase = ""
        self.left = TimeLeft(clock)
        self.width = 0  # of the line on the terminal

    def __call__(self, phase: str, done: int, total: int) -> None:
        if phase != self.phase:
            self.phase, self.left = phase, TimeLeft(self.clock)
        left = self.left.seconds(done, total)
        now = self.clock()
        if now - self.last < self.every and not (self.terminal and total and done >= total):
            return
        self.last = now
        text = progress_text(phase, done, total, left, self.translate)
        if self.terminal:
            self.stream.write("\r" + text.ljust(self.width))
            self.width = len(text)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def finish(self) -> None:
        """End the rewritten line (before the sync's summary is printed)."""
        if self.terminal and self.width:
            self.stream.write("\n")
            self.stream.flush()
            self.width = 0
