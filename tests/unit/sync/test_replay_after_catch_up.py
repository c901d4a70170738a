"""A fact whose id is the same on every laptop (a reader's visit of the day at a hub, a
check-in), held here from a catch-up (in its table, no copy in the log) and written here too
under a higher stamp: when this laptop's own changes are computed again (its clock ran ahead,
so they get new stamps), the other laptop's version with the lower stamp stays, as an ordinary
pull would have it (found by review: the replay kept only what the log holds)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from mandrivna.sync.sync_engine import run_sync
from tests.support.two_laptops import laptops

FACT_ID = "visit-shared-id"  # as reader_visit_id and the event check-ins' ids: one on all laptops


def write_visit(replica, source: str) -> None:
    with replica.db.write() as writer:
        writer.fact(
            "visit",
            FACT_ID,
            {
                "day": "2026-11-25",
                "hub": "Хаб",
                "channel": "desk",
                "count": 1,
                "reader_id": "r1",
                "source": source,
            },
        )


def visit(replica) -> list[tuple]:
    with replica.db.read() as conn:
        return conn.execute(
            text("SELECT device_id, hlc, source FROM visit WHERE id = :i"), {"i": FACT_ID}
        ).all()


@pytest.mark.parametrize("snapshot_from", [0, 1], ids=["pulled", "caught-up"])
def test_new_stamps_of_own_changes_keep_the_lowest_fact(tmp_path, snapshot_from):
    with laptops(tmp_path) as laptop:
        hub = laptop("hub")
        write_visit(hub, "loan")  # the lower stamp
        hub.readers.register("Коваль", "Іван", consent=True)
        run_sync(hub.store, hub.transport)
        new = laptop("new")
        run_sync(new.store, new.transport, snapshot_from=snapshot_from)
        assert visit(new) == visit(hub)
        new.skew_ms = 3_600_000  # the laptop's clock an hour ahead
        new.reopen()
        write_visit(new, "event")  # a higher stamp: the hub's is kept
        assert visit(new) == visit(hub)
        new.skew_ms = 0
        new.reopen()
        report = run_sync(new.store, new.transport)  # its own change stamped again, replayed
        assert report.restamped == 1
        assert visit(new) == visit(hub)
        run_sync(hub.store, hub.transport)
        assert visit(hub)[0][2] == "loan"  # and the hub kept its own
