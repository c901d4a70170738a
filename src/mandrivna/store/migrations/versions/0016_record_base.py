"""Records' states as snapshots brought them (``record_base``, issue #17's finding): a snapshot
skips the change log for records, and computing a record again from the log alone (after this
laptop's own edits were stamped again or moved to a new origin) lost every field the snapshot
had brought. The base is kept for every record a snapshot brings from now on; for the records
already here that no change in the log ever touched (so their row is exactly what snapshots
brought), it is their row as it is.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_base",
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("stamps", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id"),
    )
    from mandrivna.store import record_bases

    record_bases.keep_unlogged_rows(op.get_bind())


def downgrade() -> None:
    op.drop_table("record_base")
