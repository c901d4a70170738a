"""Erased data leaves the search index for good.

- Both search tables get FTS5's ``secure-delete`` option (SQLite 3.44 or newer), so a deleted
  entry's terms are removed from the index itself, not only hidden by a delete marker; the index
  is then rebuilt from scratch, which drops what earlier deletes left in it.

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


def upgrade() -> None:
    from mandrivna.store import search_index

    for table in SEARCH_TABLES:
        op.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('secure-delete', 1)")
    search_index.rebuild(op.get_bind())
    for table in SEARCH_TABLES:  # made anew from the terms kept: no old segment survives
        op.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")


def downgrade() -> None:
    for table in SEARCH_TABLES:
        op.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('secure-delete', 0)")
