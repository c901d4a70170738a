"""Snapshot rows an older server kept as stamp maps are kept with their one stamp once the server
starts after its update (``short_stamps``), on SQLite and PostgreSQL: for random records (every
field one stamp, or stamps that differ, empty ones, rows already short), every row holds the
same state after, the pages a new laptop receives are the same text, an older laptop's pages
(full maps) the same records and stamps; it runs once, and never writes over a row that changed
since it was read."""

from __future__ import annotations

import itertools
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from mandrivna.core import json_text
from sync_server.snapshot_pages import page_text
from sync_server.sql import short_stamps
from sync_server.sql.record_texts import state_of
from sync_server.sql.storage import SqlStorage
from sync_server.sql.tables import meta, records

_examples = itertools.count()
_stamp = st.tuples(
    st.integers(0, 2**62), st.sampled_from(["d1", "dev-ї", 'q"']), st.integers(0, 9)
).map(list)
_value = st.none() | st.integers(-5, 5) | st.sampled_from(["Кобзар", "", 'a"b', "x" * 30])


@st.composite
def _record(draw):
    names = draw(st.lists(st.sampled_from(["title", "notes", "year", "_deleted"]), unique=True))
    values = {name: draw(_value) for name in names}
    one = draw(_stamp)
    form = draw(st.sampled_from(["one", "one", "mixed", "short"]))
    if form == "short" and values:
        return values, json_text.dumps(one)  # as this version's fold keeps it
    stamps = {name: one if form == "one" else draw(_stamp) for name in names}
    return values, json_text.dumps_sorted(stamps)  # as an older server kept every row


def _pages(storage) -> list[tuple[str, str]]:
    """Every page's text, as a new laptop (short stamps) and an older one receive it."""
    texts = []
    after = None
    while True:
        page = storage.snapshot_records(after, 3)
        texts.append((page_text(page, 0, True), page_text(page, 0, False)))
        if not page.more:
            return texts
        after = (page.records[-1].entity, page.records[-1].entity_id)


def _rows(storage) -> dict[tuple[str, str], tuple[str, str]]:
    with storage.engine.connect() as conn:
        found = conn.execute(select(records))
        return {(r.entity, r.entity_id): (r.fields, r.stamps) for r in found}


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(made=st.lists(_record(), max_size=12))
def test_rows_kept_short_hold_the_same_state_and_pages(storage, made) -> None:
    prefix = f"s{next(_examples):05d}-"
    with storage.engine.begin() as conn:
        conn.execute(delete(records))  # the snapshot table of this example only
        conn.execute(delete(meta).where(meta.c.key == short_stamps.DONE))
        for number, (values, stamps) in enumerate(made):
            conn.execute(
                records.insert().values(
                    entity="reader",
                    entity_id=f"{prefix}{number}",
                    fields=json_text.dumps(values),
                    stamps=stamps,
                )
            )
    before_rows, before_pages = _rows(storage), _pages(storage)
    maps = short_stamps.pending(storage.engine)
    found = short_stamps.keep_short(storage.engine, storage.db.dialect)
    after_rows, after_pages = _rows(storage), _pages(storage)
    assert after_rows.keys() == before_rows.keys()
    for key, (fields, stamps) in after_rows.items():
        was = state_of(*before_rows[key])
        now = state_of(fields, stamps)
        assert (now.values, now.stamps) == (was.values, was.stamps)
        assert fields == before_rows[key][0]
    assert [new for new, _old in after_pages] == [new for new, _old in before_pages]
    assert [json.loads(old) for _new, old in after_pages] == [
        json.loads(old) for _new, old in before_pages
    ]
    assert short_stamps.pending(storage.engine) == maps - found
    uniform = sum(
        1
        for values, stamps in made
        if values
        and stamps[:1] == "{"
        and len({json.dumps(s) for s in json.loads(stamps).values()}) == 1
    )
    assert found == uniform
    assert short_stamps.keep_short(storage.engine, storage.db.dialect) == 0  # once


def test_a_row_changed_since_it_was_read_is_left_as_it_is(storage) -> None:
    one = [7, "d1", 0]
    texts = {"fields": '{"title":"a"}', "stamps": json_text.dumps_sorted({"title": one})}
    with storage.engine.begin() as conn:
        conn.execute(records.insert().values(entity="reader", entity_id="r", **texts))
        read = [{"e": "reader", "i": "r", "f": texts["fields"], "s": texts["stamps"]}]
        read[0]["short"] = json_text.dumps(one)
        newer = '{"title":[9,"d2",0]}'  # another server process folds a newer edit meanwhile
        conn.execute(records.update().values(fields='{"title":"b"}', stamps=newer))
        short_stamps.rewrite(conn, read)
    assert _rows(storage) == {("reader", "r"): ('{"title":"b"}', newer)}


def test_the_server_keeps_them_short_when_it_starts(storage_url) -> None:
    first = SqlStorage(storage_url)
    with first.engine.begin() as conn:
        conn.execute(delete(meta).where(meta.c.key == short_stamps.DONE))  # an older server's
        stamps = json_text.dumps_sorted({"notes": [5, "d1", 0], "title": [5, "d1", 0]})
        conn.execute(
            records.insert().values(
                entity="reader", entity_id="r", fields='{"title":"a","notes":null}', stamps=stamps
            )
        )
    first.close()
    again = SqlStorage(storage_url)
    assert _rows(again) == {("reader", "r"): ('{"title":"a","notes":null}', '[5,"d1",0]')}
    again.close()
