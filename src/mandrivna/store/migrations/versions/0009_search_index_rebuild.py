"""Rebuild the search indexes with today's search terms (ISBN-10 of records, filters as terms,
faster term making): the index is derived data, so it is made anew from the tables.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from mandrivna.store import search_index

    search_index.rebuild(op.get_bind())


def downgrade() -> None:
    pass  # the index of the older version is rebuilt by its own migration
