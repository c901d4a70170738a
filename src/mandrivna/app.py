"""Wires the app together: opens the database, builds the services, starts the GUI.

The only module that knows every layer. Qt is imported inside the GUI functions only, so the
command line can use ``open_services`` without loading Qt.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast, overload

from mandrivna import APP_AUTHOR, APP_NAME
from mandrivna.core.languages import resolve_language
from mandrivna.core.opening_steps import StepSink
from mandrivna.services.folder_lock import passphrase_from_environment
from mandrivna.store.database import Database

if TYPE_CHECKING:
    from mandrivna.services.backup_service import BackupService
    from mandrivna.services.catalogue_service import CatalogueService
    from mandrivna.services.course_service import CourseService
    from mandrivna.services.desk_counters import DeskCounters
    from mandrivna.services.desk_service import DeskService
    from mandrivna.services.device_service import DeviceService
    from mandrivna.services.encryption_service import EncryptionService
    from mandrivna.services.event_service import EventService
    from mandrivna.services.first_view import FirstView
    from mandrivna.services.hub_overview import HubOverviewService
    from mandrivna.services.hub_service import HubService
    from mandrivna.services.idle_upkeep import IdleUpkeep
    from mandrivna.services.lending_service import LendingService
    from mandrivna.services.overdue_service import OverdueService
    from mandrivna.services.parcel_service import ParcelService
    from mandrivna.services.plan_service import PlanService
    from mandrivna.services.reader_merge_service import ReaderMergeService
    from mandrivna.services.reader_service import ReaderService
    from mandrivna.services.report_service import ReportService
    from mandrivna.services.review_service import ReviewService
    from mandrivna.services.status_service import StatusService
    from mandrivna.services.sync_service import SyncService
    from mandrivna.services.visit_service import VisitService

T = TypeVar("T")


def default_data_dir() -> Path:
    """``MANDRIVNA_DATA_DIR``, else the user's data folder for the app."""
    env = os.environ.get("MANDRIVNA_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs  # about 9 ms of a start that names its folder (issue #17)

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


class _Made(Generic[T]):
    """A service made, and its module imported, when it is first used; then kept. Two threads
    asking at once get the same one."""

    def __init__(self, make: Callable[[Services], T]) -> None:
        self.make = make
        self.name = make.__name__

    @overload
    def __get__(self, services: None, owner: type[Services]) -> _Made[T]: ...
    @overload
    def __get__(self, services: Services, owner: type[Services]) -> T: ...
    def __get__(self, services: Services | None, owner: type[Services]) -> T | _Made[T]:
        if services is None:
            return self
        with services.lock:
            made = services.__dict__.get(self.name)
            if made is None:  # kept in the instance: later reads find it without this method
                made = services.__dict__[self.name] = self.make(services)
        return cast(T, made)


class Services:
    """Every use case of the app, on one database. A service is made when first used, so a
    start imports only what its first page needs (issue #17)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.lock = threading.RLock()

    @_Made
    def device(self) -> DeviceService:
        from mandrivna.services.device_service import DeviceService

        return DeviceService(self.db)

    @_Made
    def status(self) -> StatusService:
        from mandrivna.services.status_service import StatusService

        return StatusService(self.db)

    @_Made
    def readers(self) -> ReaderService:
        from mandrivna.services.reader_service import ReaderService

        return ReaderService(self.db)

    @_Made
    def catalogue(self) -> CatalogueService:
        from mandrivna.services.catalogue_service import CatalogueService

        return CatalogueService(self.db)

    @_Made
    def desk(self) -> DeskService:
        from mandrivna.services.desk_service import DeskService

        return DeskService(self.db)

    @_Made
    def counters(self) -> DeskCounters:
        from mandrivna.services.desk_counters import DeskCounters

        return DeskCounters(self.db)

    @_Made
    def plan(self) -> PlanService:
        from mandrivna.services.plan_service import PlanService

        return PlanService(self.db)

    @_Made
    def lending(self) -> LendingService:
        from mandrivna.services.lending_service import LendingService

        return LendingService(self.db)

    @_Made
    def events(self) -> EventService:
        from mandrivna.services.event_service import EventService

        return EventService(self.db)

    @_Made
    def courses(self) -> CourseService:
        from mandrivna.services.course_service import CourseService

        return CourseService(self.db)

    @_Made
    def visits(self) -> VisitService:
        from mandrivna.services.visit_service import VisitService

        return VisitService(self.db)

    @_Made
    def sync(self) -> SyncService:
        from mandrivna.services.sync_service import SyncService

        return SyncService(self.db)

    @_Made
    def parcels(self) -> ParcelService:
        from mandrivna.services.parcel_service import ParcelService

        return ParcelService(self.db)

    @_Made
    def backups(self) -> BackupService:
        from mandrivna.services.backup_service import BackupService

        return BackupService(self.db)

    @_Made
    def encryption(self) -> EncryptionService:
        from mandrivna.services.encryption_service import EncryptionService

        return EncryptionService(self.db, self.backups)

    @_Made
    def review(self) -> ReviewService:
        from mandrivna.services.review_service import ReviewService

        return ReviewService(self.db)

    @_Made
    def reader_merge(self) -> ReaderMergeService:
        from mandrivna.services.reader_merge_service import ReaderMergeService

        return ReaderMergeService(self.db)

    @_Made
    def overdue(self) -> OverdueService:
        from mandrivna.services.overdue_service import OverdueService

        return OverdueService(self.db)

    @_Made
    def hubs(self) -> HubService:
        from mandrivna.services.hub_service import HubService

        return HubService(self.db)

    @_Made
    def hub_overview(self) -> HubOverviewService:
        from mandrivna.services.hub_overview import HubOverviewService

        return HubOverviewService(self.db, self.sync)

    @_Made
    def upkeep(self) -> IdleUpkeep:
        from mandrivna.services.idle_upkeep import IdleUpkeep

        return IdleUpkeep(self.db)

    @_Made
    def reports(self) -> ReportService:
        from mandrivna.services.report_service import ReportService

        return ReportService(self.db)

    @_Made
    def first_view(self) -> FirstView:
        from mandrivna.services.first_view import FirstView

        return FirstView(self.db)

    def is_set_up(self) -> bool:
        """Whether the first-run setup gave this laptop its hub and librarian."""
        return self.db.device() is not None

    def language(self) -> str:
        device = self.db.device()  # through the driver: a start asks it before its window
        return resolve_language(device.language if device else None)

    def catch_up_waiting(self) -> bool:
        """Whether a sync stopped half-way through a catch-up left loans to compute (read
        through the driver: the sync's modules are imported only when there are)."""
        from mandrivna.store import first_view_queries

        with self.db.read_driver() as conn:
            return first_view_queries.catch_up_waiting(conn)

    def close(self) -> None:
        self.db.close()


def open_services(
    data_dir: Path,
    passphrase: str | None = None,
    *,
    defer_check: bool = False,
    on_step: StepSink | None = None,
) -> Services:
    """Everything the app needs, on the data folder's database. An encrypted folder needs its
    passphrase: given here, or from the environment variable ``MANDRIVNA_PASSPHRASE``.
    ``defer_check``: after a clean close, the check of the whole file waits for
    ``backups.check_database`` or the first write (``Database.open``). ``on_step``: told as
    each long step of opening starts (``core.opening_steps``)."""
    if passphrase is None:
        passphrase = passphrase_from_environment()
    db = Database.open(data_dir, passphrase=passphrase, defer_check=defer_check, on_step=on_step)
    return Services(db)
