"""This device's identity on the sync server: key, role, and its bundle-signing key.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_state") as batch:
        batch.add_column(sa.Column("device_key", sa.String(), nullable=True))
        batch.add_column(sa.Column("role", sa.String(), nullable=True))
        batch.add_column(sa.Column("signing_key", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_state") as batch:
        batch.drop_column("signing_key")
        batch.drop_column("role")
        batch.drop_column("device_key")
