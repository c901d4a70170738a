"""Reads of the readers' file (ЄРК): search as you type, look-up by card, duplicate candidates."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnClause, Connection, func, literal_column, select

from mandrivna.core import search_text
from mandrivna.core.card_number import card_counter
from mandrivna.store.tables import Reader

_reader = Reader.__table__  # type: ignore[attr-defined]
_ROWID: ColumnClause[Any] = literal_column("reader.rowid")
SEARCH_LIMIT = 50
_CANDIDATES = 400


def _readers(conn: Connection, where: Any, limit: int | None = None) -> list[Reader]:
    query = select(_reader).where(where)
    if limit is not None:
        query = query.limit(limit)
    return [Reader(**row) for row in conn.execute(query).mappings()]


def get(conn: Connection, reader_id: str) -> Reader | None:
    found = _readers(conn, _reader.c.id == reader_id)
    return found[0] if found else None


def by_card(conn: Connection, card: str) -> list[Reader]:
    """Readers holding this card number (more than one only if two laptops ever collided)."""
    return _readers(conn, (_reader.c.card_number == card) & (_reader.c.deleted.is_(False)))


def _matching_rowids(conn: Connection, terms: list[str], limit: int) -> list[int]:
    rows = conn.exec_driver_sql(
        "SELECT rowid FROM reader_fts WHERE reader_fts MATCH ? LIMIT ?",
        (search_text.fts_query(terms), limit),
    )
    return [r[0] for r in rows]


def _rank(reader: Reader, terms: list[str], typed: str) -> tuple[int, str]:
    card = search_text.code_term(reader.card_number or "")
    surname = search_text.text_terms([reader.surname])
    if card and card == search_text.code_term(typed):
        first = 0
    elif surname and terms and surname[0] == terms[0]:
        first = 1
    elif surname and terms and surname[0].startswith(terms[0]):
        first = 2
    else:
        first = 3
    return first, f"{reader.surname or ''} {reader.given_name or ''}".lower()


def search(conn: Connection, typed: str, limit: int = SEARCH_LIMIT) -> list[Reader]:
    """Readers whose name, card number, phone or e-mail start with what was typed (every word
    must match). Empty text lists the most recently registered."""
    terms = search_text.query_terms(typed)
    if not terms:
        query = (
            select(_reader)
            .where(_reader.c.deleted.is_(False))
            .order_by(_reader.c.registered_on.desc(), _ROWID.desc())
            .limit(limit)
        )
        return [Reader(**row) for row in conn.execute(query).mappings()]
    rowids = _matching_rowids(conn, terms, _CANDIDATES)
    if not rowids:
        return []
    found = _readers(conn, _ROWID.in_(rowids))
    found.sort(key=lambda r: _rank(r, terms, typed))
    return found[:limit]


def duplicates(
    conn: Connection,
    surname: str | None,
    given_name: str | None,
    birth_year: int | None,
    phone: str | None,
    exclude_id: str | None = None,
) -> list[Reader]:
    """Registered readers who may be the same person: same name and birth year, or same phone.
    Names compare by their search skeleton, so "Мар'яна" and "Марʼяна" are the same."""
    found: dict[str, Reader] = {}
    name_terms = search_text.text_terms([surname, given_name])
    if surname and given_name and birth_year and name_terms:
        rowids = _matching_rowids_exact(conn, name_terms)
        for reader in _readers(conn, _ROWID.in_(rowids)) if rowids else []:
            if (
                reader.birth_year == birth_year
                and search_text.text_terms([reader.surname]) == search_text.text_terms([surname])
                and search_text.text_terms([reader.given_name])
                == search_text.text_terms([given_name])
            ):
                found[reader.id] = reader
    phone_terms = search_text.phone_terms(phone or "")
    if phone_terms:
        national = (
            phone_terms[1]
            if len(phone_terms) > 1 and phone_terms[1].startswith("0")
            else phone_terms[0]
        )
        rowids = _matching_rowids_exact(conn, [national])
        for reader in _readers(conn, _ROWID.in_(rowids)) if rowids else []:
            if national in search_text.phone_terms(reader.phone or ""):
                found[reader.id] = reader
    found.pop(exclude_id or "", None)
    return sorted(found.values(), key=lambda r: (r.surname or "", r.given_name or ""))


def _matching_rowids_exact(conn: Connection, terms: list[str]) -> list[int]:
    query = " AND ".join(f'"{t}"' for t in terms)
    rows = conn.exec_driver_sql(
        "SELECT rowid FROM reader_fts WHERE reader_fts MATCH ? LIMIT ?", (query, _CANDIDATES)
    )
    return [r[0] for r in rows]


def next_card_counter(conn: Connection, prefix: str) -> int:
    """One more than the highest counter of cards issued with this prefix (deleted readers
    keep their card numbers, so a number is never issued twice)."""
    rows = conn.execute(
        select(_reader.c.card_number).where(
            _reader.c.card_number >= f"{prefix}-", _reader.c.card_number < f"{prefix}."
        )
    )
    highest = 0
    for (number,) in rows:
        parsed = card_counter(number or "")
        if parsed and parsed[0] == prefix:
            highest = max(highest, parsed[1])
    return highest + 1


def count(conn: Connection) -> int:
    return int(
        conn.execute(
            select(func.count()).select_from(_reader).where(_reader.c.deleted.is_(False))
        ).scalar_one()
    )
