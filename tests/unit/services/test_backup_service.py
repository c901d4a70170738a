"""Backups: verified, rotated, listed with what they hold, restored with the replaced database
backed up first and this laptop's newer changes carried over (no sequence number reused)."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from mandrivna.core.card_number import device_prefix
from mandrivna.services.backup_service import BackupError, BackupService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store import backup_store
from mandrivna.store.database import Database


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 1, 1, 9, 0)

    def __call__(self) -> dt.datetime:
        return self.now


def test_one_daily_backup_per_day_rotated_to_7_4_12(db: Database) -> None:
    clock = Clock()
    backups = BackupService(db, clock)
    ReaderService(db).register("Петренко", "Іван", consent=True)
    made = 0
    for _day in range(120):
        result = backups.daily_if_due()
        made += result.made is not None
        assert backups.daily_if_due().made is None  # once a day
        clock.now += dt.timedelta(days=1)
    kept = backup_store.list_backups(backups.folder)
    assert made == 120 and len(kept) <= 23
    info = backups.list()[0]
    assert info.readers == 1 and info.kind == "daily" and info.hub == "Хаб Дніпро"


def test_copies_before_updates_are_rotated_with_the_daily_backups(db: Database) -> None:
    """Each update leaves a copy of the whole database (gigabytes on a full year's data): the
    daily rotation keeps the newest two; a backup made by hand and one before a restore stay."""
    clock = Clock()
    backups = BackupService(db, clock)
    made = []
    for kind in ("before-migration", "before-migration", "manual", "before-migration"):
        made.append(backups.backup_now(kind).path)
        clock.now += dt.timedelta(days=30)
    backups.backup_now("before-restore")
    assert backups.daily_if_due().removed == 1
    assert not made[0].exists() and all(path.exists() for path in made[1:])
    kinds = [kind for _p, _when, kind in backup_store.list_backups(backups.folder)]
    assert sorted(kinds) == sorted(
        ["daily", "before-restore", "manual", "before-migration", "before-migration"]
    )


def test_a_second_folder_gets_a_copy_and_a_missing_stick_is_not_fatal(db, tmp_path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    backups = BackupService(db, Clock())
    backups.set_second_folder(stick)
    assert backups.daily_if_due().second_copy_error is None
    assert len(list(stick.glob("mandrivna-*-daily.sqlite3"))) == 1
    stick.rename(tmp_path / "unplugged")
    backups.clock.now += dt.timedelta(days=1)
    result = backups.daily_if_due()
    assert result.made is not None and result.second_copy_error
    with pytest.raises(BackupError):
        backups.set_second_folder(tmp_path / "nowhere")


def test_restore_checks_the_file_and_refuses_a_bad_one(db, tmp_path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError):
        BackupService(db).check(bad)


def test_restore_backs_up_the_replaced_database_and_carries_own_newer_changes(
    data_dir: Path,
) -> None:
    db = Database.open(data_dir)
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    readers = ReaderService(db)
    readers.register("Петренко", "Іван", consent=True)
    backup = BackupService(db).backup_now()
    readers.register("Коваль", "Ольга", consent=True)  # after the backup
    before = db.device()
    info = BackupService(db).restore(backup.path)
    assert info.readers == 1
    restored = Database.open(data_dir)
    assert {r.surname for r in ReaderService(restored).search("")} == {"Петренко", "Коваль"}
    after = restored.device()
    # the database put back writes under a new origin: no number it may have used is reused
    assert after.device_id == before.device_id and after.origin_id != before.origin_id
    assert after.seq_last == 0
    with restored.read() as conn:
        log = conn.execute(text("SELECT device_id, seq FROM change_log ORDER BY seq")).all()
    assert log == [(before.origin_id, n) for n in range(1, before.seq_last + 1)]  # all carried
    kinds = {kind for _p, _w, kind in backup_store.list_backups(data_dir / "backups")}
    assert "before-restore" in kinds
    new_id, _ = ReaderService(restored).register("Нова", "Читачка", consent=True)
    assert restored.device().seq_last == 2  # the reader and her registration visit
    card = ReaderService(restored).get(new_id).card_number
    assert card == f"{device_prefix(after.origin_id)}-0001"  # a new prefix: never issued before
    restored.close()
