"""The change writer, the one way services write replicated data: each write is stamped, logged
and merged in its transaction; a record edit remembers the newest stamp its writer saw; facts and
records are told apart; a delete erases the fields it names; counters survive the transaction."""

import pytest
from sqlalchemy import select

from mandrivna.core.change import Op
from mandrivna.store import tables


def log(db):
    with db.read() as conn:
        rows = conn.execute(select(tables.change_log).order_by(tables.change_log.c.seq))
        return [dict(row._mapping) for row in rows]


def test_an_upsert_is_logged_merged_and_announced(db):
    with db.write() as writer:
        change = writer.upsert("reader", "r1", {"surname": "Петренко", "card_number": "A-1"})
    assert (change.op, change.seq, change.seen) == (Op.UPSERT, 1, 0)
    assert change.device_id == db.device().origin_id
    assert writer.changed.entities == {"reader": {"r1"}} and writer.changed.stored == 1
    (entry,) = log(db)
    assert entry["entity"] == "reader" and entry["fields"]["surname"] == "Петренко"
    with db.read() as conn:
        row = conn.execute(select(tables.reader).where(tables.reader.c.id == "r1")).one()
    assert row.surname == "Петренко" and row.updated_hlc == change.hlc


def test_an_edit_remembers_the_newest_stamp_its_writer_saw(db):
    with db.write() as writer:
        first = writer.upsert("reader", "r1", {"surname": "Петренко"})
    with db.write() as writer:
        second = writer.upsert("reader", "r1", {"phone": "+380671234567"})
    assert second.seen == first.hlc and second.hlc > first.hlc and second.seq == 2


def test_counters_are_saved_with_the_changes(db):
    with db.write() as writer:
        writer.upsert("reader", "r1", {"surname": "А"})
        writer.fact(
            "visit",
            "v1",
            {"day": "2026-11-25", "hub": "Х", "channel": "remote", "count": 1, "reader_id": None},
        )
    device = db.device()
    assert device.seq_last == 2 and device.hlc_last == log(db)[-1]["hlc"]


def test_a_failed_transaction_leaves_nothing_and_keeps_the_counters(db):
    with pytest.raises(RuntimeError), db.write() as writer:
        writer.upsert("reader", "r1", {"surname": "А"})
        raise RuntimeError("the service changed its mind")
    assert log(db) == [] and db.device().seq_last == 0


def test_facts_and_records_are_told_apart(db):
    with db.write() as writer:
        with pytest.raises(ValueError, match="record"):
            writer.fact("reader", "r1", {"surname": "А"})
        with pytest.raises(ValueError, match="fact"):
            writer.upsert("visit", "v1", {"count": 1})
        with pytest.raises(ValueError, match="no fields"):
            writer.upsert("reader", "r1", {"shoe_size": 44})


def test_many_upserts_are_one_change_each_and_a_second_edit_has_seen_the_first(db):
    with db.write() as writer:
        changes = writer.upsert_many(
            "reader", [("r1", {"surname": "А"}), ("r2", {"surname": "Б"}), ("r1", {"notes": "x"})]
        )
    assert [c.seq for c in changes] == [1, 2, 3]
    assert changes[2].seen == changes[0].hlc and changes[1].seen == 0
    assert writer.changed.entities == {"reader": {"r1", "r2"}}


def test_a_delete_erases_the_fields_it_names(db):
    with db.write() as writer:
        writer.upsert("reader", "r1", {"surname": "Петренко", "card_number": "A-1"})
    with db.write() as writer:
        change = writer.delete("reader", "r1", ["surname"])
    assert change.op is Op.DELETE and change.fields == {"surname": None}
    with db.read() as conn:
        row = conn.execute(select(tables.reader).where(tables.reader.c.id == "r1")).one()
    assert row.deleted and row.surname is None and row.card_number == "A-1"


def test_the_issuing_prefix_follows_the_origin(db):
    with db.write() as writer:
        prefix = writer.issuing_prefix
    assert len(prefix) == 5 and prefix.isalnum()
