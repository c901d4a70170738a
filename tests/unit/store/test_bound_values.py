"""The values the laptop's driver binds through the adapters ``store.connection`` registers
(None, bool, bytes: looked up in one step instead of sqlcipher3's slow search) are stored as
they were before: NULL, 0 or 1, a BLOB."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from mandrivna.core.database_key import KEY_BYTES, DatabaseKey, new_salt
from mandrivna.store import connection


def test_the_adapters_are_registered_for_the_slow_types() -> None:
    for kind in (type(None), bool, bytes):
        assert (kind, sqlcipher3.PrepareProtocol) in sqlcipher3.adapters
    # one for a base type would send every value of every statement through the slow search
    for base in (int, float, str, bytearray):
        assert (base, sqlcipher3.PrepareProtocol) not in sqlcipher3.adapters


def test_values_are_stored_as_sqlite_types_of_their_own(tmp_path: Path) -> None:
    key = DatabaseKey(os.urandom(KEY_BYTES), new_salt())
    conn = connection.connect(tmp_path / "laptop.db", key)
    try:
        conn.execute("CREATE TABLE t (n, b, f, blob, i, s, r)")
        values = (None, True, False, b"\x00\xff", 7, "Київ", 1.5)
        conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)", [values] * 3)
        row = conn.execute(
            "SELECT typeof(n), typeof(b), typeof(f), typeof(blob), typeof(i), typeof(s), "
            "typeof(r), n, b, f, blob, i, s, r FROM t"
        ).fetchone()
    finally:
        conn.close()
    assert row[:7] == ("null", "integer", "integer", "blob", "integer", "text", "real")
    assert row[7:] == (None, 1, 0, b"\x00\xff", 7, "Київ", 1.5)


def test_a_null_is_found_by_is_null_and_a_bool_compares_as_an_integer(tmp_path: Path) -> None:
    conn = connection.connect(tmp_path / "plain.db", None)
    try:
        conn.execute("CREATE TABLE t (v)")
        conn.executemany("INSERT INTO t VALUES (?)", [(None,), (True,), (1,), (False,)])
        assert conn.execute("SELECT count(*) FROM t WHERE v IS NULL").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM t WHERE v = ?", (True,)).fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM t WHERE v IS ?", (None,)).fetchone() == (1,)
    finally:
        conn.close()
