"""Opening a data folder: migrations, a copy before them, and bad files left untouched."""

import os

import pytest
from alembic import command

from mandrivna.core.errors import DatabaseFileError, DataFolderError, NewerDatabaseError
from mandrivna.store import schema
from mandrivna.store.connection import connect, make_engine
from mandrivna.store.database import DB_FILENAME, Database


def tables(path):
    with connect(path, None) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_empty_folder_is_migrated_to_head(data_dir):
    db = Database.open(data_dir)
    assert {"device_state", "change_log", "reader", "visit", "sync_state"} <= tables(db.path)
    with connect(db.path, None) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            schema.head_revision(),
        )
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    db.close()


def test_upgrade_from_first_revision_keeps_data_and_takes_a_copy(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / DB_FILENAME
    engine = make_engine(path)
    schema.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO device_state (id, device_id, hub_name, librarian_name, seq_last) "
            "VALUES (1, 'dev-1', 'Хаб', 'Олена', 1)"
        )
        conn.exec_driver_sql(
            "INSERT INTO change_log VALUES ('dev-1', 1, 5, 'reader', 'r1', 'u', "
            '\'{"surname": "Ґалаґан"}\', 0, 1)'
        )
    engine.dispose()

    db = Database.open(data_dir)
    assert db.device().hub_name == "Хаб"
    with connect(path, None) as conn:
        assert conn.execute("SELECT entity_id FROM change_log").fetchall() == [("r1",)]
    copies = list((data_dir / "backups").glob("mandrivna-*-before-migration.sqlite3"))
    assert len(copies) == 1 and "reader" not in tables(copies[0])
    db.close()


def test_downgrade_then_upgrade_round_trips(data_dir):
    db = Database.open(data_dir)
    config = schema.alembic_config()
    with db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
        conn.commit()
    assert tables(db.path) <= {"alembic_version"}
    schema.upgrade(db.engine)
    assert "reader" in tables(db.path)
    db.close()


def test_a_file_that_is_not_a_database_is_left_untouched(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / DB_FILENAME
    path.write_bytes(b"this is a shopping list, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseFileError) as info:
        Database.open(data_dir)
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [DB_FILENAME]
    assert "damaged" in str(info.value)


def test_a_corrupted_database_is_refused_and_untouched(data_dir):
    db = Database.open(data_dir)
    db.set_device(hub_name="Хаб", librarian_name="Олена")
    db.close()
    path = data_dir / DB_FILENAME
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page
    path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseFileError):
        Database.open(data_dir)
    assert path.read_bytes() == bytes(raw)


def test_a_database_from_a_newer_app_is_refused_and_untouched(data_dir):
    db = Database.open(data_dir)
    db.close()
    path = data_dir / DB_FILENAME
    with connect(path, None) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError):
        Database.open(data_dir)
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_is_refused_with_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataFolderError):
            Database.open(folder / "data")
    finally:
        folder.chmod(0o700)


def test_a_path_that_is_a_file_is_refused_as_data_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataFolderError):
        Database.open(blocker / "data")


def test_revision_ids_read_from_files_match_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(schema.alembic_config())
    assert schema.head_revision() == script.get_current_head()
    assert schema.known_revisions() == {r.revision for r in script.walk_revisions()}
