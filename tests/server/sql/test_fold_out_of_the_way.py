"""The background fold of records for snapshots keeps out of the pushes' way: it waits while
changes keep arriving (every server process's pushes count: it reads when they arrived from the
log) and folds once they stop, or once a change has waited its bound; a snapshot taken at any
moment, between any pushes and fold steps, is what replaying every change gives."""

from __future__ import annotations

import gzip
import json
import time
import uuid

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandrivna.core import json_text
from mandrivna.core.change import Change, Op
from mandrivna.core.hlc import pack
from mandrivna.core.merge import RecordState, full_stamps, merge_record
from sync_server.app import create_app
from sync_server.sql import snapshots
from tests.server import test_storage as contract
from tests.server.test_api import DEV_A, NOW, enroll, headers

AT = contract.NOW  # the storage's own tests' clock


def _upto(storage) -> int:
    with storage.engine.connect() as conn:
        return snapshots._upto(conn)


def test_the_fold_lag_says_when_the_changes_not_yet_folded_arrived(storage):
    assert storage.fold_lag() is None
    contract.enrolled(storage, DEV_A)
    row = [pack(AT, 1), "reader", "r1", "u", {"surname": "Бойко"}, 0]
    fact = [pack(AT, 2), "visit", "v1", "f", {"day": "2026-12-07"}, 0]
    contract.push(storage, DEV_A, 1, [row], now=AT + 1_000)
    contract.push(storage, DEV_A, 2, [fact], now=AT + 3_000)
    lag = storage.fold_lag()
    assert (lag.oldest_ms, lag.newest_ms) == (AT + 1_000, AT + 3_000)
    while storage.materialize_step():
        pass
    assert storage.fold_lag() is None  # the fact is passed over with the record
    contract.push(storage, DEV_A, 3, [[pack(AT, 3), "reader", "r1", "u", {"name": "Ія"}, 0]])
    lag = storage.fold_lag()
    assert (lag.oldest_ms, lag.newest_ms) == (AT, AT)


def _push(api, token, seq):
    change = [pack(NOW, seq), "reader", f"r{seq}", "u", {"surname": f"S{seq}"}, 0]
    body = {"origin": DEV_A, "first_seq": seq, "changes": [change]}
    reply = api.post(
        "/v1/push", content=gzip.compress(json.dumps(body).encode()), headers=headers(token)
    )
    assert reply.status_code == 200, reply.text


def test_the_fold_waits_while_pushes_arrive_and_runs_once_they_stop(storage):
    app = create_app(storage, materialize_every_s=0.02, fold_quiet_s=4.0, fold_within_s=600.0)
    with TestClient(app) as live:
        token = enroll(live, storage, DEV_A)
        for seq in range(1, 6):
            _push(live, token, seq)
            time.sleep(0.1)
        assert _upto(storage) == 0  # the last push came < 4 s ago: nothing folded yet
        deadline = time.monotonic() + 30
        while _upto(storage) < 5 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _upto(storage) == 5


def test_a_change_is_folded_within_its_bound_though_pushes_never_stop(storage):
    app = create_app(storage, materialize_every_s=0.02, fold_quiet_s=600.0, fold_within_s=0.3)
    with TestClient(app) as live:
        token = enroll(live, storage, DEV_A)
        seq, deadline = 0, time.monotonic() + 30
        while (seq == 0 or _upto(storage) == 0) and time.monotonic() < deadline:
            seq += 1
            _push(live, token, seq)
            time.sleep(0.05)
        assert _upto(storage) >= 1


# --- a snapshot taken at any moment is what replaying the changes gives ------------------------

IDS = ["r1", "r2", "r3", "r4"]
FIELDS = st.dictionaries(
    st.sampled_from(["surname", "name", "phone", "notes"]),
    st.one_of(st.none(), st.integers(-5, 5), st.text("аб c", max_size=4)),
    min_size=1,
)
ACTION = st.one_of(
    st.tuples(
        st.just("push"),
        st.lists(st.tuples(st.sampled_from(IDS), FIELDS, st.booleans()), min_size=1, max_size=4),
    ),
    st.tuples(st.just("step"), st.none()),
    st.tuples(st.just("snapshot"), st.none()),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(ACTION, min_size=1, max_size=12), st.integers(1, 3))
def test_a_snapshot_at_any_moment_equals_replaying_the_changes(storage, actions, chunk):
    """Pushes (records and facts, several origins of one device), fold steps of ``chunk``
    changes and snapshots, in any order: every snapshot holds each record as merging all its
    changes so far in turn does (each example's records under ids of its own)."""
    saved, snapshots.CHUNK = snapshots.CHUNK, chunk
    try:
        run = uuid.uuid4().hex[:8]
        device = str(uuid.uuid4())
        contract.enrolled(storage, device)
        seq, pushed = 0, []
        for kind, detail in actions:
            if kind == "push":
                rows = []
                for entity_id, fields, is_fact in detail:
                    seq += 1
                    op = "f" if is_fact else "u"
                    entity = "visit" if is_fact else "reader"
                    rows.append([pack(AT, seq), entity, f"{run}-{entity_id}", op, fields, seq % 3])
                held, stored = contract.push(storage, device, seq - len(rows) + 1, rows)
                assert (held, stored) == (seq, len(rows))
                pushed.extend(
                    Change(device, seq - len(rows) + 1 + i, r[0], r[1], r[2], Op(r[3]), r[4], r[5])
                    for i, r in enumerate(rows)
                )
            elif kind == "step":
                storage.materialize_step()
            else:
                assert _snapshot(storage, run) == _replayed(pushed)
        assert _snapshot(storage, run) == _replayed(pushed)
    finally:
        snapshots.CHUNK = saved


def _snapshot(storage, run):
    found, after = {}, None
    while True:
        page = storage.snapshot_records(after, 50)
        for r in page.records:
            if r.entity_id.startswith(run):
                fields = json_text.loads(r.fields_json)  # one stamp, or the map
                found[r.entity_id] = (fields, full_stamps(fields, json_text.loads(r.stamps_json)))
        if not page.more or not page.records:
            return found
        after = (page.records[-1].entity, page.records[-1].entity_id)


def _replayed(pushed):
    states: dict[str, RecordState] = {}
    for change in pushed:
        if change.op is Op.UPSERT:
            merge_record(states.setdefault(change.entity_id, RecordState()), change)
    return {i: (s.values, {k: list(v) for k, v in s.stamps.items()}) for i, s in states.items()}
