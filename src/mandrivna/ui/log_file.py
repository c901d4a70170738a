"""The app's log file, ``logs/mandrivna.log`` in the data folder, kept under 1 MB with three older
files beside it.

A start that goes well writes nothing to it, so the rotating handler (``logging.handlers``, which
brings ``socket``, ``pickle`` and ``queue`` with it, about 8 ms of a start) is made with the first
record (issue #17). Whether the file can be written is still found out at start: where it cannot,
the log goes to the terminal, as before.
"""

from __future__ import annotations

import logging
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RotatingLogFile(logging.Handler):
    """A ``RotatingFileHandler`` on ``path``, made when the first record comes."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:  # called under the handler's lock
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(data_dir: Path) -> None:
    """Records of INFO and above to the data folder's log file (or the terminal when the file
    cannot be written)."""
    try:
        folder = data_dir / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "mandrivna.log"
        with path.open("a", encoding="utf-8"):  # can it be written? (the handler opens it later)
            pass
        handler: logging.Handler = RotatingLogFile(path)
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
