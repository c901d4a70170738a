"""Brings a server database made by an older version up to date, at every start.

``metadata.create_all`` makes missing tables but never adds a column to a table that exists, so
each column added since the first release is added here if it is missing. Every step is
idempotent: it looks before it changes anything.
"""

from __future__ import annotations

from sqlalchemy import Engine, inspect, text

#: (table, column, SQL type) added after the table's first release, in the order they came.
ADDED_COLUMNS = (("server_device", "replaces", "VARCHAR(36)"),)


def upgrade(engine: Engine) -> None:
    for table, column, sql_type in ADDED_COLUMNS:
        present = {c["name"] for c in inspect(engine).get_columns(table)}
        if column in present:
            continue
        guard = "IF NOT EXISTS " if engine.dialect.name == "postgresql" else ""
        with engine.begin() as conn:
            conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {guard}{column} {sql_type}"))
