"""The words of readers' names as the search index holds them (folded: ``hnatiuk``, ``olena``),
in memory by first letter and length, for the search that forgives misspelt names.

FTS5 can list its own vocabulary (an ``fts5vocab`` table), but only by reading the whole document
list of every word in a range: 10–20 ms for the words starting with «к» at 100,000 readers. So
the names are read and folded once per database and process (on the first forgiving search:
0.3–1 s at 100,000 readers, one pass over the readers' table), and
``search_index`` adds the words of every reader it indexes afterwards, local or synced, in the
same process. A word whose last reader was edited or deleted stays until the
app restarts: a search that tries it finds nobody, which costs a look-up and nothing else.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from sqlalchemy import Connection

from mandrivna.core import search_text

# database → first letter → length → words
_HELD: dict[str, dict[str, dict[int, set[str]]]] = {}
_LOCK = threading.Lock()


def _key(conn: Connection) -> str:
    return str(conn.engine.url)


def _add(held: dict[str, dict[int, set[str]]], words: Iterable[str]) -> None:
    for word in words:
        if word.isalpha() and word.isascii():
            held.setdefault(word[0], {}).setdefault(len(word), set()).add(word)


def _load(conn: Connection) -> dict[str, dict[int, set[str]]]:
    """Every distinct name of the live readers, folded (names repeat: far fewer than readers)."""
    names: set[str | None] = set()
    rows = conn.exec_driver_sql(
        "SELECT surname, given_name, patronymic FROM reader WHERE deleted = 0"
    )
    for row in rows:
        names.update(row)
    held: dict[str, dict[int, set[str]]] = {}
    _add(held, search_text.text_terms(names))
    return held


def like(conn: Connection, word: str, edits: int) -> list[str]:
    """Indexed words that start with ``word``'s letter and differ in length by ≤ ``edits``."""
    key = _key(conn)
    held = _HELD.get(key)
    if held is None:
        loaded = _load(conn)
        with _LOCK:
            held = _HELD.setdefault(key, loaded)
    by_length = held.get(word[0], {})
    with _LOCK:
        return [
            other
            for length in range(len(word) - edits, len(word) + edits + 1)
            for other in by_length.get(length, ())
        ]


def note(conn: Connection, terms: Iterable[str]) -> None:
    """Terms just indexed for a reader: held too, if this database's words are held."""
    held = _HELD.get(_key(conn))
    if held is not None:
        with _LOCK:
            _add(held, terms)


def forget(conn: Connection) -> None:
    """The index was rebuilt: read the words anew when next needed."""
    with _LOCK:
        _HELD.pop(_key(conn), None)
