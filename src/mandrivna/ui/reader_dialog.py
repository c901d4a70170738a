"""The form to register a reader or edit one: every field of the ЄРК, consent, and a live
warning when the person may already be registered (same name and birth year, or same phone)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mandrivna.core.phone_numbers import is_normal_phone, normal_phone
from mandrivna.core.reader import CATEGORIES, CONTACT_FIELDS, NAME_FIELDS, Reader
from mandrivna.ui.category_names import category_label
from mandrivna.ui.dates import day_text
from mandrivna.ui.page_op import PageOp
from mandrivna.ui.task_runner import ImmediateRunner, TaskRunner

if TYPE_CHECKING:
    from mandrivna.services.reader_service import ReaderService

DUPLICATE_CHECK_MS = 250
TEXT_FIELDS = (*NAME_FIELDS, *CONTACT_FIELDS)  # one line each; notes take a box of their own


def reader_line(reader: Reader) -> str:
    """One line naming a reader: name, birth year, card, hub."""
    name = reader.full_name
    extra = [str(reader.birth_year)] if reader.birth_year else []
    if reader.card_number:
        extra.append(reader.card_number)
    if reader.registration_hub:
        extra.append(reader.registration_hub)
    return f"{name} ({', '.join(extra)})" if extra else name


def changed_fields(reader: Reader, values: dict[str, Any]) -> dict[str, Any]:
    """Only what the librarian changed: an edit of another field made on another laptop
    meanwhile survives the sync (fields merge one by one)."""
    out = {}
    for name, value in values.items():
        before = getattr(reader, name)
        if name == "categories":
            before, value = sorted(before or []), sorted(value or [])
        if (before or None) != (value or None):
            out[name] = values[name]
    return out


class ReaderDialog(QDialog):
    """Register (``reader`` None) or edit a reader. ``saved_id`` holds the id after saving and
    ``changed`` what the write changed."""

    def __init__(
        self,
        readers: ReaderService,
        runner: TaskRunner | ImmediateRunner,
        reader: Reader | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.readers, self.runner, self.reader = readers, runner, reader
        self.saved_id: str | None = reader.id if reader else None
        self.changed: Any = None
        self.duplicates: list[Reader] = []
        self._check_generation = 0
        self.setWindowTitle(self.tr("New reader") if reader is None else self.tr("Edit reader"))
        self.setMinimumWidth(560)
        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.birth_year = QLineEdit()
        self.birth_year.setValidator(QIntValidator(1900, 2100, self))
        self.birth_year.setMaximumWidth(90)
        self.edits["phone"].setPlaceholderText("+380 67 123 45 67")
        self.phone_note = QLabel(self.tr("Not a Ukrainian number: it will be kept as typed."))
        self.phone_note.setStyleSheet("color: #8a5300")
        self.phone_note.hide()
        self.edits["phone"].textChanged.connect(self._check_phone)
        self.categories = {code: QCheckBox(category_label(code)) for code in CATEGORIES}
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.consent = QCheckBox(self.tr("The reader consents to the processing of personal data"))
        self.duplicate_label = QLabel()
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setStyleSheet("color: #8a5300")
        self.duplicate_label.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Register") if reader is None else self.tr("Save")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DUPLICATE_CHECK_MS)
        self._timer.timeout.connect(self.check_duplicates)
        for name in ("surname", "given_name", "phone"):
            self.edits[name].textChanged.connect(self._timer.start)
        self.birth_year.textChanged.connect(self._timer.start)
        if reader is not None:
            self._fill(reader)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Surname:"), self.edits["surname"])
        form.addRow(self.tr("Given name:"), self.edits["given_name"])
        form.addRow(self.tr("Patronymic:"), self.edits["patronymic"])
        form.addRow(self.tr("Birth year:"), self.birth_year)
        form.addRow(self.tr("Phone:"), self.edits["phone"])
        form.addRow("", self.phone_note)
        form.addRow(self.tr("E-mail:"), self.edits["email"])
        form.addRow(self.tr("Messenger:"), self.edits["messenger"])
        form.addRow(self.tr("Settlement:"), self.edits["settlement"])
        grid = QGridLayout()
        for index, box in enumerate(self.categories.values()):
            grid.addWidget(box, index // 2, index % 2)
        form.addRow(self.tr("Categories:"), grid)
        form.addRow(self.tr("Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.reader is None:
            layout.addWidget(self.consent)
        else:
            consent = QLabel(
                self.tr("Consent to personal-data processing given on {date}.").format(
                    date=day_text(self.reader.consent_on)
                )
            )
            layout.addWidget(consent)
        layout.addWidget(self.duplicate_label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def prefill(self, typed: str) -> None:
        """A new reader from what was typed in the search: a phone number, or the surname,
        given name and patronymic in that order."""
        if any(ch.isdigit() for ch in typed):
            if not any(ch.isalpha() for ch in typed):
                self.edits["phone"].setText(typed)
            return  # a card number or a code: nothing to fill in
        for name, word in zip(NAME_FIELDS, typed.split(maxsplit=2), strict=False):
            self.edits[name].setText(word[:1].upper() + word[1:])

    def _check_phone(self) -> None:
        typed = self.edits["phone"].text().strip()
        self.phone_note.setVisible(bool(typed) and not is_normal_phone(normal_phone(typed)))

    def _fill(self, reader: Reader) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(reader, name) or "")
        self.birth_year.setText(str(reader.birth_year) if reader.birth_year else "")
        for code, box in self.categories.items():
            box.setChecked(code in (reader.categories or []))
        self.notes.setPlainText(reader.notes or "")

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self.edits.items()}
        for name in TEXT_FIELDS[2:]:
            values[name] = values[name] or None
        year = self.birth_year.text().strip()
        values["birth_year"] = int(year) if year.isdigit() else None
        values["categories"] = [code for code, box in self.categories.items() if box.isChecked()]
        values["notes"] = self.notes.toPlainText().strip() or None
        return values

    # duplicates ------------------------------------------------------------------------
    def check_duplicates(self) -> None:
        values = self.values()
        self._check_generation += 1
        generation = self._check_generation
        exclude = self.reader.id if self.reader else None
        PageOp(
            self,
            lambda: self.readers.duplicates(
                values["surname"],
                values["given_name"],
                values["birth_year"],
                values["phone"],
                exclude,
            ),
        ).done(lambda found: self._show_duplicates(found, generation)).run()

    def _show_duplicates(self, found: list[Reader], generation: int) -> None:
        if generation != self._check_generation:
            return  # the form changed since: a newer check is on its way
        self.duplicates = found
        if not found:
            self.duplicate_label.hide()
            return
        lines = "\n".join(reader_line(r) for r in found[:3])
        self.duplicate_label.setText(
            self.tr("This person may already be registered:") + "\n" + lines
        )
        self.duplicate_label.show()

    # save ------------------------------------------------------------------------------
    def save(self) -> None:
        self._timer.stop()
        values = self.values()
        if self.reader is None and self.duplicates:
            answer = QMessageBox.question(
                self,
                self.tr("Possible duplicate"),
                self.tr("This person may already be registered. Register a new reader anyway?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.reader is None:
            consent = self.consent.isChecked()
            PageOp(
                self,
                lambda: self.readers.register(
                    values.pop("surname"), values.pop("given_name"), consent, **values
                ),
            ).done(self._registered).busy(self.buttons).run()
        else:
            reader_id = self.reader.id
            changes = changed_fields(self.reader, values)
            if not changes:  # nothing edited: no write, so no edit elsewhere is overwritten
                self.accept()
                return
            PageOp(self, lambda: self.readers.edit(reader_id, **changes)).done(self._edited).busy(
                self.buttons
            ).run()

    def _registered(self, result: tuple[str, Any]) -> None:
        self.saved_id, self.changed = result
        self.accept()

    def _edited(self, changed: Any) -> None:
        self.changed = changed
        self.accept()

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a line edit saves; in the notes it is a new line (handled by the editor).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.buttons.isEnabled():
            return
        super().keyPressEvent(event)
