"""Pages read in one streamed query (``page_bytes.page_rows``) hold exactly what the two queries
before them gave (the sizes first, then the rows that fit: ``_pull_before`` and
``_records_before``, the code they replaced, kept here as the reference), on SQLite and
PostgreSQL: random logs of records and facts of random sizes (some past the cap) from two
devices, read from random points with and without ``facts_upto``, by a device with its own
origins and by none, under random caps and page sizes; and the snapshot table's pages the same.
"""

from __future__ import annotations

import itertools
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import and_, literal, or_, select, true

from mandrivna.core.change import Op
from mandrivna.core.hlc import pack
from mandrivna.wire import from_pushed
from sync_server.sql import history, page_bytes, snapshots
from sync_server.sql.tables import CHANGE_COLUMNS, changes, records
from tests.server.test_storage import KEY, NOW

_examples = itertools.count()
_text = st.sampled_from(["", "a", "ї" * 7, 'q"\\', "x" * 90, "Кобзар" * 40])
_change = st.tuples(
    st.sampled_from(["u", "f", "f", "d"]),
    st.integers(0, 4),  # which record
    st.dictionaries(st.sampled_from(["title", "notes", "day"]), _text, max_size=3),
)


def _fitting(sizes, max_bytes) -> int:
    total = 0
    for count, size in enumerate(sizes):
        total += size
        if total > max_bytes and count > 0:
            return count
    return len(sizes)


def _pull_before(storage, device_key, after, limit, facts_upto, max_bytes):
    """``ChangeLog.pull`` as it was (the device's cursor left out): rows, cursor, more, chain."""
    dialect = storage.db.dialect
    where = changes.c.server_seq > after
    if facts_upto is not None:
        where = where & (changes.c.server_seq <= facts_upto) & (changes.c.op == Op.FACT.value)
    with storage.db.read() as conn:
        own = set(storage.origins_of(conn, device_key)) if device_key is not None else set()
        size = dialect.byte_length(changes.c.fields) + literal(page_bytes.ROW_OVERHEAD)
        order = changes.c.server_seq
        sizes = list(conn.execute(select(size).where(where).order_by(order).limit(limit)).scalars())
        count = _fitting(sizes, max_bytes)
        limit = count if count < len(sizes) else limit
        scanned = conn.execute(
            select(*CHANGE_COLUMNS).where(where).order_by(order).limit(limit)
        ).all()
        more = len(scanned) == limit
        cursor = scanned[-1].server_seq if scanned else after
        chain = scanned[-1].chain if scanned else None
        if facts_upto is not None and not more:
            cursor, chain = facts_upto, None
        if chain is None:
            chain = history.chain_at(conn, cursor)
    rows = [tuple(r) for r in scanned if r.device_id not in own]
    return rows, cursor, more, chain


def _sizes_up_to(storage, after, facts_upto, count) -> int:
    """The sizes of the first ``count`` changes after ``after``, added up."""
    where = changes.c.server_seq > after
    if facts_upto is not None:
        where = where & (changes.c.server_seq <= facts_upto) & (changes.c.op == Op.FACT.value)
    size = storage.db.dialect.byte_length(changes.c.fields) + literal(page_bytes.ROW_OVERHEAD)
    with storage.db.read() as conn:
        found = select(size).where(where).order_by(changes.c.server_seq).limit(count)
        return max(1, sum(conn.execute(found).scalars()))


def _records_before(storage, after, limit, max_bytes):
    """``snapshots.record_page`` as it was."""
    dialect = storage.db.dialect
    where = true()
    if after is not None:
        where = or_(
            records.c.entity > after[0],
            and_(records.c.entity == after[0], records.c.entity_id > after[1]),
        )
    order = (records.c.entity, records.c.entity_id)
    size = (
        dialect.byte_length(records.c.fields)
        + dialect.byte_length(records.c.stamps)
        + literal(page_bytes.ROW_OVERHEAD)
    )
    with storage.db.read() as conn:
        sizes = list(
            conn.execute(select(size).where(where).order_by(*order).limit(limit)).scalars()
        )
        count = _fitting(sizes, max_bytes)
        query = select(records.c.entity, records.c.entity_id, records.c.fields, records.c.stamps)
        rows = conn.execute(query.where(where).order_by(*order).limit(count)).all()
    return [tuple(r) for r in rows], count == limit or count < len(sizes)


def _push(storage, devices, who, rows, prefix) -> None:
    key, device_id, seq = devices[who]
    pushed = []
    for n, (op, number, fields) in enumerate(rows):
        values = {name: None for name in fields} if op == "d" else fields
        pushed.append((pack(NOW - 1000 + n, seq + n), "reader", f"{prefix}{number}", op, values, 0))
    made = [from_pushed(device_id, seq + 1 + i, r) for i, r in enumerate(pushed)]
    storage.push(key, device_id, seq + 1, made, NOW)
    devices[who][2] = seq + len(made)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pushes=st.lists(
        st.tuples(st.integers(0, 1), st.lists(_change, min_size=1, max_size=8)), max_size=6
    ),
    reads=st.lists(
        st.tuples(
            st.integers(0, 60),  # after
            st.integers(1, 12),  # limit
            # the cap in bytes; negative: exactly the first -N rows' sizes (the edge)
            st.sampled_from([1, 200, 700, 3000, 10**6, -1, -2, -3]),
            st.booleans(),  # facts_upto
            st.sampled_from([None, 0, 1]),  # who asks: nobody, or one of the two devices
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_pages_hold_what_the_two_queries_gave(storage, monkeypatch, pushes, reads) -> None:
    prefix = f"p{next(_examples):05d}-"
    devices = []
    for _ in range(2):
        device_id = str(uuid.uuid4())
        key, code = storage.enroll("Хаб", "librarian", NOW)
        storage.claim(code, device_id, KEY, NOW)
        devices.append([key, device_id, 0])
    for who, rows in pushes:
        _push(storage, devices, who, rows, prefix)
    top = storage.latest()
    for after, limit, cap, facts, who in reads:
        after = max(0, top - after)
        upto = top if facts else None
        if cap < 0:
            cap = _sizes_up_to(storage, after, upto, -cap)
        monkeypatch.setattr(page_bytes, "MAX_PAGE_BYTES", cap)
        key = None if who is None else devices[who][0]
        page = storage.pull(key, after, limit, NOW, upto)
        rows, cursor, more, chain = _pull_before(storage, key, after, limit, upto, cap)
        assert [tuple(c) for c in page.changes] == rows
        assert (page.cursor, page.more, page.chain) == (cursor, more, chain)
        assert len(page.changes) >= 1 or not rows
    storage.snapshot_records(None, 1)  # folds every record
    for after_number, limit, cap, _facts, _who in reads:
        cap = abs(cap) * 400 if cap < 0 else cap
        monkeypatch.setattr(page_bytes, "MAX_PAGE_BYTES", cap)
        after = None if after_number % 3 == 0 else ("reader", f"{prefix}{after_number % 5}")
        with storage.db.read() as conn:
            rows, more = snapshots.record_page(conn, storage.db.dialect, after, limit)
        assert ([tuple(r) for r in rows], more) == _records_before(storage, after, limit, cap)
