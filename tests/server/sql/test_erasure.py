"""A push holding a delete leaves the erased fields nowhere on the server: not in the log (as
before), not in the snapshot table even before the next fold, and on SQLite not in the
write-ahead log file either. Run on SQLite and PostgreSQL."""

import json
from pathlib import Path

from sqlalchemy import select

from mandrivna.core.hlc import pack
from sync_server.sql.tables import records
from tests.server.test_storage import DEV_A, DEV_B, NOW, enrolled, push

SECRETS = ("Шевченко", "+380501112233", "Алергія")


def _push(storage, device_id: str, first_seq: int, rows: list) -> None:
    """A device pushes its own log (the one place that knows the storage's push signature)."""
    push(storage, device_id, first_seq, rows, NOW)


def _snapshot_rows(storage) -> dict[str, tuple[dict, dict]]:
    with storage.engine.connect() as conn:
        rows = conn.execute(select(records.c.entity_id, records.c.fields, records.c.stamps))
        return {r[0]: (json.loads(r[1]), json.loads(r[2])) for r in rows}


def _register_and_fold(storage) -> None:
    enrolled(storage, DEV_A)
    enrolled(storage, DEV_B)
    fields = {"surname": "Шевченко", "phone": "+380501112233", "notes": "Алергія на пил"}
    _push(storage, DEV_A, 1, [(pack(NOW, 1), "reader", "r1", "u", {**fields, "blocked": 0}, 0)])
    storage.snapshot_records(None, 10)  # folded: the snapshot table holds the reader
    assert _snapshot_rows(storage)["r1"][0]["surname"] == "Шевченко"


def test_a_delete_reaches_the_snapshot_table_at_once(storage):
    _register_and_fold(storage)
    erase = {"surname": None, "phone": None, "notes": None}
    _push(storage, DEV_B, 1, [(pack(NOW, 2), "reader", "r1", "d", erase, pack(NOW, 1))])
    values, stamps = _snapshot_rows(storage)["r1"]
    assert values == {"surname": None, "phone": None, "notes": None, "blocked": 0, "_deleted": True}
    assert stamps["surname"][1] == DEV_B and stamps["blocked"][1] == DEV_A
    # the fold that follows merges the same delete again: nothing changes
    storage.snapshot_records(None, 10)
    assert _snapshot_rows(storage)["r1"] == (values, stamps)
    # an edit that was made before the erase and arrives after it cannot bring anything back
    late = (pack(NOW, 3), "reader", "r1", "u", {"phone": "+380671234567"}, pack(NOW, 1))
    _push(storage, DEV_A, 2, [late])
    storage.snapshot_records(None, 10)
    assert _snapshot_rows(storage)["r1"][0]["phone"] is None


def test_on_sqlite_no_file_of_the_server_keeps_the_erased_fields(tmp_path: Path):
    from sync_server.sql.storage import SqlStorage

    storage = SqlStorage(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        _register_and_fold(storage)
        erase = {"surname": None, "phone": None, "notes": None}
        _push(storage, DEV_B, 1, [(pack(NOW, 2), "reader", "r1", "d", erase, 0)])
        for path in tmp_path.iterdir():
            data = path.read_bytes()
            assert not [s for s in SECRETS if s.encode() in data], path.name
        assert (tmp_path / "server.sqlite3-wal").stat().st_size == 0  # folded back, emptied
    finally:
        storage.close()
