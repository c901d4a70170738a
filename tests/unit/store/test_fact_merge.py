"""Property: a fact written more than once under one id (by different laptops, with different
content) ends the same on every replica, whatever the order and batching of arrival: the write
with the lowest (hlc, device) stamp, and the loans computed from loan events follow it."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import JSON, text

from mandrivna.core.change import Change, Op
from mandrivna.store.database import DB_FILENAME, Database
from mandrivna.store.entities import ENTITIES
from tests.support.fact_changes import FACTS, fact_fields
from tests.support.log_exchange import deliver

DEVICES = ["11111111-0000-4000-8000-000000000001", "22222222-0000-4000-8000-000000000002"]


@st.composite
def versions(draw) -> tuple[str, list[Change]]:
    """One fact id written 2 to 4 times, each by a device at a stamp of its own."""
    entity = draw(st.sampled_from(FACTS))
    stamps = draw(
        st.lists(
            st.tuples(st.integers(1, 4), st.sampled_from(DEVICES)),
            min_size=2,
            max_size=4,
            unique=True,
        )
    )
    changes, seqs = [], dict.fromkeys(DEVICES, 0)
    for hlc, device in sorted(stamps):
        seqs[device] += 1
        changes.append(
            Change(device, seqs[device], hlc, entity, "fact", Op.FACT, draw(fact_fields(entity)))
        )
    return entity, changes


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("facts-template")
    Database.open(folder).close()
    return folder / DB_FILENAME


def _replica(folder: Path, template: Path) -> Database:
    folder.mkdir()
    shutil.copy(template, folder / DB_FILENAME)
    db = Database.open(folder)
    db.set_device(hub_name="Хаб", librarian_name="Олена")
    return db


def _state(db: Database, entity: str) -> tuple[list, list]:
    table = ENTITIES[entity].table
    columns = ", ".join(c.name for c in table.columns)  # in the model's order, not the file's
    with db.read() as conn:
        rows = conn.execute(text(f"SELECT {columns} FROM {table.name}")).all()
        loans = conn.execute(text("SELECT * FROM loan ORDER BY id")).all()
    return [tuple(r) for r in rows], [tuple(r) for r in loans]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(written=versions(), data=st.data())
def test_a_fact_written_twice_resolves_to_its_lowest_stamp_in_any_order(
    template, written, data
) -> None:
    entity, changes = written
    orders = [
        data.draw(st.permutations(changes)),
        data.draw(st.permutations(changes)),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        replicas = [_replica(Path(tmp) / f"r{n}", template) for n in range(3)]
        try:
            for change in orders[0]:  # one at a time
                deliver([change], replicas[0])
            deliver(orders[1], replicas[1])  # all in one page
            half = len(changes) // 2  # in two pages, one repeated
            deliver(orders[1][:half], replicas[2])
            deliver(orders[1], replicas[2])
            states = [_state(db, entity) for db in replicas]
        finally:
            for db in replicas:
                db.close()
    assert states[1] == states[0] and states[2] == states[0]
    [row] = states[0][0]
    lowest = changes[0]
    columns = [c.name for c in ENTITIES[entity].table.columns]
    stored = dict(zip(columns, row, strict=True))
    for column in ENTITIES[entity].table.columns:  # JSON columns read back as text
        if isinstance(column.type, JSON) and stored[column.name] is not None:
            stored[column.name] = json.loads(stored[column.name])
    assert (stored["hlc"], stored["device_id"]) == (lowest.hlc, lowest.device_id)
    assert {name: stored[name] for name in lowest.fields} == lowest.fields
