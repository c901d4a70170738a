"""Sync state of this device: server, credentials, what the server has acknowledged.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("server_url", sa.String(), nullable=True),
        sa.Column("token", sa.String(), nullable=True),
        sa.Column("acked_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("pull_cursor", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("last_sync_at_ms", sa.BigInteger(), nullable=True),
        sa.Column("last_error", sa.String(), nullable=True),
    )
    op.create_table(
        "clock_warning",
        sa.Column("device_id", sa.String(), primary_key=True),
        sa.Column("max_hlc", sa.BigInteger(), nullable=False),
        sa.Column("detected_at_ms", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("clock_warning")
    op.drop_table("sync_state")
