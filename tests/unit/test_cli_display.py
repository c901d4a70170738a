"""``mandrivna`` (the app) on a machine with no display: one plain sentence in the user's language
and a non-zero exit, not a Qt abort. A screenshot still draws offscreen."""

import os
import subprocess
import sys

import pytest

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run_without_display(*args, language=None):
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    env.pop("MANDRIVNA_LANG", None)
    if language:
        env["MANDRIVNA_LANG"] = language
    return subprocess.run(
        [sys.executable, "-m", "mandrivna", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


pytestmark = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="only X11 and Wayland desktops can lack a display"
)


@pytest.mark.parametrize(
    ("language", "words"),
    [(None, "Немає екрана"), ("en", "There is no display")],
)
def test_the_app_without_a_display_says_so_in_one_sentence(tmp_path, language, words):
    result = run_without_display("--data-dir", str(tmp_path / "data"), language=language)
    assert result.returncode == 2
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr and "qt." not in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "data").exists()  # nothing was created either


def test_a_screenshot_needs_no_display(tmp_path):
    picture = tmp_path / "x.png"
    result = run_without_display("--data-dir", str(tmp_path / "data"), "--screenshot", str(picture))
    assert result.returncode == 0, result.stderr
    assert picture.stat().st_size > 10_000
