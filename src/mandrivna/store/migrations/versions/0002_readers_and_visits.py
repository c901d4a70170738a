"""Readers (ЄРК, editable records) and visits (facts): the first replicated tables.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reader",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("card_number", sa.String(), nullable=True),
        sa.Column("surname", sa.String(), nullable=True),
        sa.Column("given_name", sa.String(), nullable=True),
        sa.Column("patronymic", sa.String(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("messenger", sa.String(), nullable=True),
        sa.Column("settlement", sa.String(), nullable=True),
        sa.Column("categories", sa.JSON(), nullable=True),
        sa.Column("registration_hub", sa.String(), nullable=True),
        sa.Column("registered_on", sa.String(), nullable=True),
        sa.Column("consent_on", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("blocked", sa.Boolean(), nullable=True),
        sa.Column("block_reason", sa.String(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("stamps", sa.JSON(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False, server_default="0"),
    )
    op.create_index("ix_reader_card_number", "reader", ["card_number"])
    op.create_table(
        "visit",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("hub", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("reader_id", sa.String(), nullable=True),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_visit_day", "visit", ["day"])


def downgrade() -> None:
    op.drop_index("ix_visit_day", table_name="visit")
    op.drop_table("visit")
    op.drop_index("ix_reader_card_number", table_name="reader")
    op.drop_table("reader")
