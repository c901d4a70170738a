"""A second folder for daily backups (a USB stick), chosen in Settings.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device_state") as batch:
        batch.add_column(sa.Column("backup_folder", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device_state") as batch:
        batch.drop_column("backup_folder")
