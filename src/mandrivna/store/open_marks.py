"""Marks in the data folder that say the database is open, so that the next start knows whether
the app was closed cleanly.

Each opening of the database sets its own mark (a small file in ``in-use/``) and holds a lock on
it while the database is open; a clean close removes it. A crash, ``kill -9`` or a power cut
leaves the mark behind, unlocked: the next start finds it and checks the whole file before
anything is written (``store.database``). A mark whose lock is still held belongs to another
process that has the database open now (the app and a scheduled ``mandrivna sync``): it is
neither a leftover nor removed.

The lock is the operating system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so it
goes when its process ends, however it ends; a mark is never judged by a process id, which the
system may give again.
"""

from __future__ import annotations

import os
import sys
import uuid
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

MARKS_FOLDER = "in-use"
MARK_SUFFIX = ".mark"


def _try_lock(handle: BinaryIO) -> bool:
    """Take the mark's lock without waiting; False when another opening holds it. Raises
    ``OSError`` on a file system without locks."""
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class OpenMark:
    """This opening's mark, set and locked until ``clear`` (a clean close) or the process ends."""

    def __init__(self, path: Path, handle: BinaryIO) -> None:
        self.path, self._handle = path, handle

    @classmethod
    def set(cls, data_dir: Path) -> OpenMark:
        folder = data_dir / MARKS_FOLDER
        folder.mkdir(exist_ok=True)
        path = folder / f"{uuid.uuid4().hex}{MARK_SUFFIX}"
        handle = open(path, "w+b")  # noqa: SIM115 - held open for the lock until clear()
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        with suppress(OSError):  # no locks here: others see the mark as left over and check
            _try_lock(handle)
        return cls(path, handle)

    def clear(self) -> None:
        """The database was closed cleanly: the mark goes."""
        if self._handle.closed:
            return
        self._handle.close()
        self.path.unlink(missing_ok=True)

    def keep(self) -> None:
        """Leave the mark for the next start (the file was found damaged): its lock goes."""
        self._handle.close()


def leftovers(data_dir: Path) -> list[Path]:
    """Marks left by openings that did not close cleanly (their process is gone)."""
    folder = data_dir / MARKS_FOLDER
    try:
        marks = sorted(folder.glob(f"*{MARK_SUFFIX}"))
    except OSError:
        return []
    found = []
    for path in marks:
        try:
            with open(path, "r+b") as handle:
                if _try_lock(handle):
                    found.append(path)
        except FileNotFoundError:  # cleared meanwhile by its own opening
            continue
        except OSError:  # unreadable, or no locks here: left over, so the file is checked
            found.append(path)
    return found


def remove(marks: list[Path]) -> None:
    """Leftover marks answered by a full check that passed."""
    for path in marks:
        try:
            path.unlink(missing_ok=True)
        except OSError:  # still held on Windows by an opening started meanwhile: it stays
            continue
