"""Encryption at rest: turned on with readers and plain backups already there, no reader is
readable anywhere on disk afterwards (database, its write-ahead log, backups, the second folder),
and the app goes on working; a changed passphrase takes the backups along; encrypted backups
restore, also on a new laptop and from before a change of passphrase."""

import datetime as dt
import shutil

import pytest

from mandrivna.core.errors import PassphraseNeededError, ValidationError, WrongPassphraseError
from mandrivna.services.backup_service import (
    BackupService,
    newest_good_backup,
    restore_data_folder,
)
from mandrivna.services.encryption_service import EncryptionService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store import backup_store
from mandrivna.store.connection import cipher_salt, is_plain_sqlite
from mandrivna.store.database import DB_FILENAME, Database
from mandrivna.store.folder_encryption import is_encrypted
from tests.support.disk_bytes import PHONE, SURNAME, file_names, files_holding

FIRST = "книжкова полиця"
SECOND = "читальна зала 2026"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 1, 9, 0)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)  # every backup gets its own name
        return self.now


def open_folder(data_dir, passphrase=None):
    db = Database.open(data_dir, passphrase=passphrase)
    backups = BackupService(db, Clock())
    return db, ReaderService(db), backups, EncryptionService(db, backups)


def set_up(data_dir):
    db, readers, backups, encryption = open_folder(data_dir)
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    readers.register(SURNAME, "Іван", consent=True, phone=PHONE)
    return db, readers, backups, encryption


def test_plain_files_do_hold_the_reader(data_dir):
    """The control: the byte scan finds a reader in an unencrypted folder."""
    db, _readers, backups, _enc = set_up(data_dir)
    backups.backup_now()
    found = files_holding(data_dir)
    assert any(name.startswith("backups/") for name in found)
    assert "mandrivna.sqlite3-wal" in found
    db.close()


def test_turning_encryption_on_leaves_no_reader_readable_and_the_app_working(data_dir, tmp_path):
    db, readers, backups, encryption = set_up(data_dir)
    stick = tmp_path / "usb"
    stick.mkdir()
    backups.set_second_folder(stick)
    backups.daily_if_due()  # plain copies in backups/ and on the stick
    backups.backup_now()
    assert files_holding(stick)
    secured = encryption.turn_on(FIRST, FIRST)
    assert secured.count == 3 and secured.left == [] and secured.second_folder_error is None
    assert encryption.is_on() and is_encrypted(data_dir)
    # the app goes on: writes land in the encrypted file's log, search (FTS) still works
    readers.register("Коваль", "Ольга", consent=True, phone="+380671234567")
    assert [r.surname for r in readers.search("Петр")] == [SURNAME]
    assert [r.surname for r in readers.search("0501112233")] == [SURNAME]
    assert {r.surname for r in readers.search("")} == {SURNAME, "Коваль"}
    backups.backup_now()
    wal = data_dir / (DB_FILENAME + "-wal")
    assert wal.stat().st_size > 0  # the write-ahead log is there, and scanned
    assert files_holding(data_dir) == {} and files_holding(stick) == {}
    assert not any(name.endswith((".shred", ".partial", ".next")) for name in file_names(data_dir))
    assert [info.readers for info in backups.list()] == [2, 1, 1]
    db.close()
    assert files_holding(data_dir) == {}


def test_encryption_is_offered_only_once_and_needs_a_sound_passphrase(data_dir):
    db, _readers, _backups, encryption = set_up(data_dir)
    with pytest.raises(ValidationError):
        encryption.turn_on("коротко", "коротко")
    with pytest.raises(ValidationError):
        encryption.turn_on(FIRST, SECOND)
    with pytest.raises(ValidationError):
        encryption.change(FIRST, SECOND, SECOND)  # not encrypted yet
    assert not encryption.is_on() and is_plain_sqlite(db.path)
    encryption.turn_on(FIRST, FIRST)
    with pytest.raises(ValidationError):
        encryption.turn_on(FIRST, FIRST)
    db.close()


