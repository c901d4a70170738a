"""Reads for the hub directory's screen: every spelling of each hub's name, the laptops' own
profiles (by log origin), and the hub names written in the data that the directory does not
know yet. Runs in the caller's transaction."""

from __future__ import annotations

from sqlalchemy import Connection, Table, select, union

from mandrivna.core.device_profile import DeviceProfile
from mandrivna.store import tables
from mandrivna.store.tables import from_row

_names = tables.hub_name
_profiles = tables.device_profile

# Where a hub's name is written in the data (table, column). Facts (visits, loans) are written
# in a service session, whose hub they share.
HUB_COLUMNS: tuple[tuple[Table, str], ...] = (
    (tables.service_session, "hub"),
    (tables.book_copy, "hub"),
    (tables.library_event, "hub"),
    (tables.event_series, "hub"),
    (tables.reader, "registration_hub"),
    (tables.parcel, "destination_hub"),
)


def spellings(conn: Connection) -> dict[str, list[str]]:
    """Hub id → every spelling of its name met (live ``hub_name`` records), as written."""
    out: dict[str, list[str]] = {}
    rows = conn.execute(
        select(_names.c.hub_id, _names.c.name)
        .where(_names.c.deleted.is_(False), _names.c.hub_id.is_not(None))
        .order_by(_names.c.name)
    )
    for hub_id, name in rows:
        if name:
            out.setdefault(str(hub_id), []).append(str(name))
    return out


def names_in_data(conn: Connection) -> set[str]:
    """Every hub name written in the data (as written, empty ones left out)."""
    queries = []
    for table, column in HUB_COLUMNS:
        col = table.c[column]
        queries.append(select(col.label("name")).where(col.is_not(None)).distinct())
    return {str(name) for (name,) in conn.execute(union(*queries)) if name and str(name).strip()}


def profiles(conn: Connection) -> list[DeviceProfile]:
    """Every laptop's profile (one per log origin), as each laptop last wrote it."""
    rows = conn.execute(select(_profiles).where(_profiles.c.deleted.is_(False))).mappings()
    return [from_row(DeviceProfile, r) for r in rows]


def profile(conn: Connection, origin_id: str) -> DeviceProfile | None:
    row = conn.execute(select(_profiles).where(_profiles.c.id == origin_id)).mappings().first()
    return None if row is None else from_row(DeviceProfile, row)
