"""The next card number and copy barcode counters: one more than the highest issued with this
laptop's prefix, past 9999, whatever else the column holds."""

import uuid

from mandrivna.store import catalogue_queries, reader_queries
from mandrivna.store.database import Database


def hold(db: Database, entity: str, column: str, codes: list[str]) -> None:
    with db.write() as writer:
        for code in codes:
            writer.upsert(entity, str(uuid.uuid4()), {column: code})


def counters(db: Database, prefix: str) -> tuple[int, int]:
    with db.read() as conn:
        return (
            reader_queries.next_card_counter(conn, prefix),
            catalogue_queries.next_copy_counter(conn, prefix),
        )


def test_the_first_code_of_a_laptop_is_one(db: Database) -> None:
    hold(db, "reader", "card_number", ["QQQQQ-0007", "7K2MQ-12AB", "7K2MQ-123"])
    hold(db, "book_copy", "barcode", ["7K2MQ-0042", "7K2MQ-B12", "INV-001"])
    assert counters(db, "7K2MQ") == (1, 1)


def test_the_highest_counter_wins_past_four_digits_and_past_junk(db: Database) -> None:
    hold(
        db,
        "reader",
        "card_number",
        ["7K2MQ-0001", "7K2MQ-9999", "7K2MQ-10000", "7K2MQ-10041", "7K2MQ-99999X", "7K2MQA-1"],
    )
    hold(db, "book_copy", "barcode", ["7K2MQ-B00009", "7K2MQ-B00100", "7K2MQ-B0099Z", "7K2MQ-C1"])
    assert counters(db, "7K2MQ") == (10042, 101)


def test_deleted_records_keep_their_numbers(db: Database) -> None:
    hold(db, "reader", "card_number", ["7K2MQ-0005"])
    with db.read() as conn:
        reader_id = conn.exec_driver_sql("SELECT id FROM reader").scalar()
    with db.write() as writer:
        writer.delete("reader", reader_id, ["surname"])
    assert counters(db, "7K2MQ")[0] == 6
