"""Importing a catalogue: MARC files (ISO 2709, MARCXML; MARC21 or UNIMARC) and tables (CSV,
XLSX) become records and copies.

``preview`` checks a whole file and says what an import would do, writing nothing. ``run`` does
it: every row is checked again and written in one transaction, so the whole file goes in or,
if any row has an error, nothing does (``ImportRefusedError`` lists the problems). Importing the
same file again changes nothing: a record is matched by the app's id (a file the app exported),
by its source id (MARC 001), or by ISBN and title, and is updated rather than added; a copy is
matched by its barcode. Rows are read, checked and written a batch at a time, so a file of
100,000 records is never held in memory whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from mandrivna.core import catalogue_template, marc_mapping, search_text
from mandrivna.core.card_number import copy_barcode, device_prefix
from mandrivna.core.errors import ValidationError
from mandrivna.core.ids import new_id
from mandrivna.core.import_rows import ImportRow, Problem, check_copies, check_record
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services import marc_files, table_files
from mandrivna.services.import_report import (
    NEW,
    SAME,
    UPDATE,
    ImportRefusedError,
    ImportReport,
    Progress,
    SourceInfo,
    batches,
)
from mandrivna.services.service import Service
from mandrivna.store import catalogue_queries, exchange_queries
from mandrivna.store.local_state import DeviceState

Fields = dict[str, Any]
# From this many rows, the write-ahead log is folded back into the database after the import.
BIG_FILE = 5000


class _Decoder:
    """Decodes a MARC file's bytes, noting when some could not be read."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self.bad = False

    def __call__(self, data: bytes) -> str:
        text = data.decode(self.encoding, errors="replace")
        if "\ufffd" in text:
            self.bad = True
        return text


def _merged_message(unit: str) -> str:
    if unit == "line":
        return QT_TRANSLATE_NOOP(
            "errors", "The same record as on line {number}; both go into one record."
        )
    return QT_TRANSLATE_NOOP(
        "errors", "The same record as record {number}; both go into one record."
    )


def _barcode_twice_message(unit: str) -> str:
    if unit == "line":
        return QT_TRANSLATE_NOOP(
            "errors", "The barcode {code} is also given to another record on line {number}."
        )
    return QT_TRANSLATE_NOOP(
        "errors", "The barcode {code} is also given to another record in record {number}."
    )


def _description(fields: Fields) -> tuple[Any, ...]:
    """What tells a record without ISBN or source id: title, authors, publisher and year."""
    terms = search_text.text_terms
    return (
        tuple(terms([fields.get("title")])),
        tuple(terms(fields.get("authors") or [])),
        tuple(terms([fields.get("publisher")])),
        fields.get("year"),
    )


