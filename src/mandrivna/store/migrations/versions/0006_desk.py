"""The lending desk: service sessions, loan events (facts) and the local loan projection,
electronic loans, consultations, virtual visit totals and lending rules.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("stamps", sa.JSON(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False, server_default="0"),
    ]


def _fact_columns() -> list[sa.Column]:
    return [
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "service_session",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("venue", sa.String(), nullable=True),
        sa.Column("day", sa.String(), nullable=True),
        sa.Column("librarian", sa.String(), nullable=True),
        sa.Column("channel", sa.String(), nullable=True),
        sa.Column("closed", sa.Boolean(), nullable=True),
        *_record_columns(),
    )
    op.create_index("ix_service_session_day", "service_session", ["day"])
    op.create_table(
        "loan_event",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("copy_id", sa.String(), nullable=False),
        sa.Column("reader_id", sa.String(), nullable=True),
        sa.Column("loan_id", sa.String(), nullable=True),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("due_on", sa.String(), nullable=True),
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("session_id", sa.String(), nullable=True),
        sa.Column("override_reason", sa.String(), nullable=True),
        *_fact_columns(),
    )
    op.create_index("ix_loan_event_copy_id", "loan_event", ["copy_id"])
    op.create_index("ix_loan_event_reader_id", "loan_event", ["reader_id"])
    op.create_table(
        "e_loan",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("reader_id", sa.String(), nullable=True),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("session_id", sa.String(), nullable=True),
        *_fact_columns(),
    )
    op.create_index("ix_e_loan_day", "e_loan", ["day"])
    op.create_table(
        "consultation",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("reader_id", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("session_id", sa.String(), nullable=True),
        *_fact_columns(),
    )
    op.create_index("ix_consultation_day", "consultation", ["day"])
    op.create_table(
        "virtual_visits",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("period_start", sa.String(), nullable=True),
        sa.Column("period_end", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        *_record_columns(),
    )
    op.create_table(
        "lending_rule",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("days", sa.Integer(), nullable=True),
        *_record_columns(),
    )
    op.create_table(
        "loan",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("copy_id", sa.String(), nullable=False),
        sa.Column("reader_id", sa.String(), nullable=True),
        sa.Column("lent_on", sa.String(), nullable=True),
        sa.Column("due_on", sa.String(), nullable=True),
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("returned_on", sa.String(), nullable=True),
        sa.Column("return_hub", sa.String(), nullable=True),
        sa.Column("renewals", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("flag", sa.String(), nullable=True),
    )
    op.create_index("ix_loan_copy_id", "loan", ["copy_id"])
    op.create_index("ix_loan_reader_id", "loan", ["reader_id"])
    op.create_index("ix_loan_open_due", "loan", ["returned_on", "due_on"])


def downgrade() -> None:
    for table in (
        "loan",
        "lending_rule",
        "virtual_visits",
        "consultation",
        "e_loan",
        "loan_event",
        "service_session",
    ):
        op.drop_table(table)
