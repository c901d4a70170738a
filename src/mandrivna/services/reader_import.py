"""Importing readers from a table (CSV, XLSX): the library's readers registered before, or a
file this app exported.

The rules of registration apply to every row (``core/reader.py``), and a reader goes in only with
consent to personal-data processing. A row's card number is kept (the reader's card stays valid);
a row without one gets a new number as registration gives it. A card number already registered
updates that reader instead of adding one, so importing a file again changes nothing. As with the
catalogue, ``preview`` writes nothing and ``run`` stores the whole file or nothing of it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from mandrivna.core import reader_template
from mandrivna.core.card_number import card_number, device_prefix
from mandrivna.core.errors import ValidationError
from mandrivna.core.ids import new_id
from mandrivna.core.import_rows import ImportRow, Problem
from mandrivna.core.reader import with_registration
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services import table_files
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
from mandrivna.store import exchange_queries, reader_queries
from mandrivna.store.local_state import DeviceState

Fields = dict[str, Any]


class _Planner:
    """Decides what each row does: which reader it updates or adds, with which card number."""

    def __init__(self, conn: Connection, device: DeviceState, today: dt.date) -> None:
        self.conn = conn
        self.device = device
        self.today = today
        self.prefix = device_prefix(device.origin_id or device.device_id)
        self.counter: int | None = None
        self.cards: dict[str, int] = {}  # card number → the line that has it

    def check_cards(self, rows: list[ImportRow]) -> None:
        """The same card number on two lines is an error (the first line keeps it)."""
        for row in rows:
            card = row.fields.get("card_number")
            if not row.ok or not card:
                continue
            if card in self.cards:
                row.fail(
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors", "The card number {card} is also on line {number}."
                        ),
                        card=card,
                        number=self.cards[card],
                    )
                )
            else:
                self.cards[card] = row.number

    def _new_card(self) -> str:
        if self.counter is None:
            self.counter = reader_queries.next_card_counter(self.conn, self.prefix)
        while True:
            number = card_number(self.prefix, self.counter)
            self.counter += 1
            if number not in self.cards:
                self.cards[number] = 0
                return number

    def _maybe_registered(self, row: ImportRow) -> None:
        f = row.fields
        for reader in reader_queries.duplicates(
            self.conn, f.get("surname"), f.get("given_name"), f.get("birth_year"), f.get("phone")
        ):
            row.warn(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "May be the same person as the registered reader {name} (card {card}).",
                    ),
                    name=f"{reader.surname} {reader.given_name}",
                    card=reader.card_number,
                )
            )

    def _update(self, row: ImportRow, stored: Fields, values: Fields) -> Fields:
        if stored.get("consent_on"):
            values.pop("consent_on", None)  # consent given once; "yes" again is not a new date
        if values.get("registration_years"):
            years = set(values["registration_years"]) | set(stored.get("registration_years") or [])
            values["registration_years"] = sorted(years)
        values = {k: v for k, v in values.items() if stored.get(k) != v}
        row.action = UPDATE if values else SAME
        return values

    def _new(self, row: ImportRow, values: Fields) -> Fields:
        self._maybe_registered(row)
        if not values.get("card_number"):
            values["card_number"] = self._new_card()
        row.action = NEW
        return with_registration(values, self.device.hub_name, self.today)

    def plan(self, batch: list[ImportRow]) -> list[tuple[str, Fields]]:
        rows = [row for row in batch if row.ok]
        stored = exchange_queries.readers_by_card(
            self.conn, [r.fields["card_number"] for r in rows if r.fields.get("card_number")]
        )
        out: list[tuple[str, Fields]] = []
        for row in rows:
            values = {k: v for k, v in row.fields.items() if v is not None and v != []}
            found = stored.get(row.fields.get("card_number") or "")
            if found is not None:
                reader_id = found["id"]
                values = self._update(row, found, values)
            else:
                reader_id = new_id()
                values = self._new(row, values)
            row.entity_id = reader_id
            if values:
                out.append((reader_id, values))
        return out


class ReaderImport(Service):
    def _read(self, path: Path, encoding: str | None) -> tuple[ImportReport, list[ImportRow]]:
        table = table_files.open_table(Path(path), encoding)
        source = SourceInfo(table.kind, table.encoding, table.detected_encoding, total=table.total)
        report = ImportReport(source, "line")
        header, cells = table_files.read_table(
            table, reader_template.ALIASES, reader_template.REQUIRED
        )
        if header.unknown:
            report.problems.append(
                Problem(
                    1,
                    ValidationError(
                        QT_TRANSLATE_NOOP("errors", "These columns are not used: {names}."),
                        names=", ".join(header.unknown),
                    ),
                    warning=True,
                )
            )
            report.warnings += 1
        today = self.today()
        return report, [reader_template.reader_row(n, row, today) for n, row in cells]

    def _plan_all(
        self,
        conn: Connection,
        device: DeviceState,
        report: ImportReport,
        rows: list[ImportRow],
        progress: Progress | None,
    ) -> list[list[tuple[str, Fields]]]:
        planner = _Planner(conn, device, self.today())
        planner.check_cards(rows)
        planned = []
        for batch in batches(rows):
            planned.append(planner.plan(batch))
            for row in batch:
                report.add(row)
            if progress is not None:
                progress(report.read, len(rows))
        return planned

    def preview(
        self, path: Path, encoding: str | None = None, progress: Progress | None = None
    ) -> ImportReport:
        """What importing this file would do, and every problem in it. Writes nothing."""
        device = self.device()
        report, rows = self._read(path, encoding)
        with self.db.read() as conn:
            self._plan_all(conn, device, report, rows, progress)
        return report

    def run(
        self, path: Path, encoding: str | None = None, progress: Progress | None = None
    ) -> ImportReport:
        """Import the file whole, or nothing of it if any row has an error."""
        device = self.device()
        report, rows = self._read(path, encoding)
        with self.db.write() as writer:
            planned = self._plan_all(writer.conn, device, report, rows, progress)
            if not report.ok:
                raise ImportRefusedError(report)
            for upserts in planned:
                writer.upsert_many("reader", upserts)
        report.changed = writer.changed
        return report
