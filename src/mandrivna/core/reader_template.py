"""The readers' exchange table: its columns (import template = export layout) and how a row
becomes a reader.

A reader goes in only with consent to personal-data processing: the ``consent`` cell holds the
date consent was given, or "yes" (given today). The card number is kept when the file has one (a
reader the library registered before); the same card number in a later file updates that reader.
An empty cell never erases a stored value. ``docs/exchange.md`` describes every column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from mandrivna.core import table_cells
from mandrivna.core.card_number import normalise_code
from mandrivna.core.errors import ValidationError
from mandrivna.core.import_rows import ImportRow
from mandrivna.core.reader import CONTACT_FIELDS, NAME_FIELDS, READER_FIELDS, validate_reader
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

# The table's columns: every field of a reader, with the date of consent as «consent».
COLUMNS = tuple("consent" if name == "consent_on" else name for name in READER_FIELDS)
REQUIRED = ("surname", "given_name", "consent")
_TEXT = (*NAME_FIELDS, *CONTACT_FIELDS, "registration_hub", "notes", "block_reason")
ALIASES: dict[str, str] = {column: column for column in COLUMNS} | {
    "читацький_квиток": "card_number",
    "номер_квитка": "card_number",
    "квиток": "card_number",
    "прізвище": "surname",
    "ім'я": "given_name",
    "імя": "given_name",
    "по_батькові": "patronymic",
    "рік_народження": "birth_year",
    "телефон": "phone",
    "e_mail": "email",
    "ел._пошта": "email",
    "електронна_пошта": "email",
    "месенджер": "messenger",
    "населений_пункт": "settlement",
    "категорії": "categories",
    "згода": "consent",
    "згода_на_обробку_персональних_даних": "consent",
    "хаб_реєстрації": "registration_hub",
    "дата_реєстрації": "registered_on",
    "роки_реєстрації": "registration_years",
    "примітки": "notes",
    "заблоковано": "blocked",
    "причина_блокування": "block_reason",
}
CATEGORY_NAMES = {
    "впо": "idp",
    "55+": "age55",
    "дитина": "child",
    "діти": "child",
    "молодь": "youth",
    "військовий": "military",
    "ветеран": "military",
    "родина_військового": "military_family",
    "інвалідність": "disability",
    "особа_з_інвалідністю": "disability",
}


def _consent(value: Any, today: dt.date) -> dt.date | None:
    try:
        if table_cells.yes_no(value, "consent"):
            return today
        return None
    except ValidationError:
        return table_cells.date(value, "consent")


def _fields(cells: Mapping[str, Any], today: dt.date) -> dict[str, Any]:
    fields: dict[str, Any] = {name: table_cells.text(cells.get(name)) or None for name in _TEXT}
    card = table_cells.text(cells.get("card_number"))
    fields["card_number"] = normalise_code(card) if card else None
    fields["birth_year"] = table_cells.whole_number(cells.get("birth_year"), "birth_year")
    categories = table_cells.items(cells.get("categories"))
    keys = (table_cells.header_key(c) for c in categories)
    fields["categories"] = [CATEGORY_NAMES.get(key, key) for key in keys] or None
    registered = table_cells.date(cells.get("registered_on"), "registered_on")
    fields["registered_on"] = registered.isoformat() if registered else None
    years = table_cells.items(cells.get("registration_years"))
    fields["registration_years"] = (
        sorted({table_cells.whole_number(y, "registration_years") or 0 for y in years}) or None
    )
    fields["blocked"] = table_cells.yes_no(cells.get("blocked"), "blocked")
    consent = _consent(cells.get("consent"), today)
    if consent is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "No consent to personal-data processing: the reader cannot be imported.",
            )
        )
    fields["consent_on"] = consent.isoformat()
    return fields


def reader_row(number: int, cells: Mapping[str, Any], today: dt.date) -> ImportRow:
    """A table row (column name → cell) as a checked reader row."""
    row = ImportRow(number, {})
    try:
        fields = _fields(cells, today)
        for name, message in (
            ("surname", QT_TRANSLATE_NOOP("errors", "Enter the reader's surname.")),
            ("given_name", QT_TRANSLATE_NOOP("errors", "Enter the reader's given name.")),
        ):
            if not fields.get(name):
                raise ValidationError(message)
        row.fields = validate_reader(fields, today)
    except ValidationError as exc:
        row.fail(exc)
        row.fields = {name: table_cells.text(value) for name, value in cells.items()}  # as given
    return row


def reader_cells(reader: Mapping[str, Any]) -> list[Any]:
    """A stored reader (column name → value) as a table row."""
    values = dict(reader)
    values["consent"] = reader.get("consent_on")
    values["blocked"] = "yes" if reader.get("blocked") else None
    for name in ("categories", "registration_years"):
        values[name] = table_cells.join(reader.get(name))
    return [values.get(column) for column in COLUMNS]
