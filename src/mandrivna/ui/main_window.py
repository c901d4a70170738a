"""The main window: navigation on the left, the current page on the right, status at the bottom.

Every write returns what it changed (``Changed``); the window re-emits it as ``data_changed`` and
each view refreshes from that signal. Nothing polls the database.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QProcess, QSize, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mandrivna.app import Services
from mandrivna.core.change import Changed
from mandrivna.core.reader import Reader
from mandrivna.core.status import Status
from mandrivna.services.backup_service import DailyResult
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.navigation import Navigation
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.backup_settings import BackupSettings
from mandrivna.ui.pages.catalogue_page import CataloguePage
from mandrivna.ui.pages.dashboard_page import DashboardPage
from mandrivna.ui.pages.desk_page import DeskPage
from mandrivna.ui.pages.encryption_settings import EncryptionSettings
from mandrivna.ui.pages.events_page import EventsPage
from mandrivna.ui.pages.hubs_page import HubsPage
from mandrivna.ui.pages.lending_settings import LendingSettings
from mandrivna.ui.pages.parcels_page import ParcelsPage
from mandrivna.ui.pages.plan_page import PlanPage
from mandrivna.ui.pages.readers_page import ReadersPage
from mandrivna.ui.pages.reports_page import ReportsPage
from mandrivna.ui.pages.review_page import ReviewPage
from mandrivna.ui.pages.settings_page import SettingsPage
from mandrivna.ui.pages.sync_page import SyncPage
from mandrivna.ui.status_bar import MainStatusBar
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

WINDOW_SIZE = QSize(1366, 768)
BACKUP_MESSAGE_MS = 15_000
log = logging.getLogger(__name__)


def _column(*sections: QWidget) -> QWidget:
    """Settings sections one under another."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    for section in sections:
        layout.addWidget(section)
    layout.addStretch(1)
    return column


