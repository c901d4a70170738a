"""A new laptop catching up: the sync's report counts everything that arrived, snapshot
included, and its progress tells how much of how many, both through a snapshot and replaying."""

from __future__ import annotations

import pytest

from mandrivna.sync.sync_engine import run_sync
from tests.support.two_laptops import laptops

READERS, VISITS = 40, 25


@pytest.fixture
def world(tmp_path):
    with laptops(tmp_path) as laptop:
        hub = laptop("hub")
        for n in range(READERS):
            reader_id, _ = hub.readers.register(f"Петренко{n}", "Олена", consent=True)
            hub.readers.edit(reader_id, phone=f"+38050111{n:04d}")  # two changes each
        for _ in range(VISITS):
            hub.visits.tally("stationary")  # a fact each
        run_sync(hub.store, hub.transport)
        yield laptop


@pytest.mark.parametrize("snapshot_from", [1, 0], ids=["snapshot", "replay"])
def test_the_report_and_the_progress_count_what_arrived(world, snapshot_from):
    newcomer = world("new")
    told: list[tuple[str, int, int]] = []
    report = run_sync(
        newcomer.store,
        newcomer.transport,
        lambda *figures: told.append(figures),
        batch=7,
        snapshot_from=snapshot_from,
    )
    with newcomer.db.read() as conn:
        readers = conn.exec_driver_sql("SELECT count(*) FROM reader").scalar_one()
    assert readers == READERS
    if snapshot_from:  # every reader once, merged, then the facts
        # the readers' registration visits are facts too
        assert (report.snapshot_records, report.pulled) == (READERS, READERS + VISITS)
    else:  # every change
        assert (report.snapshot_records, report.pulled) == (0, 3 * READERS + VISITS)
    assert report.received == report.snapshot_records + report.pulled
    pulls = [(done, total) for phase, done, total in told if phase == "pull"]
    assert len(pulls) > 5  # small pages: many figures
    assert all(0 < done <= total for done, total in pulls)
    assert [done for done, _ in pulls] == sorted(done for done, _ in pulls)
    assert pulls[-1] == (report.received, report.received)  # ends at all of it
    # the "of how many" is known from the start: never less than what finally arrived
    # (it may say more at first, while the server's sequence also counts changes not sent)
    assert all(total >= report.received for _done, total in pulls)
