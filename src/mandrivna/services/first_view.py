"""What the main window shows as it opens, read through the SQLite driver alone
(``store.first_view_queries``): the Readers page's first list with the count of readers, and
whether this laptop is the coordinator's (which pages the navigation lists). A start draws its
window with these before SQLAlchemy and the other services are imported (issue #17); the same
answers as ``ReaderService.find("")`` with ``count``, ``PlanService.is_coordinator`` and
``HubOverviewService.is_coordinator``, which ask here.
"""

from __future__ import annotations

from mandrivna.core.reader import ReaderMatches
from mandrivna.services.service import Service
from mandrivna.store import first_view_queries
from mandrivna.store.local_state import SyncState

COORDINATOR = "coordinator"
# As many readers as a search lists (``reader_queries.SEARCH_LIMIT``).
FIRST_READERS = first_view_queries.SEARCH_LIMIT


class FirstView(Service):
    def readers(self, limit: int = FIRST_READERS) -> tuple[ReaderMatches, int] | None:
        """The most recently registered readers and how many readers there are, as the Readers
        page lists them before anything is typed; None when one of those readers was merged into
        another (then ``ReaderService.find`` shows the reader kept)."""
        with self.db.read_driver() as conn:
            newest = first_view_queries.newest_readers(conn, limit)
            if newest is None:
                return None
            return ReaderMatches(newest), first_view_queries.live_reader_count(conn)

    def sync_state(self) -> SyncState:
        with self.db.read_driver() as conn:
            return first_view_queries.sync_state(conn)

    def has_coordinator_role(self) -> bool:
        """The role the laptop was enrolled with is the coordinator's (the plan is theirs to
        set), as ``PlanService.is_coordinator``."""
        return self.sync_state().role == COORDINATOR

    def enrolled_as_coordinator(self) -> bool:
        """Enrolled now (a server and a token), with the coordinator's role (the hubs' overview
        is theirs), as ``HubOverviewService.is_coordinator``."""
        state = self.sync_state()
        return bool(state.server_url and state.token) and state.role == COORDINATOR
