"""The log file: made with the first record (a quiet start imports no ``logging.handlers``),
rotated at its size limit, and the terminal instead where the data folder cannot be written."""

import logging
import os
import subprocess
import sys

import pytest

from mandrivna.ui import log_file
from mandrivna.ui.log_file import RotatingLogFile, setup_logging


@pytest.fixture
def restored_logging():
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    for handler in root.handlers:
        handler.close()
    root.handlers[:], root.level = handlers, level


def test_records_reach_the_file_and_it_is_rotated(tmp_path, monkeypatch, restored_logging):
    monkeypatch.setattr(log_file, "MAX_BYTES", 2_000)
    setup_logging(tmp_path)
    path = tmp_path / "logs" / "mandrivna.log"
    assert path.exists() and path.read_text() == ""  # checked at start, written later
    handler = logging.getLogger().handlers[0]
    assert isinstance(handler, RotatingLogFile)
    for n in range(100):
        logging.getLogger("mandrivna.test").error("record %d with some words in it", n)
    handler.flush()
    last = path.read_text(encoding="utf-8")
    assert "ERROR mandrivna.test: record 99 with some words in it" in last
    older = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert older == ["mandrivna.log", "mandrivna.log.1", "mandrivna.log.2", "mandrivna.log.3"]
    assert all(p.stat().st_size <= 2_000 for p in (tmp_path / "logs").iterdir())


def test_a_folder_that_cannot_be_written_logs_to_the_terminal(tmp_path, restored_logging):
    blocked = tmp_path / "data"
    blocked.write_text("a file where the folder should be")
    setup_logging(blocked)
    (handler,) = logging.getLogger().handlers
    assert type(handler) is logging.StreamHandler


def test_a_quiet_start_imports_no_rotating_handler_until_a_record_comes(tmp_path):
    script = (
        "import logging, sys; from pathlib import Path; "
        "from mandrivna.ui.log_file import setup_logging; setup_logging(Path(sys.argv[1])); "
        "print('before', 'logging.handlers' in sys.modules); "
        "logging.getLogger('x').warning('a word'); "
        "print('after', 'logging.handlers' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ},
        timeout=60,
    )
    assert result.stdout.split() == ["before", "False", "after", "True"]
    assert "WARNING x: a word" in (tmp_path / "logs" / "mandrivna.log").read_text()
