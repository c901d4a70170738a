"""Pages capped in bytes as well as in count (``mandrivna.wire.MAX_PAGE_BYTES``).

A page's query gives each row's size as its last column (the database measures it:
``size_of``), and its rows are read in batches (``BATCH``; streamed, so neither the server nor
PostgreSQL's driver holds more than a batch beyond the page) until the next row would pass the
cap. A page always holds at least one row, so a row bigger than the cap (stored before the caps
existed) still travels, alone, and nothing is ever stuck behind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, literal

from mandrivna.wire import MAX_PAGE_BYTES
from sync_server.sql.dialect import SqlDialect

# What a change costs on top of its fields (ids, stamps, brackets): counted so a page of many
# tiny changes is bounded too.
ROW_OVERHEAD = 160
# Rows read at a time: past the cap, at most this many rows more are read and dropped.
BATCH = 500


def size_of(dialect: SqlDialect, *columns: Any) -> ColumnElement[int]:
    """A row's size for the cap: the bytes of ``columns`` (UTF-8) and ``ROW_OVERHEAD``."""
    size: ColumnElement[int] = literal(ROW_OVERHEAD)
    for column in columns:
        size = dialect.byte_length(column) + size
    return size


def page_rows(
    conn: Connection, query: Select[Any], limit: int, max_bytes: int | None = None
) -> tuple[list[Sequence[Any]], bool]:
    """The first rows of ``query`` (ordered; each row's size its last column): at most
    ``limit`` of them and ``max_bytes`` (``MAX_PAGE_BYTES`` unless said; at least one row); and
    whether more may follow (the page is full, or was cut)."""
    cap = MAX_PAGE_BYTES if max_bytes is None else max_bytes
    result = conn.execution_options(yield_per=BATCH).execute(query.limit(limit))
    rows: list[Sequence[Any]] = []
    total = 0
    try:
        for batch in result.partitions():
            for row in batch:
                total += row[-1]
                if total > cap and rows:
                    return rows, True
                rows.append(row)
    finally:
        result.close()
    return rows, len(rows) == limit
