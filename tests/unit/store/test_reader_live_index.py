"""Migration 0015 (issue #17): the live readers' index. Readers already on a laptop stay; the count
of readers and the newest readers come from the index and equal what a scan of the readers' table
gives, whatever readers are deleted."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from mandrivna.store import reader_queries, schema
from mandrivna.store.connection import make_engine
from mandrivna.store.database import DB_FILENAME, Database

COUNT = "SELECT count(*) FROM reader WHERE reader.deleted IS 0"


def test_readers_held_before_the_migration_are_counted_by_the_index(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    engine = make_engine(data_dir / DB_FILENAME)
    schema.upgrade(engine, "0014")
    with engine.begin() as conn:
        for n in range(5):
            conn.exec_driver_sql(
                "INSERT INTO reader (id, surname, registered_on, deleted, stamps, updated_hlc) "
                f"VALUES ('r{n}', 'Петренко{n}', '2024-0{n + 1}-01', {int(n == 2)}, '{{}}', 1)"
            )
    engine.dispose()
    db = Database.open(data_dir)
    try:
        with db.read() as conn:
            assert reader_queries.count(conn) == 4
            plan = " ".join(r[3] for r in conn.execute(text(f"EXPLAIN QUERY PLAN {COUNT}")))
            assert "ix_reader_live" in plan
            newest = [r.id for r in reader_queries.search(conn, "")]
        assert newest == ["r4", "r3", "r1", "r0"]
    finally:
        db.close()


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.booleans(), st.integers(1, 28)), max_size=30))
def test_the_indexed_count_and_list_equal_a_scan(db, readers):
    with db.transaction() as conn:
        conn.exec_driver_sql("DELETE FROM reader")
        for n, (deleted, day) in enumerate(readers):
            conn.exec_driver_sql(
                "INSERT INTO reader (id, surname, registered_on, deleted, stamps, updated_hlc) "
                f"VALUES ('r{n}', 'Коваль', '2024-03-{day:02}', {int(deleted)}, '{{}}', 1)"
            )
    with db.read() as conn:
        scanned = conn.execute(text(COUNT.replace("reader WHERE", "reader NOT INDEXED WHERE")))
        assert reader_queries.count(conn) == scanned.scalar_one()
        by_scan = conn.execute(
            text(
                "SELECT id FROM reader NOT INDEXED WHERE deleted IS 0 "
                "ORDER BY registered_on DESC, rowid DESC LIMIT 50"
            )
        ).scalars()
        assert [r.id for r in reader_queries.search(conn, "")] == list(by_scan)
