"""The snapshot table against the log it is folded from, on SQLite and PostgreSQL: random pushes
from two devices (new records, edits, edits with no fields, deletes that erase), folds of random
chunk sizes and bounded steps at random moments, and a laptop paging through a snapshot while
all of it goes on. Whatever the order:

- every row holds what replaying its record's changes up to the fold's point gives, and the
  changes after that point merged into the row give the replay of the whole log (a laptop
  that takes the snapshot, then pulls on from its point, misses nothing);
- a delete reaches the row at once (the erased fields are null before any fold);
- the pages, read by the laptop's parser, short stamps or full, hold the rows' very states,
  and the pages a laptop takes while pushes and folds happen, with the changes after the first
  page's point, give the replay of the whole log.
"""

from __future__ import annotations

import itertools
import json
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from mandrivna.core.change import Change
from mandrivna.core.hlc import pack
from mandrivna.core.merge import RecordState, full_stamps, merge_record, merge_state
from mandrivna.sync.snapshot_page import plain_snapshot_page
from mandrivna.wire import from_pushed, op_of
from sync_server import snapshot_pages
from sync_server.sql import snapshots
from sync_server.sql.record_texts import state_of
from sync_server.sql.tables import records
from sync_server.storage_api import RecordPage
from tests.server.test_storage import KEY, NOW

_examples = itertools.count()
_FIELDS = ("title", "notes", "year")
_values = st.none() | st.integers(-3, 3) | st.sampled_from(["Кобзар", "ʼ", 'a"b', ""])
_fields = st.dictionaries(st.sampled_from(_FIELDS), _values, max_size=3)
_change = st.tuples(
    st.sampled_from(["u", "u", "u", "d"]),
    st.sampled_from(["bib_record", "reader"]),
    st.integers(0, 3),  # which record
    _fields,
    st.integers(0, 6),  # the clock: ties between the devices happen
    st.booleans(),  # seen the record's newest stamp
)
_step = st.one_of(
    st.tuples(st.just("push"), st.integers(0, 1), st.lists(_change, min_size=1, max_size=6)),
    st.tuples(st.just("step"), st.integers(1, 2)),  # the background fold, bounded
    st.tuples(st.just("page"), st.integers(1, 3)),  # the laptop asks for its next page
)


class World:
    """One example's devices and records, apart from every other example's in the storage."""

    def __init__(self, storage) -> None:
        self.storage = storage
        self.prefix = f"x{next(_examples):05d}-"
        self.devices = []
        for _ in range(2):
            device_id = str(uuid.uuid4())
            key, code = storage.enroll("Хаб", "librarian", NOW)
            storage.claim(code, device_id, KEY, NOW)
            self.devices.append([key, device_id, 0])
        self.clock = 0

    def push(self, who: int, rows) -> list[tuple[str, str]]:
        key, device_id, seq = self.devices[who]
        pushed = []
        for op, entity, number, fields, tick, seen in rows:
            self.clock += 1
            hlc = pack(NOW - 1000 + tick, self.clock % 3)
            values = {name: None for name in fields} if op == "d" else fields
            pushed.append(
                [hlc, entity, f"{self.prefix}{number}", op, values, hlc - 1 if seen else 0]
            )
        changes = [from_pushed(device_id, seq + 1 + i, tuple(r)) for i, r in enumerate(pushed)]
        self.storage.push(key, device_id, seq + 1, changes, NOW)
        self.devices[who][2] = seq + len(changes)
        return [(r[1], r[2]) for r in pushed if r[3] == "d"]

    def log(self, after: int = 0) -> list[tuple[int, Change]]:
        """This example's changes after server sequence ``after``, in server order, each with
        its server sequence."""
        page = self.storage.pull(None, after, 100_000, NOW)
        return [
            (
                c.server_seq,
                Change(
                    c.device_id,
                    c.device_seq,
                    c.hlc,
                    c.entity,
                    c.entity_id,
                    op_of(c.op),
                    json.loads(c.fields_json),
                    c.seen,
                ),
            )
            for c in page.changes
            if c.entity_id.startswith(self.prefix)
        ]

    def rows(self) -> dict[tuple[str, str], RecordState]:
        with self.storage.engine.connect() as conn:
            found = conn.execute(select(records).where(records.c.entity_id.startswith(self.prefix)))
            return {(r.entity, r.entity_id): state_of(r.fields, r.stamps) for r in found}


def replay(changes) -> dict[tuple[str, str], RecordState]:
    states: dict[tuple[str, str], RecordState] = {}
    for _seq, change in changes:
        merge_record(states.setdefault((change.entity, change.entity_id), RecordState()), change)
    return states


def _same(a: dict[tuple[str, str], RecordState], b: dict[tuple[str, str], RecordState]) -> None:
    assert {k: (s.values, s.stamps) for k, s in a.items()} == {
        k: (s.values, s.stamps) for k, s in b.items()
    }


