"""A push's body is made from the log's stored JSON (``SyncStore.outbox_to_send``,
``wire.push_body``): the same bytes, batches and byte cap as the body the app made before from
decoded changes (``outbox``, ``push_count``, ``to_pushed``, ``encode``), whatever the log holds
(text the standard library or orjson wrote, odd floats, NaN, erased fields removed by SQL); and a
push whose answer is lost on the way is sent again without storing anything twice."""

from __future__ import annotations

import gzip
import json
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, text

from mandrivna.core.errors import SyncError
from mandrivna.store import tables
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore
from mandrivna.sync.sync_engine import SyncReport, push_all, run_sync
from mandrivna.wire import encode, push_body, push_count, sendable_count, to_pushed
from tests.support.two_laptops import two_laptops

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
)
field_values = scalars | st.lists(scalars, max_size=4)
# now and then an integer past 64 bits (written before the app checked its writes): no body
# can carry one, and both ways fail alike
too_big = st.sampled_from([0] * 100 + [2**64, -(2**63) - 1, 2**70])
field_maps = st.builds(
    lambda fields, big: fields | ({"zz_big": big} if big else {}),
    st.dictionaries(st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True), field_values),
    too_big,
)
logged = st.tuples(
    st.sampled_from(["bib_record", "reader", "visit"]),
    st.text(min_size=1, max_size=12),
    st.sampled_from(["u", "f", "d"]),
    field_maps,
    st.sampled_from(["stdlib", "orjson"]),  # which wrote the text: the engine, or insert_log
)


def _old_body(store: SyncStore, origin: str, after: int, limit: int, max_bytes: int):
    """The body as the app made it before, or the exception it raised."""
    try:
        changes = store.outbox(origin, after, limit)
        changes = changes[: push_count(changes, max_bytes)]
        body = encode(
            {
                "origin": origin,
                "first_seq": changes[0].seq,
                "changes": [to_pushed(c) for c in changes],
            }
        )
    except Exception as exc:  # both ways must fail alike
        return type(exc)
    return gzip.decompress(body), changes[-1].seq


def _new_body(store: SyncStore, origin: str, after: int, limit: int, max_bytes: int):
    try:
        changes = store.outbox_to_send(origin, after, limit)
        changes = changes[: sendable_count(changes, max_bytes)]
        body = push_body(origin, changes)
    except Exception as exc:
        return type(exc)
    return gzip.decompress(body), changes[-1][0]


@pytest.fixture(scope="module")
def laptop():
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp))
        db.set_device(hub_name="Хаб", librarian_name="Олена")
        yield db
        db.close()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(logged, min_size=1, max_size=25),
    st.integers(1, 30),
    st.integers(0, 400),
    st.lists(st.integers(0, 24), max_size=3),
)
def test_the_body_from_stored_json_is_the_body_from_decoded_changes(
    laptop, rows, limit, max_bytes, erased_at
):
    origin = str(uuid.uuid4())
    with laptop.transaction() as conn:
        for seq, (entity, entity_id, op, fields, writer) in enumerate(rows, start=1):
            values = dict(
                device_id=origin,
                seq=seq,
                hlc=1000 + seq,
                entity=entity,
                entity_id=entity_id,
                op=op,
                seen=seq // 2,
                recorded_at_ms=0,
            )
            if writer == "stdlib":  # the engine's JSON type writes it (``store.connection``)
                conn.execute(insert(tables.change_log).values(fields=fields, **values))
            else:
                conn.exec_driver_sql(
                    "INSERT INTO change_log (device_id, seq, hlc, entity, entity_id, op, "
                    "fields, seen, recorded_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        origin,
                        seq,
                        1000 + seq,
                        entity,
                        entity_id,
                        op,
                        json.dumps(fields, separators=(",", ":"), ensure_ascii=False),
                        seq // 2,
                        0,
                    ),
                )
        for seq in erased_at:  # a delete's scrub: SQLite rewrites the JSON text
            conn.execute(
                text(
                    "UPDATE change_log SET fields = json_remove(fields, '$.' || "
                    "(SELECT key FROM json_each(fields) LIMIT 1)) "
                    "WHERE device_id = :o AND seq = :s AND fields <> '{}'"
                ),
                {"o": origin, "s": seq + 1},
            )
    store = SyncStore(laptop)
    after = 0
    while after < len(rows):
        old = _old_body(store, origin, after, limit, max_bytes)
        assert _new_body(store, origin, after, limit, max_bytes) == old
        if not isinstance(old, tuple):
            break
        after = old[1]


@pytest.fixture
def world(tmp_path):
    with two_laptops(tmp_path) as (a, b, storage):
        yield a, b, storage


def test_a_push_cut_after_the_server_stored_it_is_sent_again_once(world):
    a, b, storage = world
    with a.db.write() as writer:
        writer.upsert_many("bib_record", [(f"r{i}", {"title": f"Книга {i}"}) for i in range(23)])
    # the status, then the second of five pushes is stored and its answer lost
    a.transport.faults = ["ok", "ok", "drop"]
    with pytest.raises(SyncError):
        run_sync(a.store, a.transport, batch=5)
    report = SyncReport()
    push_all(a.store, a.transport, report, batch=5)
    origin = a.store.origin()
    assert report.pushed == 23 - 10  # the two pushes stored before the cut are not stored again
    assert storage.held(origin) == 23
    assert run_sync(b.store, b.transport).pulled == 23
