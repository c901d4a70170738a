"""Wires the app together: opens the database, builds the services, starts the GUI.

The only module that knows every layer. Qt is imported inside the GUI functions only, so the
command line can use ``open_services`` without loading Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from mandrivna import APP_AUTHOR, APP_NAME
from mandrivna.core.languages import resolve_language
from mandrivna.services.backup_service import BackupService
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.course_service import CourseService
from mandrivna.services.desk_counters import DeskCounters
from mandrivna.services.desk_service import DeskService
from mandrivna.services.device_service import DeviceService
from mandrivna.services.encryption_service import EncryptionService, passphrase_from_environment
from mandrivna.services.event_service import EventService
from mandrivna.services.hub_overview import HubOverviewService
from mandrivna.services.hub_service import HubService
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
from mandrivna.store.database import Database


def default_data_dir() -> Path:
    """``MANDRIVNA_DATA_DIR``, else the user's data folder for the app."""
    env = os.environ.get("MANDRIVNA_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


@dataclass
class Services:
    db: Database
    device: DeviceService
    status: StatusService
    readers: ReaderService
    catalogue: CatalogueService
    desk: DeskService
    counters: DeskCounters
    plan: PlanService
    lending: LendingService
    events: EventService
    courses: CourseService
    visits: VisitService
    sync: SyncService
    parcels: ParcelService
    backups: BackupService
    encryption: EncryptionService
    review: ReviewService
    reader_merge: ReaderMergeService
    overdue: OverdueService
    hubs: HubService
    hub_overview: HubOverviewService
    reports: ReportService

    def language(self) -> str:
        settings = self.device.current()
        return resolve_language(settings.language if settings else None)

    def close(self) -> None:
        self.db.close()


def open_services(
    data_dir: Path, passphrase: str | None = None, *, defer_check: bool = False
) -> Services:
    """Everything the app needs, on the data folder's database. An encrypted folder needs its
    passphrase: given here, or from the environment variable ``MANDRIVNA_PASSPHRASE``.
    ``defer_check``: after a clean close, the check of the whole file waits for
    ``backups.check_database`` or the first write (``Database.open``)."""
    if passphrase is None:
        passphrase = passphrase_from_environment()
    db = Database.open(data_dir, passphrase=passphrase, defer_check=defer_check)
    backups = BackupService(db)
    sync = SyncService(db)
    return Services(
        db=db,
        device=DeviceService(db),
        status=StatusService(db),
        readers=ReaderService(db),
        catalogue=CatalogueService(db),
        desk=DeskService(db),
        counters=DeskCounters(db),
        plan=PlanService(db),
        lending=LendingService(db),
        events=EventService(db),
        courses=CourseService(db),
        visits=VisitService(db),
        sync=sync,
        parcels=ParcelService(db),
        backups=backups,
        encryption=EncryptionService(db, backups),
        review=ReviewService(db),
        reader_merge=ReaderMergeService(db),
        overdue=OverdueService(db),
        hubs=HubService(db),
        hub_overview=HubOverviewService(db, sync),
        reports=ReportService(db),
    )
