"""A server database made by an older version is brought up to date at every start."""

from sqlalchemy import text

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
