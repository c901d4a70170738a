"""Where the server keeps its data: a storage backend (``storage_api.SyncStorage``) for a URL.

Today every URL is an SQLAlchemy URL of SQLite or PostgreSQL, kept by ``sql.storage.SqlStorage``;
another backend gets its URL scheme here (``docs/server.md``).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import make_url

from sync_server.sql.server_files import private_folder
from sync_server.sql.storage import DATABASES, SqlStorage
from sync_server.storage_api import SyncStorage

# The environment variable that names the storage when ``--db`` does not.
URL_VARIABLE = "MANDRIVNA_SERVER_DB"


def default_url() -> str:
    """``MANDRIVNA_SERVER_DB``, or a SQLite file in the server's own data folder (made 0700)."""
    env = os.environ.get(URL_VARIABLE)
    if env:
        return env
    folder = Path(platformdirs.user_data_dir("Mandrivna Server", "LOUNB"))
    private_folder(folder)
    return f"sqlite:///{folder / 'server.sqlite3'}"


def one_process_only(url: str) -> bool:
    """Whether the storage at ``url`` may be served by one server process only: a SQLite file
    takes one writer at a time and has no lock for the snapshot upkeep across processes."""
    return make_url(url).get_backend_name() == "sqlite"


def open_storage(url: str) -> SyncStorage:
    """The storage at ``url``, its tables made or brought up to date. ValueError for a URL no
    backend keeps."""
    if make_url(url).get_backend_name() in DATABASES:
        return SqlStorage(url)
    raise ValueError(
        "the server keeps its data in SQLite or PostgreSQL: give --db sqlite:///FILE or "
        f"postgresql+psycopg://USER@HOST/DATABASE, not {url!r}"
    )
