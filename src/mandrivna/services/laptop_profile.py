"""What every laptop says of itself, and its hub proposed to the directory.

Each laptop writes its own ``device_profile`` record (id: its log origin): its device, hub,
librarian, role and app version, so that every laptop can name a change or a laptop by hub and
librarian, never by a UUID. It is brought up to date as each sync starts and before a USB bundle
is written (only what differs is written), so the count of changes waiting stays that of the
librarian's own work until then.

A laptop set up under a hub name the directory does not know proposes it: the spelling joins the
directory at the laptop's next sync, under a hub whose id comes from the name
(``core.hubs.proposed_hub_id``), so laptops proposing the same name offline make the same hub. A
proposal writes no field of the hub itself (the directory shows a proposed hub under its
spelling), so it never undoes a coordinator's rename, merge or closing it has not seen yet.
"""

from __future__ import annotations

import mandrivna
from mandrivna.core.change import Changed
from mandrivna.core.hubs import clean, name_id, proposed_hub_id
from mandrivna.store import directory_queries, hub_queries
from mandrivna.store.database import Database
from mandrivna.store.sync_store import SyncStore

MAX_NAME = 120


def propose(db: Database, name: str) -> Changed:
    """``name`` joins the directory as a spelling of a proposed hub, unless it knows it."""
    title = clean(name)[:MAX_NAME]
    with db.read() as conn:
        known = directory_queries.hub_directory(conn).hub_of(title) if title else True
    if known:
        return Changed()
    with db.write() as writer:
        writer.upsert("hub_name", name_id(title), {"name": title, "hub_id": proposed_hub_id(title)})
    return writer.changed


def note_laptop(db: Database) -> Changed:
    """Keep this laptop's profile as it is now, and its hub proposed."""
    device = db.this_device()
    origin = device.origin_id or device.device_id
    wanted = {
        "device_id": device.device_id,
        "hub": device.hub_name,
        "librarian": device.librarian_name,
        "app_version": mandrivna.__version__,
        "role": SyncStore(db).state().role or "librarian",
    }
    changed = propose(db, device.hub_name)
    with db.read() as conn:
        now = hub_queries.profile(conn, origin)
    differs = {k: v for k, v in wanted.items() if now is None or getattr(now, k) != v}
    if differs:
        with db.write() as writer:
            writer.upsert("device_profile", origin, differs)
        changed.merge(writer.changed)
    return changed
