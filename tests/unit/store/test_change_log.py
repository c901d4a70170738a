"""Every service write produces exactly one change entry per entity written, in the same
transaction; a failed transaction leaves neither the entry nor the write."""

import pytest

from mandrivna.core import search_text
from mandrivna.core.errors import NotSetUpError, ValidationError
from mandrivna.services.reader_service import ReaderService
from mandrivna.services.visit_service import VisitService
from mandrivna.store.connection import connect
from mandrivna.store.database import Database


def rows(db, sql):
    with connect(db.path, None) as conn:
        return conn.execute(sql).fetchall()


def test_register_writes_the_record_and_the_visit(db):
    reader_id, changed = ReaderService(db).register(
        "Петренко", "Іван", consent=True, birth_year=1980, categories=["idp"]
    )
    log = rows(db, "SELECT device_id, seq, entity, entity_id, op, fields FROM change_log")
    assert [(row[2], row[4]) for row in log] == [("reader", "u"), ("visit", "f")]
    device_id, seq, entity, entity_id, op, fields = log[0]
    assert (device_id, seq, entity, entity_id, op) == (
        db.device().origin_id,
        1,
        "reader",
        reader_id,
        "u",
    )
    assert '"surname":"Петренко"' in fields  # stored as readable UTF-8
    assert set(changed.entities) == {"reader", "visit"}
    assert changed.entities["reader"] == {reader_id}
    assert rows(db, "SELECT surname, deleted FROM reader") == [("Петренко", 0)]


def test_sequence_is_gap_free_and_clock_persists(db):
    readers, visits = ReaderService(db), VisitService(db)
    readers.register("А", "Б", consent=True)  # the reader and the registration's visit
    visits.tally("stationary", 3)
    visits.tally("remote")
    log = rows(db, "SELECT seq, hlc FROM change_log ORDER BY seq")
    assert [s for s, _ in log] == [1, 2, 3, 4]
    assert [h for _, h in log] == sorted({h for _, h in log})
    assert rows(db, "SELECT seq_last, hlc_last FROM device_state") == [(4, log[-1][1])]


def test_failed_transaction_leaves_neither_entry_nor_write(db):
    with pytest.raises(RuntimeError), db.write() as writer:
        writer.upsert("reader", "r1", {"surname": "X"})
        writer.fact(
            "visit", "v1", {"day": "2026-01-01", "hub": "h", "channel": "remote", "count": 1}
        )
        raise RuntimeError("power cut")
    assert rows(db, "SELECT count(*) FROM change_log") == [(0,)]
    assert rows(db, "SELECT count(*) FROM reader") == [(0,)]
    assert rows(db, "SELECT count(*) FROM visit") == [(0,)]
    assert rows(db, "SELECT seq_last FROM device_state") == [(0,)]


def test_invalid_input_saves_nothing(db):
    with pytest.raises(ValidationError):
        ReaderService(db).register("Петренко", "Іван", consent=False)
    with pytest.raises(ValidationError):
        ReaderService(db).register("", "Іван", consent=True)
    assert rows(db, "SELECT count(*) FROM change_log") == [(0,)]


def test_one_transaction_many_entities_one_entry_each(db):
    with db.write() as writer:
        writer.upsert("reader", "r1", {"surname": "X"})
        writer.upsert("reader", "r2", {"surname": "Y"})
        writer.fact(
            "visit", "v1", {"day": "2026-01-01", "hub": "h", "channel": "remote", "count": 1}
        )
    assert rows(db, "SELECT entity_id FROM change_log ORDER BY seq") == [("r1",), ("r2",), ("v1",)]
    assert writer.changed.entities == {"reader": {"r1", "r2"}, "visit": {"v1"}}


def test_erase_keeps_tombstone_and_removes_personal_data(db):
    service = ReaderService(db)
    reader_id, _ = service.register("Петренко", "Іван", consent=True, phone="+380501234567")
    service.erase(reader_id)
    assert rows(
        db, "SELECT surname, given_name, phone, deleted, registered_on IS NOT NULL FROM reader"
    ) == [(None, None, None, 1, 1)]
    with pytest.raises(ValidationError):
        service.edit(reader_id, surname="Петренко")  # the app refuses to edit a deleted reader
    with db.write() as writer:  # and a late edit (as from another laptop) cannot bring it back
        writer.upsert("reader", reader_id, {"surname": "Петренко"})
    assert rows(db, "SELECT surname FROM reader") == [(None,)]


def test_writing_before_setup_is_refused(data_dir):
    database = Database.open(data_dir)
    with pytest.raises(NotSetUpError):
        VisitService(database).tally("remote")
    database.close()


def test_unknown_field_is_a_programming_error(db):
    with pytest.raises(ValueError), db.write() as writer:
        writer.upsert("reader", "r1", {"no_such_field": 1})


def test_erasing_scrubs_personal_data_from_the_change_log_too(db):
    service = ReaderService(db)
    reader_id, _ = service.register("Шевченко", "Ганна", consent=True, phone="+380501112233")
    service.edit(reader_id, phone="+380509998877")
    service.erase(reader_id)
    secrets = ["Шевченко", "Ганна", "+380501112233", "+380509998877"]
    secrets += search_text.text_terms(["Шевченко", "Ганна"])  # as the search index folds them
    secrets += ["380501112233", "0501112233", "380509998877", "0509998877"]
    files = sorted(db.path.parent.glob(db.path.name + "*"))
    raw_open = b"".join(p.read_bytes() for p in files)  # the database, its log, while open
    db.close()
    raw = b"".join(p.read_bytes() for p in db.path.parent.glob(db.path.name + "*"))
    for secret in secrets:
        assert secret.encode() not in raw_open, secret
        assert secret.encode() not in raw, secret
    entries = rows(db, f"SELECT count(*) FROM change_log WHERE entity_id = '{reader_id}'")
    assert entries == [(3,)]  # the entries stay, only the data is gone
