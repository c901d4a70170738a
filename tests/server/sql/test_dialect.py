"""What differs between SQLite and PostgreSQL (``sync_server.sql.dialect``) gives the same answers
on both."""

import pytest
from sqlalchemy import String, literal, select

from sync_server.sql.dialect import dialect_for


def test_a_text_is_measured_in_utf8_bytes(storage):
    dialect = storage.db.dialect
    with storage.engine.connect() as conn:
        sizes = [
            conn.execute(select(dialect.byte_length(literal(value, String())))).scalar()
            for value in ("", "abc", "Хаб", "Мандрівна 📚")
        ]
    assert sizes == [0, 3, 6, 23]


def test_only_sqlite_and_postgresql_have_a_dialect():
    assert dialect_for("sqlite:///server.sqlite3").name == "sqlite"
    assert dialect_for("postgresql+psycopg://u@h/d").name == "postgresql"
    with pytest.raises(ValueError, match="SQLite or PostgreSQL"):
        dialect_for("mysql://u@h/d")
