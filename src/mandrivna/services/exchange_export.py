"""Exporting the catalogue or the readers to CSV or XLSX, in the columns of the import templates,
so an exported file imports back as it was (into this laptop or another library's app).

A readers' file holds personal data: the GUI asks before writing one, and both the GUI and the
command line say where it went.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mandrivna.core import catalogue_template, reader_template
from mandrivna.services import table_files
from mandrivna.services.import_report import Progress
from mandrivna.store import exchange_queries
from mandrivna.store.database import Database

CATALOGUE = "catalogue"
READERS = "readers"
KINDS = (CATALOGUE, READERS)
PROGRESS_EVERY = 1000


class ExchangeExport:
    def __init__(self, db: Database) -> None:
        self.db = db

    def export(self, kind: str, path: Path, progress: Progress | None = None) -> int:
        """Write every live record (with its copies' barcodes) or reader to ``path`` (.csv or
        .xlsx); returns how many rows were written."""
        path = Path(path).resolve()
        table_files.table_kind(path)  # a wrong suffix is refused before anything is read
        with self.db.read() as conn:
            entity = "bib_record" if kind == CATALOGUE else "reader"
            total = exchange_queries.live_count(conn, entity)

            def rows() -> Iterator[list[Any]]:
                if kind == CATALOGUE:
                    source = (
                        catalogue_template.record_cells(record, barcodes)
                        for record, barcodes in exchange_queries.live_records(conn)
                    )
                else:
                    source = (
                        reader_template.reader_cells(reader)
                        for reader in exchange_queries.live_readers(conn)
                    )
                for done, cells in enumerate(source, start=1):
                    if progress is not None and done % PROGRESS_EVERY == 0:
                        progress(done, total)
                    yield cells

            columns = catalogue_template.COLUMNS if kind == CATALOGUE else reader_template.COLUMNS
            return table_files.write_table(path, columns, rows())
