"""What every use-case service stands on: the database, this laptop (its hub and librarian,
``NotSetUpError`` before the first-run setup) and today's date (fixed in tests). Services are
plain Python: any thread may call them; each call opens its own read or write."""

from __future__ import annotations

import datetime as dt

from mandrivna.store.database import Database
from mandrivna.store.local_state import DeviceState


class Service:
    def __init__(self, db: Database, today: dt.date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> dt.date:
        """The day work is recorded on: the laptop's date (a fixed one in tests)."""
        return self._today or dt.date.today()

    def device(self) -> DeviceState:
        """This laptop's hub, librarian and identity; raises ``NotSetUpError`` before setup."""
        return self.db.this_device()
