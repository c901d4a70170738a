"""Brings a server database made by an older version up to date, at every start.

``metadata.create_all`` makes missing tables but never adds a column to a table that exists, so
each column added since the first release is added here if it is missing; then the origins of
devices enrolled before origins existed (each device's own id was its only origin), the epoch,
the history chain of changes stored before it, the indexes (the tombstones' index made, a
redundant one dropped), and the snapshot rows an older server kept as stamp maps that one stamp
stands for (``short_stamps``). Every step is idempotent: it looks before it changes anything.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, bindparam, inspect, select, text, update

from sync_server.sql import history, short_stamps
from sync_server.sql.dialect import SqlDialect
from sync_server.sql.tables import changes, devices, erased_index, origins

# (table, column, SQL type) added after the table's first release, in the order they came.
ADDED_COLUMNS = (
    ("server_device", "replaces", "VARCHAR(36)"),
    ("server_device", "clock_skew_ms", "BIGINT"),
    ("server_change", "chain", "VARCHAR(32)"),
    ("server_device", "app_version", "VARCHAR(40)"),
    ("server_device", "reported_pending", "BIGINT"),
)
CHUNK = 5000
# An index that duplicated the unique constraint's on (device_id, device_seq).
DROPPED_INDEX = "ix_server_change_device"


def upgrade(engine: Engine, dialect: SqlDialect) -> None:
    for table, column, sql_type in ADDED_COLUMNS:
        present = {c["name"] for c in inspect(engine).get_columns(table)}
        if column in present:
            continue
        with engine.begin() as conn:
            dialect.add_column(conn, table, column, sql_type)
    with engine.begin() as conn:
        conn.execute(text(f"DROP INDEX IF EXISTS {DROPPED_INDEX}"))
        erased_index.create(conn, checkfirst=True)
    with engine.begin() as conn:
        _bind_old_origins(conn)
        history.epoch(conn)
        _fill_chain(conn)
    short_stamps.keep_short(engine, dialect)


def _bind_old_origins(conn: Connection) -> None:
    bound = set(conn.execute(select(origins.c.origin_id)).scalars())
    for key, device_id, held, created in conn.execute(
        select(devices.c.key, devices.c.device_id, devices.c.held_seq, devices.c.created_ms)
    ).all():
        if device_id is not None and device_id not in bound:
            conn.execute(
                origins.insert().values(
                    origin_id=device_id, device_key=key, held_seq=held or 0, created_ms=created
                )
            )
            bound.add(device_id)
    for (orphan,) in conn.execute(select(changes.c.device_id).distinct()).all():
        if orphan not in bound:  # a device whose slot is gone: its origin stays nobody's
            held = conn.execute(
                select(changes.c.device_seq)
                .where(changes.c.device_id == orphan)
                .order_by(changes.c.device_seq.desc())
                .limit(1)
            ).scalar()
            conn.execute(
                origins.insert().values(
                    origin_id=orphan, device_key="", held_seq=held or 0, created_ms=0
                )
            )


def _fill_chain(conn: Connection) -> None:
    """Chain the changes stored before the chain existed, in server order."""
    first = conn.execute(
        select(changes.c.server_seq)
        .where(changes.c.chain.is_(None))
        .order_by(changes.c.server_seq)
        .limit(1)
    ).scalar()
    if first is None:
        return
    previous = conn.execute(
        select(changes.c.chain)
        .where(changes.c.server_seq < first)
        .order_by(changes.c.server_seq.desc())
        .limit(1)
    ).scalar() or history.seed(conn)
    after = first - 1
    while True:
        rows = conn.execute(
            select(changes.c.server_seq, changes.c.device_id, changes.c.device_seq, changes.c.hlc)
            .where(changes.c.server_seq > after)
            .order_by(changes.c.server_seq)
            .limit(CHUNK)
        ).all()
        if not rows:
            return
        values = []
        for seq, origin, device_seq, hlc in rows:
            previous = history.link(previous, origin, device_seq, hlc)
            values.append({"s": seq, "c": previous})
        conn.execute(
            update(changes)
            .where(changes.c.server_seq == bindparam("s"))
            .values(chain=bindparam("c")),
            values,
        )
        after = rows[-1][0]
