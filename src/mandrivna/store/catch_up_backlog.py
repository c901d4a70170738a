"""What a catch-up from a snapshot leaves to compute once, at its end.

A laptop catching up a library receives its loan events page by page (about a million in a
year); a copy's events are spread over several pages. Projecting a page's copies' loans as the
page arrives (what an ordinary pull does, ``replica``) computed most copies several times over.
In a catch-up the copies are written here instead, in the page's own transaction, and projected
once when the catch-up's last page is in (``finish``). A catch-up stopped half-way (the laptop
switched off, the link lost) leaves them here; the next sync, or the app's next start, finishes
them before anything else. Until then those copies' loans lack the events that just arrived:
only a laptop in the middle of a catch-up is ever in that state.

The same for the catalogue's search entries: a catch-up's snapshot brings the records first,
then their copies over many pages; the records whose copies arrive are indexed again once at
the end (after the loans, which say whether a copy is on loan) instead of at every page of
copies. Until then a record is found by its own words but not yet by its copies' barcodes.
(Indexing every record only there, not on arrival, was tried: a whole library's end took 4 s
less, but a catch-up of records without copies took 17 % longer, each record read back.)

A catch-up bringing a library's facts to a laptop that holds few leaves their lookup indexes out
while they arrive (``deferred_indexes``): those are built first here, since projecting loans
reads events by copy. Projecting many copies' loans into a loan table holding few leaves that
table's indexes by reader and by due date out the same way (``defer_loan_indexes``): they are
built once the loans are in, before the records are indexed again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import Connection

from mandrivna.core import json_text
from mandrivna.store import bulk_sql, deferred_indexes, loan_projection, search_index

LOANS = "loans"  # a copy whose loans are projected again (the copy's id)
INDEX = "index"  # a catalogue record whose search entry is made again (the record's id)
FACT_INDEX = deferred_indexes.KIND  # a fact table's index built again (``deferred_indexes``)
# Copies projected in one transaction when the backlog is finished.
FINISH_CHUNK = 5_000
# The loan table's index a projection reads (a copy's loans): never left out.
_LOANS_BY_COPY = frozenset({"ix_loan_copy_id"})


class Finished(NamedTuple):
    """One step of ``finish_some``: the kind done, its ids (an index's name), and how many
    records it put in the backlog to be indexed again (those of copies lent or back)."""

    kind: str
    ids: list[str]
    added: int = 0


def defer_loans(conn: Connection, copy_ids: Iterable[str]) -> None:
    """Keep these copies for ``finish`` (in the caller's transaction)."""
    bulk_sql.insert_rows_sql(
        conn,
        "INSERT OR IGNORE INTO catch_up_backlog (kind, id) VALUES (?, ?)",
        [(LOANS, copy_id) for copy_id in set(copy_ids)],
    )


def defer_index(conn: Connection, record_ids: Iterable[str | None]) -> int:
    """Keep these catalogue records for ``finish`` (in the caller's transaction); returns how
    many were not kept already."""
    return bulk_sql.insert_rows_sql(
        conn,
        "INSERT OR IGNORE INTO catch_up_backlog (kind, id) VALUES (?, ?)",
        [(INDEX, record_id) for record_id in set(record_ids) if record_id],
    )


def defer_loan_indexes(conn: Connection) -> list[str]:
    """Before the loans of many waiting copies are projected into a loan table holding fewer
    rows: its indexes but the one by copy left out, to be built when the loans are in (in the
    caller's transaction; ``deferred_indexes``). Returns the names left out."""
    rows = bulk_sql.fetch(conn, "SELECT count(*) FROM catch_up_backlog WHERE kind = ?", (LOANS,))
    return deferred_indexes.defer(conn, ["loan"], int(rows[0][0]), keep=_LOANS_BY_COPY)


def _records_of(conn: Connection, copy_ids: list[str]) -> list[str]:
    if not copy_ids:
        return []
    rows = bulk_sql.fetch(
        conn,
        "SELECT record_id FROM book_copy WHERE id IN (SELECT value FROM json_each(?))",
        (json_text.dumps(copy_ids),),
    )
    return [row[0] for row in rows]


def waiting(conn: Connection) -> int:
    """How many copies wait for their loans and records for their search entries, with the
    fact tables' indexes waiting counted as the copies that take as long
    (``deferred_indexes.weight``)."""
    rows = bulk_sql.fetch(
        conn, "SELECT count(*) FROM catch_up_backlog WHERE kind != ?", (FACT_INDEX,)
    )
    return int(rows[0][0]) + deferred_indexes.weight(conn)


def any_waiting(conn: Connection) -> bool:
    """Whether anything waits at all (one look-up, where ``waiting`` counts)."""
    return bool(bulk_sql.fetch(conn, "SELECT 1 FROM catch_up_backlog LIMIT 1"))


def any_loans(conn: Connection) -> bool:
    """Whether any copy waits for its loans."""
    return bool(
        bulk_sql.fetch(conn, "SELECT 1 FROM catch_up_backlog WHERE kind = ? LIMIT 1", (LOANS,))
    )


def finish_some(conn: Connection, limit: int = FINISH_CHUNK) -> Finished:
    """Take up to ``limit`` of the backlog off it: first the fact tables' indexes left out, one
    at a time; then the loans of waiting copies projected (and the search entries of those whose
    being on loan changed); then, once no copy waits, the loan table's indexes left out, and
    records indexed again. Returns the kind done (``FACT_INDEX``, ``LOANS`` or ``INDEX``), the
    ids (an index's name) and the records it added to the backlog."""
    built = deferred_indexes.restore(conn, limit=1, later=("loan",) if any_loans(conn) else ())
    if built:
        return Finished(FACT_INDEX, built)
    for kind in (LOANS, INDEX):
        ids = [
            row[0]
            for row in bulk_sql.fetch(
                conn,
                "SELECT id FROM catch_up_backlog WHERE kind = ? ORDER BY id LIMIT ?",
                (kind, limit),
            )
        ]
        if ids:
            added = 0
            if kind == LOANS:  # the records of copies lent or back: indexed once, after
                moved = loan_projection.refresh(conn, ids, index=False)
                added = defer_index(conn, _records_of(conn, moved))
            else:
                search_index.refresh(conn, "bib_record", ids)
            bulk_sql.insert_rows_sql(
                conn,
                "DELETE FROM catch_up_backlog WHERE kind = ? AND id = ?",
                [(kind, i) for i in ids],
            )
            return Finished(kind, ids, added)
    return Finished(LOANS, [])
