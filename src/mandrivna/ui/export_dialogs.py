"""Exporting the catalogue or the readers from the GUI: a save dialog (XLSX or CSV), a warning
before a file of personal data is written, the writing on the background runner, and a message
saying where the file went."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mandrivna.app import Services
from mandrivna.services.exchange_export import CATALOGUE, ExchangeExport
from mandrivna.ui.page_op import Page, PageOp


def confirm_personal_data(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,  # type: ignore[arg-type]
        QCoreApplication.translate("ExportDialogs", "Export readers"),
        QCoreApplication.translate(
            "ExportDialogs",
            "The file will hold readers' personal data: names, years of birth, phones, e-mail "
            "addresses and settlements. Keep it only where others cannot read it, and delete it "
            "when it is no longer needed. Export?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def choose_export_file(parent: QWidget | None, kind: str) -> Path | None:
    """The file to write, .xlsx or .csv (the suffix added from the chosen type if missing)."""
    xlsx = QCoreApplication.translate("ExportDialogs", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("ExportDialogs", "CSV table, UTF-8 (*.csv)")
    name = f"mandrivna-{kind}-{dt.date.today().isoformat()}.xlsx"
    if kind == CATALOGUE:
        title = QCoreApplication.translate("ExportDialogs", "Export the catalogue")
    else:
        title = QCoreApplication.translate("ExportDialogs", "Export readers")
    chosen, selected = QFileDialog.getSaveFileName(parent, title, name, f"{xlsx};;{csv}")
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if selected == csv else ".xlsx"))
    return path


def export_with_dialog(page: Page, services: Services, kind: str) -> None:
    """Ask for a file (and, for readers, confirmation), then export ``kind`` ("catalogue" or
    "readers") on the page's runner and say where the file went (a refusal on the page)."""
    parent = page if isinstance(page, QWidget) else None
    if kind != CATALOGUE and not confirm_personal_data(parent):
        return
    path = choose_export_file(parent, kind)
    if path is None:
        return
    exporter = ExchangeExport(services.db)

    def done(count: int) -> None:
        if kind == CATALOGUE:
            text = QCoreApplication.translate("ExportDialogs", "Wrote %1 records to %2.")
        else:
            text = QCoreApplication.translate("ExportDialogs", "Wrote %1 readers to %2.")
        QMessageBox.information(
            parent,  # type: ignore[arg-type]
            QCoreApplication.translate("ExportDialogs", "Export"),
            text.replace("%1", str(count)).replace("%2", str(path.resolve())),
        )

    PageOp(page, lambda: exporter.export(kind, path)).done(done).run()
