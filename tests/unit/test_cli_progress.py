"""The sync's progress in the command line: received of how many, and the time left."""

from __future__ import annotations

import io

from mandrivna.cli_progress import CliProgress, progress_text


def english(_context: str, source: str) -> str:
    return source


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_line_says_how_much_of_how_many_and_how_long_is_left() -> None:
    assert progress_text("pull", 12_345, 50_000, 7.2, english) == (
        "Receiving: 12 345 of 50 000 (24 %), about 7 s left"
    )
    assert progress_text("pull", 500, 0, None, english) == "Receiving: 500"
    assert progress_text("push", 3_000, 3_000, None, english) == "Sending: 3 000 of 3 000"
    assert progress_text("pull", 10, 90_000, 130.0, english).endswith("about 2 min 10 s left")
    assert progress_text("finish", 5_000, 20_000, 3.0, english) == (
        "Working out loans and the catalogue search: 5 000 of 20 000 (25 %), about 3 s left"
    )


def test_a_terminal_gets_one_line_rewritten_then_ended() -> None:
    clock, out = Clock(), Terminal()
    progress = CliProgress(out, english, clock)
    for step in range(1, 11):
        clock.now = step * 0.5
        progress("pull", step * 1_000, 10_000)
    progress.finish()
    text = out.getvalue()
    assert text.count("\r") == 10 and text.endswith("\n") and text.count("\n") == 1
    assert "Receiving: 2 000 of 10 000 (20 %)\r" in text  # too soon to tell the time
    assert "Receiving: 3 000 of 10 000 (30 %), about 4 s left" in text
    assert text.rstrip().endswith("Receiving: 10 000 of 10 000")


def test_a_log_gets_a_line_every_few_seconds_and_a_short_sync_none() -> None:
    clock, out = Clock(), io.StringIO()
    progress = CliProgress(out, english, clock)
    progress("pull", 100, 1_000)
    clock.now = 1.0
    progress("pull", 1_000, 1_000)
    progress.finish()
    assert out.getvalue() == ""  # a sync of a second: nothing but its summary
    for step in range(1, 13):
        clock.now = 1.0 + step
        progress("pull", 1_000 + step * 1_000, 20_000)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and lines[0].startswith("Receiving: 5 000 of 20 000 (25 %), about")
