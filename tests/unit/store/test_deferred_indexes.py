"""The fact tables' lookup indexes a catch-up leaves out: dropped only when many more facts come
than the laptop holds, their statements kept in the backlog, built again exactly as they were —
by the catch-up's end, by a migration's start, or by going back to the version before. The
loan table's indexes by reader and due date likewise while its end projects many copies'
loans, built once every copy's loans are in."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from mandrivna.store import catch_up_backlog, deferred_indexes, loan_projection, schema
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


def add_loan_events(conn, copies: int) -> None:
    """Each copy lent (and every other one returned): a library's loan events arrived."""
    conn.exec_driver_sql(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
        "INSERT INTO loan_event (id, kind, copy_id, reader_id, loan_id, day, due_on, hub, "
        "device_id, hlc) SELECT 'l' || i, 'lend', 'c' || i, 'r' || (i % 7), NULL, "
        "'2026-11-10', '2026-12-10', 'Хаб', 'dev', 2 * i FROM n",
        (copies,),
    )
    conn.exec_driver_sql(
        "INSERT INTO loan_event (id, kind, copy_id, reader_id, loan_id, day, hub, device_id, hlc) "
        "SELECT 'b' || substr(id, 2), 'return', copy_id, reader_id, id, '2026-11-20', hub, "
        "device_id, hlc + 1 FROM loan_event WHERE kind = 'lend' AND hlc % 4 = 0"
    )


def loan_rows(conn) -> list[tuple]:
    return conn.exec_driver_sql("SELECT * FROM loan ORDER BY id").all()


def test_a_big_finish_leaves_the_loans_lookups_out_until_every_copys_loans_are_in(
    db: Database, monkeypatch
):
    monkeypatch.setattr(deferred_indexes, "MIN_FACTS", 50)
    monkeypatch.setattr(deferred_indexes, "ROWS_PER_ITEM", 1)  # an index weighs its rows
    monkeypatch.setattr(catch_up_backlog, "FINISH_CHUNK", 40)
    monkeypatch.setattr(catch_up_backlog.finish_some, "__defaults__", (40,))
    with db.read() as conn:
        before = indexes(conn)
    with db.transaction() as conn:
        add_loan_events(conn, 300)
        catch_up_backlog.defer_loans(conn, [f"c{i}" for i in range(300)])
    built_with_loans_waiting: list[tuple[str, bool]] = []
    restore = deferred_indexes.restore

    def watched(conn, limit=None, later=()):
        names = restore(conn, limit, later)
        waiting = catch_up_backlog.any_loans(conn)
        built_with_loans_waiting.extend((name, waiting) for name in names)
        return names

    monkeypatch.setattr(deferred_indexes, "restore", watched)
    told: list[tuple[int, int]] = []
    changed = SyncStore(db).finish_catch_up(lambda done, total: told.append((done, total)))
    assert changed.entities["book_copy"] == {f"c{i}" for i in range(300)}
    # the two lookups left out, built once no copy waits; the one by copy was never dropped
    assert sorted(built_with_loans_waiting) == [
        ("ix_loan_open_due", False),
        ("ix_loan_reader_id", False),
    ]
    assert [done for done, _ in told] == sorted(done for done, _ in told)
    assert told[-1][0] == told[-1][1]  # the bar at its end
    # the loans' indexes weighed as the loans to come: the bar never moves back
    shares = [done / total for done, total in told]
    assert shares == sorted(shares)
    with db.read() as conn:
        assert indexes(conn) == before
        projected = loan_rows(conn)
    assert len(projected) == 300
    with db.transaction() as conn:
        loan_projection.rebuild(conn)
        assert loan_rows(conn) == projected


def test_a_small_finish_or_a_full_loan_table_keeps_the_loans_lookups(db: Database, monkeypatch):
    monkeypatch.setattr(deferred_indexes, "MIN_FACTS", 50)
    with db.transaction() as conn:
        add_loan_events(conn, 80)
        catch_up_backlog.defer_loans(conn, [f"c{i}" for i in range(40)])  # fewer than 50
        assert catch_up_backlog.defer_loan_indexes(conn) == []
        loan_projection.refresh(conn, [f"c{i}" for i in range(80)])  # 80 loans held
        catch_up_backlog.defer_loans(conn, [f"c{i}" for i in range(40, 80)])  # 80 waiting
        assert catch_up_backlog.defer_loan_indexes(conn) == []
        catch_up_backlog.defer_loans(conn, [f"d{i}" for i in range(20)])  # 100 waiting
        assert catch_up_backlog.defer_loan_indexes(conn) == [
            "ix_loan_open_due",
            "ix_loan_reader_id",
        ]
