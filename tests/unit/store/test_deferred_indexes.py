"""The fact tables' lookup indexes a catch-up leaves out: dropped only when many more facts come
than the laptop holds, their statements kept in the backlog, built again exactly as they were —
by the catch-up's end, by a migration's start, or by going back to the version before."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from mandrivna.store import catch_up_backlog, deferred_indexes, schema
from mandrivna.store.connection import make_engine
from mandrivna.store.database import DB_FILENAME, Database
from mandrivna.store.entities import ENTITIES, Kind
from mandrivna.store.sync_store import SyncStore

FACT_TABLES = sorted(spec.table.name for spec in ENTITIES.values() if spec.kind is Kind.FACT)


def indexes(conn) -> dict[str, str]:
    rows = conn.execute(
        text("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
    )
    return dict(rows.all())


def add_visits(conn, count: int, start: int = 0) -> None:
    conn.exec_driver_sql(
        "WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
        "INSERT INTO visit (id, day, hub, channel, count, reader_id, device_id, hlc) "
        "SELECT 'v' || i, '2026-11-' || (10 + i % 20), 'Хаб', 'in_person', 1, 'r' || (i % 7), "
        "'dev', i FROM n",
        (start, start + count),
    )


def test_a_big_catch_up_leaves_the_lookup_indexes_out_and_builds_them_back(db: Database):
    with db.read() as conn:
        before = indexes(conn)
    fact_indexes = {
        name
        for name, sql in before.items()
        if sql.startswith("CREATE INDEX")
        and any(f" ON {table} " in sql or f" ON {table}(" in sql for table in FACT_TABLES)
    }
    assert {"ix_visit_reader_id", "ix_loan_event_copy_id"} <= fact_indexes
    store = SyncStore(db)
    dropped = store.defer_fact_indexes(deferred_indexes.MIN_FACTS)
    assert set(dropped) == fact_indexes
    with db.read() as conn:
        left = indexes(conn)
        assert set(before) - set(left) == fact_indexes  # unique ones and the others stay
    with db.transaction() as conn:
        add_visits(conn, 3_000)  # the facts arrive without them
        # each index counted as the copies whose loans take as long, at least one
        of_visits = sum(name.startswith("ix_visit_") for name in fact_indexes)
        assert catch_up_backlog.waiting(conn) == len(fact_indexes) + of_visits * (
            3_000 // deferred_indexes.ROWS_PER_ITEM - 1
        )
    told: list[tuple[int, int]] = []
    assert not store.finish_catch_up(lambda done, total: told.append((done, total))).entities
    assert told[-1][0] == told[-1][1] == told[0][1]  # the bar moved to its end
    assert len(told) == len(fact_indexes) + 1
    with db.read() as conn:
        assert indexes(conn) == before  # the same statements, byte for byte
        plan = conn.execute(
            text("EXPLAIN QUERY PLAN SELECT * FROM visit WHERE reader_id = 'r1'")
        ).all()
        assert "ix_visit_reader_id" in str(plan)
    assert store.catch_up_left() == 0


@pytest.mark.parametrize(
    ("expected", "held"), [(deferred_indexes.MIN_FACTS - 1, 0), (30_000, 30_000), (30_000, 40_000)]
)
def test_indexes_stay_when_few_facts_come_or_the_laptop_holds_as_many(db, expected, held):
    with db.transaction() as conn:
        add_visits(conn, held)
        before = indexes(conn)
    assert SyncStore(db).defer_fact_indexes(expected) == []
    with db.read() as conn:
        assert indexes(conn) == before
        assert catch_up_backlog.waiting(conn) == 0


def test_an_index_a_migration_made_again_meanwhile_is_left_as_it_is(db):
    store = SyncStore(db)
    assert store.defer_fact_indexes(50_000)
    with db.transaction() as conn:
        conn.exec_driver_sql("CREATE INDEX ix_visit_reader_id ON visit (reader_id, day)")
    store.finish_catch_up()
    with db.read() as conn:
        assert "(reader_id, day)" in indexes(conn)["ix_visit_reader_id"]
        assert "ix_loan_event_copy_id" in indexes(conn)


def test_one_finish_builds_every_index_though_the_first_waiting_is_there_already(db):
    with db.read() as conn:
        before = indexes(conn)
    store = SyncStore(db)
    dropped = store.defer_fact_indexes(50_000)
    with db.transaction() as conn:  # the first one waiting, made again meanwhile
        conn.exec_driver_sql(before[sorted(dropped)[0]])
    store.finish_catch_up()
    with db.read() as conn:
        assert indexes(conn) == before
    assert store.catch_up_left() == 0


def waiting_file(data_dir) -> dict[str, str]:
    """A laptop's file left by a catch-up cut short: the fact indexes waiting."""
    db = Database.open(data_dir)
    try:
        with db.read() as conn:
            before = indexes(conn)
        assert SyncStore(db).defer_fact_indexes(50_000)
    finally:
        db.close()
    return before


def test_going_back_to_the_version_before_builds_the_indexes(data_dir):
    before = waiting_file(data_dir)
    engine = make_engine(data_dir / DB_FILENAME)
    try:
        from alembic import command

        config = schema.alembic_config()
        with engine.connect() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0019")
            connection.commit()
        with engine.connect() as conn:
            assert indexes(conn) == before
            waiting = "SELECT count(*) FROM catch_up_backlog WHERE kind = 'fact_index'"
            assert conn.exec_driver_sql(waiting).scalar() == 0
    finally:
        engine.dispose()


def test_a_migration_finds_the_indexes_its_author_saw(data_dir):
    before = waiting_file(data_dir)
    engine = make_engine(data_dir / DB_FILENAME)
    try:
        schema.upgrade(engine)  # at the head already: builds what waits, migrates nothing
        with engine.connect() as conn:
            assert indexes(conn) == before
    finally:
        engine.dispose()
