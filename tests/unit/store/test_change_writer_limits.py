"""The app never writes a change the sync server would refuse (issue #11, item 10): a change over
the caps of ``mandrivna.wire`` is refused in plain words before anything is written (it would
otherwise stay in the log and stop this laptop's sync for good), and a NUL character is dropped."""

import uuid

import pytest

from mandrivna.core.errors import ValidationError
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.connection import connect
from mandrivna.wire import MAX_CHANGE_BYTES, MAX_TEXT, fields_bytes, fields_problem


def rows(db, sql):
    with connect(db.path, None) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.parametrize(
    "fields",
    [
        {"surname": "Бойко", "notes": "я" * (MAX_TEXT + 1)},
        {"surname": "Бойко", "categories": ["idp"] * 101},
        {  # every text within 10,000 characters, but 80 KB in all
            "surname": "Бойко",
            "notes": "я" * 9_000,
            "block_reason": "я" * 9_000,
            "settlement": "я" * 9_000,
            "messenger": "я" * 9_000,
            "patronymic": "я" * 4_000,
        },
    ],
    ids=["long-text", "long-list", "too-big-in-all"],
)
def test_a_change_the_server_would_refuse_is_refused_here_and_nothing_written(db, fields):
    assert fields_problem(fields)  # the server's own rule says no
    with pytest.raises(ValidationError) as refused, db.write() as writer:
        writer.upsert("reader", str(uuid.uuid4()), fields)
    assert "64 KB" in str(refused.value)
    with pytest.raises(ValidationError), db.write() as writer:
        writer.upsert_many("reader", [(str(uuid.uuid4()), fields)])
    assert rows(db, "SELECT count(*) FROM change_log") == [(0,)]
    assert rows(db, "SELECT count(*) FROM reader") == [(0,)]


def test_the_biggest_change_the_server_takes_is_written(db):
    fields = {"surname": "Бойко", "notes": "я" * 9_000, "block_reason": "я" * 9_000}
    fields["settlement"] = "я" * 9_000
    assert fields_bytes(fields) <= MAX_CHANGE_BYTES and fields_problem(fields) is None
    with db.write() as writer:
        writer.upsert("reader", str(uuid.uuid4()), fields)
    assert rows(db, "SELECT count(*) FROM reader") == [(1,)]


def test_a_nul_character_is_dropped_from_texts(db):
    reader_id, _ = ReaderService(db).register("Бой\x00ко", "Іван", consent=True)
    assert rows(db, "SELECT surname FROM reader") == [("Бойко",)]
    (fields,) = rows(db, "SELECT fields FROM change_log")[0]
    assert "\\u0000" not in fields and "\x00" not in fields and reader_id
