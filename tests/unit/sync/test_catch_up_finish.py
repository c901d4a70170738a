"""A catch-up cut short while its loan events arrive: the copies they name wait in the backlog,
the next sync (or the app's start) works their loans out first, and the loans end exactly as
the hub's and as a projection from scratch would have them, whatever page the link broke at —
with the fact tables' indexes kept, or left out while the facts arrive (a big catch-up's way,
``deferred_indexes``) and built again first."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from sqlalchemy import text

from mandrivna.core.catalogue import CatalogueFilter
from mandrivna.core.errors import SyncError
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.lending_service import LendingService
from mandrivna.services.sync_service import SyncService
from mandrivna.store import deferred_indexes, loan_projection, search_index
from mandrivna.store.database import Database
from mandrivna.sync import held_facts
from mandrivna.sync.sync_engine import run_sync
from tests.support.two_laptops import laptops
from tests.unit.sync.test_convergence import Replica

DAY = dt.date(2026, 11, 25)
READERS, COPIES, ROUNDS = 4, 6, 3


def index(db: Database) -> list[tuple]:
    with db.read() as conn:
        return conn.execute(text("SELECT rowid, terms FROM record_fts ORDER BY rowid")).all()


def as_rebuilt(db: Database) -> None:
    """The loans and the search index made anew from scratch: nothing may change."""
    kept = loans(db), index(db)
    with db.transaction() as conn:
        loan_projection.rebuild(conn)
        search_index.rebuild(conn)
    assert (loans(db), index(db)) == kept


def copies_waiting(db: Database) -> int:
    with db.read() as conn:
        return conn.execute(
            text("SELECT count(*) FROM catch_up_backlog WHERE kind = 'loans'")
        ).scalar_one()


def loans(db: Database) -> list[tuple]:
    with db.read() as conn:
        return conn.execute(
            text(
                "SELECT id, copy_id, reader_id, lent_on, due_on, returned_on, renewals, flag "
                "FROM loan ORDER BY id"
            )
        ).all()


@pytest.fixture
def world(tmp_path):
    """A hub that lent and took back six copies three times over, synced to a server."""
    with laptops(tmp_path) as laptop:
        hub = laptop("hub")
        readers = [
            hub.readers.register(f"Коваль{n}", "Іван", consent=True)[0] for n in range(READERS)
        ]
        catalogue = CatalogueService(hub.db, DAY)
        record_id, _ = catalogue.add_record("Кобзар")
        catalogue.add_copies(record_id, COPIES)
        lending = LendingService(hub.db, DAY)
        lending.desk.open_session()
        copies = catalogue.copies_of(record_id)
        for turn in range(ROUNDS):
            for n, copy in enumerate(copies):
                lending.scan(copy.barcode, readers[(n + turn) % READERS], "тест")  # lent
                if turn < ROUNDS - 1 or n % 2:
                    lending.scan(copy.barcode, None)  # taken back; half stay out at the end
        run_sync(hub.store, hub.transport)
        yield hub, laptop, record_id


@pytest.fixture(params=["indexes kept, each page written", "indexes left out, pages gathered"])
def left_out(request, monkeypatch) -> bool:
    """Whether the catch-up leaves the fact tables' indexes out (any catch-up with facts), and
    writes the facts as each page comes or a few pages at a time (as a big catch-up does)."""
    gathered = request.param.endswith("gathered")
    monkeypatch.setattr(held_facts, "FACTS_AT_ONCE", 7 if gathered else 1)
    if gathered:
        monkeypatch.setattr(deferred_indexes, "MIN_FACTS", 1)
    return gathered


def index_statements(db: Database) -> list[str]:
    with db.read() as conn:
        return sorted(
            conn.execute(
                text("SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
            ).scalars()
        )


def cut_short(newcomer: Replica, requests: int) -> bool:
    """A first sync by snapshot whose link breaks after ``requests`` answers."""
    newcomer.transport.faults = ["ok"] * requests + ["drop"]
    with contextlib.suppress(SyncError):
        run_sync(newcomer.store, newcomer.transport, batch=3, snapshot_from=1)
        return False
    return True


def test_a_catch_up_cut_short_is_finished_by_the_next_sync(world, left_out):
    hub, laptop, record_id = world
    expected = loans(hub.db)
    assert len(expected) == COPIES * ROUNDS
    statements = index_statements(hub.db)
    cut_in_facts = cut_without_indexes = 0
    for requests in range(1, 40):
        newcomer = laptop(f"new-{requests}")
        if not cut_short(newcomer, requests):
            break  # the whole catch-up fits in this many requests
        waiting = newcomer.store.catch_up_left()
        cut_in_facts += waiting > 0
        cut_without_indexes += index_statements(newcomer.db) != statements
        told: list[tuple[str, int, int]] = []
        newcomer.transport.faults = []
        run_sync(
            newcomer.store, newcomer.transport, lambda *figures, told=told: told.append(figures)
        )
        finished = [(done, total) for phase, done, total in told if phase == "finish"]
        # all of it, the records of copies lent or back joining the backlog on the way
        assert bool(finished) == bool(waiting)
        assert not finished or finished[-1][0] == finished[-1][1] >= waiting
        assert newcomer.store.catch_up_left() == 0
        assert index_statements(newcomer.db) == statements
        assert loans(newcomer.db) == expected, requests
        as_rebuilt(newcomer.db)
        # the copies' barcodes find their record
        catalogue = CatalogueService(newcomer.db, DAY)
        for copy in CatalogueService(hub.db, DAY).copies_of(record_id):
            assert [h.record.id for h in catalogue.search(copy.barcode, CatalogueFilter())] == [
                record_id
            ]
    assert cut_in_facts >= 3  # the link broke in the middle of the loan events several times
    assert (cut_without_indexes >= 3) == left_out


def test_the_app_start_finishes_what_a_cut_short_catch_up_left(world, left_out):
    hub, laptop, _record_id = world
    newcomer = laptop("new")
    requests = 1
    while not copies_waiting(newcomer.db):  # break the link until it is in the loan events
        newcomer.db.close()
        newcomer = laptop(f"new-{requests}")
        assert cut_short(newcomer, requests)
        requests += 1
    before = loans(newcomer.db)
    assert before != loans(hub.db)  # the copies' latest events are in, their loans not yet
    sync = SyncService(newcomer.db)
    changed = sync.finish_catch_up()
    assert changed.entities["book_copy"]
    finished = loans(newcomer.db)
    assert finished != before
    assert index_statements(newcomer.db) == index_statements(hub.db)
    as_rebuilt(newcomer.db)  # the loans of the events that did arrive
    assert not sync.finish_catch_up().entities  # nothing left: nothing changed
    run_sync(newcomer.store, newcomer.transport)  # the rest arrives with the next sync
    assert loans(newcomer.db) == loans(hub.db)
