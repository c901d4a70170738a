"""Erasing fields from a change log (``mandrivna.sqlshared.log_scrub``): the same statement on a
laptop's SQLCipher database, on the server's SQLite file and on PostgreSQL."""

import json

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, Text, create_engine, insert, select

from mandrivna.sqlshared.log_scrub import scrub_log
from mandrivna.store import tables
from mandrivna.store.database import Database

metadata = MetaData()
log = Table(
    "a_log",
    metadata,
    Column("n", Integer, primary_key=True),
    Column("entity", String(40)),
    Column("entity_id", String(64)),
    Column("op", String(1)),
    Column("fields", Text),
)
ROWS = [
    ("reader", "r1", "u", {"surname": "Шевченко", "phone": "+380501112233", "hub": "Дніпро"}),
    ("reader", "r1", "u", {"phone": "+380671234567", "notes": "Алергія"}),
    ("reader", "r2", "u", {"surname": "Бойко", "phone": "+380509999999"}),
    ("visit", "r1", "f", {"surname": "a fact keeps its fields", "phone": "1"}),
    ("reader", "r1", "d", {"surname": None, "phone": None}),
]


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    if request.param == "postgresql":
        url = request.getfixturevalue("pg_url")
    made = create_engine(url)
    metadata.create_all(made)
    with made.begin() as conn:
        conn.execute(
            insert(log),
            [
                {"entity": e, "entity_id": i, "op": op, "fields": json.dumps(f, ensure_ascii=False)}
                for e, i, op, f in ROWS
            ],
        )
    yield made
    made.dispose()


def _fields(engine) -> list[dict]:
    with engine.connect() as conn:
        return [json.loads(v) for v in conn.scalars(select(log.c.fields).order_by(log.c.n))]


def test_erased_fields_leave_the_records_edits_and_nothing_else(engine):
    with engine.begin() as conn:
        scrub_log(conn, log, "reader", "r1", ["surname", "phone"])
    assert _fields(engine) == [
        {"hub": "Дніпро"},
        {"notes": "Алергія"},
        ROWS[2][3],  # another record
        ROWS[3][3],  # a fact of another entity, same id
        ROWS[4][3],  # the delete keeps the names of what it erased
    ]


def test_each_scrub_removes_its_own_fields_though_the_statement_is_cached(engine):
    """The field names are bound values: a cached statement of the same shape must not reuse
    the names of an earlier scrub."""
    with engine.begin() as conn:
        scrub_log(conn, log, "reader", "r1", ["notes"])
        scrub_log(conn, log, "reader", "r2", ["phone"])
        scrub_log(conn, log, "reader", "r1", [])
    fields = _fields(engine)
    assert fields[1] == {"phone": "+380671234567"}
    assert fields[2] == {"surname": "Бойко"}
    assert fields[0] == ROWS[0][3]


def test_the_laptops_log_is_scrubbed_by_the_same_statement(tmp_path):
    """The store's ``bulk_sql.scrub_log`` runs it on the laptop's ``change_log`` (SQLCipher)."""
    from mandrivna.store import bulk_sql

    database = Database.open(tmp_path / "data")
    try:
        table = tables.change_log
        rows = [
            {
                "device_id": "d",
                "seq": n,
                "hlc": n,
                "entity": e,
                "entity_id": i,
                "op": op,
                "fields": f,
                "seen": 0,
                "recorded_at_ms": 0,
            }
            for n, (e, i, op, f) in enumerate(ROWS, start=1)
        ]
        with database.transaction() as conn:
            conn.execute(insert(table), rows)
            bulk_sql.scrub_log(conn, "reader", "r1", ["surname", "phone"])
        with database.engine.connect() as conn:
            kept = [r.fields for r in conn.execute(select(table).order_by(table.c.seq))]
        assert kept[:2] == [{"hub": "Дніпро"}, {"notes": "Алергія"}]
        assert kept[2:] == [ROWS[2][3], ROWS[3][3], ROWS[4][3]]
    finally:
        database.close()
