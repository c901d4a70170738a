"""Erased data leaves the search index for good, and a copy's stored status no longer says "on
loan" (whether a copy is on loan follows from the desk's loan facts alone).

- The readers' search table gets FTS5's ``secure-delete`` option (SQLite 3.44 or newer), so an
  erased reader's terms are removed from the index itself, not only hidden by a delete marker;
  both search tables are then rebuilt from scratch, which drops what earlier deletes left in
  them. The catalogue's table holds no personal data and keeps the faster ordinary deletes
  (secure-delete made lends and copy edits three times slower to apply: docs/benchmarks.md).
- A copy's stored ``on_loan`` becomes ``available``: its status keeps only what is not a loan
  (lost, in transit, written off), and its state in the catalogue and its filter terms are
  computed from its open loans. Changes from older versions that still say ``on_loan`` are
  stored the same way when they arrive (``entities.LEGACY_VALUES``).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SEARCH_TABLES = ("reader_fts", "record_fts")
PERSONAL = ("reader_fts",)


def upgrade() -> None:
    from mandrivna.store import search_index

    for table in PERSONAL:
        op.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('secure-delete', 1)")
    op.execute("UPDATE book_copy SET status = 'available' WHERE status = 'on_loan'")
    search_index.rebuild(op.get_bind())
    for table in SEARCH_TABLES:  # made anew from the terms kept: no old segment survives
        op.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")


def downgrade() -> None:
    op.execute(
        "UPDATE book_copy SET status = 'on_loan' WHERE id IN "
        "(SELECT copy_id FROM loan WHERE returned_on IS NULL AND lent_on IS NOT NULL)"
    )
    for table in PERSONAL:
        op.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('secure-delete', 0)")
