"""A server database made by an older version is brought up to date at every start."""

from sqlalchemy import inspect, text

from mandrivna.core.hlc import pack
from mandrivna.wire import from_pushed
from sync_server.sql.storage import SqlStorage
from tests.server.test_api import DEV_A, NOW, PUBLIC_KEY
from tests.server.test_enrollment import new_key


def test_an_older_server_database_gets_the_new_column(storage_url):
    """A server database made before ``replaces`` existed is brought up to date at start."""
    first = SqlStorage(storage_url)
    with first.engine.begin() as conn:
        conn.execute(text("ALTER TABLE server_device DROP COLUMN replaces"))
    first.close()
    again = SqlStorage(storage_url)
    again.claim(again.enroll("Хаб", "librarian", NOW)[1], DEV_A, PUBLIC_KEY, NOW)
    _key, code = again.enroll("Хаб", "librarian", NOW, replaces=DEV_A)
    again.claim(code, DEV_A, new_key(), NOW)
    again.close()
    SqlStorage(storage_url).close()  # and once more: the step is idempotent


def test_an_older_server_database_gets_the_tombstones_index_and_loses_the_duplicate(storage_url):
    """Made before ``ix_server_change_erased`` existed, with ``ix_server_change_device`` (the
    unique constraint's columns again): at start the one is made, the other dropped, and the log
    is kept."""
    first = SqlStorage(storage_url)
    first.claim(first.enroll("Хаб", "librarian", NOW)[1], DEV_A, PUBLIC_KEY, NOW)
    key = first.device_list()[0].key
    first.push(
        key, DEV_A, 1, [from_pushed(DEV_A, 1, (pack(NOW, 1), "reader", "r", "d", {}, 0))], NOW
    )
    with first.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_server_change_erased"))
        conn.execute(
            text("CREATE INDEX ix_server_change_device ON server_change (device_id, device_seq)")
        )
    first.close()
    again = SqlStorage(storage_url)
    names = {index["name"] for index in inspect(again.engine).get_indexes("server_change")}
    assert "ix_server_change_erased" in names and "ix_server_change_device" not in names
    assert again.held(DEV_A) == 1
    again.close()
