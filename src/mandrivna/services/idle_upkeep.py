"""Work the app does while nobody waits on it: folding the write-ahead log back into the
database.

Every write commits to SQLite's write-ahead log, synced to disk (``synchronous=FULL``); folding
the log back into the database file (a checkpoint) is separate work. Left to SQLite, it runs
inside whichever commit takes the log past 1,000 pages: at the desk, one scan in about thirty
waited for it (40-70 ms under load), and the scan after it waited for the disk twice (the log
started again). The app instead folds the log on its background runner when it has been idle
for a moment (``ui.idle_folding``) and starts it again there (``Database.fold_log``), so a scan's
commit only appends to the log; SQLite's bound still holds when the app is never idle
(``store.connection.LOG_BOUND_PAGES``), as before. Every ``FOLD_AFTER_COMMITS`` commits, not
after each: a fold syncs the log and the database file, work better gathered.
"""

from __future__ import annotations

from mandrivna.store.database import Database

# Commits between two folds (a desk scan writes ~30 pages: ~500 pages, well under the bound).
FOLD_AFTER_COMMITS = 16


class IdleUpkeep:
    def __init__(self, db: Database) -> None:
        self.db = db

    def due(self) -> bool:
        """Whether enough was committed since the log was last folded to fold it now (no SQL:
        safe to ask on the UI thread)."""
        return self.db.log_unfolded >= FOLD_AFTER_COMMITS

    def fold_log(self) -> bool:
        """Fold the log back now (on the runner); True when there was anything to fold."""
        return self.db.fold_log()
