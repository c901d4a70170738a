"""Daily and monthly figures and the months each reader was served or registered, kept for the reports
(issue #14): local tables, never synced, computed again from the facts for every day whose facts
(or readers' registrations) changed. Triggers mark those days (``report_stale``) whatever
writes them (a desk write, a sync, a replay, a restore); loans, check-ins and registrations get
an index by day, check-ins one by event and reader. So a yearly report over millions of visits reads a few thousand rows.

Every day that holds a fact or a registration is marked to be computed at the first report;
the facts themselves are untouched.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# Inside a trigger "INSERT OR IGNORE" takes the outer statement's conflict rule: an upsert's
# own clause does not.
_NOTHING = "ON CONFLICT (day) DO NOTHING"
FACTS = (
    "visit",
    "loan_event",
    "e_loan",
    "consultation",
    "event_checkin",
    "person_served",
    "in_house_use",
    "reregistration",
)


def upgrade() -> None:
    op.create_table("report_stale", sa.Column("day", sa.String(), primary_key=True))
    op.create_table(
        "report_day",
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("figure", sa.String(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    op.create_index("ix_report_day_day", "report_day", ["day", "figure", "hub", "count"])
    op.create_table(
        "report_month",
        sa.Column("month", sa.String(), nullable=False),
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("figure", sa.String(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    op.create_index("ix_report_month_month", "report_month", ["month", "figure", "hub", "count"])
    op.create_table(
        "report_reader_month",
        sa.Column("year", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(), primary_key=True),  # served, registered
        sa.Column("reader_id", sa.String(), primary_key=True),
        sa.Column("hub", sa.String(), primary_key=True),  # "" for none
        # bit m-1 for month m; bit 12: registered for the year, on a day not known
        sa.Column("months", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index(
        "ix_report_reader_month_hub", "report_reader_month", ["year", "kind", "hub", "months"]
    )
    op.create_index("ix_loan_event_day", "loan_event", ["day"])
    op.create_index("ix_event_checkin_day", "event_checkin", ["day"])
    op.create_index(
        "ix_event_checkin_event_reader", "event_checkin", ["event_id", "reader_id"]
    )
    op.create_index("ix_reader_registered_on", "reader", ["registered_on"])
    for table in FACTS:
        for event, row in (("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "NEW")):
            op.execute(
                f"CREATE TRIGGER report_stale_{table}_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN INSERT INTO report_stale (day) VALUES (substr({row}.day, 1, 10)) {_NOTHING}; "
                + (f"INSERT INTO report_stale (day) VALUES (substr(OLD.day, 1, 10)) {_NOTHING}; "
                   if event == "UPDATE" else "")
                + "END"
            )
    for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW"))):
        marks = "".join(
            f"INSERT INTO report_stale (day) SELECT substr({row}.registered_on, 1, 10) "
            f"WHERE {row}.registered_on IS NOT NULL {_NOTHING}; "
            "INSERT INTO report_stale (day) SELECT DISTINCT value || '-01-01' "
            f"FROM json_each(COALESCE({row}.registration_years, '[]')) WHERE true {_NOTHING}; "
            for row in rows
        )
        when = (
            " WHEN OLD.registered_on IS NOT NEW.registered_on OR OLD.registration_years IS NOT "
            "NEW.registration_years OR OLD.registration_hub IS NOT NEW.registration_hub"
            if event == "UPDATE"
            else ""
        )
        op.execute(
            f"CREATE TRIGGER report_stale_reader_{event.lower()} AFTER {event} ON reader{when} "
            f"BEGIN {marks}END"
        )
    days = " UNION ".join(f"SELECT day FROM {table}" for table in FACTS)
    op.execute(f"INSERT OR IGNORE INTO report_stale (day) SELECT day FROM ({days})")
    op.execute(
        "INSERT OR IGNORE INTO report_stale (day) SELECT registered_on FROM reader "
        "WHERE registered_on IS NOT NULL UNION SELECT value || '-01-01' FROM reader, "
        "json_each(COALESCE(reader.registration_years, '[]'))"
    )


def downgrade() -> None:
    for table in (*FACTS, "reader"):
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS report_stale_{table}_{event}")
    op.drop_index("ix_reader_registered_on", "reader")
    op.drop_index("ix_event_checkin_event_reader", "event_checkin")
    op.drop_index("ix_event_checkin_day", "event_checkin")
    op.drop_index("ix_loan_event_day", "loan_event")
    op.drop_index("ix_report_reader_month_hub", "report_reader_month")
    op.drop_table("report_reader_month")
    op.drop_index("ix_report_month_month", "report_month")
    op.drop_table("report_month")
    op.drop_index("ix_report_day_day", "report_day")
    op.drop_table("report_day")
    op.drop_table("report_stale")
