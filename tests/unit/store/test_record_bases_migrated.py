"""Migration 0017's bases, for any history: whatever mix of snapshot states and logged changes
(edits, deletes, from several devices, in any order) made a laptop's records before bases were
kept, once the fields no change in the log explains are made the base, computing every record
again from its base and the log (``replica.replay``) gives back exactly the rows it holds."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mandrivna.store import record_bases, replica
from mandrivna.store.database import Database
from tests.unit.store.test_fresh_records import _renamed, batches


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


@settings(max_examples=60)
@given(
    st.sampled_from(["reader", "bib_record"]).flatmap(lambda entity: batches(entity)),
    st.uuids(),
)
def test_replay_from_the_migrated_bases_gives_the_rows_back(
    laptop: Database, drawn: Any, tag: Any
) -> None:
    prefix = f"{tag.hex[:8]}-"
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
