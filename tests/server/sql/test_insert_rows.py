"""A push stores exactly what it stored before its changes went to the driver as tuples (SQLite's
``executemany``, PostgreSQL's ``COPY``) and before the records it touches were looked up in the
tombstones' index as one JSON parameter: the same rows, server sequences, history chain and
scrubbed fields as through SQLAlchemy's per-row parameters (``SqlDialect.insert_rows`` of the
base class) and an ``IN`` list, the code they replaced, for random pushes with re-pushes,
overlaps, gaps, numbers held with other content and deletes, on both databases."""

from __future__ import annotations

import types
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select, text

from mandrivna.core.change import Change, Op
from mandrivna.core.hlc import pack
from sync_server.sql.dialect import SqlDialect
from sync_server.sql.storage import SqlStorage
from sync_server.sql.tables import changes, origins
from sync_server.storage_api import LogMismatchError
from tests.server.test_storage import KEY, NOW

# Texts COPY's text form must escape (tab, line breaks, backslash) and a few that need no help.
TEXT = st.text(
    alphabet=st.sampled_from(["a", "Ї", "ґ", "\t", "\n", "\r", "\\", "N", '"', "'", " ", "é"]),
    min_size=1,
    max_size=12,
)
VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53), 2**53),
    TEXT,
    st.lists(TEXT, max_size=3),
)
# A few ids that many changes share, so that deletes meet earlier edits of the same record.
IDS = ["a", "Ї\\", "x\ty", "q'\"", "n\nN"]
FIELDS = st.dictionaries(st.sampled_from(["title", "name", "count", "hub", "Ім'я"]), VALUE)


@st.composite
def one_change(draw: st.DrawFn, n: int) -> tuple[int, str, str, Op, dict[str, object], int]:
    op = draw(st.sampled_from([Op.UPSERT, Op.UPSERT, Op.FACT, Op.DELETE]))
    fields = draw(FIELDS)
    if op is Op.DELETE:
        fields = dict.fromkeys(fields)
    entity = draw(st.sampled_from(["reader", "bib_record", "visit"]))
    entity_id = draw(st.one_of(st.sampled_from(IDS), TEXT))
    return (pack(NOW, n), entity, entity_id, op, fields, draw(st.integers(0, 2**40)))


@st.composite
def scenario(draw: st.DrawFn) -> tuple[list[list[tuple]], list[tuple[int, int, int, bool]]]:
    """Each origin's changes in order, and the pushes: (origin, first_seq, count, altered)."""
    logs = [[draw(one_change(n)) for n in range(1, draw(st.integers(1, 25)) + 1)] for _ in "ab"]
    pushes = []
    for _ in range(draw(st.integers(1, 10))):
        which = draw(st.integers(0, 1))
        first = draw(st.integers(1, len(logs[which])))
        count = draw(st.integers(0, len(logs[which]) - first + 1))
        pushes.append((which, first, count, draw(st.integers(0, 9)) == 0))
    return logs, pushes


def _urls(backend, request, tmp_path):
    if backend.name == "sqlite":
        return [f"sqlite:///{tmp_path / name}.sqlite3" for name in ("new", "old")]
    cluster = request.getfixturevalue("pg_server_url")
    if cluster is None:
        pytest.skip("no PostgreSQL here")
    admin = create_engine(cluster, isolation_level="AUTOCOMMIT")
    names = ["t_" + uuid.uuid4().hex[:12] for _ in range(2)]
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f"CREATE DATABASE {name}"))
    request.addfinalizer(lambda: _drop(admin, names))
    return [f"{cluster.rsplit('/', 1)[0]}/{name}" for name in names]


def _drop(admin, names):
    with admin.connect() as conn:
        for name in names:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def pair(backend, request, tmp_path):
    """Two empty storages with one epoch: the new insert, and the one it replaced."""
    new, old = (SqlStorage(url) for url in _urls(backend, request, tmp_path))
    old.db.dialect.insert_rows = types.MethodType(SqlDialect.insert_rows, old.db.dialect)
    old.db.dialect.texts = list  # ``column.in_(ids)``: one bound parameter per id
    with old.engine.begin() as conn:
        epoch = conn.execute(text("SELECT value FROM server_meta WHERE key = 'epoch'")).scalar()
    with new.engine.begin() as conn:
        conn.execute(text("UPDATE server_meta SET value = :v WHERE key = 'epoch'"), {"v": epoch})
    yield new, old
    new.close()
    old.close()


def _push(storage, key, origin, first, rows):
    try:
        return storage.push(key, origin, first, rows, NOW)
    except LogMismatchError as exc:
        return ("mismatch", exc.args)


def _held(storage):
    with storage.engine.connect() as conn:
        log = conn.execute(select(changes).order_by(changes.c.server_seq)).all()
        held = conn.execute(select(origins.c.origin_id, origins.c.held_seq)).all()
    return [tuple(row) for row in log], sorted(held)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scenario())
def test_the_driver_insert_stores_what_sqlalchemy_stored(pair, case):
    """Each example adds two new devices to the same two storages, which stay in step."""
    logs, pushes = case
    ids = [str(uuid.uuid4()) for _ in logs]
    keys = []
    for storage in pair:
        slots = []
        for device_id in ids:
            key, code = storage.enroll("Хаб", "librarian", NOW)
            storage.claim(code, device_id, KEY, NOW)
            slots.append(key)
        keys.append(slots)
    for which, first, count, altered in pushes:
        origin = ids[which]
        rows = [
            Change(origin, first + i, hlc + altered, entity, entity_id, op, fields, seen)
            for i, (hlc, entity, entity_id, op, fields, seen) in enumerate(
                logs[which][first - 1 : first - 1 + count]
            )
        ]
        results = [_push(s, k[which], origin, first, rows) for s, k in zip(pair, keys, strict=True)]
        assert results[0] == results[1]
    new, old = (_held(storage) for storage in pair)
    assert new == old
    assert len(new[0]) == len({row[0] for row in new[0]})  # each server sequence once
