"""Pages capped in bytes as well as in count (``mandrivna.wire.MAX_PAGE_BYTES``).

Before a page's rows are read, the sizes of the candidates are read (the database measures them;
no value is loaded), and the page is cut where the next row would pass the cap. A page always holds
at least one row, so a row bigger than the cap (stored before the caps existed) still travels,
alone, and nothing is ever stuck behind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, literal, select

from mandrivna.wire import MAX_PAGE_BYTES
from sync_server.sql.dialect import SqlDialect
from sync_server.sql.tables import changes

# What a change costs on top of its fields (ids, stamps, brackets): counted so a page of many
# tiny changes is bounded too.
ROW_OVERHEAD = 160


def fitting(sizes: Sequence[int], max_bytes: int) -> int:
    """How many of the first rows, of these sizes, fit in ``max_bytes`` (at least one)."""
    total = 0
    for count, size in enumerate(sizes):
        total += size
        if total > max_bytes and count > 0:
            return count
    return len(sizes)


def change_limit(
    conn: Connection,
    dialect: SqlDialect,
    where: ColumnElement[bool],
    order: Any,
    limit: int,
    max_bytes: int = MAX_PAGE_BYTES,
) -> int:
    """The ``limit`` to use for a page of changes matching ``where`` in ``order``: the asked
    ``limit``, or fewer when that many would pass ``max_bytes``."""
    size = dialect.byte_length(changes.c.fields) + literal(ROW_OVERHEAD)
    sizes = conn.execute(select(size).where(where).order_by(order).limit(limit)).scalars().all()
    count = fitting(sizes, max_bytes)
    return count if count < len(sizes) else limit
