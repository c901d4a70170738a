"""The overdue list for the people who call readers: per hub, or every hub's at headquarters,
most days late first; exported as XLSX (or CSV) with the columns the screen shows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from mandrivna.core.overdue import OverdueLine
from mandrivna.services import table_files
from mandrivna.services.service import Service
from mandrivna.store import directory_queries, overdue_queries


class OverdueService(Service):
    def lines(self, hub: str | None = None) -> list[OverdueLine]:
        """Loans past their due date today, at ``hub`` (its directory name) or every hub."""
        with self.db.read() as conn:
            hubs = directory_queries.hub_directory(conn)
            return overdue_queries.overdue(conn, self.today(), hubs, hub)

    def export(self, path: Path, columns: Sequence[str], hub: str | None = None) -> int:
        """Write the list to ``path`` under these column names (reader, card, phone, hub,
        barcode, title, due date, days late); returns how many loans it holds."""
        rows = (line.columns() for line in self.lines(hub))
        return table_files.write_table(path, columns, rows)
