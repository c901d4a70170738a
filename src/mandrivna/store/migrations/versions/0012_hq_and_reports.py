"""What the coordinator's work and the reports need recorded (issues #13 and #14).

New replicated records: the hub directory (``hub``, and ``hub_name`` for every spelling of a
hub's name met in the data), each laptop's profile (``device_profile``: its hub, librarian and
app version, by log origin), decisions on the review queue (``review_decision``), readers found
not to be duplicates (``reader_pair``), and plan figures (``plan_figure``: targets, and figures
done in years the app has no records of). New facts: people served without a card
(``person_served``), items used in the hub (``in_house_use``), re-registrations with their day
and hub (``reregistration``). New fields: a reader merged into another (``merged_into``); where
a visit came from (``source``); an e-loan's channel; a consultation's topics and client; an
event's status, plan section and item and two more audience groups; the day and hub a catalogue
record was made; what a virtual-visit entry counts (``kind``, ``measure``).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
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


def _add(table: str, *columns: sa.Column) -> None:
    with op.batch_alter_table(table) as batch:
        for column in columns:
            batch.add_column(column)


def upgrade() -> None:
    op.create_table(
        "hub",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("settlement", sa.String(), nullable=True),
        sa.Column("oblast", sa.String(), nullable=True),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=True),
        sa.Column("merged_into", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        *_record_columns(),
    )
    op.create_table(
        "hub_name",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("hub_id", sa.String(), nullable=True),
        *_record_columns(),
    )
    op.create_index("ix_hub_name_hub_id", "hub_name", ["hub_id"])
    op.create_table(
        "device_profile",
        sa.Column("id", sa.String(), primary_key=True),  # the log origin
        sa.Column("device_id", sa.String(), nullable=True),
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("librarian", sa.String(), nullable=True),
        sa.Column("app_version", sa.String(), nullable=True),
        sa.Column("role", sa.String(), nullable=True),
        *_record_columns(),
    )
    op.create_table(
        "review_decision",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("item_kind", sa.String(), nullable=True),
        sa.Column("item_key", sa.String(), nullable=True),
        sa.Column("decision", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("decided_by", sa.String(), nullable=True),
        sa.Column("decided_on", sa.String(), nullable=True),
        *_record_columns(),
    )
    op.create_table(
        "reader_pair",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("reader_a", sa.String(), nullable=True),
        sa.Column("reader_b", sa.String(), nullable=True),
        sa.Column("verdict", sa.String(), nullable=True),
        *_record_columns(),
    )
    op.create_table(
        "plan_figure",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=True),  # target or done
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("indicator", sa.String(), nullable=True),
        sa.Column("period", sa.String(), nullable=True),  # year, q1 … q4
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        *_record_columns(),
    )
    op.create_index("ix_plan_figure_year", "plan_figure", ["year"])
    op.create_table(
        "person_served",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("channel", sa.String(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(), nullable=True),
        *_fact_columns(),
    )
    op.create_index("ix_person_served_day", "person_served", ["day"])
    op.create_table(
        "in_house_use",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(), nullable=True),
        *_fact_columns(),
    )
    op.create_index("ix_in_house_use_day", "in_house_use", ["day"])
    op.create_table(
        "reregistration",
        sa.Column("id", sa.String(), primary_key=True),  # from reader and year
        sa.Column("reader_id", sa.String(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("hub", sa.String(), nullable=True),
        *_fact_columns(),
    )
    op.create_index("ix_reregistration_reader_id", "reregistration", ["reader_id"])
    op.create_index("ix_reregistration_day", "reregistration", ["day"])
    _add("reader", sa.Column("merged_into", sa.String(), nullable=True))
    _add("visit", sa.Column("source", sa.String(), nullable=True))
    op.create_index("ix_visit_reader_id", "visit", ["reader_id"])
    _add("e_loan", sa.Column("channel", sa.String(), nullable=True))
    _add(
        "consultation",
        sa.Column("topics", sa.JSON(), nullable=True),
        sa.Column("client", sa.String(), nullable=True),
    )
    _add(
        "library_event",
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("plan_section", sa.String(), nullable=True),
        sa.Column("plan_item", sa.String(), nullable=True),
        sa.Column("audience_military_family", sa.Integer(), nullable=True),
        sa.Column("audience_librarians", sa.Integer(), nullable=True),
    )
    _add(
        "bib_record",
        sa.Column("created_on", sa.String(), nullable=True),
        sa.Column("created_hub", sa.String(), nullable=True),
    )
    _add(
        "virtual_visits",
        sa.Column("kind", sa.String(), nullable=True),  # visits or users
        sa.Column("measure", sa.String(), nullable=True),  # sessions, views, reach
    )


def downgrade() -> None:
    with op.batch_alter_table("virtual_visits") as batch:
        batch.drop_column("kind")
        batch.drop_column("measure")
    with op.batch_alter_table("bib_record") as batch:
        batch.drop_column("created_on")
        batch.drop_column("created_hub")
    with op.batch_alter_table("library_event") as batch:
        for name in (
            "status",
            "plan_section",
            "plan_item",
            "audience_military_family",
            "audience_librarians",
        ):
            batch.drop_column(name)
    with op.batch_alter_table("consultation") as batch:
        batch.drop_column("topics")
        batch.drop_column("client")
    with op.batch_alter_table("e_loan") as batch:
        batch.drop_column("channel")
    op.drop_index("ix_visit_reader_id", "visit")
    with op.batch_alter_table("visit") as batch:
        batch.drop_column("source")
    with op.batch_alter_table("reader") as batch:
        batch.drop_column("merged_into")
    for table in (
        "reregistration",
        "in_house_use",
        "person_served",
        "plan_figure",
        "reader_pair",
        "review_decision",
        "device_profile",
        "hub_name",
        "hub",
    ):
        op.drop_table(table)
