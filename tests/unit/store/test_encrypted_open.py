"""Opening an encrypted data folder: the passphrase is checked before the database is touched, a
wrong one is called wrong (never "damaged"), a damaged encrypted file is still called damaged,
and a change of key interrupted half-way is finished or undone at the next start."""

import shutil

import pytest
from sqlalchemy import text

from mandrivna.core.database_key import derive_key, new_salt
from mandrivna.core.errors import (
    DatabaseFileError,
    PassphraseNeededError,
    WrongPassphraseError,
)
from mandrivna.store import cipher_files, folder_encryption
from mandrivna.store.connection import cipher_salt, is_plain_sqlite
from mandrivna.store.database import DB_FILENAME, STAGED_SUFFIX, Database
from tests.support.disk_bytes import SURNAME, files_holding

PASSPHRASE = "книжкова полиця"


def encrypted_folder(data_dir, passphrase=PASSPHRASE):
    """A set-up folder with one reader, encrypted; returns the key."""
    db = Database.open(data_dir)
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    with db.write() as writer:
        writer.upsert("reader", "r1", {"surname": SURNAME, "given_name": "Іван"})
    key = derive_key(passphrase, new_salt())
    db.change_key(key, passphrase)
    db.close()
    return key


def surnames(db):
    with db.read() as conn:
        return [r[0] for r in conn.execute(text("SELECT surname FROM reader"))]


def test_the_right_passphrase_opens_and_the_file_is_encrypted(data_dir):
    key = encrypted_folder(data_dir)
    path = data_dir / DB_FILENAME
    assert not is_plain_sqlite(path) and cipher_salt(path) == key.salt
    db = Database.open(data_dir, passphrase=PASSPHRASE)
    assert surnames(db) == [SURNAME] and db.key == key
    db.close()
    assert files_holding(data_dir) == {}


def test_a_wrong_passphrase_is_called_wrong_and_nothing_is_touched(data_dir):
    encrypted_folder(data_dir)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphraseError) as info:
        Database.open(data_dir, passphrase="книжкова полица")
    message = str(info.value)
    assert "wrong" in message and "damaged" not in message
    assert {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()} == before


def test_no_passphrase_for_an_encrypted_folder_says_where_to_give_it(data_dir):
    encrypted_folder(data_dir)
    with pytest.raises(PassphraseNeededError, match="MANDRIVNA_PASSPHRASE"):
        Database.open(data_dir)


def test_a_damaged_encrypted_database_is_called_damaged_not_a_wrong_passphrase(data_dir):
    encrypted_folder(data_dir)
    path = data_dir / DB_FILENAME
    raw = bytearray(path.read_bytes())
    raw[4096 * 2 : 4096 * 4] = b"\x00" * 8192  # two pages lost on a failing disk
    path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseFileError, match="damaged"):
        Database.open(data_dir, passphrase=PASSPHRASE)
    assert path.read_bytes() == bytes(raw)  # left as it was
    raw[16:4096] = b"\x00" * (4096 - 16)  # the first page too: still damaged, not "wrong"
    path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseFileError, match="damaged"):
        Database.open(data_dir, passphrase=PASSPHRASE)


def test_a_plain_database_put_into_an_encrypted_folder_is_encrypted_at_open(data_dir, tmp_path):
    encrypted_folder(data_dir)
    plain = Database.open(tmp_path / "plain")  # e.g. a plain backup put back by hand
    plain.set_device(hub_name="Хаб Київ", librarian_name="Олена")
    with plain.write() as writer:
        writer.upsert("reader", "r2", {"surname": SURNAME, "given_name": "Петро"})
    plain.close()
    shutil.copy(tmp_path / "plain" / DB_FILENAME, data_dir / DB_FILENAME)
    db = Database.open(data_dir, passphrase=PASSPHRASE)
    assert surnames(db) == [SURNAME] and db.device().hub_name == "Хаб Київ"
    db.close()
    assert files_holding(data_dir) == {}


def test_a_change_of_key_cut_off_after_it_took_effect_is_finished(data_dir):
    old = encrypted_folder(data_dir)
    path = data_dir / DB_FILENAME
    new = derive_key("нова фраза", new_salt())
    staged = path.with_name(path.name + STAGED_SUFFIX)
    cipher_files.export_copy(path, old, staged, new)
    folder_encryption.write_settings(data_dir, new)  # the power fails here
    db = Database.open(data_dir, passphrase="нова фраза")
    assert surnames(db) == [SURNAME] and cipher_salt(path) == new.salt
    assert not staged.exists()
    db.close()


def test_a_change_of_key_cut_off_before_it_took_effect_is_undone(data_dir):
    old = encrypted_folder(data_dir)
    path = data_dir / DB_FILENAME
    staged = path.with_name(path.name + STAGED_SUFFIX)
    cipher_files.export_copy(path, old, staged, derive_key("нова фраза", new_salt()))
    db = Database.open(data_dir, passphrase=PASSPHRASE)  # encryption.json still has the old
    assert surnames(db) == [SURNAME] and not staged.exists()
    db.close()