class _Planner:
    """Decides, row by row, what an import does: which record a row is (new or matched) and
    which copies it adds. Remembers the keys of the rows already planned."""

    def __init__(self, conn: Connection, device: DeviceState, unit: str, today: str) -> None:
        self.conn = conn
        self.hub = device.hub_name
        self.today = today  # a new record's day of creation (cataloguing counts by it)
        self.prefix = device_prefix(device.origin_id or device.device_id)
        self.unit = unit
        self.counter: int | None = None
        self.by_id: dict[str, int] = {}
        self.by_source: dict[str, tuple[str, int]] = {}
        self.by_isbn: dict[str, list[tuple[str | None, str, int]]] = {}
        self.by_description: dict[tuple[Any, ...], tuple[str, int]] = {}
        self.barcodes: dict[str, tuple[str, int]] = {}
        self.copy_total: dict[str, int] = {}  # copies each record seen so far has

    def _same_title(self, row: ImportRow, title: str | None) -> bool:
        """Titles compare by their search terms (case, apostrophes, spelling folded)."""
        if row.fields.get("title") == title:
            return True
        mine = tuple(search_text.text_terms([row.fields.get("title")]))
        return mine == tuple(search_text.text_terms([title]))

    def _match(
        self,
        row: ImportRow,
        by_id: dict[str, Fields],
        by_source: dict[str, Fields],
        by_isbn: dict[str, list[Fields]],
    ) -> tuple[str, Fields | None, int | None]:
        """(record id, the stored record or None, the earlier row it repeats or None)."""
        given = row.entity_id
        if given:
            stored = by_id.get(given)
            if stored is not None and not stored["deleted"]:
                return given, stored, None
            if given in self.by_id:
                return given, None, self.by_id[given]
            if stored is None:
                return given, None, None
            row.warn(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This record was deleted from the catalogue; it goes in as a new one.",
                    )
                )
            )
        source_id = row.fields.get("source_id")
        if source_id:
            if source_id in self.by_source:
                record_id, number = self.by_source[source_id]
                return record_id, None, number
            if source_id in by_source:
                return by_source[source_id]["id"], by_source[source_id], None
        isbn = row.fields.get("isbn")
        if isbn:
            for title, record_id, number in self.by_isbn.get(isbn, ()):
                if self._same_title(row, title):
                    return record_id, None, number
            for stored in by_isbn.get(isbn, ()):
                if self._same_title(row, stored["title"]):
                    return stored["id"], stored, None
        elif not source_id:
            return self._match_description(row)
        return new_id(), None, None

    def _match_description(self, row: ImportRow) -> tuple[str, Fields | None, int | None]:
        """A record with neither ISBN nor source id: the same title, authors, publisher and
        year (as search terms) make the same record."""
        key = _description(row.fields)
        if key in self.by_description:
            record_id, number = self.by_description[key]
            return record_id, None, number
        for hit in catalogue_queries.search(self.conn, row.fields.get("title") or ""):
            stored = asdict(hit.record)
            if not stored.get("isbn") and _description(stored) == key:
                return stored["id"], stored, None
        return new_id(), None, None

    def _remember(self, row: ImportRow, record_id: str) -> None:
        if row.entity_id and row.entity_id == record_id:
            self.by_id.setdefault(record_id, row.number)
        source_id = row.fields.get("source_id")
        if source_id:
            self.by_source.setdefault(source_id, (record_id, row.number))
        isbn = row.fields.get("isbn")
        if isbn:
            known = self.by_isbn.setdefault(isbn, [])
            if not any(record_id == other for _, other, _ in known):
                known.append((row.fields.get("title"), record_id, row.number))
        elif not source_id:
            self.by_description.setdefault(_description(row.fields), (record_id, row.number))

    def _next_barcode(self) -> str:
        if self.counter is None:
            self.counter = catalogue_queries.next_copy_counter(self.conn, self.prefix)
        while True:
            barcode = copy_barcode(self.prefix, self.counter)
            self.counter += 1
            if barcode not in self.barcodes:
                return barcode

    def _copies(
        self, row: ImportRow, record_id: str, held: dict[str, Fields], stored_count: int
    ) -> list[str] | None:
        """The barcodes of the copies this row adds (new ones issued), or None on a conflict."""
        adding: list[str] = []
        for barcode in row.barcodes:
            stored = held.get(barcode)
            if stored is not None:
                if stored["record_id"] != record_id:
                    row.fail(
                        ValidationError(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "The barcode {code} belongs to a copy of another record in the "
                                "catalogue.",
                            ),
                            code=barcode,
                        )
                    )
                continue
            if barcode in self.barcodes:
                other, number = self.barcodes[barcode]
                if other != record_id:
                    row.fail(
                        ValidationError(
                            _barcode_twice_message(self.unit), code=barcode, number=number
                        )
                    )
                continue
            adding.append(barcode)
        if not row.ok:
            return None
        have = self.copy_total.get(record_id, stored_count) + len(adding)
        for barcode in adding:
            self.barcodes[barcode] = (record_id, row.number)
        adding.extend(self._next_barcode() for _ in range(max(0, row.copies - have)))
        self.copy_total[record_id] = max(have, row.copies)
        return adding

    def plan(self, batch: list[ImportRow]) -> tuple[list[tuple[str, Fields]], ...]:
        """The record and copy upserts for a batch of rows; sets each row's action."""
        rows = [row for row in batch if row.ok]
        conn = self.conn
        by_id = exchange_queries.records_by_id(conn, [r.entity_id for r in rows if r.entity_id])
        by_source = exchange_queries.records_by_source_id(
            conn, [r.fields["source_id"] for r in rows if r.fields.get("source_id")]
        )
        by_isbn = exchange_queries.records_by_isbn(
            conn, [r.fields["isbn"] for r in rows if r.fields.get("isbn")]
        )
        held = exchange_queries.copies_by_barcode(conn, [b for r in rows for b in r.barcodes])
        matched = []
        for row in rows:
            record_id, stored, repeats = self._match(row, by_id, by_source, by_isbn)
            if repeats is not None:
                row.warn(ValidationError(_merged_message(self.unit), number=repeats))
            self._remember(row, record_id)
            matched.append((row, record_id, stored, repeats))
        counts = exchange_queries.copy_counts(
            conn, [m[1] for m in matched if m[2] is not None and m[1] not in self.copy_total]
        )
        records: list[tuple[str, Fields]] = []
        copies: list[tuple[str, Fields]] = []
        for row, record_id, stored, repeats in matched:
            adding = self._copies(row, record_id, held, counts.get(record_id, 0))
            if adding is None:
                continue
            values = {k: v for k, v in row.fields.items() if v is not None and v != []}
            if repeats is not None:  # the first row of the record gave its fields
                values = {}
                row.action = SAME
            elif stored is None:
                values.setdefault("material_type", "book")
                values.setdefault("created_on", self.today)
                values.setdefault("created_hub", self.hub)
                row.action = NEW
            else:
                if stored.get("source_id"):  # where the record first came from stays
                    values.pop("source_id", None)
                values = {k: v for k, v in values.items() if stored.get(k) != v}
                row.action = UPDATE if values else SAME
            if values:
                records.append((record_id, values))
            row.new_copies = len(adding)
            copies.extend(
                (
                    new_id(),
                    {"record_id": record_id, "barcode": b, "status": "available", "hub": self.hub},
                )
                for b in adding
            )
        return records, copies


