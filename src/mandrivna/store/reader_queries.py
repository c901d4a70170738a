"""Reads of the readers' file (ЄРК): search as you type, look-up by card, duplicate candidates.

A reader merged into another (``merged_into``, ``core.redirects``) is read as the reader kept:
its card number and name still find the person, who is shown once, with the registration years
of every card merged into them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    ColumnClause,
    Connection,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    select,
    text,
)

from mandrivna.core import search_text
from mandrivna.core.reader import Reader, registration_years
from mandrivna.store import bulk_sql, directory_queries, first_view_queries, issued_codes, tables
from mandrivna.store.tables import from_row

_reader = tables.reader
_rereg = tables.reregistration
_ROWID: ColumnClause[Any] = literal_column("reader.rowid")
SEARCH_LIMIT = first_view_queries.SEARCH_LIMIT
_CANDIDATES = 400
# Built once: the desk reads these at every scan (building a statement costs more than
# running it).
_LIVE = _reader.c.deleted.is_(False)
_LIVE_BY_ID = select(_reader).where((_reader.c.id == bindparam("id")) & _LIVE)
_LIVE_BY_CARD = select(_reader).where((_reader.c.card_number == bindparam("card")) & _LIVE)
_REREGISTERED = select(_rereg.c.reader_id, _rereg.c.year).where(
    _rereg.c.reader_id.in_(bindparam("ids", expanding=True))
)
_REREGISTERED_ONE = "SELECT reader_id, year FROM reregistration WHERE reader_id = ?"


def _readers(conn: Connection, where: Any, limit: int | None = None) -> list[Reader]:
    query = select(_reader).where(where)
    if limit is not None:
        query = query.limit(limit)
    return _read(conn, query)


def _read(conn: Connection, query: Any, params: dict[str, Any] | None = None) -> list[Reader]:
    rows = conn.execute(query, params).mappings()
    return with_reregistrations(conn, [from_row(Reader, row) for row in rows])


def reregistration_years(conn: Connection, reader_ids: list[str]) -> dict[str, set[int]]:
    """The years each of these readers was re-registered in (dated facts), by reader."""
    years: dict[str, set[int]] = defaultdict(set)
    if len(reader_ids) == 1:  # every reader read at the desk: through the driver
        for reader_id, year in bulk_sql.fetch(conn, _REREGISTERED_ONE, reader_ids):
            years[reader_id].add(int(year))
        return years
    for start in range(0, len(reader_ids), 500):
        for reader_id, year in conn.execute(
            _REREGISTERED, {"ids": reader_ids[start : start + 500]}
        ):
            years[reader_id].add(int(year))
    return years


def with_reregistrations(conn: Connection, readers: list[Reader]) -> list[Reader]:
    """The readers with their registration years derived from their dated re-registrations
    too (two laptops re-registering offline keep both years)."""
    years = reregistration_years(conn, [r.id for r in readers])
    return [
        replace(r, registration_years=registration_years(r.registration_years, years[r.id]))
        if r.id in years
        else r
        for r in readers
    ]


def get(conn: Connection, reader_id: str) -> Reader | None:
    """The reader (the reader kept, if this one was merged into another), unless deleted."""
    keeper, group = directory_queries.reader_group(conn, reader_id)
    if len(group) == 1:
        found = _read(conn, _LIVE_BY_ID, {"id": keeper})
    else:
        found = _readers(conn, _reader.c.id.in_(sorted(group)) & _LIVE)
    kept = [r for r in found if r.id == keeper]
    if not kept:
        return None
    years = {y for r in found for y in (r.registration_years or [])}
    if len(found) > 1 and years != set(kept[0].registration_years or []):
        return replace(kept[0], registration_years=sorted(years))
    return kept[0]


def _kept(conn: Connection, readers: list[Reader]) -> list[Reader]:
    """The readers as the readers kept, each once, in the order first met."""
    if not any(r.merged_into for r in readers):
        return readers
    out: dict[str, Reader] = {}
    for reader in readers:
        kept = get(conn, reader.id) if reader.merged_into else reader
        if kept is not None:
            out.setdefault(kept.id, kept)
    return list(out.values())


def by_card(conn: Connection, card: str) -> list[Reader]:
    """Readers holding this card number (more than one only if two laptops ever collided); a
    card merged into another reader finds the reader kept."""
    found = _read(conn, _LIVE_BY_CARD, {"card": card})
    return _kept(conn, found)


def _matching_rowids(conn: Connection, query: str) -> list[int]:
    rows = conn.exec_driver_sql(
        "SELECT rowid FROM reader_fts WHERE reader_fts MATCH ? LIMIT ?", (query, _CANDIDATES)
    )
    return [r[0] for r in rows]


def _candidates(conn: Connection, terms: list[str], limit: int) -> dict[int, int]:
    """Up to ``_CANDIDATES`` matching readers' rowids with their tier: 1 surname is the first
    word typed, 2 surname starts with it, 3 anything else. Asked for tier by tier (``^`` matches
    a reader's first indexed term, the surname's), so that when thousands match a short common
    prefix ("Пе"), the readers whose surname it starts are among the candidates; once ``limit``
    are found, lower tiers cannot reach the top and are not asked for."""
    every = search_text.fts_query(terms)
    rest = search_text.fts_query(terms[1:])
    exact = f'^"{terms[0]}"' + (f" AND {rest}" if rest else "")
    found: dict[int, int] = {}
    for tier, query in ((1, exact), (2, "^" + every), (3, every)):
        for rowid in _matching_rowids(conn, query):
            if len(found) == _CANDIDATES:
                return found
            found.setdefault(rowid, tier)
        if len(found) >= limit:
            break
    return found


def search(conn: Connection, typed: str, limit: int = SEARCH_LIMIT) -> list[Reader]:
    """Readers whose name, card number, phone or e-mail start with what was typed (every word
    must match). Empty text lists the most recently registered.

    Best first: the card typed, then readers whose surname is the first word, then those whose
    surname starts with it, then the rest; by name within each."""
    terms = search_text.query_terms(typed)
    if not terms:
        query = (
            select(_reader)
            .where(_reader.c.deleted.is_(False))
            .order_by(_reader.c.registered_on.desc(), _ROWID.desc())
            .limit(limit)
        )
        rows = conn.execute(query).mappings()
        return _kept(conn, with_reregistrations(conn, [from_row(Reader, row) for row in rows]))
    tiers = _candidates(conn, terms, limit)
    card = search_text.code_term(typed)

    def rank(rowid: int, surname: str | None, given: str | None, number: str | None) -> Any:
        tier = 0 if card and search_text.code_term(number or "") == card else tiers[rowid]
        return tier, f"{surname or ''} {given or ''}".lower()

    if len(tiers) > limit:  # rank on names alone, then read the best readers whole
        marks = ", ".join("?" for _ in tiers)
        names = conn.exec_driver_sql(
            f"SELECT rowid, surname, given_name, card_number FROM reader WHERE rowid IN ({marks})",
            tuple(tiers),
        )
        best = sorted(names, key=lambda row: rank(*row))[:limit]
        tiers = {row[0]: tiers[row[0]] for row in best}
    found = []
    for row in conn.execute(select(_ROWID.label("_rowid"), _reader).where(_ROWID.in_(tiers))):
        reader = from_row(Reader, row._mapping)
        found.append(
            (rank(row._rowid, reader.surname, reader.given_name, reader.card_number), reader)
        )
    found.sort(key=lambda pair: pair[0])
    return _kept(conn, with_reregistrations(conn, [reader for _, reader in found]))


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
        for reader in _exact_matches(conn, name_terms, _reader.c.birth_year == birth_year):
            if _same_words(reader.surname, surname) and _same_words(reader.given_name, given_name):
                found[reader.id] = reader
    phone_terms = search_text.phone_terms(phone or "")
    if phone_terms:
        national = (
            phone_terms[1]
            if len(phone_terms) > 1 and phone_terms[1].startswith("0")
            else phone_terms[0]
        )
        for reader in _exact_matches(conn, [national]):
            if national in search_text.phone_terms(reader.phone or ""):
                found[reader.id] = reader
    found.pop(exclude_id or "", None)
    return sorted(found.values(), key=lambda r: (r.surname or "", r.given_name or ""))


def _same_words(stored: str | None, typed: str) -> bool:
    return search_text.text_terms([stored]) == search_text.text_terms([typed])


def _exact_matches(conn: Connection, terms: list[str], *where: Any) -> list[Reader]:
    """Every live reader holding all these whole terms (and meeting ``where``)."""
    matches = text("SELECT rowid FROM reader_fts WHERE reader_fts MATCH :q").bindparams(
        q=" AND ".join(f'"{t}"' for t in terms)
    )
    return _readers(conn, and_(_ROWID.in_(matches.columns(column("rowid"))), *where))


def next_card_counter(conn: Connection, prefix: str) -> int:
    """One more than the highest counter of cards issued with this prefix (deleted readers
    keep their card numbers, so a number is never issued twice)."""
    return issued_codes.next_counter(conn, "reader", "card_number", f"{prefix}-", 4)


def count(conn: Connection) -> int:
    return int(
        conn.execute(
            select(func.count()).select_from(_reader).where(_reader.c.deleted.is_(False))
        ).scalar_one()
    )


def all_live(conn: Connection) -> list[Reader]:
    """Every reader not deleted (merged ones included), for the duplicate search."""
    return _readers(conn, _reader.c.deleted.is_(False))
