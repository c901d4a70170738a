"""A record computed again from its base and the log (``replica.replay``) is the row the laptop
holds, for any history: whatever order snapshot pages (brought again, too) and logged changes
(edits, deletes, erasures, from several devices) reach a laptop in — a record only snapshots
wrote has no base written, and one is kept from its row the moment its first change is logged
— and after migration 0017 made the bases of the fields no change in the log explains, for
records a laptop held before bases were kept."""

from __future__ import annotations

import itertools
import os
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mandrivna.store import record_bases, replica
from mandrivna.store.database import Database
from tests.unit.store.test_fresh_records import _renamed, batches

EXAMPLES = int(os.environ.get("MANDRIVNA_PROPERTY_EXAMPLES", "60"))
# Each example's ids start with a prefix of its own, unique on the shared laptop: hypothesis
# draws the same uuids again (replaying, shrinking), and migration 0016's step keeps bases for
# every record of the laptop that has none, other examples' too.
_SERIAL = itertools.count(1)


def _prefix() -> str:
    return f"{next(_SERIAL):08x}-"


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory):
    """One laptop for every example (each uses ids and devices of its own)."""
    db = Database.open(tmp_path_factory.mktemp("bases") / "laptop")
    db.set_device(hub_name="Хаб", librarian_name="Олена")
    yield db
    db.close()


def _rows(db: Database, tag: str) -> dict[str, list[tuple[Any, ...]]]:
    with db.read() as conn:
        return {
            table: sorted(
                tuple(row)
                for row in conn.exec_driver_sql(f"SELECT * FROM {table} WHERE id LIKE '{tag}%'")
            )
            for table in ("reader", "bib_record")
        }


@settings(max_examples=EXAMPLES)
@given(st.sampled_from(["reader", "bib_record"]).flatmap(lambda entity: batches(entity)))
def test_replay_from_the_migrated_bases_gives_the_rows_back(laptop: Database, drawn: Any) -> None:
    prefix = _prefix()
    pages, states = _renamed(*drawn, tag=prefix)
    for page in pages[:1]:
        with laptop.transaction(durable=False) as conn:
            replica.store_and_apply(conn, page, 0)
    with laptop.transaction(durable=False) as conn:
        replica.apply_states(conn, states, 0)
    for page in pages[1:]:
        with laptop.transaction(durable=False) as conn:
            replica.store_and_apply(conn, page, 0)
    held = _rows(laptop, prefix)
    touched = {
        entity: {entity_id for _, entity_id, *_ in states if _ == entity}
        | {c.entity_id for page in pages for c in page if c.entity == entity}
        for entity in ("reader", "bib_record")
    }
    with laptop.transaction(durable=False) as conn:
        # as a laptop holds it that had these records before bases were kept
        conn.exec_driver_sql(f"DELETE FROM record_base WHERE entity_id LIKE '{prefix}%'")
        record_bases.keep_unlogged_rows(conn)  # migration 0016
        record_bases.keep_unexplained_fields(conn)  # migration 0017
        replica.replay(conn, touched, 0)
    assert _rows(laptop, prefix) == held


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


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(histories())
def test_replay_from_the_bases_gives_the_rows_back(laptop: Database, drawn: Any) -> None:
    steps, _states = drawn
    prefix = _prefix()
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