class CatalogueImport(Service):
    # reading -----------------------------------------------------------------------------
    def _marc_rows(
        self, path: Path, encoding: str | None, flavour: str | None
    ) -> tuple[SourceInfo, Iterator[ImportRow]]:
        marc = marc_files.open_marc(path, encoding, flavour)
        source = SourceInfo(
            marc.syntax,
            marc.encoding,
            marc.detected_encoding,
            marc.declared_encoding,
            marc.flavour,
            marc.detected_flavour,
            marc.total,
        )
        today = self.today()

        def rows() -> Iterator[ImportRow]:
            decode = _Decoder(marc.encoding)
            for number, record, damage in marc_files.read_records(marc):
                if record is None:
                    row = ImportRow(number, {})
                    row.fail(
                        ValidationError(
                            QT_TRANSLATE_NOOP(
                                "errors", "The record is damaged and cannot be read ({reason})."
                            ),
                            reason=str(damage) or damage.__class__.__name__,
                        )
                    )
                    yield row
                    continue
                decode.bad = False
                mapped = marc_mapping.map_record(record, marc.flavour, decode)
                row = ImportRow(number, mapped.fields, mapped.barcodes, mapped.copies)
                if decode.bad:
                    row.warn(
                        ValidationError(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "Some letters could not be read as {encoding}: check the "
                                "file's encoding.",
                            ),
                            encoding=marc.encoding,
                        )
                    )
                check_record(row, mapped.isbns, today)
                check_copies(row)
                yield row

        return source, rows()

    def _table_rows(
        self, path: Path, encoding: str | None, report: ImportReport
    ) -> tuple[SourceInfo, Iterator[ImportRow]]:
        table = table_files.open_table(path, encoding)
        source = SourceInfo(table.kind, table.encoding, table.detected_encoding, total=table.total)
        header, cells = table_files.read_table(
            table, catalogue_template.ALIASES, catalogue_template.REQUIRED
        )
        if header.unknown:
            report.problems.append(_unknown_columns(header.unknown))
            report.warnings += 1
        today = self.today()
        rows = (catalogue_template.record_row(number, row, today) for number, row in cells)
        return source, rows

    def _open(
        self, path: Path, encoding: str | None, flavour: str | None
    ) -> tuple[ImportReport, Iterator[ImportRow]]:
        path = Path(path)
        if not marc_files.is_marc(path) and path.suffix.lower() not in (".csv", ".xlsx"):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Choose a MARC file (.mrc, .iso, .xml) or a table (.csv, .xlsx), not {file}.",
                ),
                file=path.name,
            )
        if marc_files.is_marc(path):
            source, rows = self._marc_rows(path, encoding, flavour)
            report = ImportReport(source, "record")
        else:
            report = ImportReport(SourceInfo(table_files.table_kind(path)), "line")
            report.source, rows = self._table_rows(path, encoding, report)
        return report, rows

    # use cases ---------------------------------------------------------------------------
    def preview(
        self,
        path: Path,
        encoding: str | None = None,
        flavour: str | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        """What importing this file would do, and every problem in it. Writes nothing."""
        device = self.device()
        report, rows = self._open(path, encoding, flavour)
        with self.db.read() as conn:
            planner = _Planner(conn, device, report.unit, self.today().isoformat())
            for batch in batches(rows):
                planner.plan(batch)
                for row in batch:
                    report.add(row)
                if progress is not None:
                    progress(report.read, report.source.total or 0)
        return report

    def run(
        self,
        path: Path,
        encoding: str | None = None,
        flavour: str | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import the file whole, or nothing of it if any row has an error."""
        device = self.device()
        report, rows = self._open(path, encoding, flavour)
        with self.db.write() as writer:
            planner = _Planner(writer.conn, device, report.unit, self.today().isoformat())
            for batch in batches(rows):
                records, copies = planner.plan(batch)
                for row in batch:
                    report.add(row)
                if report.ok:  # after an error: go on checking, to report every problem
                    # copies first: a new record is then indexed once, with its barcodes
                    writer.upsert_many("book_copy", copies)
                    writer.upsert_many("bib_record", records)
                if progress is not None:
                    progress(report.read, report.source.total or 0)
            if not report.ok:
                raise ImportRefusedError(report)
        report.changed = writer.changed
        if report.read >= BIG_FILE:
            self.db.checkpoint()  # fold the big write into the file now, not at the next save
        return report


def _unknown_columns(names: list[str]) -> Problem:
    return Problem(
        1,
        ValidationError(
            QT_TRANSLATE_NOOP("errors", "These columns are not used: {names}."),
            names=", ".join(names),
        ),
        warning=True,
    )
