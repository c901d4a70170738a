"""The coordinator's overview over a real server: every hub with its laptops named by hub and
librarian (never a key or UUID), what each said as it last synced, quiet hubs, a code issued for
a hub, a lost laptop revoked; two hub entries merged put their laptops under the hub kept. A
librarian's laptop is refused the overview in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandrivna.core.errors import SyncError
from mandrivna.services.device_service import DeviceService
from mandrivna.services.hub_overview import DAY_MS, HubOverviewService
from mandrivna.services.hub_service import HubService
from mandrivna.services.sync_service import SyncService
from mandrivna.services.visit_service import VisitService
from mandrivna.store.database import Database


def _laptop(folder: Path, hub: str, librarian: str, server, role: str = "librarian") -> Database:
    db = Database.open(folder)
    DeviceService(db).save(hub, librarian)
    SyncService(db).enroll(server.url, server.enroll(hub, role))
    return db


@pytest.fixture
def three(tmp_path: Path, server):
    """HQ and two hubs whose laptops spell one hub two ways, each synced once."""
    hq = _laptop(tmp_path / "hq", "Головний офіс", "Ірина", server, "coordinator")
    one = _laptop(tmp_path / "one", "Хаб у Дніпрі", "Олена", server)
    two = _laptop(tmp_path / "two", "Хаб Дніпро", "Марія", server)
    VisitService(one).tally("stationary", 3)
    for db in (one, two, hq):
        SyncService(db).sync()
    yield hq, one, two
    for db in (hq, one, two):
        db.close()


def test_the_coordinator_sees_every_hub_and_its_laptops_by_librarian(three) -> None:
    hq, _one, _two = three
    overview = HubOverviewService(hq)
    assert overview.is_coordinator()
    lines = {line.name: line for line in overview.overview()}
    assert set(lines) >= {"Головний офіс", "Хаб у Дніпрі", "Хаб Дніпро"}
    (laptop,) = lines["Хаб у Дніпрі"].laptops
    assert (laptop.librarian, laptop.hub, laptop.role, laptop.revoked) == (
        "Олена",
        "Хаб у Дніпрі",
        "librarian",
        False,
    )
    assert laptop.last_sync_ms and laptop.days_quiet == 0 and not laptop.quiet
    assert laptop.pending == 3  # the tally, its profile, its hub's name: waiting as it synced
    assert laptop.app_version and laptop.clock is None
    assert not lines["Хаб у Дніпрі"].quiet


def test_a_hub_whose_laptops_have_not_synced_for_a_week_stands_out(three) -> None:
    hq, _one, _two = three
    overview = HubOverviewService(hq)
    devices = overview.sync.transport().devices()
    later = devices.server_time_ms + 8 * DAY_MS
    lines = {line.name: line for line in overview.arrange(devices.devices, later)}
    assert lines["Хаб у Дніпрі"].quiet and lines["Хаб у Дніпрі"].laptops[0].days_quiet == 8


def test_merged_hub_entries_hold_both_laptops_after_a_sync(three) -> None:
    hq, one, two = three
    hubs = HubService(hq)
    directory = hubs.directory()
    away, keep = directory.hub_of("Хаб у Дніпрі"), directory.hub_of("Хаб Дніпро")
    assert away and keep and away != keep
    hubs.edit(keep, "Хаб Дніпро", "Дніпро", "Дніпропетровська")
    hubs.merge(away, keep)
    lines = {line.name: line for line in HubOverviewService(hq).overview()}
    assert "Хаб у Дніпрі" not in lines
    assert {lap.librarian for lap in lines["Хаб Дніпро"].laptops} == {"Олена", "Марія"}
    SyncService(hq).sync()
    for db in (one, two):  # after one more sync every hub shows one hub
        SyncService(db).sync()
        entries = HubService(db).entries()
        names = [e.name for e in entries]
        assert names.count("Хаб Дніпро") == 1 and "Хаб у Дніпрі" not in names
        assert HubService(db).directory().display("Хаб у Дніпрі") == "Хаб Дніпро"


def test_a_code_issued_for_a_hub_and_a_lost_laptop_revoked(three, tmp_path, server) -> None:
    hq, one, _two = three
    overview = HubOverviewService(hq)
    hub_id = HubService(hq).directory().hub_of("Хаб у Дніпрі")
    assert hub_id
    issued = overview.issue_code(hub_id)
    spare = Database.open(tmp_path / "spare")
    try:
        enrolled = SyncService(spare).enroll(server.url, issued.code, librarian="Оксана")
        assert enrolled.hub == "Хаб у Дніпрі"
    finally:
        spare.close()
    (lost,) = [
        lap for line in overview.overview() for lap in line.laptops if lap.librarian == "Олена"
    ]
    assert overview.revoke(lost)
    with pytest.raises(SyncError, match="revoked"):
        SyncService(one).sync()
    (again,) = [lap for line in overview.overview() for lap in line.laptops if lap.key == lost.key]
    assert again.revoked


def test_a_librarians_laptop_is_refused_the_overview(three) -> None:
    _hq, one, _two = three
    overview = HubOverviewService(one)
    assert not overview.is_coordinator()
    with pytest.raises(SyncError, match="coordinator"):
        overview.overview()
