"""Many upserts at once (imports): the same log and tables as one upsert per record, searchable,
and a failed transaction leaves nothing."""

import pytest

from mandrivna.store import catalogue_queries
from mandrivna.store.database import Database


def rows(db: Database, sql: str) -> list[tuple]:
    with db.read() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql).all()]


def test_many_upserts_log_one_change_each_and_merge(db):
    with db.write() as writer:
        writer.upsert("bib_record", "r0", {"title": "Перший"})
    records = [(f"r{i}", {"title": f"Кобзар {i}", "isbn": "9780306406157"}) for i in range(3)]
    records.append(("r1", {"year": 1840}))  # the same record twice in one batch
    with db.write() as writer:
        changes = writer.upsert_many("bib_record", records)
    assert [c.seq for c in changes] == [2, 3, 4, 5]
    assert changes[0].seen > 0  # r0 existed: the change says which version it saw
    assert changes[3].seen == changes[1].hlc  # the second edit of r1 has seen the first
    assert rows(db, "SELECT seq_last FROM device_state") == [(5,)]
    assert rows(db, "SELECT id, title, year FROM bib_record ORDER BY id") == [
        ("r0", "Кобзар 0", None),
        ("r1", "Кобзар 1", 1840),
        ("r2", "Кобзар 2", None),
    ]
    assert rows(db, "SELECT count(*) FROM conflict") == [(0,)]
    with db.read() as conn:
        assert [h.record.id for h in catalogue_queries.search(conn, "кобзар 2")] == ["r2"]
        assert len(catalogue_queries.search(conn, "978-0-306-40615-7")) == 3


def test_a_failed_transaction_leaves_nothing(db):
    with pytest.raises(RuntimeError), db.write() as writer:
        writer.upsert_many("bib_record", [("r1", {"title": "X"})])
        raise RuntimeError
    assert rows(db, "SELECT count(*) FROM change_log") == [(0,)]
    assert rows(db, "SELECT count(*) FROM bib_record") == [(0,)]


def test_unknown_fields_are_refused(db):
    with pytest.raises(ValueError), db.write() as writer:
        writer.upsert_many("bib_record", [("r1", {"colour": "red"})])


def test_copies_of_one_record_in_two_chunks_index_it_once(db):
    """More than a chunk of records whose copies arrive together: a record's copies may fall
    into two chunks of the index refresh, and the record must still be indexed once."""
    records = [(f"r{i:04d}", {"title": f"Кобзар {i}"}) for i in range(700)]
    with db.write() as writer:
        writer.upsert_many("bib_record", records)
    copies = [
        (f"c{i:04d}-{n}", {"record_id": f"r{i:04d}", "barcode": f"B{i}-{n}"})
        for i in range(700)
        for n in range(2)
    ]
    with db.write() as writer:
        writer.upsert_many("book_copy", copies)
    with db.read() as conn:
        assert [h.copies for h in catalogue_queries.search(conn, "b699-1")] == [2]
