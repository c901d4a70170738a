"""A catch-up may leave the fact tables' lookup indexes out while a library's facts arrive
(issue #17, ``store/deferred_indexes.py``), keeping their statements in ``catch_up_backlog`` to
build them at its end. An older app does not know those entries and would run without the
indexes for good; the revision is there so that it refuses this file in plain words instead.
The upgrade changes nothing; the downgrade builds any index still waiting.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    from mandrivna.store import deferred_indexes

    deferred_indexes.restore(op.get_bind())
