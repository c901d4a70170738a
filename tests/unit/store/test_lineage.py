"""Log origins: a new origin for a laptop, with an issuing prefix nothing here starts with; a
backup copy, once opened, writes under a new origin (its sequence starting again) and keeps the
old one; a restore carries over this laptop's own changes the backup lacks."""

import shutil

from sqlalchemy import select

from mandrivna.core.card_number import device_prefix
from mandrivna.services.reader_service import ReaderService
from mandrivna.store import lineage, tables
from mandrivna.store.connection import connect
from mandrivna.store.database import DB_FILENAME, Database


def origins(db):
    with db.read() as conn:
        return set(conn.execute(select(tables.own_origin.c.origin_id)).scalars())


def test_a_new_origin_avoids_every_prefix_in_use(db):
    readers = ReaderService(db)
    readers.register("Петренко", "Іван", consent=True)
    first = db.device().origin_id
    with db.transaction() as conn:
        second = lineage.new_origin(conn, 0, current=False)
    assert second != first and device_prefix(second) != device_prefix(first)
    assert origins(db) == {first, second} and db.device().origin_id == first
    with db.transaction() as conn:
        third = lineage.new_origin(conn, 0, current=True)
    device = db.device()
    assert device.origin_id == third and device.seq_last == 0


def test_a_backup_copy_opens_under_a_new_origin(tmp_path, db):
    ReaderService(db).register("Петренко", "Іван", consent=True)
    before = db.device().origin_id
    db.close()
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(db.path, copy / DB_FILENAME)
    with connect(copy / DB_FILENAME, None) as conn:
        lineage.mark_backup_copy(conn)
    restored = Database.open(copy)
    try:
        assert restored.device().origin_id != before and before in origins(restored)
        _, changed = ReaderService(restored).register("Коваль", "Ольга", consent=True)
        assert changed.stored == 2 and restored.device().seq_last == 2  # the reader, the visit
        assert not lineage.start_if_backup_copy(restored.engine, 0)  # the mark is gone
    finally:
        restored.close()


def test_a_restore_carries_over_own_changes_the_backup_lacks(tmp_path, db):
    readers = ReaderService(db)
    readers.register("Петренко", "Іван", consent=True)
    db.close()
    backup = tmp_path / "backup.sqlite3"
    shutil.copy(db.path, backup)
    live = Database.open(db.data_dir)
    ReaderService(live).register("Коваль", "Ольга", consent=True)  # after the backup
    live.close()
    replaced = tmp_path / "replaced.sqlite3"
    shutil.copy(db.path, replaced)
    shutil.copy(backup, db.path)
    restored = Database.open(db.data_dir)
    try:
        assert lineage.carry_own_changes(restored, replaced) >= 1
        names = sorted(r.surname for r in ReaderService(restored).search(""))
        assert names == ["Коваль", "Петренко"]
    finally:
        restored.close()
