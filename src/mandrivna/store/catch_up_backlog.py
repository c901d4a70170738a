"""What a catch-up from a snapshot leaves to compute once, at its end.

A laptop catching up a library receives its loan events page by page (about a million in a
year); a copy's events are spread over several pages. Projecting a page's copies' loans as the
page arrives (what an ordinary pull does, ``replica``) computed most copies several times over.
In a catch-up the copies are written here instead, in the page's own transaction, and projected
once when the catch-up's last page is in (``finish``). A catch-up stopped half-way (the laptop
switched off, the link lost) leaves them here; the next sync, or the app's next start, finishes
them before anything else. Until then those copies' loans lack the events that just arrived:
only a laptop in the middle of a catch-up is ever in that state.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from mandrivna.store import bulk_sql, loan_projection

LOANS = "loans"  # a copy whose loans are projected again (the copy's id)
# Copies projected in one transaction when the backlog is finished.
FINISH_CHUNK = 5_000


def defer_loans(conn: Connection, copy_ids: Iterable[str]) -> None:
    """Keep these copies for ``finish`` (in the caller's transaction)."""
    bulk_sql.insert_rows_sql(
        conn,
        "INSERT OR IGNORE INTO catch_up_backlog (kind, id) VALUES (?, ?)",
        [(LOANS, copy_id) for copy_id in set(copy_ids)],
    )


def waiting(conn: Connection) -> int:
    """How many copies are waiting for their loans."""
    rows = bulk_sql.fetch(conn, "SELECT count(*) FROM catch_up_backlog WHERE kind = ?", (LOANS,))
    return int(rows[0][0])


def finish_some(conn: Connection, limit: int = FINISH_CHUNK) -> list[str]:
    """Project the loans of up to ``limit`` waiting copies (and the search index of those whose
    being on loan changed), and take them off the backlog; returns the copies done."""
    ids = [
        row[0]
        for row in bulk_sql.fetch(
            conn,
            "SELECT id FROM catch_up_backlog WHERE kind = ? ORDER BY id LIMIT ?",
            (LOANS, limit),
        )
    ]
    if not ids:
        return ids
    loan_projection.refresh(conn, ids)
    bulk_sql.insert_rows_sql(
        conn, "DELETE FROM catch_up_backlog WHERE kind = ? AND id = ?", [(LOANS, i) for i in ids]
    )
    return ids
