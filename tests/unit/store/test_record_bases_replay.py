"""Bases kept only where the log holds a record's changes, for any history: whatever order
snapshot pages (brought again, too) and logged changes (edits, deletes, erasures, from several
devices) reach a laptop in, computing every record again from its base and the log
(``replica.replay``) gives back exactly the rows it holds — a record only snapshots wrote has no
base written, and one is kept from its row the moment its first change is logged."""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mandrivna.store import replica
from mandrivna.store.database import Database
from tests.unit.store.test_fresh_records import _renamed, batches
from tests.unit.store.test_record_bases_migrated import _rows


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory):
    """One laptop for every example (each uses ids and devices of its own)."""
    db = Database.open(tmp_path_factory.mktemp("bases") / "laptop")
    db.set_device(hub_name="Хаб", librarian_name="Олена")
    yield db
    db.close()


@st.composite
def histories(draw: Any) -> tuple[list[tuple[str, Any]], list[Any]]:
    """Logged pages in order with snapshot pages among them at any place, some twice."""
    entity = draw(st.sampled_from(["reader", "bib_record"]))
    pages, states = draw(batches(entity))
    steps: list[tuple[str, Any]] = [("log", page) for page in pages]
    for _ in range(draw(st.integers(1, 3)) if states else 0):
        part = draw(st.lists(st.sampled_from(states), max_size=3, unique_by=lambda s: s[1]))
        if part:
            steps.insert(draw(st.integers(0, len(steps))), ("snapshot", part))
    return steps, states


EXAMPLES = int(os.environ.get("MANDRIVNA_PROPERTY_EXAMPLES", "80"))


@settings(max_examples=EXAMPLES, deadline=None)
@given(histories(), st.uuids())
def test_replay_from_the_bases_gives_the_rows_back(laptop: Database, drawn: Any, tag: Any) -> None:
    steps, _states = drawn
    prefix = f"{tag.hex[:8]}-"
    touched: dict[str, set[str]] = {"reader": set(), "bib_record": set()}
    for kind, batch in steps:
        pages, states = _renamed(
            [batch] if kind == "log" else [], batch if kind == "snapshot" else [], tag=prefix
        )
        with laptop.transaction(durable=False) as conn:
            if kind == "log":
                replica.store_and_apply(conn, pages[0], 0)
            else:
                replica.apply_states(conn, states, 0)
        for change in pages[0] if pages else []:
            touched[change.entity].add(change.entity_id)
        for entity, entity_id, *_ in states:
            touched[entity].add(entity_id)
    held = _rows(laptop, prefix)
    with laptop.transaction(durable=False) as conn:
        replica.replay(conn, touched, 0)
    assert _rows(laptop, prefix) == held
    with laptop.read() as conn:
        bases = {
            row[0]
            for row in conn.exec_driver_sql(
                f"SELECT entity_id FROM record_base WHERE entity_id LIKE '{prefix}%'"
            )
        }
        logged = {
            row[0]
            for row in conn.exec_driver_sql(
                f"SELECT entity_id FROM change_log WHERE entity_id LIKE '{prefix}%'"
            )
        }
    assert bases <= logged  # a base only for a record whose changes the log holds
