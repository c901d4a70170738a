"""One worker process of ``mandrivna-server serve --workers N``: the API over its own storage.

uvicorn starts each worker from an import string, so the storage cannot be handed over as an
object: ``serve`` puts the database's URL in ``MANDRIVNA_SERVER_DB`` and every worker opens it
here. Workers share nothing but the database (PostgreSQL): pushes are serialised there, and one
worker at a time keeps the snapshots warm (``SyncStorage.upkeep_turn``).
"""

from __future__ import annotations

from fastapi import FastAPI

from sync_server.app import create_app
from sync_server.backends import default_url, open_storage


def create_worker_app() -> FastAPI:
    """The app of one worker; its storage is closed when the worker stops."""
    return create_app(open_storage(default_url()), close_storage=True)