class MainWindow(QMainWindow):
    data_changed = Signal(object)  # Changed

    def __init__(
        self,
        services: Services,
        runner: TaskRunner | ImmediateRunner,
        auto_sync: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.setWindowTitle(self.tr("Mandrivna — the travelling library"))
        self.resize(WINDOW_SIZE)
        self.navigation = Navigation()
        self.nav = self.navigation.list
        self.pages = QStackedWidget()
        self.page_names: list[str] = []
        self.backup_settings = BackupSettings(services.backups, runner)
        self.backup_settings.restored.connect(self.restart)
        self.lending_settings = LendingSettings(services.lending, runner, self.announce)
        self.encryption_settings = EncryptionSettings(services.encryption, runner)
        self.settings_page = SettingsPage(
            services.device,
            runner,
            sections=[
                self.backup_settings,
                _column(self.lending_settings, self.encryption_settings),
            ],
        )
        self.settings_page.saved.connect(lambda _s: self.refresh_status())
        self.readers_page = ReadersPage(
            services.readers,
            runner,
            self.tr("Luhansk Regional Universal Scientific Library"),
            services=services,
        )
        self.readers_page.changed.connect(self.announce)
        self.data_changed.connect(self.readers_page.on_data_changed)
        self._add("readers", self.tr("Readers"), self.readers_page)
        self.desk_page = DeskPage(services, runner)
        self.desk_page.changed.connect(self.announce)
        self.data_changed.connect(self.desk_page.on_data_changed)
        self._add("desk", self.tr("Lending desk"), self.desk_page)
        self.readers_page.to_desk.connect(self.serve_at_desk)
        self.catalogue_page = CataloguePage(services, runner)
        self.catalogue_page.changed.connect(self.announce)
        self.data_changed.connect(self.catalogue_page.on_data_changed)
        self._add("catalogue", self.tr("Catalogue"), self.catalogue_page)
        self.parcels_page = ParcelsPage(
            services.parcels, runner, self.tr("Luhansk Regional Universal Scientific Library")
        )
        self.parcels_page.changed.connect(self.announce)
        self.data_changed.connect(self.parcels_page.on_data_changed)
        self._add("parcels", self.tr("Parcels"), self.parcels_page)
        self.events_page = EventsPage(services.events, services.courses, runner)
        self.events_page.changed.connect(self.announce)
        self.data_changed.connect(self.events_page.on_data_changed)
        self._add("events", self.tr("Events"), self.events_page)
        self.review_page = ReviewPage(services, runner)
        self.review_page.changed.connect(self.announce)
        self.data_changed.connect(self.review_page.on_data_changed)
        self._add("review", self.tr("Review"), self.review_page)
        if services.plan.is_coordinator():  # the plan is the coordinator's to set
            self.plan_page = PlanPage(services.plan, runner)
            self.plan_page.changed.connect(self.announce)
            self.data_changed.connect(self.plan_page.on_data_changed)
            self._add("plan", self.tr("Plan"), self.plan_page)
        self.reports_page = ReportsPage(services.reports, runner)
        self.data_changed.connect(self.reports_page.on_data_changed)
        self._add("reports", self.tr("Reports"), self.reports_page)
        self.dashboard_page = DashboardPage(services.reports, runner)
        self.data_changed.connect(self.dashboard_page.on_data_changed)
        self._add("dashboard", self.tr("Dashboard"), self.dashboard_page)
        self.hubs_page = HubsPage(services.hub_overview, runner)
        self.hubs_page.changed.connect(self.announce)
        self.data_changed.connect(self.hubs_page.on_data_changed)
        self._add("hubs", self.tr("Hubs"), self.hubs_page)
        self.sync_page = SyncPage(services.sync, services.status, runner, auto_sync=auto_sync)
        self.sync_page.synced.connect(lambda report: self.announce(report.changed))
        self.sync_page.synced.connect(lambda _report: self.show_coordinator_pages())
        self._add("sync", self.tr("Sync"), self.sync_page)
        self._add("settings", self.tr("Settings"), self.settings_page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.show_coordinator_pages()
        self.status = MainStatusBar()
        self.setStatusBar(self.status)
        self.data_changed.connect(lambda _c: self.refresh_status())
        self.refresh_status()

    def _add(self, name: str, label: str, page: QWidget) -> None:
        """A page in the navigation (its icon: ``navigation.PAGE_ICONS``) and the stack."""
        self.navigation.add_page(name, label)
        self.pages.addWidget(page)
        self.page_names.append(name)

    def show_coordinator_pages(self) -> None:
        """The coordinator's pages are in the navigation only on a coordinator's laptop."""
        coordinator = self.services.hub_overview.is_coordinator()
        self.nav.item(self.page_names.index("hubs")).setHidden(not coordinator)

    def serve_at_desk(self, reader: Reader) -> None:
        """The Readers page's Ctrl+D: the desk, with this reader as if their card was scanned."""
        self.show_page("desk")
        self.desk_page.serve(reader)

    def show_page(self, name: str) -> None:
        """Show a page (one this laptop lacks, the coordinator's plan on a hub's, stays put)."""
        if name in self.page_names:
            self.nav.setCurrentRow(self.page_names.index(name))

    def current_page_name(self) -> str:
        return self.page_names[self.pages.currentIndex()]

    def refresh_status(self) -> None:
        PageOp(self, self.services.status.status).done(self._show_status).run()

    def _show_status(self, status: Status) -> None:
        self.status.show_status(status)
        self.navigation.show_status(status)

    def say(self, text: str, error: bool = False) -> None:
        """Work the window itself runs (the status, the day's backup) speaks in the status bar."""
        self.status.showMessage(text, BACKUP_MESSAGE_MS)

    def warn_about_clock(self, status: Status) -> None:
        """At start: a wrong date would stamp today's work with it, so say so before work."""
        if status.clock is not None:
            QMessageBox.warning(
                self,
                self.tr("Date and time"),
                self.status.clock_text(status.clock)
                + ".\n"
                + self.tr(
                    "Work recorded now would carry a wrong date. Set this laptop's date and "
                    "time (and time zone) in the system settings, then go on."
                ),
            )

    def restart(self) -> None:
        """After a restore: start the app again on the restored database, and quit this one."""
        QProcess.startDetached(sys.executable, sys.argv)
        QApplication.quit()

    def daily_backup_done(self, result: DailyResult) -> None:
        """The day's backup (made in the background at start) in the status bar."""
        if result.made is not None:
            self.status.showMessage(
                self.tr("Today's backup was made and checked."), BACKUP_MESSAGE_MS
            )
        if result.second_copy_error:
            self.status.showMessage(
                self.tr("The backup could not be copied to the second folder: {reason}").format(
                    reason=result.second_copy_error
                ),
                BACKUP_MESSAGE_MS,
            )

    def backup_failed(self, exc: BaseException) -> None:
        log.error("Daily backup failed", exc_info=exc)
        self.status.showMessage(user_text(exc), BACKUP_MESSAGE_MS)

    def announce(self, changed: Changed) -> None:
        """Tell every view what a write changed."""
        self.data_changed.emit(changed)
