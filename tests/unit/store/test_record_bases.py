"""What snapshots brought of a record is kept as its base: a record computed again (replay)
starts there, an erasure scrubs it, and migrations 0016 and 0017 make the bases of records a
laptop already holds from a snapshot."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import text

from mandrivna.core.change import Change, Op
from mandrivna.services.reader_service import ReaderService
from mandrivna.store import record_bases, replica, schema
from mandrivna.store.connection import make_engine
from mandrivna.store.database import DB_FILENAME, Database

STAMP = [5 << 16, "dev-far", 0]
SNAPSHOT = [
    ("reader", "r-snap", {"surname": "Шевчук", "phone": "+380 67 123 45 67"}, STAMP),
    (
        "reader",
        "r-full",
        {"surname": "Коваль", "notes": "ввечері"},
        {"surname": STAMP, "notes": [6 << 16, "dev-far", 0]},
    ),
]


def _bases(db: Database) -> dict[str, tuple[dict, dict]]:
    with db.read() as conn:
        rows = conn.execute(text("SELECT entity_id, fields, stamps FROM record_base")).all()
    return {r[0]: (json.loads(r[1]), json.loads(r[2])) for r in rows}


def test_a_snapshot_keeps_what_it_brought_and_replay_starts_there(db: Database) -> None:
    with db.transaction() as conn:
        replica.apply_states(conn, SNAPSHOT, 0)
    # nothing but the snapshot wrote these records: their rows are their bases, none is copied
    assert _bases(db) == {}
    own = Change("dev-own", 1, 9 << 16, "reader", "r-snap", Op.UPSERT, {"notes": "моє"}, 5 << 16)
    with db.transaction() as conn:
        replica.store_and_apply(conn, [own], 0, known_new=True)
    # the first logged change keeps the row as it was as the base (the other record: still none)
    assert _bases(db) == {
        "r-snap": (
            {"surname": "Шевчук", "phone": "+380 67 123 45 67"},
            {"surname": STAMP, "phone": STAMP},
        )
    }
    with db.read() as conn:
        held = record_bases.load(conn, "reader", ["r-snap"])["r-snap"]
    assert held.stamps == {"surname": STAMP, "phone": STAMP}
    later = [("reader", "r-snap", {"phone": "+380 50 000 00 00"}, [7 << 16, "dev-far", 0])]
    with db.transaction() as conn:  # a later snapshot of it merges into the base now
        replica.apply_states(conn, later, 0)
    assert _bases(db)["r-snap"][0]["phone"] == "+380 50 000 00 00"
    with db.transaction() as conn:
        replica.replay(conn, {"reader": {"r-snap", "r-full"}}, 0)
        rows = conn.exec_driver_sql(
            "SELECT id, surname, phone, notes FROM reader ORDER BY id"
        ).all()
    assert [tuple(row) for row in rows] == [
        ("r-full", "Коваль", None, "ввечері"),
        ("r-snap", "Шевчук", "+380 50 000 00 00", "моє"),
    ]


def test_an_erasure_scrubs_the_base(db: Database) -> None:
    with db.transaction() as conn:
        replica.apply_states(conn, SNAPSHOT, 0)
    ReaderService(db, dt.date(2026, 12, 7)).erase("r-snap")
    values, _stamps = _bases(db)["r-snap"]
    assert values.get("surname") is None and values.get("phone") is None
    with db.read() as conn:
        held = conn.execute(text("SELECT fields FROM record_base")).scalars().all()
    assert not any("Шевчук" in fields or "123 45 67" in fields for fields in held)


def test_a_later_snapshot_of_an_erased_record_leaves_no_trace_in_the_base(db: Database) -> None:
    with db.transaction() as conn:
        replica.apply_states(conn, SNAPSHOT, 0)
    ReaderService(db, dt.date(2026, 12, 7)).erase("r-snap")
    with db.transaction() as conn:  # an older snapshot page, arriving again
        replica.apply_states(conn, SNAPSHOT[:1], 0)
    assert _bases(db)["r-snap"][0].get("surname") is None


def _laptop_at_0015(data_dir):
    """A 0015 file holding two readers with the same row, one of which a change in the log
    touched (whose stamp is not the row's: the row's came by a snapshot)."""
    data_dir.mkdir(parents=True)
    engine = make_engine(data_dir / DB_FILENAME)
    schema.upgrade(engine, "0015")
    stamps = json.dumps({"surname": STAMP, "blocked": STAMP})
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO device_state (id, device_id, origin_id, hub_name, librarian_name) "
            "VALUES (1, 'dev-1', 'dev-1', 'Хаб Дніпро', 'Олена')"
        )
        for reader_id in ("from-snapshot", "from-log"):
            conn.exec_driver_sql(
                "INSERT INTO reader (id, surname, blocked, deleted, stamps, updated_hlc) "
                f"VALUES ('{reader_id}', 'Шевчук', 1, 0, ?, 1)",
                (stamps,),
            )
        conn.exec_driver_sql(
            "INSERT INTO change_log (device_id, seq, hlc, entity, entity_id, op, fields, seen, "
            "recorded_at_ms) VALUES ('dev-2', 1, 1, 'reader', 'from-log', 'u', "
            '\'{"surname": "Шевчук"}\', 0, 0)'
        )
    return engine


WHOLE_ROW = ({"surname": "Шевчук", "blocked": True}, {"surname": STAMP, "blocked": STAMP})


def test_migration_0016_makes_bases_for_records_no_change_touched(data_dir) -> None:
    engine = _laptop_at_0015(data_dir)
    schema.upgrade(engine, "0016")
    with engine.connect() as conn:
        assert set(record_bases.load(conn, "reader", ["from-snapshot", "from-log"])) == {
            "from-snapshot"
        }
    engine.dispose()


def test_migration_0017_makes_bases_of_the_fields_no_change_gives(data_dir) -> None:
    engine = _laptop_at_0015(data_dir)
    engine.dispose()
    db = Database.open(data_dir)  # 0016, then 0017
    try:
        assert _bases(db) == {"from-snapshot": WHOLE_ROW, "from-log": WHOLE_ROW}
    finally:
        db.close()


def test_a_record_from_an_older_snapshot_then_changed_keeps_its_fields_after_0017(
    data_dir,
) -> None:
    """The gap 0016 left: a reader came by snapshot before bases were kept, another laptop's
    change to one field was pulled, this laptop edited another; computed again from the log
    (its own edit stamped anew), it must keep what only the snapshot had brought."""
    db = Database.open(data_dir)
    snapshot = [("reader", "r-old", {"surname": "Шевчук", "phone": "+380 67 123 45 67"}, STAMP)]
    pulled = Change(
        "dev-other", 1, 6 << 16, "reader", "r-old", Op.UPSERT, {"phone": "050"}, 5 << 16
    )
    own = Change("dev-own", 1, 9 << 16, "reader", "r-old", Op.UPSERT, {"notes": "моє"}, 6 << 16)
    with db.transaction() as conn:
        replica.apply_states(conn, snapshot, 0)
        replica.store_and_apply(conn, [pulled, own], 0)
        # as a laptop updated from before 0016 holds it: no base, the schema at 0016
        conn.exec_driver_sql("DELETE FROM record_base")
        conn.exec_driver_sql("DROP TABLE catch_up_backlog")  # added by 0018
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0016'")
    db.close()
    db = Database.open(data_dir)
    try:
        assert _bases(db) == {"r-old": ({"surname": "Шевчук"}, {"surname": STAMP})}
        with db.transaction() as conn:
            conn.exec_driver_sql(
                "UPDATE change_log SET hlc = ? WHERE device_id = 'dev-own'", (7 << 16,)
            )
            replica.replay(conn, {"reader": {"r-old"}}, 0)
            row = conn.exec_driver_sql(
                "SELECT surname, phone, notes FROM reader WHERE id = 'r-old'"
            ).one()
        assert tuple(row) == ("Шевчук", "050", "моє")
    finally:
        db.close()
