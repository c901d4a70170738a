"""Snapshot rows an older server kept with a stamp on every field, kept with the one stamp they all
carry instead (``record_texts``), once, when the server starts after its update.

Servers before one-stamp rows wrote every record of the snapshot table as a field → stamp map,
even the records written once (nearly all): about a kilobyte of stamps a reader. Every snapshot
page then read those maps and parsed them with the fields to find that one stamp would do
(``snapshot_stamps.shortest``), for every record, for every new laptop. Rewritten here with what
that page would send (``shortest`` itself: one stamp exactly when every field carries it, as the
fold writes a row today), each row holds the same state and a page sends the same text, read
straight from the table.

A row is rewritten only if it still holds what was read (a server process of the older version
on the same PostgreSQL database may fold it meanwhile): the newer fold's row is kept as it is. A
marker in ``server_meta`` says the work is done, so later starts only look at the marker; a start
that stops midway does the rest the next time (rows kept short already are passed over).
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, and_, bindparam, func, or_, select, true, update

from sync_server.snapshot_stamps import shortest
from sync_server.sql.dialect import SqlDialect
from sync_server.sql.record_texts import is_short
from sync_server.sql.tables import meta, records

DONE = "stamps_kept_short"
CHUNK = 10_000


def keep_short(engine: Engine, dialect: SqlDialect) -> int:
    """Rewrite every map that one stamp stands for; returns how many such rows were found."""
    with engine.connect() as conn:
        if conn.execute(select(meta.c.value).where(meta.c.key == DONE)).scalar():
            return 0
    rewritten = 0
    after: tuple[str, str] | None = None
    while True:
        where = (
            true()
            if after is None
            else or_(
                records.c.entity > after[0],
                and_(records.c.entity == after[0], records.c.entity_id > after[1]),
            )
        )
        with engine.begin() as conn:
            rows = conn.execute(
                select(records.c.entity, records.c.entity_id, records.c.fields, records.c.stamps)
                .where(where)
                .order_by(records.c.entity, records.c.entity_id)
                .limit(CHUNK)
            ).all()
            if not rows:
                break
            found = [
                {"e": entity, "i": entity_id, "f": fields, "s": stamps, "short": kept}
                for entity, entity_id, fields, stamps in rows
                if not is_short(stamps) and is_short(kept := shortest(fields, stamps))
            ]
            rewrite(conn, found)
            rewritten += len(found)
            after = (rows[-1][0], rows[-1][1])
    with engine.begin() as conn:
        dialect.upsert(conn, meta, [{"key": DONE, "value": 1}], ["key"])
    return rewritten


def rewrite(conn: Connection, found: list[dict[str, str]]) -> None:
    """Each row found (``e``, ``i``: its key; ``f``, ``s``: its texts as read) kept with its one
    stamp (``short``), unless it no longer holds what was read."""
    if found:
        key = (
            (records.c.entity == bindparam("e"))
            & (records.c.entity_id == bindparam("i"))
            & (records.c.fields == bindparam("f"))
            & (records.c.stamps == bindparam("s"))
        )
        conn.execute(update(records).where(key).values(stamps=bindparam("short")), found)


def pending(engine: Engine) -> int:
    """How many rows are kept as maps (for tests and the bench: what is left to look at)."""
    with engine.connect() as conn:
        first = func.substr(records.c.stamps, 1, 1)
        return int(conn.execute(select(func.count()).where(first == "{")).scalar_one())
