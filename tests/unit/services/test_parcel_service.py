"""Parcels of donated books: forming from scanned copies and titles, sending with a waybill,
receiving at the hub (which moves the copies), the refusals, and the counts per hub."""

import datetime as dt

import pytest

from mandrivna.core.errors import ValidationError
from mandrivna.core.parcel import HubShipments
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.lending_service import LendingService
from mandrivna.services.parcel_service import ParcelService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database

TODAY = dt.date(2026, 11, 25)
UBI = "Український інститут книги"


@pytest.fixture
def catalogue(db: Database) -> CatalogueService:
    return CatalogueService(db, today=TODAY)


@pytest.fixture
def parcels(db: Database) -> ParcelService:
    return ParcelService(db, today=TODAY)


@pytest.fixture
def books(catalogue: CatalogueService) -> dict[str, str]:
    """Three donated titles: two copies of «Кобзар», one of «Тигролови», «Інтернат» uncatalogued."""
    kobzar, _ = catalogue.add_record("Кобзар", authors=["Шевченко, Тарас"])
    tiger, _ = catalogue.add_record("Тигролови", authors=["Багряний, Іван"])
    boarding, _ = catalogue.add_record("Інтернат", authors=["Жадан, Сергій"])
    catalogue.add_copies(kobzar, barcode="UBI-0001", acquisition_source=UBI)
    catalogue.add_copies(kobzar, barcode="UBI-0002", acquisition_source=UBI)
    catalogue.add_copies(tiger, barcode="UBI-0003", acquisition_source=UBI)
    return {"kobzar": kobzar, "tiger": tiger, "boarding": boarding}


def copy(catalogue: CatalogueService, barcode: str):
    return catalogue.copy_by_barcode(barcode)


def lend(db: Database, barcode: str) -> None:
    """Lend the copy at the desk (whether a copy is on loan follows from its loans alone)."""
    lending = LendingService(db, TODAY)
    lending.desk.open_session()
    reader_id, _ = ReaderService(db, today=TODAY).register("Коваль", "Ольга", consent=True)
    lending.scan(barcode, reader_id)


def test_a_parcel_is_formed_from_scanned_copies_and_titles(parcels, books) -> None:
    pid, changed = parcels.form("  Хаб   Суми ")
    assert changed.entities["parcel"] == {pid}
    for scanned in ("ubi-0001", "UBI-0003 "):  # as a scanner or a person types it
        _copy, changed = parcels.add_copy(pid, scanned)
        assert changed.entities["parcel_item"]
    parcels.add_title(pid, books["boarding"], 5)
    parcels.add_title(pid, books["boarding"], 2)  # the same title: one line, quantities add
    detail = parcels.detail(pid)
    assert detail.parcel.destination_hub == "Хаб Суми"
    assert detail.parcel.status == "formed" and detail.parcel.formed_on == "2026-11-25"
    assert [(line.title, line.barcode, line.quantity) for line in detail.lines] == [
        ("Інтернат", None, 7),
        ("Кобзар", "UBI-0001", 1),
        ("Тигролови", "UBI-0003", 1),
    ]
    assert detail.lines[1].authors == ["Шевченко, Тарас"]
    assert detail.books == 9
    (summary,) = parcels.parcels()
    assert (summary.lines, summary.books) == (3, 9)
    assert parcels.parcels("sent") == []


def test_scans_that_cannot_go_are_refused_in_words(parcels, catalogue, books, db) -> None:
    pid, _ = parcels.form("Хаб Суми")
    other, _ = parcels.form("Хаб Ізюм")
    parcels.add_copy(other, "UBI-0002")
    reader_id, _ = ReaderService(db, today=TODAY).register("Шевченко", "Ганна", consent=True)
    card = ReaderService(db).get(reader_id).card_number
    lend(db, "UBI-0003")
    catalogue.add_copies(books["tiger"], barcode="SUMY-1", hub="Хаб Суми")
    parcels.add_copy(pid, "UBI-0001")
    cases = {
        "NOPE-1": "No copy in the catalogue has the barcode NOPE-1.",
        card: f"{card} is a reader's card, not a copy's barcode.",
        "UBI-0001": "The copy UBI-0001 is already in this parcel.",
        "UBI-0002": "The copy UBI-0002 is already in parcel",
        "UBI-0003": "The copy UBI-0003 is on loan",
        "SUMY-1": "The copy SUMY-1 is already at Хаб Суми.",
        "": "No copy in the catalogue has the barcode",
    }
    for scanned, message in cases.items():
        with pytest.raises(ValidationError) as refused:
            parcels.add_copy(pid, scanned)
        assert str(refused.value).startswith(message), scanned
    assert parcels.detail(pid).books == 1


