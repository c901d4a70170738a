"""The catalogue's exchange table: its columns (the import template is the export's layout, so an
exported file imports back as it was) and how a row becomes a record with its copies.

``copies`` is how many copies the record has at least; ``barcodes`` names some or all of them.
Copies without a barcode get one from this laptop. An empty cell never erases a stored value.
``docs/exchange.md`` describes every column.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from mandrivna.core import table_cells
from mandrivna.core.catalogue import format_isbn
from mandrivna.core.errors import ValidationError
from mandrivna.core.import_rows import ImportRow, check_copies, check_record
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

COLUMNS = (
    "id",
    "source_id",
    "title",
    "authors",
    "publisher",
    "place",
    "year",
    "isbn",
    "language",
    "udc",
    "subjects",
    "material_type",
    "url",
    "copies",
    "barcodes",
)
REQUIRED = ("title",)
_TEXT = ("source_id", "title", "publisher", "place", "language", "udc", "url")
ALIASES: dict[str, str] = {column: column for column in COLUMNS} | {
    "ід": "id",
    "ідентифікатор": "id",
    "номер_запису": "source_id",
    "контрольний_номер": "source_id",
    "назва": "title",
    "заголовок": "title",
    "автори": "authors",
    "автор": "authors",
    "видавництво": "publisher",
    "видавець": "publisher",
    "місце_видання": "place",
    "місце": "place",
    "рік_видання": "year",
    "рік": "year",
    "ісбн": "isbn",
    "мова": "language",
    "удк": "udc",
    "предметні_рубрики": "subjects",
    "рубрики": "subjects",
    "теми": "subjects",
    "тип": "material_type",
    "вид_документа": "material_type",
    "посилання": "url",
    "примірники": "copies",
    "кількість_примірників": "copies",
    "штрихкоди": "barcodes",
    "інвентарні_номери": "barcodes",
}
MATERIAL_NAMES = {
    "книга": "book",
    "електронна_книга": "ebook",
    "е_книга": "ebook",
    "аудіокнига": "audiobook",
    "періодичне_видання": "periodical",
    "періодика": "periodical",
    "журнал": "periodical",
    "онлайн_ресурс": "online",
    "онлайн": "online",
}


def _material(value: Any) -> str | None:
    key = table_cells.header_key(value)
    return MATERIAL_NAMES.get(key, key) or None


def record_row(number: int, cells: Mapping[str, Any], today: dt.date) -> ImportRow:
    """A table row (column name → cell) as a checked record row."""
    row = ImportRow(number, {})
    fields = row.fields
    for name in _TEXT:
        fields[name] = table_cells.text(cells.get(name)) or None
    for name in ("authors", "subjects"):
        fields[name] = table_cells.items(cells.get(name))
    fields["year"] = table_cells.text(cells.get("year")) or None
    fields["material_type"] = _material(cells.get("material_type"))
    given_id = table_cells.text(cells.get("id"))
    if given_id:
        try:
            row.entity_id = str(uuid.UUID(given_id))
        except ValueError:
            row.fail(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "The id {value} was not made by Mandrivna: leave it empty."
                    ),
                    value=given_id,
                )
            )
    try:
        copies = table_cells.whole_number(cells.get("copies"), "copies") or 0
    except ValidationError as exc:
        row.fail(exc)
        copies = 0
    if copies < 0:
        row.fail(
            ValidationError(QT_TRANSLATE_NOOP("errors", "The number of copies cannot be negative."))
        )
    row.copies = max(copies, 0)
    row.barcodes = table_cells.items(cells.get("barcodes"))
    isbn = table_cells.text(cells.get("isbn"))
    check_record(row, [isbn] if isbn else [], today)
    check_copies(row)
    return row


def record_cells(record: Mapping[str, Any], barcodes: Sequence[str]) -> list[Any]:
    """A stored record (column name → value) and its copies' barcodes as a table row."""
    return [
        record.get("id"),
        record.get("source_id"),
        record.get("title"),
        table_cells.join(record.get("authors")),
        record.get("publisher"),
        record.get("place"),
        record.get("year"),
        format_isbn(record["isbn"]) if record.get("isbn") else None,
        record.get("language"),
        record.get("udc"),
        table_cells.join(record.get("subjects")),
        record.get("material_type"),
        record.get("url"),
        len(barcodes),
        table_cells.join(barcodes),
    ]