def _read_page(page: RecordPage, short: bool) -> list:
    """The page as the laptop reads it: the server's text, parsed, checked."""
    read = plain_snapshot_page(json.loads(snapshot_pages.page_text(page, 0, short)))
    assert read is not None
    return read.records


def _check_fold(world: World) -> int:
    """Rows against the log at the fold's point; returns the point."""
    with world.storage.engine.connect() as conn:
        upto = snapshots._upto(conn)
    changes = world.log()
    rows = world.rows()
    for key in replay(c for c in changes if c[0] <= upto):
        assert key in rows, key  # nothing of the fold's range missed
    caught_up = {k: RecordState(dict(s.values), dict(s.stamps)) for k, s in rows.items()}
    for _seq, change in world.log(upto):
        merge_record(caught_up.setdefault((change.entity, change.entity_id), RecordState()), change)
    _same(caught_up, replay(changes))
    return upto


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(_step, max_size=10), chunk=st.integers(1, 5))
def test_the_snapshot_table_and_pages_equal_replaying_the_log(storage, steps, chunk) -> None:
    world = World(storage)
    saved, snapshots.CHUNK = snapshots.CHUNK, chunk
    laptop: dict[tuple[str, str], RecordState] = {}
    cursor: tuple[str, str] | None = None
    first_upto: int | None = None
    done = False
    try:
        for step in [*steps, ("push", 0, [("u", "reader", 0, {"notes": "в"}, 0, False)])]:
            if step[0] == "push":
                deleted = world.push(step[1], step[2])
                rows = world.rows()
                for key in deleted:  # erased at once where the table holds the record
                    if key in rows:
                        assert rows[key].values.get("_deleted") is True
            elif step[0] == "step":
                for _ in range(step[1]):
                    storage.materialize_step()
            elif not done:
                page = storage.snapshot_records(cursor, step[1] * 7)
                first_upto = page.upto if first_upto is None else first_upto
                for entity, entity_id, fields, stamps in _read_page(page, short=True):
                    if entity_id.startswith(world.prefix):
                        state = RecordState(dict(fields), dict(full_stamps(fields, stamps)))
                        merge_state(laptop.setdefault((entity, entity_id), RecordState()), state)
                done = not page.more
                cursor = (page.records[-1][0], page.records[-1][1]) if page.records else cursor
            _check_fold(world)
        storage.snapshot_records(None, 1)  # folds everything
        assert _check_fold(world) == storage.latest()
        _same(world.rows(), replay(world.log()))
        _pages_hold_the_rows(world)
        if done and first_upto is not None:  # the laptop's catch-up: pages, then pulls on
            for _seq, change in world.log(first_upto):
                key = (change.entity, change.entity_id)
                merge_record(laptop.setdefault(key, RecordState()), change)
            _same(laptop, replay(world.log()))
    finally:
        snapshots.CHUNK = saved


def _pages_hold_the_rows(world: World) -> None:
    rows = world.rows()
    page = world.storage.snapshot_records(None, 5000)
    mine = RecordPage(
        page.upto, [r for r in page.records if r.entity_id.startswith(world.prefix)], False
    )
    for short in (True, False):
        read = {(e, i): (f, s) for e, i, f, s in _read_page(mine, short)}
        assert read.keys() == rows.keys()
        for key, (fields, stamps) in read.items():
            assert short or isinstance(stamps, dict)
            assert fields == rows[key].values
            assert full_stamps(fields, stamps) == rows[key].stamps


def test_rows_an_older_server_kept_as_maps_fold_and_page_as_before(storage) -> None:
    """A server updated over its old table: rows kept as field → stamp maps are merged into and
    sent (short where one stamp covers every field) as the rows this version writes."""
    world = World(storage)
    device = world.devices[0][1]
    key = ("reader", f"{world.prefix}0")
    stamp = [pack(NOW - 5000, 0), device, 0]
    with storage.engine.begin() as conn:  # as the older fold wrote it
        fields = {"surname": "Бойко", "notes": None}
        stamps = {"notes": stamp, "surname": stamp}
        conn.execute(
            records.insert().values(
                entity=key[0],
                entity_id=key[1],
                fields=json.dumps(fields),
                stamps=json.dumps(stamps),
            )
        )
    page = RecordPage(0, storage.snapshot_records(None, 5000).records, False)
    [(_, _, sent_fields, sent_stamps)] = [r for r in _read_page(page, True) if r[1] == key[1]]
    assert sent_fields == fields and sent_stamps == tuple(stamp)  # one stamp covers both
    world.push(0, [("u", "reader", 0, {"notes": "ввечері"}, 9, True)])
    storage.snapshot_records(None, 1)
    state = world.rows()[key]
    assert state.values == {"surname": "Бойко", "notes": "ввечері"}
    assert state.stamps["surname"] == stamp and state.stamps["notes"] != stamp
