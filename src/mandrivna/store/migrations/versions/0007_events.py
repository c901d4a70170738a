"""Events, series and courses with attendance: series, events (and course sessions) with
headcounts and audience breakdown, card check-ins (facts), courses and enrollments.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("stamps", sa.JSON(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False, server_default="0"),
    ]


def _text(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.String(), nullable=True) for name in names]


def _ints(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.Integer(), nullable=True) for name in names]


def upgrade() -> None:
    op.create_table(
        "event_series",
        sa.Column("id", sa.String(), primary_key=True),
        *_text(
            "title", "repeat", "direction", "form", "format", "department", "hub", "venue",
            "platform", "description",
        ),
        *_record_columns(),
    )
    op.create_table(
        "library_event",
        sa.Column("id", sa.String(), primary_key=True),
        *_text(
            "title", "series_id", "course_id", "direction", "form", "format", "department",
            "hub", "venue", "platform", "partner_project", "starts_at", "ends_at",
        ),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(), nullable=True),
        *_ints(
            "attended_in_person", "attended_online", "audience_idp", "audience_age55",
            "audience_children", "audience_youth", "audience_military", "audience_disability",
        ),
        *_record_columns(),
    )
    op.create_index("ix_library_event_series_id", "library_event", ["series_id"])
    op.create_index("ix_library_event_course_id", "library_event", ["course_id"])
    op.create_index("ix_library_event_starts_at", "library_event", ["starts_at"])
    op.create_table(
        "event_checkin",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("reader_id", sa.String(), nullable=False),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_event_checkin_event_id", "event_checkin", ["event_id"])
    op.create_index("ix_event_checkin_reader_id", "event_checkin", ["reader_id"])
    op.create_table(
        "course",
        sa.Column("id", sa.String(), primary_key=True),
        *_text("title", "direction", "department", "hub", "description"),
        sa.Column("sessions_required", sa.Integer(), nullable=True),
        *_record_columns(),
    )
    op.create_table(
        "course_enrollment",
        sa.Column("id", sa.String(), primary_key=True),
        *_text("course_id", "reader_id", "enrolled_on"),
        sa.Column("withdrawn", sa.Boolean(), nullable=True),
        *_record_columns(),
    )
    op.create_index("ix_course_enrollment_course_id", "course_enrollment", ["course_id"])


def downgrade() -> None:
    for table in ("course_enrollment", "course", "event_checkin", "library_event", "event_series"):
        op.drop_table(table)
