"""The files the Readers page saves for one reader, and the questions before them: the reader card
as a PDF to print, and the reader's own copy of everything held about them (a JSON file, given
only to the reader, on request). Texts in the Readers page's translation context."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mandrivna.core.reader import Reader

translate = QCoreApplication.translate


def confirm_personal_export(parent: QWidget, reader: Reader) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("ReadersPage", "Export personal data"),
        translate(
            "ReadersPage",
            "The file will hold all personal data of {name}: registration, loans, events, "
            "reference help. Save it only where the reader can take it, and delete it "
            "afterwards. Continue?",
        ).format(name=reader.full_name),
    )
    return answer == QMessageBox.StandardButton.Yes


def _ask_save(parent: QWidget, title: str, name: str, kinds: str) -> Path | None:
    """Where to save a file, ``name`` in the home folder offered; None if cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), kinds)
    return Path(path) if path else None


def ask_export_path(parent: QWidget, reader: Reader) -> Path | None:
    return _ask_save(
        parent,
        translate("ReadersPage", "Save the reader's data"),
        f"reader-{reader.card_number or reader.id[:8]}.json",
        translate("ReadersPage", "JSON files (*.json)"),
    )


def exported_text(path: Path) -> str:
    return translate(
        "ReadersPage", "The reader's data was saved to {path}. Give it only to the reader."
    ).format(path=path)


def ask_card_path(parent: QWidget, reader: Reader) -> Path | None:
    return _ask_save(
        parent,
        translate("ReadersPage", "Save the reader card"),
        f"card-{reader.card_number}.pdf",
        translate("ReadersPage", "PDF files (*.pdf)"),
    )


def write_card(reader: Reader, path: Path, library_name: str) -> tuple[str, bool]:
    """Write the reader's card to ``path``: what to say, and whether it is an error."""
    from mandrivna.ui.printing.reader_card_pdf import CardData, write_reader_cards

    card = CardData(reader.full_name, reader.card_number or "", reader.registration_hub or "")
    try:
        write_reader_cards(path, [card], library_name)
    except OSError as exc:
        text = translate("ReadersPage", "The card could not be saved: {error}")
        return text.format(error=exc.strerror), True
    return translate("ReadersPage", "The card was saved to {path}.").format(path=path), False
