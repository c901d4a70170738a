"""An erased reader leaves no trace in the conflict queue or the write-ahead log, whether the
erase was made here, pulled, or came with a snapshot, and whatever it arrived with."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database
from mandrivna.store.replica import apply_states
from tests.support.log_exchange import deliver, own_log, ship

TODAY = dt.date(2026, 11, 25)


def _laptop(folder: Path) -> Database:
    db = Database.open(folder)
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    return db


@pytest.fixture
def pair(tmp_path: Path):
    """Two laptops that edited one reader's phone, notes and categories without knowing of
    each other, then synced: both hold the conflicts."""
    a, b = _laptop(tmp_path / "a"), _laptop(tmp_path / "b")
    reader_id, _ = ReaderService(a, TODAY).register(
        "Шевчук", "Ярина", consent=True, phone="+380501112233", categories=["idp"]
    )
    ship(a, b)
    ReaderService(a, TODAY).edit(
        reader_id, phone="+380671234567", notes="Дзвонити ввечері", categories=["age55"]
    )
    ReaderService(b, TODAY).edit(
        reader_id, phone="+380939876543", notes="Приходить з онукою", categories=["youth"]
    )
    before_b = own_log(b)
    ship(a, b)
    deliver(before_b, a)
    yield a, b, reader_id, tmp_path
    a.close()
    b.close()


def _queue(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as conn:
        rows = conn.execute(text("SELECT field, kept_value, lost_value FROM conflict")).all()
    return sorted((r[0], r[1], r[2]) for r in rows)


def test_an_erase_takes_both_values_of_a_conflict_out_of_the_queue(pair) -> None:
    a, b, reader_id, _ = pair
    assert {row[0] for row in _queue(a)} == {"phone", "notes", "categories"}
    assert _queue(a) == _queue(b)
    ReaderService(a, TODAY).erase(reader_id)
    ship(a, b)
    for db in (a, b):
        # categories are not personal data: that conflict stays for the coordinator
        assert [row[0] for row in _queue(db)] == ["categories"]


def test_a_conflict_found_with_the_erase_in_one_page_is_not_kept(pair) -> None:
    a, b, reader_id, tmp_path = pair
    before = own_log(a)  # as a laptop that pulled them before the erase holds them
    ReaderService(a, TODAY).erase(reader_id)
    erase = own_log(a)[-1]
    late = _laptop(tmp_path / "late")
    deliver(before + own_log(b) + [erase], late)  # both edits, then the erase, in one page
    assert [row[0] for row in _queue(late)] == ["categories"]
    late.close()


def test_an_erase_that_comes_with_a_snapshot_clears_the_queue(pair) -> None:
    a, b, reader_id, _ = pair
    ReaderService(a, TODAY).erase(reader_id)
    with a.read() as conn:
        row = conn.execute(text("SELECT * FROM reader WHERE id = :id"), {"id": reader_id})
        state = dict(row.mappings().one())
    stamps = json.loads(state["stamps"])
    fields = {name: state[name] for name in stamps if name in state}
    fields["_deleted"] = True
    with b.transaction() as conn:
        apply_states(conn, [("reader", reader_id, fields, stamps)], 0)
    assert [row[0] for row in _queue(b)] == ["categories"]


def test_the_write_ahead_log_is_emptied_after_an_erase_here_or_pulled(pair) -> None:
    a, b, reader_id, _ = pair
    wal_a, wal_b = (Path(str(db.path) + "-wal") for db in (a, b))
    assert wal_a.stat().st_size > 0 and wal_b.stat().st_size > 0
    ReaderService(a, TODAY).erase(reader_id)
    assert wal_a.stat().st_size == 0
    ship(a, b)
    assert wal_b.stat().st_size == 0
