"""Record rows may keep their stamps short (issue #17): when every field of a record carries the
same stamp, its row's ``stamps`` hold that stamp and then the fields' names,
``[hlc,"device",seen,"a","b"]``, instead of a map repeating the stamp for each field
(``store/record_rows.py``). Rows written before stay maps and are read as they are, so the
upgrade changes no data; the revision is there so that an older app, which reads only maps,
refuses this file in plain words instead of failing in a merge. Records no logged change touched
have no base written any more (their rows are their bases, ``record_bases.capture``), which an
older app does not know: the downgrade first keeps those rows as their bases (as migration 0016
did), then writes every short form back as its map.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# The record tables at this revision (kept here: a later entity does not change this step).
RECORD_TABLES = (
    "bib_record", "book_copy", "course", "course_enrollment", "device_profile", "event_series",
    "hub", "hub_name", "lending_rule", "library_event", "parcel", "parcel_item", "plan_figure",
    "reader", "reader_pair", "review_decision", "service_session", "virtual_visits",
)  # fmt: skip


def upgrade() -> None:
    pass


def downgrade() -> None:
    from mandrivna.store import record_bases

    record_bases.keep_unlogged_rows(op.get_bind())
    for table in RECORD_TABLES:
        op.execute(
            f"UPDATE {table} SET stamps = (SELECT json_group_object(f.value, "
            "json_array(stamps ->> 0, stamps ->> 1, stamps ->> 2)) "
            "FROM json_each(stamps) AS f WHERE f.key >= 3) "
            "WHERE json_type(stamps) = 'array'"
        )
