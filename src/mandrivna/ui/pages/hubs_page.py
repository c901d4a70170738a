"""The coordinator's Hubs page: the hub directory (add, edit or rename, merge two entries, close
or reopen, attach a name met in the data to its hub) and, for the chosen hub, its laptops as the
server last saw them, each named by its librarian: last sync, days without sync, changes
waiting, app version, clock, revoked. Hubs gone quiet (no sync for over a week) stand out. A
code for a new laptop of the hub is shown on the page; a lost laptop is revoked after a
question. Shown only on a coordinator's laptop."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mandrivna.core.change import Changed
from mandrivna.services.hub_overview import HubLine, HubOverviewService, LaptopLine, Overview
from mandrivna.services.hub_service import HubEntry
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.hub_dialogs import AttachDialog, HubDialog, MergeDialog, kind_label
from mandrivna.ui.hub_laptops import LaptopsTable, when
from mandrivna.ui.message_line import MessageLine
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.pages.page_frame import PageFrame
from mandrivna.ui.row_tables import choose_rows
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner
from mandrivna.wire import IssueCodeResponse

HUB_ENTITIES = {"hub", "hub_name", "device_profile"}
QUIET = QColor("#fde7c8")


class HubsPage(PageFrame):
    changed = Signal(object)  # Changed, for the main window to announce

    def __init__(
        self,
        overview: HubOverviewService,
        runner: TaskRunner | ImmediateRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Hubs"), parent, fill=True)
        self.service, self.runner = overview, runner
        self.lines: list[HubLine] = []
        self.unknown_names: list[str] = []  # hub names in the data the directory lacks
        self.question: QMessageBox | None = None
        self._chosen: str | None = None
        self._stale = True  # read when the page is shown, not at every start
        self._build()

    # --- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Hub"),
                self.tr("Settlement"),
                self.tr("Oblast"),
                self.tr("Kind"),
                self.tr("Laptops"),
                self.tr("Last sync"),
                self.tr("State"),
            ]
        )
        choose_rows(self.table, stretch=0)
        self.add_button = QPushButton(self.tr("Add hub (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit or rename (F2)"))
        self.merge_button = QPushButton(self.tr("Merge into… (Ctrl+M)"))
        self.close_button = QPushButton(self.tr("Close hub"))
        self.code_button = QPushButton(self.tr("Code for a new laptop (Ctrl+K)"))
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.merge_button,
            self.close_button,
            self.code_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        self.unknown = QLabel()
        self.unknown.setWordWrap(True)
        self.unknown.setStyleSheet("color: #555")
        self.attach_button = QPushButton(self.tr("Attach to a hub… (Ctrl+J)"))
        self.code_line = QLabel()
        self.code_line.setWordWrap(True)
        self.code_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.laptops = LaptopsTable()
        self.revoke_button = QPushButton(self.tr("Revoke the laptop…"))
        self.message = MessageLine()
        self.body.addWidget(self.table, 3)
        self.body.addLayout(buttons)
        unknown_row = QHBoxLayout()
        unknown_row.addWidget(self.unknown, 1)
        unknown_row.addWidget(self.attach_button)
        self.body.addLayout(unknown_row)
        self.body.addWidget(self.code_line)
        self.body.addWidget(self.laptops.heading)
        self.body.addWidget(self.laptops, 2)
        revoke_row = QHBoxLayout()
        revoke_row.addWidget(self.revoke_button)
        revoke_row.addStretch(1)
        self.body.addLayout(revoke_row)
        self.body.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.edit_hub())
        self.laptops.itemSelectionChanged.connect(self._enable)
        self.add_button.clicked.connect(self.add_hub)
        self.edit_button.clicked.connect(self.edit_hub)
        self.merge_button.clicked.connect(self.merge_hub)
        self.close_button.clicked.connect(self.close_hub)
        self.attach_button.clicked.connect(self.attach_name)
        self.code_button.clicked.connect(self.issue_code)
        self.refresh_button.clicked.connect(self.refresh)
        self.revoke_button.clicked.connect(self.revoke)
        self.add_shortcuts(
            (
                ("Ctrl+N", self.add_hub),
                ("F2", self.edit_hub),
                ("Ctrl+M", self.merge_hub),
                ("Ctrl+J", self.attach_name),
                ("Ctrl+K", self.issue_code),
                ("F5", self.refresh),
            )
        )
        self._enable()

    # --- showing -------------------------------------------------------------------------------
    def say(self, text: str, error: bool = False) -> None:
        self.message.say(text, error)

    def announce(self, changed: Changed) -> None:
        self.changed.emit(changed)

    def on_data_changed(self, changed: Changed) -> None:
        if HUB_ENTITIES & set(changed.entities):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the directory and ask the server for the laptops (when the page is seen)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        PageOp(self, self.service.load).done(self._show).run()

    def _show(self, overview: Overview) -> None:
        self.lines = overview.hubs
        if overview.problem is not None:
            self.say(
                self.tr("The laptops could not be listed: %1").replace(
                    "%1", user_text(overview.problem)
                ),
                error=True,
            )
        self.unknown.setText(
            self.tr("Hub names met in the data that the directory does not know: %1").replace(
                "%1", ", ".join(f"«{n}»" for n in overview.names_not_in_directory)
            )
            if overview.names_not_in_directory
            else ""
        )
        self.unknown.setVisible(bool(overview.names_not_in_directory))
        self.unknown_names = list(overview.names_not_in_directory)
        self.attach_button.setVisible(bool(self.unknown_names))
        chosen = self._chosen
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            self._fill_row(row, line)
        self.table.blockSignals(False)
        rows = [r for r, line in enumerate(self.lines) if self._line_id(line) == chosen]
        self.table.selectRow(rows[0] if rows else 0)
        self._selection_changed()

    @staticmethod
    def _line_id(line: HubLine) -> str:
        return line.entry.id if line.entry is not None else "name:" + line.name

    def _fill_row(self, row: int, line: HubLine) -> None:
        entry = line.entry
        state = self._state(line)
        cells = [
            line.name,
            (entry.hub.settlement or "") if entry else "",
            (entry.hub.oblast or "") if entry else "",
            kind_label(entry.hub.kind) if entry else self.tr("not in the directory"),
            str(len(line.working)),
            when(line.last_sync_ms),
            state,
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if line.quiet:
                item.setBackground(QBrush(QUIET))
                if column in (0, 6):
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
            self.table.setItem(row, column, item)

    def _state(self, line: HubLine) -> str:
        if line.entry is not None and line.entry.closed:
            return self.tr("Closed")
        if line.quiet:
            days = [lap.days_quiet for lap in line.working if lap.days_quiet is not None]
            if not days:
                return self.tr("Quiet: never synced")
            return self.tr("Quiet: no sync for %1 d").replace("%1", str(min(days)))
        if line.entry is None:
            return self.tr("Add it to the directory")
        return self.tr("Open")

    def current(self) -> HubLine | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def current_entry(self) -> HubEntry | None:
        line = self.current()
        return line.entry if line is not None else None

    def _selection_changed(self) -> None:
        line = self.current()
        self._chosen = self._line_id(line) if line is not None else None
        self.laptops.show_hub(line)
        self._enable()

    def _enable(self) -> None:
        entry = self.current_entry()
        for button in (self.edit_button, self.merge_button, self.close_button, self.code_button):
            button.setEnabled(entry is not None)
        self.close_button.setText(
            self.tr("Reopen hub") if entry is not None and entry.closed else self.tr("Close hub")
        )
        self.attach_button.setEnabled(
            bool(self.unknown_names) and any(line.entry is not None for line in self.lines)
        )
        laptop = self.laptops.current()
        self.revoke_button.setEnabled(
            laptop is not None and laptop.on_server and not laptop.revoked
        )

    # --- the directory -------------------------------------------------------------------------
    def _written(self, changed: Changed, text: str) -> None:
        self.announce(changed)
        self.say(text)
        self.refresh()

    def add_hub(self) -> None:
        dialog = HubDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, settlement, oblast, kind = dialog.values()
        PageOp(self, lambda: self.service.hubs.add(name, settlement, oblast, kind)).done(
            lambda result: self._added(result)
        ).run()

    def _added(self, result: tuple[str, Changed]) -> None:
        hub_id, changed = result
        self._chosen = hub_id
        self._written(changed, self.tr("Hub added."))

    def edit_hub(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        dialog = HubDialog(entry, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, settlement, oblast, kind = dialog.values()
        PageOp(self, lambda: self.service.hubs.edit(entry.id, name, settlement, oblast, kind)).done(
            lambda changed: self._written(changed, self.tr("Saved."))
        ).run()

    def merge_hub(self) -> None:
        entry = self.current_entry()
        others = [
            line.entry
            for line in self.lines
            if line.entry is not None and entry is not None and line.entry.id != entry.id
        ]
        if entry is None or not others:
            return
        dialog = MergeDialog(entry, others, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        keep = dialog.chosen()
        self._chosen = keep
        PageOp(self, lambda: self.service.hubs.merge(entry.id, keep)).done(
            lambda changed: self._written(changed, self.tr("The hubs are merged."))
        ).run()

    def close_hub(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        closing = not entry.closed
        text = self.tr("Hub closed.") if closing else self.tr("Hub reopened.")
        PageOp(self, lambda: self.service.hubs.close(entry.id, closing)).done(
            lambda changed: self._written(changed, text)
        ).run()

    def attach_name(self) -> None:
        """A name met in the data (the chosen row's, if it is one) joins a hub of the
        directory as another spelling of it."""
        entries = [line.entry for line in self.lines if line.entry is not None]
        if not self.unknown_names or not entries:
            return
        line = self.current()
        chosen = line.name if line is not None and line.entry is None else None
        dialog = AttachDialog(self.unknown_names, entries, chosen, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, hub_id = dialog.chosen()
        self._chosen = hub_id
        PageOp(self, lambda: self.service.hubs.attach(name, hub_id)).done(
            lambda changed: self._written(
                changed, self.tr("«%1» is now a spelling of its hub.").replace("%1", name)
            )
        ).run()

    # --- laptops -------------------------------------------------------------------------------
    def issue_code(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        PageOp(self, lambda: self.service.issue_code(entry.id)).done(self._issued).busy(
            self.code_button
        ).run()

    def _issued(self, issued: IssueCodeResponse) -> None:
        self.code_line.setText(
            self.tr(
                "Code for a new laptop of «%1»: <b>%2</b> (valid until %3). Enter it on the "
                "laptop in Sync, with the server's address."
            )
            .replace("%1", issued.hub)
            .replace("%2", issued.code)
            .replace("%3", when(issued.expires_ms))
        )
        self.say(self.tr("Code issued."))
        self.refresh()

    def revoke(self) -> None:
        laptop = self.laptops.current()
        if laptop is None or laptop.revoked or not laptop.on_server:
            return
        who = laptop.librarian or self.tr("a laptop not synced yet")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Revoke the laptop"),
            self.tr(
                "Revoke the laptop of %1 at «%2»? It stops syncing at once; what it has "
                "already sent stays. To use it again, it needs a new code."
            )
            .replace("%1", who)
            .replace("%2", laptop.hub),
            parent=self,
        )
        confirm = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.finished.connect(
            lambda _r: self._revoke(laptop) if box.clickedButton() is confirm else None
        )
        self.question = box
        box.open()

    def _revoke(self, laptop: LaptopLine) -> None:
        PageOp(self, lambda: self.service.revoke(laptop)).done(self._revoked).run()

    def _revoked(self, done: bool) -> None:
        if done:
            self.say(self.tr("The laptop is revoked."))
        else:
            self.say(self.tr("The server no longer knows this laptop."), error=True)
        self.refresh()
