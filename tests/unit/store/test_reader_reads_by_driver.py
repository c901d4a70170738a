"""The desk's reads of one reader through the driver (``directory_queries.reader_group``'s
check, ``reader_queries.reregistration_years`` for one reader) give what the general reads
give: the map of every merge, and the re-registrations of many readers at once."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mandrivna.core import redirects
from mandrivna.store.database import Database
from mandrivna.store.directory_queries import reader_group, reader_redirects
from mandrivna.store.reader_queries import reregistration_years

READERS = [f"r{n}" for n in range(8)]


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    """One database for every example (each example its own readers): a migration each
    would be most of the time."""
    db = Database.open(tmp_path_factory.mktemp("readers"))
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    yield db
    db.close()


@settings(max_examples=40)
@given(
    merges=st.lists(st.tuples(st.sampled_from(READERS), st.sampled_from(READERS)), max_size=6),
    years=st.lists(st.tuples(st.sampled_from(READERS), st.integers(2022, 2026)), max_size=10),
)
def test_one_reader_read_through_the_driver_equals_the_general_reads(
    shared_db, merges, years
) -> None:
    db = shared_db
    prefix = uuid.uuid4().hex[:8]
    readers = [f"{prefix}-{r}" for r in READERS]
    merges = [(f"{prefix}-{a}", f"{prefix}-{b}") for a, b in merges]
    years = [(f"{prefix}-{r}", year) for r, year in years]
    with db.write() as writer:
        for reader_id in readers:
            writer.upsert("reader", reader_id, {"surname": reader_id, "given_name": "Ія"})
        for merged, kept in merges:
            if merged != kept:
                writer.upsert("reader", merged, {"merged_into": kept})
        for reader_id, year in years:
            writer.fact(
                "reregistration",
                str(uuid.uuid4()),
                {"reader_id": reader_id, "year": year, "day": f"{year}-01-15"},
            )
    with db.read() as conn:
        kept_ids = redirects.kept_map(reader_redirects(conn))
        every = reregistration_years(conn, [*readers, "nobody"])
        for reader_id in readers:
            keeper = kept_ids.get(reader_id, reader_id)
            group = {keeper} | {r for r, k in kept_ids.items() if k == keeper}
            assert reader_group(conn, reader_id) == (keeper, group)
            assert dict(reregistration_years(conn, [reader_id])) == (
                {reader_id: every[reader_id]} if reader_id in every else {}
            )
