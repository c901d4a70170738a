"""Device identity, the change log and the conflict queue.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("hub_name", sa.String(), nullable=False),
        sa.Column("librarian_name", sa.String(), nullable=False),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("hlc_last", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("seq_last", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at_ms", sa.BigInteger(), nullable=False, server_default="0"),
    )
    op.create_table(
        "change_log",
        sa.Column("device_id", sa.String(), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("op", sa.String(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("seen", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("recorded_at_ms", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_change_log_entity", "change_log", ["entity", "entity_id"])
    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("kept_hlc", sa.BigInteger(), nullable=False),
        sa.Column("kept_device", sa.String(), nullable=False),
        sa.Column("lost_value", sa.JSON(), nullable=True),
        sa.Column("lost_hlc", sa.BigInteger(), nullable=False),
        sa.Column("lost_device", sa.String(), nullable=False),
        sa.Column("detected_at_ms", sa.BigInteger(), nullable=False),
        sa.Column("resolved_at_ms", sa.BigInteger(), nullable=True),
        sa.UniqueConstraint("entity", "entity_id", "field", "lost_hlc", "lost_device"),
    )


def downgrade() -> None:
    op.drop_table("conflict")
    op.drop_index("ix_change_log_entity", table_name="change_log")
    op.drop_table("change_log")
    op.drop_table("device_state")
