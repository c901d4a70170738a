"""What the status bar shows: hub, librarian, last sync and changes waiting to be synced."""

from __future__ import annotations

from mandrivna.core.status import Status
from mandrivna.store.database import Database
from mandrivna.store.status_queries import read_status


class StatusService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def status(self) -> Status:
        return read_status(self.db)