def test_sending_needs_a_waybill_and_contents_and_puts_copies_in_transit(
    parcels, catalogue, books
) -> None:
    pid, _ = parcels.form("Хаб Суми")
    with pytest.raises(ValidationError, match="empty"):
        parcels.send(pid, "20450012345678")
    parcels.add_copy(pid, "UBI-0001")
    parcels.add_title(pid, books["boarding"], 3)
    with pytest.raises(ValidationError, match="waybill"):
        parcels.send(pid, "   ")
    with pytest.raises(ValidationError, match="future"):
        parcels.send(pid, "20450012345678", TODAY + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="previous step"):
        parcels.send(pid, "20450012345678", TODAY - dt.timedelta(days=1))  # before it was formed
    changed = parcels.send(pid, " 2045 0012 3456 78 ")
    assert changed.entities["book_copy"] == {copy(catalogue, "UBI-0001").id}
    parcel = parcels.detail(pid).parcel
    assert (parcel.status, parcel.waybill, parcel.sent_on) == (
        "sent",
        "2045 0012 3456 78",
        "2026-11-25",
    )
    moved = copy(catalogue, "UBI-0001")
    assert (moved.status, moved.hub) == ("in_transit", "Хаб Дніпро")
    assert copy(catalogue, "UBI-0002").status == "available"  # not in the parcel
    with pytest.raises(ValidationError, match="already been sent"):
        parcels.send(pid, "1")


def test_contents_change_only_while_formed(parcels, books) -> None:
    pid, _ = parcels.form("Хаб Суми")
    parcels.add_copy(pid, "UBI-0001")
    parcels.add_title(pid, books["boarding"], 3)
    title_line = next(line for line in parcels.detail(pid).lines if line.copy_id is None)
    copy_line = next(line for line in parcels.detail(pid).lines if line.copy_id)
    parcels.set_quantity(title_line.item_id, 10)
    with pytest.raises(ValidationError, match="one book"):
        parcels.set_quantity(copy_line.item_id, 2)
    with pytest.raises(ValidationError, match="quantity"):
        parcels.set_quantity(title_line.item_id, 0)
    parcels.change_destination(pid, "Хаб Ізюм")
    parcels.remove_item(copy_line.item_id)
    assert parcels.detail(pid).books == 10
    parcels.add_copy(pid, "UBI-0001")  # removed, so free to scan again
    parcels.send(pid, "NP-1")
    for change in (
        lambda: parcels.add_copy(pid, "UBI-0002"),
        lambda: parcels.add_title(pid, books["tiger"], 1),
        lambda: parcels.set_quantity(title_line.item_id, 4),
        lambda: parcels.remove_item(title_line.item_id),
        lambda: parcels.change_destination(pid, "Хаб Суми"),
        lambda: parcels.delete(pid),
    ):
        with pytest.raises(ValidationError, match="already been sent"):
            change()
    assert parcels.detail(pid).books == 11


def test_a_copy_lent_while_the_parcel_was_formed_stops_the_sending(
    parcels, catalogue, books, db
) -> None:
    pid, _ = parcels.form("Хаб Суми")
    parcels.add_copy(pid, "UBI-0001")
    parcels.add_copy(pid, "UBI-0003")
    lend(db, "UBI-0003")
    with pytest.raises(ValidationError, match="UBI-0003"):
        parcels.send(pid, "NP-1")
    assert parcels.detail(pid).parcel.status == "formed"
    assert copy(catalogue, "UBI-0001").status == "available"  # nothing half-done


