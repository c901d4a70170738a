"""The dialog for a new or changed bibliographic record: every field of the record, the ISBN
checked while it is typed, and the catalogue's own checks shown in the dialog when it saves."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from mandrivna.core.catalogue import MATERIAL_TYPES, BibRecord, format_isbn, normalise_isbn
from mandrivna.core.errors import MandrivnaError
from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.ui.catalogue_names import LANGUAGE_CODES, language_name, type_name
from mandrivna.ui.error_messages import user_text
from mandrivna.ui.message_line import ERROR_STYLE
from mandrivna.ui.saving_dialog import SavingDialog
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

FIELD_WIDTH = 460
HINT_STYLE = "color: #555"


def _isbn_digits(text: str) -> int:
    return sum(ch.isdigit() or ch in "xX" for ch in text)


class RecordDialog(SavingDialog):
    """New record when ``record`` is None; ``saved`` then carries (record id, Changed), else
    (the record's id, Changed)."""

    def __init__(
        self,
        catalogue: CatalogueService,
        runner: TaskRunner | ImmediateRunner,
        record: BibRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setWindowTitle(self.tr("New record") if record is None else self.tr("Edit record"))
        self.catalogue, self.record = catalogue, record
        self.title = QLineEdit()
        self.authors = QLineEdit()
        self.authors.setPlaceholderText(self.tr("Surname, Name; Surname, Name"))
        self.publisher = QLineEdit()
        self.place = QLineEdit()
        self.year = QLineEdit()
        self.year.setValidator(QIntValidator(0, 9999, self.year))
        self.year.setMaximumWidth(80)
        self.isbn = QLineEdit()
        self.isbn.setPlaceholderText(self.tr("10 or 13 digits, with or without hyphens"))
        self.isbn_hint = QLabel()
        self.isbn_hint.setWordWrap(True)
        self.language = QComboBox()
        self.language.setEditable(True)
        for code in LANGUAGE_CODES:
            self.language.addItem(language_name(code), code)
        self.udc = QLineEdit()
        self.udc.setPlaceholderText(self.tr("e.g. 821.161.2"))
        self.subjects = QLineEdit()
        self.subjects.setPlaceholderText(self.tr("Subject; subject"))
        self.material_type = QComboBox()
        for code in MATERIAL_TYPES:
            self.material_type.addItem(type_name(code), code)
        self.url = QLineEdit()
        for field in (
            self.title,
            self.authors,
            self.publisher,
            self.place,
            self.isbn,
            self.language,
            self.udc,
            self.subjects,
            self.material_type,
            self.url,
        ):
            field.setMinimumWidth(FIELD_WIDTH)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Authors:"), self.authors)
        form.addRow(self.tr("Type:"), self.material_type)
        form.addRow(self.tr("Publisher:"), self.publisher)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("ISBN:"), self.isbn)
        form.addRow("", self.isbn_hint)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("UDC:"), self.udc)
        form.addRow(self.tr("Subjects:"), self.subjects)
        form.addRow(self.tr("Web address (URL):"), self.url)
        self.body.addLayout(form)
        self.finish_layout()
        self.isbn.textChanged.connect(self._check_isbn)
        self.material_type.currentIndexChanged.connect(self._type_changed)
        self._fill(record)
        self._type_changed()
        self._check_isbn()
        self.initial = self.values()

    def _fill(self, record: BibRecord | None) -> None:
        if record is None:
            self.language.setCurrentIndex(0)
            return
        self.title.setText(record.title or "")
        self.authors.setText("; ".join(record.authors or []))
        self.publisher.setText(record.publisher or "")
        self.place.setText(record.place or "")
        self.year.setText(str(record.year) if record.year else "")
        self.isbn.setText(format_isbn(record.isbn) if record.isbn else "")
        index = self.language.findData(record.language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setCurrentText(record.language or "")
        self.udc.setText(record.udc or "")
        self.subjects.setText("; ".join(record.subjects or []))
        self.material_type.setCurrentIndex(
            max(self.material_type.findData(record.material_type or "book"), 0)
        )
        self.url.setText(record.url or "")

    def _type_changed(self) -> None:
        online = self.material_type.currentData() == "online"
        self.url.setPlaceholderText(
            self.tr("Required for an online resource") if online else "https://"
        )

    def _check_isbn(self) -> None:
        """A complete ISBN is checked as it is typed; a shorter one waits."""
        text = self.isbn.text().strip()
        if _isbn_digits(text) not in (10, 13):
            self.isbn_hint.setText("")
            self.isbn_hint.setVisible(False)
            return
        try:
            isbn13 = normalise_isbn(text)
        except MandrivnaError as exc:
            self.isbn_hint.setStyleSheet(ERROR_STYLE)
            self.isbn_hint.setText(user_text(exc))
        else:
            self.isbn_hint.setStyleSheet(HINT_STYLE)
            self.isbn_hint.setText(self.tr("Correct: %1").replace("%1", format_isbn(isbn13)))
        self.isbn_hint.setVisible(True)

    def language_code(self) -> str:
        text = self.language.currentText().strip()
        index = self.language.currentIndex()
        if index >= 0 and self.language.itemText(index) == text:
            return str(self.language.itemData(index))
        return text

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "authors": self.authors.text(),
            "publisher": self.publisher.text(),
            "place": self.place.text(),
            "year": self.year.text().strip() or None,
            "isbn": self.isbn.text(),
            "language": self.language_code(),
            "udc": self.udc.text(),
            "subjects": self.subjects.text(),
            "material_type": self.material_type.currentData(),
            "url": self.url.text(),
        }

    def changed_values(self) -> dict[str, Any]:
        """The fields the user changed: only those are written, so that an edit made on another
        laptop to a different field survives the sync."""
        values = self.values()
        changed = {k: v for k, v in values.items() if v != self.initial[k]}
        if "material_type" in changed:
            changed["url"] = values["url"]  # an online resource is checked for its URL
        return changed

    def write(self) -> Callable[[], Any] | None:
        if self.record is None:
            values = self.values()
            return lambda: self.catalogue.add_record(**values)
        record_id, changed = self.record.id, self.changed_values()
        if not changed:
            return None
        return lambda: (record_id, self.catalogue.edit_record(record_id, **changed))

    def field_for(self, exc: BaseException) -> QWidget | None:
        params = getattr(exc, "params", {})
        message = getattr(exc, "message", "")
        if "isbn" in params:
            return self.isbn
        if "year" in params:
            return self.year
        if "URL" in message:
            return self.url
        if "title" in message:
            return self.title
        return None
