"""The search that forgives: readers whose name is a slip away from what was typed.

When the exact search (``reader_queries.search``) finds little, each typed word of letters is
compared with the words the readers' index holds (``name_words``) that start with the same
letter and are about as long; the words within ``spelling.allowed_edits`` of it stand
in for it, the other typed words still match as prefixes. The words compared are folded
skeletons, so «Гнатук» meets «Гнатюк» (``hnatuk``/``hnatiuk``) and «Ковальчюк» meets
«Ковальчук».
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnClause, Connection, literal_column, select

from mandrivna.core import search_text, spelling
from mandrivna.core.alphabet import sort_key
from mandrivna.core.reader import Reader
from mandrivna.store import name_words, tables
from mandrivna.store.tables import from_row

_ROWID: ColumnClause[Any] = literal_column("reader.rowid")
_CANDIDATES = 60  # readers asked for per near word: the list shows ten
_NEIGHBOURS = 12  # near words tried per typed word, closest first


def _rowids(conn: Connection, query: str) -> list[int]:
    rows = conn.exec_driver_sql(
        "SELECT rowid FROM reader_fts WHERE reader_fts MATCH ? LIMIT ?", (query, _CANDIDATES)
    )
    return [r[0] for r in rows]


def similar(
    conn: Connection, typed: str, exclude: set[str], limit: int
) -> list[tuple[int, Reader]]:
    """Readers found when one typed word is replaced by a near index word, as (edits, reader),
    closest first, then by name; readers in ``exclude`` (already found) are left out."""
    terms = search_text.query_terms(typed)
    edits_of: dict[int, int] = {}
    for position, term in enumerate(terms):
        most = spelling.allowed_edits(term) if term.isalpha() else 0
        if not most:
            continue
        neighbours = spelling.near(term, name_words.like(conn, term, most))[:_NEIGHBOURS]
        if not neighbours:
            continue
        others = search_text.fts_query(terms[:position] + terms[position + 1 :])
        for edits, word in neighbours:
            query = f'"{word}"' + (f" AND {others}" if others else "")
            for rowid in _rowids(conn, query):
                edits_of[rowid] = min(edits, edits_of.get(rowid, edits))
    if not edits_of:
        return []
    marks = ", ".join("?" for _ in edits_of)
    names = conn.exec_driver_sql(
        f"SELECT rowid, surname, given_name FROM reader WHERE rowid IN ({marks}) AND deleted = 0",
        tuple(edits_of),
    )
    ranked = sorted(names, key=lambda row: (edits_of[row[0]], sort_key(row[1]), sort_key(row[2])))
    best = [row[0] for row in ranked[: limit + len(exclude)]]  # read whole only those shown
    reader = tables.reader
    wanted = select(_ROWID.label("_rowid"), reader).where(_ROWID.in_(best))
    found = []
    for row in conn.execute(wanted):
        match = from_row(Reader, row._mapping)
        if match.id not in exclude:
            found.append((edits_of[row._rowid], match))
    found.sort(key=lambda pair: (pair[0], sort_key(pair[1].surname), sort_key(pair[1].given_name)))
    return found[:limit]
