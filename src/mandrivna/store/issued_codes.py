"""The next counter of the card numbers and copy barcodes a laptop issues (``7K2MQ-0042``,
``7K2MQ-B00042``): one more than the highest it holds, found through the column's index, since a
busy hub's laptop holds tens of thousands of its own codes."""

from __future__ import annotations

from sqlalchemy import Connection


def next_counter(conn: Connection, table: str, column: str, start: str, digits: int) -> int:
    """One more than the highest number ending a code of ``table.column`` that is ``start``
    followed by at least ``digits`` digits and nothing else; 1 if there is none. Deleted
    records keep their codes, so a code is never issued twice.

    A longer number is a higher one, and among numbers of one length the highest sorts last: so
    for each length held, longest first, SQLite's max() reads the index backwards from the end
    of the range and stops at the first code of that length made of digits only."""
    end = start[:-1] + chr(ord(start[-1]) + 1)
    in_range = f"FROM {table} WHERE {column} >= ? AND {column} < ?"
    lengths = conn.exec_driver_sql(
        f"SELECT DISTINCT length({column}) {in_range} ORDER BY 1 DESC", (start, end)
    )
    for (length,) in lengths.fetchall():
        if length < len(start) + digits:
            break
        highest = conn.exec_driver_sql(
            f"SELECT max({column}) {in_range} AND length({column}) = ? "
            f"AND substr({column}, ?) NOT GLOB '*[^0-9]*'",
            (start, end, length, len(start) + 1),
        ).scalar()
        if highest is not None:
            return int(highest[len(start) :]) + 1
    return 1
