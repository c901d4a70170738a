"""The plain start of the GUI, read without argparse (issue #17), reads a command line exactly as
the full parser does wherever it answers, and leaves everything else (commands, help, mistakes,
abbreviations) to the full parser, which keeps answering in the user's language."""

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from mandrivna.cli import build_parser
from mandrivna.cli_argparse import speaking
from mandrivna.cli_gui_start import PAGES, GuiStart, plain_gui_start

WORDS = (
    "--data-dir",
    "--screenshot",
    "--page",
    "--data",  # argparse takes an unambiguous abbreviation; the plain reading leaves it
    "--screen",
    "--data-dir=hub",
    "--data-dir=",
    "--screenshot=a=b.png",
    "--page=readers",
    "--page=bogus",
    "hub",
    "x.png",
    "a b",
    "-x",
    "--",
    "",
    "readers",
    "review-overdue",
    "bogus",
    "sync",
    "backup",
    "--list",
    "--help",
    "--version",
)


def full_reading(argv: list[str]) -> GuiStart | None:
    """What the full command line makes of ``argv`` when it starts the GUI (None otherwise: a
    command, or it printed help, the version or an error and exited)."""

    def translate(_context: str, text: str) -> str:
        return text

    out = io.StringIO()
    try:
        with speaking(translate), contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            args = build_parser(translate).parse_args(argv)
    except SystemExit:
        return None
    if args.command is not None:
        return None
    return GuiStart(args.data_dir, args.screenshot, args.page)


@given(st.lists(st.sampled_from(WORDS), max_size=7))
def test_the_plain_reading_is_the_full_parsers_wherever_it_answers(argv):
    plain = plain_gui_start(argv)
    if plain is not None:
        assert plain == full_reading(argv)


def test_the_starts_a_librarian_and_the_bench_make_are_read_plainly():
    assert plain_gui_start([]) == GuiStart()
    assert plain_gui_start(["--data-dir", "/d", "--screenshot", "x.png"]) == GuiStart(
        Path("/d"), Path("x.png")
    )
    for page in PAGES:
        assert plain_gui_start(["--screenshot=x.png", f"--page={page}"]) == GuiStart(
            None, Path("x.png"), page
        )
    for argv in (["--help"], ["--version"], ["sync"], ["--data", "d"], ["--page", "nowhere"]):
        assert plain_gui_start(argv) is None


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MANDRIVNA_LANG": "uk", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "mandrivna", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_what_the_plain_reading_leaves_is_still_answered_in_ukrainian(tmp_path):
    folder = str(tmp_path / "data")
    wrong_page = run("--data-dir", folder, "--screenshot", "x.png", "--page", "nowhere")
    assert wrong_page.returncode == 2
    assert "помилка: аргумент --page: неправильний вибір" in wrong_page.stderr
    assert run("--help").stdout.startswith("використання: mandrivna")
    assert run("--version").stdout.startswith("mandrivna ")
    backup = run("--data-dir", folder, "backup")
    assert backup.returncode == 0, backup.stderr
    assert "Резервну копію зроблено й перевірено" in backup.stdout
    report = run("--data-dir", folder, "report", "--help")
    assert report.returncode == 0 and "використання: mandrivna report" in report.stdout
    not_enrolled = run("--data-dir", folder, "sync")
    assert not_enrolled.returncode == 2 and "Traceback" not in not_enrolled.stderr
    assert "ще не підключено до сервера синхронізації" in not_enrolled.stderr


def test_a_plain_start_says_a_refusal_in_ukrainian(tmp_path):
    """An error of the window's start (here: the picture cannot be written) is one plain
    Ukrainian sentence, the catalogue read only then."""
    result = run(
        "--data-dir", str(tmp_path / "data"), "--screenshot", str(tmp_path / "no" / "x.png")
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "Не вдалося зберегти зображення" in result.stderr
