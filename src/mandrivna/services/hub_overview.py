"""The coordinator's overview of every hub and its laptops: the directory (``hub_service``)
joined with what the sync server knows of each laptop (last sync, changes waiting as it last
said, app version, clock, revoked) and what each laptop says of itself (its ``device_profile``:
hub and librarian), so that a laptop is named by its hub and librarian, never by a key or UUID.
Issuing an enrollment code for a hub and revoking a lost laptop go to the server; only a
coordinator's laptop may do either (the server refuses others)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mandrivna.core.clock_check import DAY_MS
from mandrivna.core.device_profile import DeviceProfile
from mandrivna.core.errors import SyncError
from mandrivna.core.hlc import DEFAULT_MAX_AHEAD_MS
from mandrivna.core.hubs import clean
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.first_view import FirstView
from mandrivna.services.hub_service import HubEntry, HubService
from mandrivna.services.sync_service import SyncService
from mandrivna.store.database import Database

if TYPE_CHECKING:  # the wire's models load with the first request to the server, not at start
    from mandrivna.wire import DeviceEntry, IssueCodeResponse

# A hub whose laptops have not synced for longer than this has gone quiet.
QUIET_DAYS = 7


@dataclass(frozen=True)
class LaptopLine:
    """One laptop (a device slot on the server) as the overview shows it."""

    key: str  # the server's slot key: used to revoke, never shown
    device_id: str | None  # None: a code issued, no laptop enrolled with it yet
    hub: str  # the hub's name today, as the directory has it
    librarian: str | None  # as the laptop last said (None: it has not synced yet)
    role: str
    issued_ms: int
    last_sync_ms: int | None
    days_quiet: int | None  # whole days since its last sync (None: never synced)
    pending: int | None  # changes it held unsent as it last synced (None: never said)
    to_pull: int  # changes on the server it has not taken yet
    app_version: str | None
    clock: str | None  # "ahead" or "behind" at its last sync, else None
    clock_by_ms: int
    revoked: bool
    # False: known only from its profile (the server was not reached, or does not know it).
    on_server: bool = True

    @property
    def quiet(self) -> bool:
        """Working (enrolled, not revoked), and no sync for more than ``QUIET_DAYS`` days."""
        if self.revoked or self.device_id is None or not self.on_server:
            return False
        return self.days_quiet is None or self.days_quiet > QUIET_DAYS


@dataclass(frozen=True)
class HubLine:
    """A hub with its laptops. ``entry`` is None for a hub name the directory does not know
    (a laptop enrolled under it); ``name`` is then that name."""

    name: str
    entry: HubEntry | None
    laptops: list[LaptopLine] = field(default_factory=list)

    @property
    def working(self) -> list[LaptopLine]:
        return [laptop for laptop in self.laptops if laptop.device_id and not laptop.revoked]

    @property
    def quiet(self) -> bool:
        """It has working laptops and none synced in the last ``QUIET_DAYS`` days."""
        working = self.working
        return bool(working) and all(laptop.quiet for laptop in working)

    @property
    def last_sync_ms(self) -> int | None:
        return max((lap.last_sync_ms for lap in self.laptops if lap.last_sync_ms), default=None)


def _clock(skew_ms: int | None) -> tuple[str | None, int]:
    if skew_ms is None:
        return None, 0
    if skew_ms > DEFAULT_MAX_AHEAD_MS:
        return "ahead", skew_ms
    if skew_ms < -DAY_MS:
        return "behind", -skew_ms
    return None, 0


@dataclass(frozen=True)
class Overview:
    """What the Hubs page shows: every hub, with its laptops when the server could be asked
    (``problem``: why it could not; the directory is shown all the same)."""

    hubs: list[HubLine]
    names_not_in_directory: list[str]
    problem: SyncError | None = None


class HubOverviewService:
    def __init__(self, db: Database, sync: SyncService | None = None) -> None:
        self.db = db
        self.hubs = HubService(db)
        self.sync = sync or SyncService(db)

    def is_coordinator(self) -> bool:
        """This laptop is enrolled with the coordinator's role."""
        return FirstView(self.db).enrolled_as_coordinator()

    def overview(self) -> list[HubLine]:
        """Every hub of the directory (closed ones too) with its laptops, then the hub names
        laptops were enrolled under that the directory does not know. Asks the server."""
        link = self.sync.transport()  # not enrolled: says so
        self._coordinator_only()
        listing = link.devices()
        return self.arrange(listing.devices, listing.server_time_ms)

    def load(self) -> Overview:
        """The overview, or the directory alone (with the reason) when the server cannot be
        asked."""
        unknown = self.hubs.names_not_in_directory()
        try:
            return Overview(self.overview(), unknown)
        except SyncError as exc:
            return Overview(self.arrange([], 0), unknown, exc)  # laptops from their profiles

    def arrange(self, devices: list[DeviceEntry], now_ms: int) -> list[HubLine]:
        """``overview`` from a list of the server's device slots; laptops the server did not
        list are shown from their own profiles (all of them when it was not reached)."""
        directory = self.hubs.directory()
        profiles = self.hubs.laptops()
        lines = {entry.id: HubLine(entry.name, entry) for entry in self.hubs.entries()}
        unknown: dict[str, HubLine] = {}

        def line_of(*names: str) -> HubLine:
            for name in names:
                hub_id = directory.hub_of(name)
                if hub_id in lines:
                    return lines[hub_id]
            name = clean(names[0])
            return unknown.setdefault(name.casefold(), HubLine(name, None))

        for device in devices:
            profile = profiles.pop(device.device_id or "", None)
            written = profile.hub if profile is not None and profile.hub else device.hub
            line = line_of(written, device.hub)
            line.laptops.append(self._laptop(device, profile, now_ms, line.name))
        for device_id, profile in profiles.items():
            line = line_of(profile.hub or "")
            line.laptops.append(self._from_profile(device_id, profile, line.name))
        out = list(lines.values()) + sorted(unknown.values(), key=lambda h: h.name.casefold())
        for line in out:
            line.laptops.sort(key=lambda lap: (lap.revoked, (lap.librarian or "").casefold()))
        return out

    @staticmethod
    def _laptop(
        device: DeviceEntry, profile: DeviceProfile | None, now_ms: int, hub_name: str
    ) -> LaptopLine:
        kind, by_ms = _clock(device.clock_skew_ms)
        quiet = None
        if device.last_sync_ms is not None:
            quiet = max(0, (now_ms - device.last_sync_ms) // DAY_MS)
        return LaptopLine(
            key=device.key,
            device_id=device.device_id,
            hub=hub_name,
            librarian=profile.librarian if profile is not None else None,
            role=device.role,
            issued_ms=device.created_ms,
            last_sync_ms=device.last_sync_ms,
            days_quiet=quiet,
            pending=device.pending,
            to_pull=device.to_pull,
            app_version=device.app_version or (profile.app_version if profile else None),
            clock=kind,
            clock_by_ms=by_ms,
            revoked=device.revoked_ms is not None,
        )

    @staticmethod
    def _from_profile(device_id: str, profile: DeviceProfile, hub_name: str) -> LaptopLine:
        return LaptopLine(
            key="",
            device_id=device_id,
            hub=hub_name,
            librarian=profile.librarian,
            role=profile.role or "librarian",
            issued_ms=0,
            last_sync_ms=None,
            days_quiet=None,
            pending=None,
            to_pull=0,
            app_version=profile.app_version,
            clock=None,
            clock_by_ms=0,
            revoked=False,
            on_server=False,
        )

    def issue_code(self, hub_id: str, role: str = "librarian") -> IssueCodeResponse:
        """A one-time enrollment code for a new laptop of this hub (under its name today)."""
        self._coordinator_only()
        entry = self.hubs.entry(hub_id)
        return self.sync.transport().issue_code(entry.name, role)

    def revoke(self, laptop: LaptopLine) -> bool:
        """Stop a lost laptop's access to the server at once."""
        self._coordinator_only()
        if not laptop.on_server:
            raise SyncError(QT_TRANSLATE_NOOP("errors", "The server does not know this laptop."))
        return self.sync.transport().revoke(laptop.key)

    def _coordinator_only(self) -> None:
        if not self.is_coordinator():
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only a coordinator's laptop can see every hub's laptops, issue codes and "
                    "revoke laptops.",
                )
            )
