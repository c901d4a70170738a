"""Reads the directories every report and screen resolves names and ids through: the hubs with
every spelling of their names (``core.hubs.HubDirectory``), and the readers merged into others
(``core.redirects``). Runs in the caller's transaction."""

from __future__ import annotations

from sqlalchemy import Connection, select

from mandrivna.core import redirects
from mandrivna.core.hubs import Hub, HubDirectory, proposals_taken
from mandrivna.store import bulk_sql, tables
from mandrivna.store.tables import from_row

_hubs = tables.hub
_names = tables.hub_name
_readers = tables.reader


def hub_directory(conn: Connection) -> HubDirectory:
    hubs = {
        r.id: from_row(Hub, r)
        for r in conn.execute(select(_hubs).where(_hubs.c.deleted.is_(False))).mappings()
    }
    rows = conn.execute(
        select(_names.c.id, _names.c.hub_id, _names.c.name).where(
            _names.c.deleted.is_(False), _names.c.hub_id.is_not(None)
        )
    ).all()
    spellings = {r.id: r.hub_id for r in rows}
    taken = proposals_taken((r.name, r.hub_id) for r in rows if r.name)
    return HubDirectory(hubs, spellings, taken)


def reader_redirects(conn: Connection) -> dict[str, str | None]:
    """Readers merged into others: id -> the reader it was merged into."""
    rows = conn.execute(
        select(_readers.c.id, _readers.c.merged_into).where(_readers.c.merged_into.is_not(None))
    )
    return {r[0]: r[1] for r in rows}


def reader_kept_ids(conn: Connection) -> dict[str, str]:
    """For every reader merged into another, the reader kept (``core.redirects.kept``); readers
    not merged are left out. Reports count ``kept_ids.get(id, id)`` once."""
    return redirects.kept_map(reader_redirects(conn))


# Whether a reader was merged into another or kept for others (two indexed look-ups), built
# once: every reader read at the desk asks it.
_MERGED_OR_KEEPS = (
    "SELECT 1 FROM reader WHERE id = ? AND merged_into IS NOT NULL"
    " UNION ALL SELECT 1 FROM reader WHERE merged_into = ? LIMIT 1"
)


def reader_group(conn: Connection, reader_id: str) -> tuple[str, set[str]]:
    """The reader kept for ``reader_id`` and every reader id that stands for the same person
    (the kept one included). A reader neither merged nor kept for another, the usual case, is
    told by two indexed look-ups, without the map of every merge."""
    if not bulk_sql.fetch(conn, _MERGED_OR_KEEPS, (reader_id, reader_id)):
        return reader_id, {reader_id}
    kept_ids = reader_kept_ids(conn)
    keeper = kept_ids.get(reader_id, reader_id)
    return keeper, {keeper} | {rid for rid, k in kept_ids.items() if k == keeper}
