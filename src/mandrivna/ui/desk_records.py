"""What the lending desk records besides loans and returns, each through its dialog: an electronic
loan, reference help (a consultation), virtual visits; and the lists of loans it shows: those
overdue at this hub, and a reader's loan history. Each write runs on the desk page's background
runner; what was recorded is told (``recorded``) for the page to say and log."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from mandrivna.core.desk import LoanLine
from mandrivna.core.reader import Reader
from mandrivna.ui.desk_dialogs import (
    ConsultationDialog,
    ELoanDialog,
    LoanListDialog,
    VirtualVisitsDialog,
)
from mandrivna.ui.page_op import PageOp

if TYPE_CHECKING:
    from mandrivna.services.desk_service import DeskService
    from mandrivna.services.lending_service import LendingService
    from mandrivna.services.visit_service import VisitService


class DeskRecords(QObject):
    recorded = Signal(str, object, bool)  # what was recorded, for whom (a name or None), anonymous

    def __init__(
        self, page: QWidget, desk: DeskService, lending: LendingService, visits: VisitService
    ) -> None:
        """``page``: the dialogs' parent, and what runs the writes (its runner, its ``say`` and
        ``announce``)."""
        super().__init__(page)
        self.page, self.desk, self.lending, self.visits = page, desk, lending, visits

    def _run(self, call: Callable[[], Any], done: Callable[[Any], object]) -> None:
        PageOp(self.page, call).done(done).run()  # type: ignore[arg-type]  # the desk page

    def e_loan(self, reader: Reader | None) -> None:
        dialog = ELoanDialog(reader.full_name if reader else None, self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        reader_id = reader.id if reader else None
        self._run(
            lambda: self.desk.e_loan(reader_id=reader_id, **values),
            lambda _c: self.recorded.emit(
                self.tr("Recorded: {title}.").format(title=values["title"]),
                reader.full_name if reader else None,
                False,
            ),
        )

    def consultation(self, reader: Reader | None) -> None:
        dialog = ConsultationDialog(reader.full_name if reader else None, self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        reader_id = reader.id if reader else None
        self._run(
            lambda: self.desk.consultation(reader_id=reader_id, **values),
            lambda _c: self.recorded.emit(
                self.tr("Reference help recorded."), reader.full_name if reader else None, False
            ),
        )

    def virtual_visits(self) -> None:
        dialog = VirtualVisitsDialog(self.page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self._run(
            lambda: self.visits.add_virtual_visits(**values),
            lambda _c: self.recorded.emit(
                self.tr("Virtual visits recorded: {n} ({source}).").format(
                    n=values["count"], source=values["source"]
                ),
                None,
                True,
            ),
        )

    def overdue(self, hub: str | None) -> None:
        """The loans overdue at ``hub`` (None: every hub), in a list of their own."""
        self._run(lambda: self.lending.overdue(hub), self._show_overdue)

    def _show_overdue(self, lines: list[LoanLine]) -> None:
        today = self.lending.today().isoformat()
        LoanListDialog(self.tr("Overdue at this hub"), lines, today, self.page).exec()

    def history(self, reader: Reader) -> None:
        self._run(
            lambda: self.lending.history_of(reader.id),
            lambda lines: self._show_history(reader, lines),
        )

    def _show_history(self, reader: Reader, lines: list[LoanLine]) -> None:
        LoanListDialog(
            self.tr("Loan history: {name}").format(name=reader.full_name),
            lines,
            self.lending.today().isoformat(),
            self.page,
        ).exec()