def test_a_parcel_cannot_be_received_before_it_is_sent(parcels, catalogue, books) -> None:
    pid, _ = parcels.form("Хаб Суми")
    parcels.add_copy(pid, "UBI-0001")
    with pytest.raises(ValidationError, match="not been sent yet"):
        parcels.confirm_received(pid)
    assert parcels.detail(pid).parcel.status == "formed"
    assert copy(catalogue, "UBI-0001").hub == "Хаб Дніпро"


def test_receiving_moves_the_copies_to_the_destination_hub(db, catalogue, books) -> None:
    sender = ParcelService(db, today=dt.date(2026, 11, 21))
    pid, _ = sender.form("Хаб Суми")
    sender.add_copy(pid, "UBI-0001")
    sender.add_copy(pid, "UBI-0003")
    sender.add_title(pid, books["boarding"], 4)
    sender.send(pid, "NP-77", dt.date(2026, 11, 21))
    hub = ParcelService(db, today=TODAY)
    with pytest.raises(ValidationError, match="previous step"):
        hub.confirm_received(pid, dt.date(2026, 11, 20))
    changed = hub.confirm_received(pid)
    assert changed.entities["book_copy"] == {
        copy(catalogue, "UBI-0001").id,
        copy(catalogue, "UBI-0003").id,
    }
    for barcode in ("UBI-0001", "UBI-0003"):
        moved = copy(catalogue, barcode)
        assert (moved.hub, moved.status) == ("Хаб Суми", "available")
    assert copy(catalogue, "UBI-0002").hub == "Хаб Дніпро"
    parcel = hub.detail(pid).parcel
    assert (parcel.status, parcel.received_on) == ("received", "2026-11-25")
    with pytest.raises(ValidationError, match="already been confirmed"):
        hub.confirm_received(pid)
    # once at the hub, a copy can travel on in a new parcel
    onward, _ = hub.form("Хаб Ізюм")
    hub.add_copy(onward, "UBI-0001")


def test_counts_per_hub_for_a_year(db, catalogue, books) -> None:
    def sent(hub: str, day: dt.date, copies=(), titles=0, received=False) -> str:
        service = ParcelService(db, today=day)
        pid, _ = service.form(hub)
        for barcode in copies:
            service.add_copy(pid, barcode)
        if titles:
            service.add_title(pid, books["boarding"], titles)
        service.send(pid, "NP", day)
        if received:
            service.confirm_received(pid, day)
        return pid

    sent("Хаб Суми", dt.date(2026, 3, 1), copies=["UBI-0001"], titles=4, received=True)
    sent("Хаб Суми", dt.date(2026, 12, 31), titles=10)
    sent("Хаб Ізюм", dt.date(2026, 6, 1), copies=["UBI-0002", "UBI-0003"])
    sent("Хаб Ізюм", dt.date(2025, 12, 31), titles=7)  # last year
    formed, _ = ParcelService(db, today=TODAY).form("Хаб Суми")  # not sent: not counted
    ParcelService(db, today=TODAY).add_title(formed, books["tiger"], 50)
    service = ParcelService(db, today=dt.date(2027, 1, 10))
    assert service.sent_per_hub(2026) == [
        HubShipments("Хаб Ізюм", 1, 2),
        HubShipments("Хаб Суми", 2, 15),
    ]
    assert service.sent_per_hub(2025) == [HubShipments("Хаб Ізюм", 1, 7)]
    assert service.sent_per_hub(2024) == []
    assert service.hubs() == ["Хаб Дніпро", "Хаб Ізюм", "Хаб Суми"]


def test_a_formed_parcel_can_be_deleted_and_leaves_the_copies_free(parcels, books) -> None:
    pid, _ = parcels.form("Хаб Суми")
    parcels.add_copy(pid, "UBI-0001")
    changed = parcels.delete(pid)
    assert set(changed.entities) == {"parcel", "parcel_item"}
    assert parcels.parcels() == []
    with pytest.raises(ValidationError, match="no longer exists"):
        parcels.detail(pid)
    other, _ = parcels.form("Хаб Ізюм")
    parcels.add_copy(other, "UBI-0001")
