"""A parcel formed and sent on one laptop and received on another converges everywhere: whatever
the order of syncs, lost answers and repeated requests, every replica ends with the same parcel,
the copies at the destination hub and on the shelf, and the same counts per hub."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandrivna.core.parcel import HubShipments
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.parcel_service import ParcelService
from mandrivna.store.connection import connect
from mandrivna.store.database import DB_FILENAME, Database
from sync_server.app import create_app
from sync_server.sql.storage import SqlStorage
from tests.unit.sync.test_convergence import Replica

TODAY = dt.date.today()
faults = st.lists(st.sampled_from(["ok", "ok", "drop", "twice"]), max_size=3)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    Database.open(folder).close()
    return folder / DB_FILENAME


def parcel_tables(replica: Replica):
    with connect(replica.db.path, None) as conn:
        return [
            conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("parcel", "parcel_item", "book_copy", "bib_record")
        ]


def sync_until(replica: Replica, seen, plan: list[list[str]]) -> None:
    """Sync with the planned faults, then without, until ``seen()`` holds."""
    for step in plan:
        replica.sync(step)
    for _ in range(3):
        if seen():
            return
        replica.sync()
    assert seen()


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sender_faults=st.lists(faults, max_size=3),
    hub_faults=st.lists(faults, max_size=3),
    watcher_syncs=st.lists(st.tuples(st.integers(0, 3), faults), max_size=4),
)
def test_a_parcel_sent_from_one_laptop_and_received_on_another_converges(
    template, sender_faults, hub_faults, watcher_syncs
):
    with tempfile.TemporaryDirectory() as tmp:
        storage = SqlStorage(f"sqlite:///{tmp}/server.sqlite3")
        client = TestClient(create_app(storage))
        replicas = [Replica(Path(tmp) / f"r{i}", template, storage, client, i) for i in range(3)]
        office, hub, watcher = replicas  # office forms and sends; hub "Хаб 1" receives

        def watch(moment: int) -> None:
            for when, plan in watcher_syncs:
                if when == moment:
                    watcher.sync(plan)

        try:
            catalogue = CatalogueService(office.db)
            record, _ = catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"])
            donated, _ = catalogue.add_record("Інтернат", authors=["Жадан, Сергій"])
            copies, _ = catalogue.add_copies(record, 3, acquisition_source="УІК")
            sender = ParcelService(office.db)
            pid, _ = sender.form("Хаб 1")
            barcodes = [c.barcode for c in catalogue.copies_of(record)][:2]
            for barcode in barcodes:
                sender.add_copy(pid, barcode)
            sender.add_title(pid, donated, 5)
            watch(0)
            sender.send(pid, "20450012345678")
            watch(1)
            for plan in sender_faults:
                office.sync(plan)
            office.sync()
            receiver = ParcelService(hub.db)
            sync_until(
                hub,
                lambda: any(s.parcel.status == "sent" for s in receiver.parcels()),
                hub_faults,
            )
            watch(2)
            assert receiver.detail(pid).books == 7
            receiver.confirm_received(pid)
            watch(3)
            for _ in range(2):
                for replica in replicas:
                    replica.sync()
            first = parcel_tables(office)
            for replica in replicas[1:]:
                assert parcel_tables(replica) == first
            for replica in replicas:
                seen = CatalogueService(replica.db)
                for barcode in barcodes:
                    moved = seen.copy_by_barcode(barcode)
                    assert (moved.hub, moved.status) == ("Хаб 1", "available")
                stayed = [c for c in seen.copies_of(record) if c.barcode not in barcodes]
                assert [(c.hub, c.status) for c in stayed] == [("Хаб 0", "available")]
                service = ParcelService(replica.db)
                assert service.detail(pid).parcel.status == "received"
                assert service.sent_per_hub(TODAY.year) == [HubShipments("Хаб 1", 1, 7)]
            assert len(copies) == 3
        finally:
            for replica in replicas:
                replica.db.close()
            storage.close()
