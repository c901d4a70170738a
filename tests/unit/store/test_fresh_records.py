"""Records new on a laptop written in one pass (``fresh_records``) end up exactly as the general
merge writes them: the same rows (stamps' text included), search entries, conflicts and log,
whatever mix of new and held records, edits, deletes, repeats and snapshot states arrives, and
a snapshot's short stamps merge as the full map they stand for."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mandrivna.core import json_text
from mandrivna.core.change import Change, Op
from mandrivna.core.merge import TOMBSTONE_HLC
from mandrivna.store import fresh_records, record_rows, replica
from mandrivna.store.database import Database
from mandrivna.wire import full_stamps

IDS = [f"reader-or-record-{i}" for i in range(6)]
DEVICES = ["dev-a", "dev-b"]
NAMES = ["Шевчук", "Коваленко", "Мар'яна", "Ярина", None, "Ńowak"]
TITLES = ["Кобзар", "Тіні забутих предків", "Intermezzo", None]
ISBNS = ["9789660123456", "9786170981234", "966-01-2345-X", None]

reader_fields = st.fixed_dictionaries(
    {},
    optional={
        "surname": st.sampled_from(NAMES),
        "given_name": st.sampled_from(NAMES),
        "phone": st.sampled_from(["+380 67 123 45 67", "050 111 22 33", "12", None]),
        "card_number": st.sampled_from(["7K2MQ-0042", "A-1", None]),
        "categories": st.sampled_from([["idp"], ["idp", "youth"], [], None]),
        "notes": st.text(max_size=8),
    },
)
record_fields = st.fixed_dictionaries(
    {},
    optional={
        "title": st.sampled_from(TITLES),
        "authors": st.sampled_from([["Шевченко Т."], ["Коцюбинський М.", "Леся Українка"], []]),
        "isbn": st.sampled_from(ISBNS),
        "subjects": st.sampled_from([["поезія"], ["проза", "історія"], None]),
        "material_type": st.sampled_from(["book", "periodical", None]),
    },
)


@st.composite
def batches(draw: Any, entity: str) -> tuple[list[list[Change]], list[tuple[Any, ...]]]:
    fields = reader_fields if entity == "reader" else record_fields
    seqs = dict.fromkeys(DEVICES, 0)
    pages: list[list[Change]] = []
    for _ in range(draw(st.integers(1, 3))):
        page = []
        for _ in range(draw(st.integers(1, 8))):
            device = draw(st.sampled_from(DEVICES))
            seqs[device] += 1
            op = draw(st.sampled_from([Op.UPSERT] * 5 + [Op.DELETE]))
            values = draw(fields)
            if op is Op.DELETE:
                values = {name: None for name in list(values)[:2]}
            hlc = draw(st.integers(1, 50)) << 16
            seen = draw(st.sampled_from([0, hlc - (1 << 16)]))
            page.append(
                Change(
                    device, seqs[device], hlc, entity, draw(st.sampled_from(IDS)), op, values, seen
                )
            )
        pages.append(page)
    states = []
    for entity_id in draw(st.lists(st.sampled_from(IDS), max_size=3, unique=True)):
        values = draw(fields)
        stamp = draw(st.integers(1, 50)) << 16
        erased = draw(st.booleans()) and draw(st.booleans())
        uneven = draw(st.booleans())
        stamps = {
            name: [TOMBSTONE_HLC if erased else stamp + i * uneven, "dev-c", 0]
            for i, name in enumerate(values)
        }
        if erased:
            values = {name: None for name in values} | {"_deleted": True}
            stamps["_deleted"] = [TOMBSTONE_HLC, "dev-c", 0]
        short = not erased and draw(st.booleans())  # as a snapshot page sends it: one stamp
        states.append((entity, entity_id, values, [stamp, "dev-c", 0] if short else stamps))
    return pages, states


@pytest.fixture(scope="module")
def laptops(tmp_path_factory: pytest.TempPathFactory):
    """Two laptops kept for every example (opening one costs its migrations); each example
    uses ids and devices of its own, so it finds nothing of the others'."""
    folder = tmp_path_factory.mktemp("fresh")
    both = []
    for name in ("fresh", "general"):
        db = Database.open(folder / name)
        db.set_device(hub_name="Хаб", librarian_name="Олена")
        both.append(db)
    yield both
    for db in both:
        db.close()


