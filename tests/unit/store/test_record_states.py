"""Records' states read back for a merge through the driver are what SQLAlchemy's column types
read (JSON as stored, booleans as booleans, NULLs as None), for any values a change can hold."""

from __future__ import annotations

from typing import Any

from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from mandrivna.core import json_text
from mandrivna.core.change import Change, Op
from mandrivna.core.merge import DELETED_FIELD
from mandrivna.store import record_rows, replica, schema
from mandrivna.store.database import Database
from mandrivna.store.entities import ENTITIES

_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=6,
)
_reader = st.fixed_dictionaries(
    {},
    optional={
        "surname": st.none() | st.text(max_size=8),
        "birth_year": st.none() | st.integers(1900, 2020),
        "blocked": st.none() | st.booleans(),
        "categories": _json,
        "registration_years": st.none() | st.lists(st.integers(2000, 2030), max_size=3),
    },
)


def _typed(db: Database, ids: list[str]) -> dict[str, Any]:
    """As the merge read them before: SQLAlchemy's select and its column types."""
    table = ENTITIES["reader"].table
    out = {}
    with db.read() as conn:
        for row in conn.execute(select(table).where(table.c.id.in_(ids))).mappings():
            values = {name: row[name] for name in sorted(ENTITIES["reader"].fields)}
            values[DELETED_FIELD] = bool(row["deleted"])
            out[row["id"]] = (values, record_rows.row_stamps(row["stamps"]))
    return out


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_reader, min_size=1, max_size=5), st.uuids())
def test_states_read_by_the_driver_are_those_sqlalchemy_reads(db: Database, fields, tag) -> None:
    # one laptop for every example (each writes ids of its own)
    ids = [f"{tag}-{i}" for i in range(len(fields))]
    changes = [
        Change(f"dev-{tag}", i + 1, (i + 1) << 16, "reader", ids[i], op, f, 0)
        for i, (f, op) in enumerate(zip(fields, [Op.UPSERT, Op.DELETE] * 3, strict=False))
    ]
    with db.transaction(durable=False) as conn:
        replica.store_and_apply(conn, changes, 0)
        read = record_rows.load_states(conn, ENTITIES["reader"], ids)
    assert {k: (s.values, s.stamps) for k, s in read.items()} == _typed(db, ids)
    for key, state in read.items():  # the same types too: True is not 1 in a conflict's JSON
        typed = _typed(db, [key])[key][0]
        assert [type(v) for v in state.values.values()] == [type(v) for v in typed.values()]


_stamp = st.tuples(
    st.integers(0, 1 << 62), st.sampled_from(["dev-a", "dev-b", "пристрій"]), st.integers(0, 9)
).map(list)


@given(
    st.dictionaries(st.sampled_from(["surname", "phone", "notes", "_deleted", "а"]), _stamp),
    st.booleans(),
)
def test_a_rows_stamps_read_back_as_written_short_when_one_stamp(stamps, same) -> None:
    if same and stamps:  # every field carrying one stamp, as a record written once
        one = next(iter(stamps.values()))
        stamps = {name: list(one) for name in stamps}
    text = record_rows.stamps_text(stamps)
    assert record_rows.row_stamps(json_text.loads_stored(text)) == stamps
    distinct = {tuple(stamp) for stamp in stamps.values()}
    assert text.startswith("[") == (len(distinct) == 1)
    assert record_rows.stamps_text(dict(reversed(stamps.items()))) == text  # order of none


def test_a_record_written_once_keeps_one_stamp_and_its_fields_names(db: Database) -> None:
    change = Change("dev-a", 1, 7 << 16, "reader", "r-once", Op.UPSERT, {"surname": "Бойко"}, 0)
    with db.transaction() as conn:
        replica.store_and_apply(conn, [change], 0, known_new=True)
        text = conn.exec_driver_sql("SELECT stamps FROM reader WHERE id = 'r-once'").scalar_one()
    assert text == f'[{7 << 16},"dev-a",0,"surname"]'


def test_going_back_before_0019_writes_short_stamps_as_their_maps(db: Database) -> None:
    once = Change("dev-a", 1, 7 << 16, "reader", "r-once", Op.UPSERT, {"surname": "Бойко"}, 0)
    edit = Change("dev-b", 1, 9 << 16, "reader", "r-once", Op.UPSERT, {"phone": "+380"}, 0)
    other = Change("dev-a", 2, 8 << 16, "reader", "r-twice", Op.UPSERT, {"surname": "Коваль"}, 0)
    again = Change("dev-a", 3, 9 << 16, "reader", "r-twice", Op.UPSERT, {"notes": "так"}, 0)
    with db.transaction() as conn:
        replica.store_and_apply(conn, [once, other], 0)
        replica.store_and_apply(conn, [again], 0)
        held = dict(conn.exec_driver_sql("SELECT id, stamps FROM reader").all())
    assert held["r-once"].startswith("[") and held["r-twice"].startswith("{")
    config = schema.alembic_config()
    with db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0018")
        conn.commit()
        back = dict(conn.exec_driver_sql("SELECT id, stamps FROM reader").all())
    assert back["r-once"] == json_text.dumps_sorted({"surname": [7 << 16, "dev-a", 0]})
    assert back["r-twice"] == held["r-twice"]  # a map already: as it was
    schema.upgrade(db.engine)
    with db.transaction() as conn:  # and the maps written back merge as before
        replica.store_and_apply(conn, [edit], 0)
        states = record_rows.load_states(conn, ENTITIES["reader"], ["r-once"])
    assert states["r-once"].stamps == {
        "surname": [7 << 16, "dev-a", 0],
        "phone": [9 << 16, "dev-b", 0],
    }


def test_going_back_before_0019_keeps_a_base_for_every_record_only_snapshots_wrote(
    db: Database,
) -> None:
    """The older app keeps a base for every record a snapshot brings and recomputes a record from
    it: without one, a replay there would lose every field the snapshot brought (found by
    review)."""
    fields = {"surname": "Бойко", "given_name": "Олена", "phone": "+380 67 123 45 67"}
    with db.transaction() as conn:
        replica.apply_states(conn, [("reader", "r1", fields, (5 << 16, "dev-b", 0))], 0)
        assert conn.exec_driver_sql("SELECT count(*) FROM record_base").scalar_one() == 0
    config = schema.alembic_config()
    with db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0018")
        conn.commit()
        bases = conn.exec_driver_sql("SELECT entity_id, fields FROM record_base").all()
    assert [(entity_id, json_text.loads_stored(text)) for entity_id, text in bases] == [
        ("r1", fields)
    ]


def test_stamps_not_as_this_version_writes_them_are_kept_whole_in_the_map() -> None:
    odd = {"a": [1, "d", 0], "b": [1, "d", 0, "x"]}
    others = ({"a": [1, "d", 0], "b": [1, "d"]}, {"a": [1, "d", 0], "b": [True, "d", 0]})
    for stamps in (odd, dict(reversed(odd.items())), *others):
        text = record_rows.stamps_text(stamps)
        assert text == json_text.dumps_sorted(stamps)
        assert record_rows.row_stamps(json_text.loads_stored(text)) == stamps
