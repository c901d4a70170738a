"""A database damaged as a failing disk damages it: bytes overwritten in the middle of one of a
table's leaf pages, found by walking the table's b-tree in the file's raw bytes (SQLCipher has no
``dbstat``). For a plain database closed cleanly (its write-ahead log folded back)."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from mandrivna.store.connection import open_raw_readonly

INTERIOR_TABLE_PAGE = 0x05
LEAF_TABLE_PAGE = 0x0D


def _page(raw: bytes, number: int, size: int) -> tuple[int, bytes]:
    """Where the page starts in the file, and its b-tree header (after the file header on 1)."""
    start = (number - 1) * size
    header_at = start + (100 if number == 1 else 0)
    return start, raw[header_at : start + size]


def table_leaf(path: Path, table: str) -> tuple[int, int]:
    """(start in the file, page size) of a leaf page of ``table`` near its middle."""
    with closing(open_raw_readonly(path)) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        (number,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    raw = path.read_bytes()
    while True:
        start, page = _page(raw, number, size)
        if page[0] == LEAF_TABLE_PAGE:
            return start, size
        assert page[0] == INTERIOR_TABLE_PAGE, "not a table b-tree page"
        cells = int.from_bytes(page[3:5], "big")
        middle = 12 + 2 * (cells // 2)  # the cell pointer array follows a 12-byte header
        cell = int.from_bytes(page[middle : middle + 2], "big")
        number = int.from_bytes(raw[start + cell : start + cell + 4], "big")


def damage_table_page(path: Path, table: str) -> bytes:
    """Overwrite the middle half of one of ``table``'s leaf pages; returns the file's bytes."""
    start, size = table_leaf(path, table)
    raw = bytearray(path.read_bytes())
    raw[start + size // 4 : start + 3 * size // 4] = b"\xa5" * (size // 2)
    path.write_bytes(bytes(raw))
    return bytes(raw)
