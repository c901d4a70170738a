"""The server's SQLite files hold readers' personal data: only the server's own user may read
them, as on a laptop.

Before SQLite opens a database file it is made (or tightened) to 0600; SQLite gives its -wal and
-shm files the mode of the database file, and any left by an older version are tightened too. The
default data folder is 0700. PostgreSQL keeps its own files.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url

FILE_MODE = 0o600
FOLDER_MODE = 0o700
SIDE_FILES = ("-wal", "-shm", "-journal")


def private_folder(folder: Path) -> None:
    """Make ``folder`` (and missing parents) and let only this user into it."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, FOLDER_MODE)


def secure_sqlite_files(url: str) -> None:
    """For a SQLite file database: create it 0600 if missing, tighten it and its side files."""
    parsed = make_url(url)
    database = parsed.database
    if not database or database == ":memory:":
        return
    if os.name != "posix" or database.startswith("file:"):
        return
    path = Path(database)
    if not path.exists() and path.parent.is_dir():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
        if candidate.exists():
            os.chmod(candidate, FILE_MODE)