def test_a_new_passphrase_replaces_the_old_one_and_the_backups_follow(data_dir):
    db, readers, backups, encryption = set_up(data_dir)
    encryption.turn_on(FIRST, FIRST)
    backups.backup_now()
    with pytest.raises(WrongPassphraseError):
        encryption.change("не та фраза", SECOND, SECOND)
    encryption.change(FIRST, SECOND, SECOND)
    assert [r.surname for r in readers.search("Петр")] == [SURNAME]
    [backup] = backup_store.list_backups(backups.folder)
    assert cipher_salt(backup[0]) == db.key.salt
    db.close()
    with pytest.raises(WrongPassphraseError):
        Database.open(data_dir, passphrase=FIRST)
    db, readers, backups, _enc = open_folder(data_dir, SECOND)
    assert [info.readers for info in backups.list()] == [1]
    assert [r.surname for r in readers.search("")] == [SURNAME]
    db.close()
    assert files_holding(data_dir) == {}


def test_an_encrypted_backup_restores_and_stays_encrypted(data_dir):
    db, readers, backups, encryption = set_up(data_dir)
    encryption.turn_on(FIRST, FIRST)
    made = backups.backup_now()
    readers.register("Коваль", "Ольга", consent=True)  # after the backup: carried over
    backups.restore(made.path)
    db, readers, _backups, _enc = open_folder(data_dir, FIRST)
    assert {r.surname for r in readers.search("")} == {SURNAME, "Коваль"}
    db.close()
    assert files_holding(data_dir) == {}


def test_a_backup_from_before_a_change_needs_the_passphrase_it_was_made_with(data_dir, tmp_path):
    db, readers, backups, encryption = set_up(data_dir)
    encryption.turn_on(FIRST, FIRST)
    old = tmp_path / "kept-on-a-stick.sqlite3"
    shutil.copy(backups.backup_now().path, old)
    encryption.change(FIRST, SECOND, SECOND)
    readers.register("Коваль", "Ольга", consent=True)
    with pytest.raises(WrongPassphraseError, match="passphrase it was made with"):
        backups.check(old)
    assert backups.check(old, passphrase=FIRST).readers == 1
    backups.restore(old, backup_passphrase=FIRST)
    db, readers, _backups, _enc = open_folder(data_dir, SECOND)  # the folder's key is kept
    assert {r.surname for r in readers.search("")} == {SURNAME, "Коваль"}
    assert cipher_salt(db.path) == db.key.salt
    db.close()


def test_an_encrypted_backup_on_a_new_laptop_opens_with_its_passphrase(data_dir, tmp_path):
    db, _readers, backups, encryption = set_up(data_dir)
    encryption.turn_on(FIRST, FIRST)
    backup = backups.backup_now().path
    db.close()
    new_laptop = tmp_path / "new-laptop"
    with pytest.raises(PassphraseNeededError):
        restore_data_folder(new_laptop, backup)
    restore_data_folder(new_laptop, backup, backup_passphrase=FIRST)
    assert is_encrypted(new_laptop)  # the folder takes the backup's passphrase
    db, readers, _backups, _enc = open_folder(new_laptop, FIRST)
    assert [r.surname for r in readers.search("Петр")] == [SURNAME]
    db.close()
    assert files_holding(new_laptop) == {}


def test_a_damaged_encrypted_database_is_replaced_by_the_newest_good_backup(data_dir):
    db, readers, backups, encryption = set_up(data_dir)
    encryption.turn_on(FIRST, FIRST)
    backups.backup_now()
    db.close()
    path = data_dir / DB_FILENAME
    raw = bytearray(path.read_bytes())
    raw[4096:8192] = bytes(4096)  # a page lost
    path.write_bytes(bytes(raw))
    best = newest_good_backup(data_dir, FIRST)
    assert best is not None and best.readers == 1
    restore_data_folder(data_dir, best.path, passphrase=FIRST)
    db, readers, _backups, _enc = open_folder(data_dir, FIRST)
    assert [r.surname for r in readers.search("")] == [SURNAME]
    db.close()
    kinds = {kind for _p, _w, kind in backup_store.list_backups(data_dir / "backups")}
    assert "damaged" in kinds and files_holding(data_dir) == {}
