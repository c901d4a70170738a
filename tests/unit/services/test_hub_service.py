"""The hub directory: adding, renaming (every record's hub name finds the new name), merging two
entries (every record counts for the hub kept, on every laptop, whatever order the merges arrive
in), closing; a laptop's own hub proposed to the directory, and its profile kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandrivna import __version__
from mandrivna.core.errors import ValidationError
from mandrivna.core.hubs import proposed_hub_id
from mandrivna.services.device_service import DeviceService
from mandrivna.services.event_service import EventService
from mandrivna.services.hub_service import HubService
from mandrivna.store.database import Database
from tests.support.log_exchange import deliver, log_of, own_log, ship


@pytest.fixture
def hubs(db: Database) -> HubService:
    return HubService(db)


def _laptop(folder: Path, hub: str, librarian: str = "Олена") -> Database:
    db = Database.open(folder)
    DeviceService(db).save(hub, librarian)
    return db


def test_a_hub_added_is_listed_with_its_place_and_kind(hubs: HubService) -> None:
    hub_id, changed = hubs.add("Хаб у Львові", "Львів", "Львівська", "partner_library")
    assert changed.entities["hub"] == {hub_id}
    (entry,) = [e for e in hubs.entries() if e.id == hub_id]
    assert (entry.name, entry.hub.settlement, entry.hub.oblast, entry.hub.kind) == (
        "Хаб у Львові",
        "Львів",
        "Львівська",
        "partner_library",
    )
    assert entry.spellings == ("Хаб у Львові",)
    with pytest.raises(ValidationError):
        hubs.add("хаб у львові")  # the same name in another case is the same hub
    with pytest.raises(ValidationError):
        hubs.add("Хаб", kind="shop")


def test_renaming_a_hub_renames_it_wherever_its_old_name_is_written(hubs: HubService) -> None:
    hub_id, _ = hubs.add("Хаб Дніпро", "Дніпро")
    hubs.edit(hub_id, "Хаб у Дніпрі", "Дніпро", "Дніпропетровська")
    directory = hubs.directory()
    assert directory.display("Хаб Дніпро") == "Хаб у Дніпрі"  # data written before the rename
    assert directory.display("Хаб у Дніпрі") == "Хаб у Дніпрі"
    assert hubs.entry(hub_id).spellings == ("Хаб Дніпро", "Хаб у Дніпрі")


def test_a_rename_to_another_hubs_name_is_refused(hubs: HubService) -> None:
    first, _ = hubs.add("Хаб у Києві")
    hubs.add("Хаб у Вінниці")
    with pytest.raises(ValidationError, match="merge"):
        hubs.edit(first, "Хаб у Вінниці")


def test_merged_hubs_are_one_hub_for_every_name_of_either(hubs: HubService) -> None:
    away, _ = hubs.add("Хаб у Дніпрі")
    keep, _ = hubs.add("Хаб Дніпро")
    hubs.merge(away, keep)
    directory = hubs.directory()
    assert directory.hub_of("Хаб у Дніпрі") == directory.hub_of("ХАБ ДНІПРО") == keep
    (entry,) = [e for e in hubs.entries() if keep == e.id]
    assert entry.merged == ("Хаб у Дніпрі",)
    assert set(entry.spellings) == {"Хаб Дніпро", "Хаб у Дніпрі"}
    assert [e.id for e in hubs.entries()] == [keep]
    assert hubs.entry(away).id == keep  # the entry merged away leads to the one kept
    with pytest.raises(ValidationError):
        hubs.merge(keep, away)  # they are one hub already


def test_a_closed_hub_stays_in_the_directory_but_is_not_offered(hubs: HubService) -> None:
    hub_id, _ = hubs.add("Мобільний пункт Ірпінь", kind="mobile_point")
    hubs.close(hub_id)
    assert hubs.entry(hub_id).closed
    assert hub_id not in [e.id for e in hubs.entries(with_closed=False)]
    hubs.close(hub_id, closed=False)
    assert not hubs.entry(hub_id).closed


def test_a_laptop_proposes_its_hub_and_says_who_it_is(db: Database, hubs: HubService) -> None:
    hubs.note_laptop()
    device = db.this_device()
    directory = hubs.directory()
    assert directory.hub_of("Хаб Дніпро") == proposed_hub_id("Хаб Дніпро")
    (entry,) = hubs.entries()
    assert entry.name == "Хаб Дніпро"
    profile = hubs.laptops()[device.device_id]
    assert (profile.hub, profile.librarian, profile.role, profile.app_version) == (
        "Хаб Дніпро",
        "Олена",
        "librarian",
        __version__,
    )
    before = len(own_log(db))
    hubs.note_laptop()  # nothing new to say: nothing written
    assert len(own_log(db)) == before
    DeviceService(db).save("Хаб Дніпро", "Олена Коваль")
    hubs.note_laptop()  # as the next sync starts
    assert hubs.laptops()[device.device_id].librarian == "Олена Коваль"


def test_names_met_in_the_data_that_the_directory_lacks_can_join_a_hub(
    db: Database, hubs: HubService
) -> None:
    EventService(db).create_event(
        "Читання", "2026-11-10T18:00", "2026-11-10T19:00", hub="Хаб Дніпро (центр)"
    )
    keep, _ = hubs.add("Хаб Дніпро")
    assert hubs.names_not_in_directory() == ["Хаб Дніпро (центр)"]
    hubs.attach("Хаб Дніпро (центр)", keep)
    assert hubs.names_not_in_directory() == []
    assert hubs.directory().display("Хаб Дніпро (центр)") == "Хаб Дніпро"


def test_a_proposal_made_offline_never_undoes_the_coordinators_rename(tmp_path: Path) -> None:
    hq = _laptop(tmp_path / "hq", "Головний офіс")
    hub = _laptop(tmp_path / "hub", "Хаб Дніпро")
    try:
        hq_hubs = HubService(hq)
        hub_id, _ = hq_hubs.add("Хаб Дніпро")
        hq_hubs.edit(hub_id, "Хаб у Дніпрі")
        HubService(hub).note_laptop()  # later, before it has heard of the directory
        ship(hub, hq)
        ship(hq, hub)
        for db in (hq, hub):
            directory = HubService(db).directory()
            assert directory.display("Хаб Дніпро") == "Хаб у Дніпрі"
    finally:
        hq.close()
        hub.close()


def test_two_coordinators_merging_at_once_converge_on_one_hub(tmp_path: Path) -> None:
    """One merges A into B while the other merges B into A, and a third hub's data is written
    under either name: after the logs cross, every laptop counts all of it for one hub."""
    first = _laptop(tmp_path / "first", "Головний офіс")
    second = _laptop(tmp_path / "second", "Головний офіс")
    late = _laptop(tmp_path / "late", "Хаб у Києві")
    try:
        a, _ = HubService(first).add("Хаб у Дніпрі")
        b, _ = HubService(first).add("Хаб Дніпро")
        ship(first, second)
        HubService(first).merge(a, b)
        HubService(second).merge(b, a)
        log_first, log_second = own_log(first), own_log(second)
        deliver(log_second, first)
        deliver(log_first, second)
        deliver(log_of(second), late)  # another laptop takes both in one go
        kept = set()
        for db in (first, second, late):
            service = HubService(db)
            directory = service.directory()
            assert directory.hub_of("Хаб у Дніпрі") == directory.hub_of("Хаб Дніпро")
            kept.add(directory.hub_of("Хаб Дніпро"))
            assert len([e for e in service.entries() if e.id in {a, b}]) == 1
        assert len(kept) == 1
    finally:
        for db in (first, second, late):
            db.close()
