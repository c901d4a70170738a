"""Bases for the fields snapshots brought to records that changes in the log also touched
(the gap 0016 left): a record that came by snapshot before bases were kept, then changed by
another laptop's pulled change, had no base; computing it again from the log (after this
laptop's own edits were stamped again or moved to a new origin) lost the fields only the
snapshot had brought. Each field whose stamp no change in the log gives it joins the base.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from mandrivna.store import record_bases

    record_bases.keep_unexplained_fields(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the bases of 0016's table are kept (0016's downgrade drops them)."""
