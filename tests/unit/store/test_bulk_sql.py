"""The bulk statements of the change log's hot path: rows made in column order with JSON encoded,
facts that keep the lowest stamp whatever order they arrive in, upserts, the log's own inserts,
and an erased record's conflicts removed."""

import json

from sqlalchemy import select, text

from mandrivna.core.change import Change, Op
from mandrivna.store import bulk_sql, tables

VISIT_COLUMNS = ("id", "device_id", "hlc", "channel", "count", "day", "hub", "reader_id")


def test_a_row_is_made_in_column_order_with_json_encoded():
    make = bulk_sql.row_maker(tables.reader, ("id", "surname", "categories"))
    assert make({"id": "r1", "surname": "Коваль", "categories": ["idp"]}) == (
        "r1",
        "Коваль",
        '["idp"]',
    )
    assert make({"id": "r2"}) == ("r2", None, None)  # a missing value is null, not "null"
    plain = bulk_sql.row_maker(tables.visit, ("id", "count"))
    assert plain({"id": "v", "count": 3}) == ("v", 3)


def visit(hlc, device, channel):
    return ("v1", device, hlc, channel, 1, "2026-11-25", "Хаб", None)


def test_a_fact_keeps_its_lowest_stamp_whatever_order_it_arrives_in(db):
    versions = [visit(5, "B", "remote"), visit(3, "C", "stationary"), visit(3, "D", "remote")]
    for order in (versions, list(reversed(versions))):
        with db.transaction() as conn:
            conn.execute(tables.visit.delete())
            for row in order:
                bulk_sql.merge_facts(conn, tables.visit, VISIT_COLUMNS, [row])
            kept = conn.execute(select(tables.visit.c.hlc, tables.visit.c.device_id)).all()
        assert kept == [(3, "C")]


def test_upsert_inserts_then_updates(db):
    columns = ("id", "days", "deleted", "stamps", "updated_hlc")
    with db.transaction() as conn:
        bulk_sql.upsert(conn, tables.lending_rule, columns, [("book", 30, 0, "{}", 1)])
        bulk_sql.upsert(conn, tables.lending_rule, columns, [("book", 14, 0, "{}", 2)])
        rows = conn.execute(select(tables.lending_rule.c.id, tables.lending_rule.c.days)).all()
    assert rows == [("book", 14)]


def test_changes_go_into_the_log_as_they_are(db):
    change = Change("O", 7, 99, "reader", "r1", Op.UPSERT, {"surname": "Ї"}, 98)
    with db.transaction() as conn:
        bulk_sql.insert_log(conn, [change], now_ms=1234)
        row = conn.execute(select(tables.change_log)).one()
    assert (row.device_id, row.seq, row.hlc, row.op, row.seen, row.recorded_at_ms) == (
        "O",
        7,
        99,
        "u",
        98,
        1234,
    )
    assert row.fields == {"surname": "Ї"}


def test_an_erased_records_conflicts_of_erased_fields_go(db):
    sql = (
        "INSERT INTO conflict (entity, entity_id, field, kept_value, kept_hlc, kept_device, "
        "lost_value, lost_hlc, lost_device, detected_at_ms) VALUES "
        "('reader', :id, :field, :kept, 2, 'A', :lost, 1, 'B', 0)"
    )
    with db.transaction() as conn:
        for entity_id, field in (("r1", "phone"), ("r1", "notes"), ("r2", "phone")):
            conn.execute(
                text(sql),
                {"id": entity_id, "field": field, "kept": json.dumps("1"), "lost": json.dumps("2")},
            )
        bulk_sql.scrub_conflicts(conn, "reader", "r1", ["phone"])
        left = conn.execute(text("SELECT entity_id, field FROM conflict ORDER BY 1, 2")).all()
    assert left == [("r1", "notes"), ("r2", "phone")]


def test_plain_rows_go_in_and_come_back_as_the_driver_gives_them(db):
    columns = ("id", "copy_id", "reader_id", "lent_on", "renewals")
    rows = [("l1", "c1", "r1", "2026-11-25", 0), ("l2", "c1", None, None, 2)]
    with db.transaction() as conn:
        bulk_sql.insert_rows(conn, "loan", columns, rows)
        back = bulk_sql.fetch(
            conn,
            "SELECT id, copy_id, reader_id, lent_on, renewals FROM loan WHERE copy_id IN (?)",
            ["c1"],
        )
        by_sqlalchemy = conn.execute(
            select(*(tables.loan.c[name] for name in columns)).order_by(tables.loan.c.id)
        ).all()
    assert sorted(back) == rows
    assert [tuple(row) for row in by_sqlalchemy] == rows
