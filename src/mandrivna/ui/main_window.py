"""The main window: navigation on the left, the current page on the right, status at the bottom.

Every write returns what it changed (``Changed``); the window re-emits it as ``data_changed`` and
each view refreshes from that signal. Nothing polls the database.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mandrivna.app import Services
from mandrivna.core.change import Changed
from mandrivna.core.errors import DatabaseFileError
from mandrivna.core.reader import Reader
from mandrivna.core.status import Status
from mandrivna.ui import catch_up_text
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.idle_folding import IdleFolding
from mandrivna.ui.navigation import Navigation
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.page_stack import PageFactory, PageStack
from mandrivna.ui.pages.readers_page import ReadersPage
from mandrivna.ui.status_bar import MainStatusBar
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

if TYPE_CHECKING:
    from mandrivna.services.backup_service import DailyResult
    from mandrivna.ui.pages.catalogue_page import CataloguePage
    from mandrivna.ui.pages.dashboard_page import DashboardPage
    from mandrivna.ui.pages.desk_page import DeskPage
    from mandrivna.ui.pages.events_page import EventsPage
    from mandrivna.ui.pages.hubs_page import HubsPage
    from mandrivna.ui.pages.parcels_page import ParcelsPage
    from mandrivna.ui.pages.plan_page import PlanPage
    from mandrivna.ui.pages.reports_page import ReportsPage
    from mandrivna.ui.pages.review_page import ReviewPage
    from mandrivna.ui.pages.settings_page import SettingsPage
    from mandrivna.ui.pages.sync_page import SyncPage

WINDOW_SIZE = QSize(1366, 768)
BACKUP_MESSAGE_MS = 15_000
# While the server can be reached, the laptop syncs by itself: first soon after the start, then
# every few minutes (the Sync page is built for the first one, if it was not shown before).
FIRST_AUTO_SYNC_MS = 15 * 1000
AUTO_SYNC_MS = 5 * 60 * 1000
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
        # the write-ahead log folded back when the runner is idle, not inside a scan's commit
        self.idle_folding = IdleFolding(runner, services.upkeep, parent=self)
        self.setWindowTitle(self.tr("Mandrivna — the travelling library"))
        self.resize(WINDOW_SIZE)
        self.navigation = Navigation()
        self.nav = self.navigation.list
        self.pages = PageStack()
        self.page_names = self.pages.names
        self._add("readers", self.tr("Readers"), self._readers, build_now=True)
        self._add("desk", self.tr("Lending desk"), self._desk)
        self._add("catalogue", self.tr("Catalogue"), self._catalogue)
        self._add("parcels", self.tr("Parcels"), self._parcels)
        self._add("events", self.tr("Events"), self._events)
        self._add("review", self.tr("Review"), self._review)
        if services.first_view.has_coordinator_role():  # the plan is the coordinator's to set
            self._add("plan", self.tr("Plan"), self._plan)
        self._add("reports", self.tr("Reports"), self._reports)
        self._add("dashboard", self.tr("Dashboard"), self._dashboard)
        self._add("hubs", self.tr("Hubs"), self._hubs)
        self._add("sync", self.tr("Sync"), self._sync)
        self._add("settings", self.tr("Settings"), self._settings)
        self.nav.currentRowChanged.connect(self.pages.show_index)
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
        self.sync_timer = QTimer(self)
        self.sync_timer.timeout.connect(self.auto_sync)
        if auto_sync:
            QTimer.singleShot(FIRST_AUTO_SYNC_MS, self.auto_sync)
            self.sync_timer.start(AUTO_SYNC_MS)

    def auto_sync(self) -> None:
        """The sync the laptop makes by itself, on the Sync page (built now if not yet)."""
        self.sync_page.auto_sync()

    def _add(self, name: str, label: str, factory: PageFactory, build_now: bool = False) -> None:
        """A page in the navigation (its icon: ``navigation.PAGE_ICONS``) and the stack, built
        when first shown unless ``build_now``."""
        self.navigation.add_page(name, label)
        self.pages.add(name, factory, build_now)

    def _wired(self, page: QWidget, changes: bool = True) -> QWidget:
        """A page's writes announced to every view, and every view's changes to the page."""
        if changes:
            page.changed.connect(self.announce)  # type: ignore[attr-defined]
        self.data_changed.connect(page.on_data_changed)  # type: ignore[attr-defined]
        return page

    # The pages' factories: each imports its page's module only when the page is first built.

    def _readers(self) -> QWidget:
        services = self.services
        page = ReadersPage(
            lambda: services.readers,  # made when first used: the first list is read without it
            self.runner,
            self.tr("Luhansk Regional Universal Scientific Library"),
            services=services,
            first_view=services.first_view,
        )
        page.to_desk.connect(self.serve_at_desk)
        return self._wired(page)

    def _desk(self) -> QWidget:
        from mandrivna.ui.pages.desk_page import DeskPage

        return self._wired(DeskPage(self.services, self.runner))

    def _catalogue(self) -> QWidget:
        from mandrivna.ui.pages.catalogue_page import CataloguePage

        return self._wired(CataloguePage(self.services, self.runner))

    def _parcels(self) -> QWidget:
        from mandrivna.ui.pages.parcels_page import ParcelsPage

        library = self.tr("Luhansk Regional Universal Scientific Library")
        return self._wired(ParcelsPage(self.services.parcels, self.runner, library))

    def _events(self) -> QWidget:
        from mandrivna.ui.pages.events_page import EventsPage

        page = EventsPage(self.services.events, self.services.courses, self.runner)
        return self._wired(page)

    def _review(self) -> QWidget:
        from mandrivna.ui.pages.review_page import ReviewPage

        return self._wired(ReviewPage(self.services, self.runner))

    def _plan(self) -> QWidget:
        from mandrivna.ui.pages.plan_page import PlanPage

        return self._wired(PlanPage(self.services.plan, self.runner))

    def _reports(self) -> QWidget:
        from mandrivna.ui.pages.reports_page import ReportsPage

        return self._wired(ReportsPage(self.services.reports, self.runner), changes=False)

    def _dashboard(self) -> QWidget:
        from mandrivna.ui.pages.dashboard_page import DashboardPage

        return self._wired(DashboardPage(self.services.reports, self.runner), changes=False)

    def _hubs(self) -> QWidget:
        from mandrivna.ui.pages.hubs_page import HubsPage

        return self._wired(HubsPage(self.services.hub_overview, self.runner))

    def _sync(self) -> QWidget:
        from mandrivna.ui.pages.sync_page import SyncPage

        page = SyncPage(self.services.sync, self.services.status, self.runner)
        page.synced.connect(lambda report: self.announce(report.changed))
        page.synced.connect(lambda _report: self.show_coordinator_pages())
        return page

    def _settings(self) -> QWidget:
        from mandrivna.ui.pages.backup_settings import BackupSettings
        from mandrivna.ui.pages.encryption_settings import EncryptionSettings
        from mandrivna.ui.pages.lending_settings import LendingSettings
        from mandrivna.ui.pages.settings_page import SettingsPage

        services, runner = self.services, self.runner
        backup = BackupSettings(services.backups, runner)
        backup.restored.connect(self.restart)
        lending = LendingSettings(services.lending, runner, self.announce)
        encryption = EncryptionSettings(services.encryption, runner)
        page = SettingsPage(
            services.device, runner, sections=[backup, _column(lending, encryption)]
        )
        page.saved.connect(lambda _s: self.refresh_status())
        return page

    # The pages by name, built on first access (tests and the start-up's screenshot reach them).

    @property
    def readers_page(self) -> ReadersPage:
        return self.pages.page("readers")  # type: ignore[return-value]

    @property
    def desk_page(self) -> DeskPage:
        return self.pages.page("desk")  # type: ignore[return-value]

    @property
    def catalogue_page(self) -> CataloguePage:
        return self.pages.page("catalogue")  # type: ignore[return-value]

    @property
    def parcels_page(self) -> ParcelsPage:
        return self.pages.page("parcels")  # type: ignore[return-value]

    @property
    def events_page(self) -> EventsPage:
        return self.pages.page("events")  # type: ignore[return-value]

    @property
    def review_page(self) -> ReviewPage:
        return self.pages.page("review")  # type: ignore[return-value]

    @property
    def plan_page(self) -> PlanPage:
        """Only on a coordinator's laptop: elsewhere there is no such attribute."""
        if "plan" not in self.page_names:
            raise AttributeError("plan_page")
        return self.pages.page("plan")  # type: ignore[return-value]

    @property
    def reports_page(self) -> ReportsPage:
        return self.pages.page("reports")  # type: ignore[return-value]

    @property
    def dashboard_page(self) -> DashboardPage:
        return self.pages.page("dashboard")  # type: ignore[return-value]

    @property
    def hubs_page(self) -> HubsPage:
        return self.pages.page("hubs")  # type: ignore[return-value]

    @property
    def sync_page(self) -> SyncPage:
        return self.pages.page("sync")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.pages.page("settings")  # type: ignore[return-value]

    def show_coordinator_pages(self) -> None:
        """The coordinator's pages are in the navigation only on a coordinator's laptop."""
        coordinator = self.services.first_view.enrolled_as_coordinator()
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

    def check_database(self) -> None:
        """The check of the whole database file that opening left for after the window was
        drawn; a damaged file is said in a dialog, and nothing more is written to it."""
        PageOp(self, self.services.backups.check_database).failed(self._check_failed).run()

    def finish_catch_up(self) -> None:
        """The loans and search entries a sync stopped half-way through a catch-up left to
        compute (nearly never: a new laptop's first sync cut short), said in the status bar
        while they are worked out; the views that show them refresh after."""

        def finish(report: Callable[[int, int], None]) -> Changed:
            if not self.services.catch_up_waiting():
                return Changed()
            return self.services.sync.finish_catch_up(report)

        PageOp(self, finish).progress(self._catch_up_progressed).done(self._catch_up_done).failed(
            self._catch_up_failed
        ).run()

    def _catch_up_progressed(self, done: int, total: int) -> None:
        self._catch_up_said = True
        self.status.showMessage(catch_up_text.finishing(done, total))

    def _catch_up_done(self, changed: Changed) -> None:
        # it was said (only indexes built, too: no kind of record changed): now done
        if changed.entities or getattr(self, "_catch_up_said", False):
            self._catch_up_said = False
            self.status.clearMessage()

    def _catch_up_failed(self, exc: BaseException) -> None:  # the next sync tries again
        self.status.clearMessage()
        if isinstance(exc, DatabaseFileError):  # the file's check says it, in a dialog
            return
        log.error("The loans left by a catch-up were not computed", exc_info=exc)
        self.status.showMessage(user_text(exc), BACKUP_MESSAGE_MS)

    def _check_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DatabaseFileError):  # could not read it now: the next write tries
            log.error("The database check did not run", exc_info=exc)
            self.status.showMessage(user_text(exc), BACKUP_MESSAGE_MS)
            return
        log.error("The database file is damaged; nothing more is written to it")
        advice = self.tr(
            "Nothing more will be written to it. Close Mandrivna and open it again: it will "
            "offer the newest good backup, if there is one."
        )
        QMessageBox.critical(self, "Mandrivna", f"{user_text(exc)}\n\n{advice}")

    def backup_failed(self, exc: BaseException) -> None:
        log.error("Daily backup failed", exc_info=exc)
        self.status.showMessage(user_text(exc), BACKUP_MESSAGE_MS)

    def announce(self, changed: Changed) -> None:
        """Tell every view what a write changed."""
        self.data_changed.emit(changed)
