"""What the review queue and the merged readers read often: readers merged into another (every
read of a reader follows these redirects), found by an index instead of a scan of the readers'
file. No data changes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_reader_merged_into", "reader", ["merged_into"])


def downgrade() -> None:
    op.drop_index("ix_reader_merged_into", "reader")