def _renamed(pages: list[list[Change]], states: list[Any], tag: str) -> tuple[list, list]:
    return (
        [
            [replace(c, device_id=tag + c.device_id, entity_id=tag + c.entity_id) for c in page]
            for page in pages
        ],
        [(entity, tag + entity_id, values, stamps) for entity, entity_id, values, stamps in states],
    )


def _apply(db: Database, pages: list[list[Change]], states: list[Any], tag: str) -> dict:
    for page in pages[:1]:
        with db.transaction(durable=False) as conn:
            replica.store_and_apply(conn, page, 0)
    with db.transaction(durable=False) as conn:  # a snapshot's states among the pages
        replica.apply_states(conn, states, 0)
    for page in pages[1:]:
        with db.transaction(durable=False) as conn:
            replica.store_and_apply(conn, page, 0)
    mine = f"'{tag}%'"
    with db.read() as conn:
        held = {
            table: sorted(
                tuple(row)
                for row in conn.exec_driver_sql(
                    f"SELECT t.deleted, f.rowid IS NOT NULL, t.*, f.terms FROM {table} t "
                    f"LEFT JOIN {fts} f ON f.rowid = t.rowid WHERE t.id LIKE {mine}"
                )
            )
            for table, fts in (("reader", "reader_fts"), ("bib_record", "record_fts"))
        }
        held["conflict"] = sorted(
            tuple(row)[1:]
            for row in conn.exec_driver_sql(f"SELECT * FROM conflict WHERE entity_id LIKE {mine}")
        )
        held["log"] = sorted(
            tuple(row)
            for row in conn.exec_driver_sql(
                f"SELECT device_id, seq, fields FROM change_log WHERE device_id LIKE {mine}"
            )
        )
    return held


@settings(max_examples=60)
@given(
    st.sampled_from(["reader", "bib_record"]).flatmap(lambda entity: batches(entity)),
    st.uuids(),
)
def test_records_new_here_are_written_as_the_general_merge_writes_them(
    laptops: list[Database], drawn: Any, tag: Any
) -> None:
    pages, states = _renamed(*drawn, tag=f"{tag.hex[:8]}-")
    fresh, general = laptops
    one_pass = _apply(fresh, pages, states, f"{tag.hex[:8]}-")
    replica.FRESH_PATH = False
    try:
        full = [(e, i, values, full_stamps(values, stamps)) for e, i, values, stamps in states]
        merged = _apply(general, pages, full, f"{tag.hex[:8]}-")  # as an older laptop gets it
    finally:
        replica.FRESH_PATH = True
    assert one_pass == merged
    # and the entries are there: every live record is found by its index entry
    assert all(row[1] for row in one_pass["reader"] + one_pass["bib_record"] if not row[0])


def test_a_catch_up_of_new_records_goes_the_one_pass_way(db: Database, monkeypatch) -> None:
    """The property above would hold trivially if nothing took the new path."""
    taken: list[int] = []
    write = replica.fresh_records.write
    monkeypatch.setattr(
        replica.fresh_records,
        "write",
        lambda conn, name, recs, *rest: taken.append(len(recs)) or write(conn, name, recs, *rest),
    )
    page = [
        Change("dev-a", i + 1, (i + 1) << 16, "reader", IDS[i], Op.UPSERT, {"surname": "Шевчук"}, 0)
        for i in range(5)
    ]
    with db.transaction(durable=False) as conn:
        replica.store_and_apply(conn, page, 0)
    assert taken == [5]


@given(
    st.integers(0, 2**63 - 1),
    st.text(max_size=40),
    st.integers(0, 2**63 - 1),
    st.lists(st.text(max_size=10), min_size=1, max_size=5),
)
def test_the_stamps_text_of_a_new_record_is_the_one_the_general_merge_writes(
    hlc: int, device: str, seen: int, names: list[str]
) -> None:
    change = Change(device, 1, hlc, "reader", "r", Op.UPSERT, dict.fromkeys(names), seen)
    expected = record_rows.stamps_text({name: [hlc, device, seen] for name in names})
    assert fresh_records.stamps_text(change) == expected
    assert expected == json_text.dumps([hlc, device, seen, *sorted(set(names))])
