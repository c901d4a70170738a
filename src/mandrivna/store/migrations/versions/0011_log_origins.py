"""Log origins (lineages), the server history check and the clock learned from the server.

A database writes its change log under an *origin* id. A database put back from a backup starts a
new origin, so a (origin, sequence) pair means one change for ever, on every machine, and the
card numbers and barcodes it issues take a new prefix. ``own_origin`` lists the origins this
laptop wrote under, with how much of each the server acknowledged (``sync_state.acked_seq`` is
replaced by it). ``sync_state`` keeps the server's history id at the pull cursor and what the
last sync learned about this laptop's clock.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device_state") as batch:
        batch.add_column(sa.Column("origin_id", sa.String(), nullable=True))
    op.execute("UPDATE device_state SET origin_id = device_id")
    op.create_table(
        "own_origin",
        sa.Column("origin_id", sa.String(), primary_key=True),
        sa.Column("acked_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at_ms", sa.Integer(), nullable=False, server_default="0"),
    )
    op.execute(
        "INSERT INTO own_origin (origin_id, acked_seq, created_at_ms) "
        "SELECT d.device_id, COALESCE((SELECT acked_seq FROM sync_state), 0), d.created_at_ms "
        "FROM device_state d"
    )
    with op.batch_alter_table("sync_state") as batch:
        batch.drop_column("acked_seq")
        batch.add_column(sa.Column("pull_chain", sa.String(), nullable=True))
        batch.add_column(sa.Column("clock_skew_ms", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("server_time_ms", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("newest_seen_hlc", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_state") as batch:
        batch.add_column(sa.Column("acked_seq", sa.Integer(), nullable=False, server_default="0"))
        batch.drop_column("pull_chain")
        batch.drop_column("clock_skew_ms")
        batch.drop_column("server_time_ms")
        batch.drop_column("newest_seen_hlc")
    op.drop_table("own_origin")
    with op.batch_alter_table("device_state") as batch:
        batch.drop_column("origin_id")
