"""What a catch-up leaves to compute once at its end (issue #17): a laptop catching up from a
snapshot receives a library's loan events page by page, and projected each page's copies' loans
again as it went (a copy's events spread over several pages: projected several times). The
copies are now kept in ``catch_up_backlog`` as the events arrive and projected once when the
catch-up ends, or at the next sync or start if it was stopped. No data changes.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catch_up_backlog",
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "id"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("catch_up_backlog")
