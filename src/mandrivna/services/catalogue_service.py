"""The catalogue: records and their copies. Add, edit, delete, search; every write goes through
the change log and returns what it changed."""

from __future__ import annotations

import datetime as dt
import weakref
from typing import Any

from mandrivna.core.card_number import copy_barcode
from mandrivna.core.catalogue import (
    BibRecord,
    BookCopy,
    CatalogueFilter,
    CopyLine,
    RecordHit,
    validate_copy,
    validate_record,
)
from mandrivna.core.change import Changed
from mandrivna.core.errors import ValidationError
from mandrivna.core.ids import new_id
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.service import Service
from mandrivna.store import catalogue_queries, code_lookup
from mandrivna.store.change_writer import ChangeWriter
from mandrivna.store.database import Database

COPY_FIELDS_DEFAULTS = {"acquisition": "donation", "status": "available"}


class CatalogueService(Service):
    def __init__(self, db: Database, today: dt.date | None = None) -> None:
        super().__init__(db, today)
        # the next copy counter within an open write: read once, not once per copy (an import
        # of thousands of copies would otherwise re-read every barcode for each one)
        self._counters: weakref.WeakKeyDictionary[ChangeWriter, int] = weakref.WeakKeyDictionary()

    # records ---------------------------------------------------------------------------
    def add_record(self, title: str, **fields: Any) -> tuple[str, Changed]:
        clean = validate_record({"title": title, **fields}, self.today())
        clean.setdefault("material_type", "book")
        clean["created_on"] = self.today().isoformat()  # cataloguing counts by the day made
        clean["created_hub"] = self.device().hub_name
        record_id = new_id()
        with self.db.write() as writer:
            writer.upsert("bib_record", record_id, clean)
        return record_id, writer.changed

    def edit_record(self, record_id: str, **fields: Any) -> Changed:
        clean = validate_record(fields, self.today())
        with self.db.write() as writer:
            writer.upsert("bib_record", record_id, clean)
        return writer.changed

    def delete_record(self, record_id: str) -> Changed:
        """Delete a record and its copies (tombstones that sync)."""
        with self.db.write() as writer:
            for copy in catalogue_queries.copies_of(writer.conn, record_id):
                writer.delete("book_copy", copy.id, [])
            writer.delete("bib_record", record_id, [])
        return writer.changed

    # copies ----------------------------------------------------------------------------
    def new_copy(self, writer: ChangeWriter, record_id: str, **fields: Any) -> str:
        """Add a copy inside an open write (used by imports and parcels too). Without a barcode,
        one is issued from this laptop's prefix."""
        if not fields.get("barcode"):
            fields.pop("barcode", None)
        clean = validate_copy({**COPY_FIELDS_DEFAULTS, **fields})
        if not clean.get("barcode"):
            prefix = writer.issuing_prefix
            counter = self._counters.get(writer) or catalogue_queries.next_copy_counter(
                writer.conn, prefix
            )
            self._counters[writer] = counter + 1
            clean["barcode"] = copy_barcode(prefix, counter)
        elif catalogue_queries.copy_by_barcode(writer.conn, clean["barcode"]):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The barcode {code} is already in the catalogue."),
                code=clean["barcode"],
            )
        if not clean.get("hub"):  # left empty: the copy is at this laptop's hub
            clean["hub"] = self.device().hub_name
        if not clean.get("acquired_on"):
            clean["acquired_on"] = self.today().isoformat()
        copy_id = new_id()
        writer.upsert("book_copy", copy_id, {"record_id": record_id, **clean})
        return copy_id

    def add_copies(
        self, record_id: str, count: int = 1, **fields: Any
    ) -> tuple[list[str], Changed]:
        if count < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The number of copies must be 1 or more.")
            )
        if fields.get("barcode") and count > 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give one barcode for one copy, or none for several.")
            )
        with self.db.write() as writer:
            ids = [self.new_copy(writer, record_id, **fields) for _ in range(count)]
        return ids, writer.changed

    def edit_copy(self, copy_id: str, **fields: Any) -> Changed:
        clean = validate_copy(fields)
        with self.db.write() as writer:
            if clean.get("barcode"):
                others = catalogue_queries.copy_by_barcode(writer.conn, clean["barcode"])
                if any(c.id != copy_id for c in others):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors", "The barcode {code} is already in the catalogue."
                        ),
                        code=clean["barcode"],
                    )
            writer.upsert("book_copy", copy_id, clean)
        return writer.changed

    def delete_copy(self, copy_id: str) -> Changed:
        with self.db.write() as writer:
            writer.delete("book_copy", copy_id, [])
        return writer.changed

    # reads -----------------------------------------------------------------------------
    def search(
        self, typed: str, filters: CatalogueFilter | None = None, limit: int = 50
    ) -> list[RecordHit]:
        with self.db.read() as conn:
            return catalogue_queries.search(conn, typed, filters, limit)

    def get_record(self, record_id: str) -> BibRecord:
        with self.db.read() as conn:
            record = catalogue_queries.get(conn, record_id)
        if record is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This record is no longer in the catalogue.")
            )
        return record

    def copies_of(self, record_id: str) -> list[BookCopy]:
        with self.db.read() as conn:
            return catalogue_queries.copies_of(conn, record_id)

    def copy_lines(self, record_id: str) -> list[CopyLine]:
        """A record's live copies with their state: on loan follows from the loans alone."""
        with self.db.read() as conn:
            return catalogue_queries.copy_lines(conn, catalogue_queries.copies_of(conn, record_id))

    def copy_line(self, copy_id: str) -> CopyLine:
        """One copy with its state, for its editor opened from elsewhere (the review queue)."""
        with self.db.read() as conn:
            copies = catalogue_queries.live_copies_by_id(conn, [copy_id])
            if not copies:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "This copy is no longer in the catalogue.")
                )
            return catalogue_queries.copy_lines(conn, copies)[0]

    def copy_by_barcode(self, typed: str) -> BookCopy | None:
        """The copy with this barcode as typed or scanned: as stored (spaces dropped, upper
        case), else read as a code this app issued (O, I, L typed for 0, 1 in its prefix)."""
        with self.db.read() as conn:
            return code_lookup.copy_by_code(conn, typed)

    def hubs(self) -> list[str]:
        with self.db.read() as conn:
            return catalogue_queries.hubs(conn)

    def counts(self) -> tuple[int, int]:
        with self.db.read() as conn:
            return catalogue_queries.counts(conn)
