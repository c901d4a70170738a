"""A catch-up holds Python's cycle collector off while its pages arrive (snapshot records and
facts: ``collection_pause.held_off``), and puts it back for its end, after it, and when the link
breaks half-way; an ordinary pull holds it off while its pages arrive too."""

from __future__ import annotations

import contextlib
import gc

import pytest

from mandrivna.core.errors import SyncError
from mandrivna.store.sync_store import SyncStore
from mandrivna.sync.sync_engine import run_sync
from tests.support.two_laptops import laptops


@pytest.fixture(autouse=True)
def _collector_on():
    gc.enable()
    yield
    gc.enable()


@pytest.fixture
def seen(monkeypatch) -> dict[str, list[bool]]:
    """Whether the collector was on at each snapshot page, facts' write and end step."""
    seen: dict[str, list[bool]] = {"records": [], "facts": [], "end": [], "pulled": []}
    for name, kind in (
        ("apply_snapshot_records", "records"),
        ("apply_caught_up_rows", "facts"),
        ("finish_catch_up", "end"),
        ("apply_pulled", "pulled"),
    ):
        method = getattr(SyncStore, name)

        def watched(self, *args, _method=method, _kind=kind, **kwargs):
            seen[_kind].append(gc.isenabled())
            return _method(self, *args, **kwargs)

        monkeypatch.setattr(SyncStore, name, watched)
    return seen


def test_the_collector_is_off_while_pages_arrive_and_on_after(tmp_path, seen) -> None:
    with laptops(tmp_path) as laptop:
        hub = laptop("hub")
        for n in range(6):
            hub.readers.register(f"Коваль{n}", "Іван", consent=True)
            hub.visits.tally("stationary", n + 1)
        run_sync(hub.store, hub.transport)
        for kind in seen:
            seen[kind].clear()

        newcomer = laptop("new")
        run_sync(newcomer.store, newcomer.transport, batch=3, snapshot_from=1)
        assert seen["records"] and not any(seen["records"])
        assert seen["facts"] and not any(seen["facts"])
        assert seen["end"] and all(seen["end"])
        assert gc.isenabled()

        hub.visits.tally("remote", 3)  # an ordinary pull after it
        run_sync(hub.store, hub.transport)
        seen["pulled"].clear()
        run_sync(newcomer.store, newcomer.transport, batch=3, snapshot_from=1)
        assert seen["pulled"] and not any(seen["pulled"])
        assert gc.isenabled()

        broken = laptop("broken")  # the link lost after a few answers
        broken.transport.faults = ["ok"] * 4 + ["drop"]
        with contextlib.suppress(SyncError):
            run_sync(broken.store, broken.transport, batch=3, snapshot_from=1)
        assert gc.isenabled()
