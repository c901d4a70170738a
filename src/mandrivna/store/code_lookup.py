"""Finds what a scanner or a person typed: a reader by card number, a copy by barcode, trying the
code as typed first and then as a code this app issued (``core.card_number.code_candidates``)."""

from __future__ import annotations

from sqlalchemy import Connection

from mandrivna.core.card_number import code_candidates
from mandrivna.core.catalogue import BookCopy
from mandrivna.core.reader import Reader
from mandrivna.store import catalogue_queries, reader_queries


def reader_by_card(conn: Connection, typed: str) -> Reader | None:
    for code in code_candidates(typed):
        found = reader_queries.by_card(conn, code)
        if found:
            return found[0]
    return None


def copy_by_code(conn: Connection, typed: str) -> BookCopy | None:
    for code in code_candidates(typed):
        found = catalogue_queries.copy_by_barcode(conn, code)
        if found:
            return found[0]
    return None
