"""The catalogue (records, copies), parcels of donated books, readers' registration years, and
the full-text search indexes of readers and records.

The search tables are local (never synced): derived from the replicated tables by
``store.search_index``, which this migration also fills for readers already registered.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("stamps", sa.JSON(), nullable=False),
        sa.Column("updated_hlc", sa.BigInteger(), nullable=False, server_default="0"),
    ]


def upgrade() -> None:
    with op.batch_alter_table("reader") as batch:
        batch.add_column(sa.Column("registration_years", sa.JSON(), nullable=True))
    op.create_table(
        "bib_record",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("authors", sa.JSON(), nullable=True),
        sa.Column("publisher", sa.String(), nullable=True),
        sa.Column("place", sa.String(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("isbn", sa.String(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("udc", sa.String(), nullable=True),
        sa.Column("subjects", sa.JSON(), nullable=True),
        sa.Column("material_type", sa.String(), nullable=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("source_id", sa.String(), nullable=True),
        *_record_columns(),
    )
    op.create_index("ix_bib_record_isbn", "bib_record", ["isbn"])
    op.create_index("ix_bib_record_source_id", "bib_record", ["source_id"])
    op.create_table(
        "book_copy",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("record_id", sa.String(), nullable=True),
        sa.Column("barcode", sa.String(), nullable=True),
        sa.Column("hub", sa.String(), nullable=True),
        sa.Column("acquisition", sa.String(), nullable=True),
        sa.Column("acquisition_source", sa.String(), nullable=True),
        sa.Column("acquired_on", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        *_record_columns(),
    )
    op.create_index("ix_book_copy_record_id", "book_copy", ["record_id"])
    op.create_index("ix_book_copy_barcode", "book_copy", ["barcode"])
    op.create_table(
        "parcel",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("destination_hub", sa.String(), nullable=True),
        sa.Column("waybill", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("formed_on", sa.String(), nullable=True),
        sa.Column("sent_on", sa.String(), nullable=True),
        sa.Column("received_on", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        *_record_columns(),
    )
    op.create_table(
        "parcel_item",
        sa.Column("id", sa.String(), primary_key=True),
        sa.Column("parcel_id", sa.String(), nullable=True),
        sa.Column("copy_id", sa.String(), nullable=True),
        sa.Column("record_id", sa.String(), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=True),
        *_record_columns(),
    )
    op.create_index("ix_parcel_item_parcel_id", "parcel_item", ["parcel_id"])
    op.execute(
        "CREATE VIRTUAL TABLE reader_fts USING fts5(terms, tokenize='unicode61', prefix='2 3')"
    )
    op.execute(
        "CREATE VIRTUAL TABLE record_fts USING fts5(terms, tokenize='unicode61', prefix='2 3')"
    )
    from mandrivna.store import search_index

    search_index.rebuild(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE record_fts")
    op.execute("DROP TABLE reader_fts")
    op.drop_index("ix_parcel_item_parcel_id", table_name="parcel_item")
    op.drop_table("parcel_item")
    op.drop_table("parcel")
    op.drop_index("ix_book_copy_barcode", table_name="book_copy")
    op.drop_index("ix_book_copy_record_id", table_name="book_copy")
    op.drop_table("book_copy")
    op.drop_index("ix_bib_record_source_id", table_name="bib_record")
    op.drop_index("ix_bib_record_isbn", table_name="bib_record")
    op.drop_table("bib_record")
    with op.batch_alter_table("reader") as batch:
        batch.drop_column("registration_years")
