"""Records local writes: each call makes one change-log entry and merges it, in the caller's
transaction (opened by ``Database.write``). Services use this and nothing else to write
replicated data.

Every change written here is one the sync server accepts (``core.change_limits.fields_problem``): a
NUL character, which no database on the way can hold and no one can see, is dropped from texts,
and a change over the caps (a text over 10,000 characters, a list over 100 items, more than
64 KiB in all) is refused in plain words before anything is written, never left in the log to
stop this laptop's sync.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, bindparam, select, update

from mandrivna.core.card_number import device_prefix
from mandrivna.core.change import Change, Changed, JsonValue, Op
from mandrivna.core.change_limits import MAX_CHANGE_BYTES, MAX_LIST, MAX_TEXT, fields_problem
from mandrivna.core.errors import ValidationError
from mandrivna.core.hlc import HybridClock, wall_ms_of
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.store import tables
from mandrivna.store.entities import ENTITIES, EntitySpec, Kind
from mandrivna.store.replica import store_and_apply

_device = tables.device_state
_CHUNK = 500
# Built once: every write at the desk runs them (building costs more than running).
_COUNTERS = update(_device).values(seq_last=bindparam("seq"), hlc_last=bindparam("hlc"))


@cache
def _seen_query(entity: str) -> Select[Any]:
    """The newest stamp of one record of ``entity``."""
    table = ENTITIES[entity].table
    return select(table.c.updated_hlc).where(table.c.id == bindparam("id"))


def _without_nul(value: JsonValue) -> JsonValue:
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [_without_nul(item) for item in value]
    return value


def syncable(fields: dict[str, JsonValue]) -> dict[str, JsonValue]:
    """``fields`` as the server will take them (NUL characters dropped); refuses a change over
    the sync caps with a plain ValidationError."""
    clean = {name: _without_nul(value) for name, value in fields.items()}
    if fields_problem(clean):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This entry is too large to be synced: a text may hold at most {text} "
                "characters, a list {items} items, and the whole entry {size} KB. Shorten it "
                "and save again.",
            ),
            text=MAX_TEXT,
            items=MAX_LIST,
            size=MAX_CHANGE_BYTES // 1024,
        )
    return clean


class ChangeWriter:
    """Stamps, logs and applies this device's writes within one transaction."""

    def __init__(
        self, conn: Connection, origin_id: str, clock: HybridClock, seq_last: int, now_ms: int
    ) -> None:
        self.conn = conn
        self.origin_id = origin_id  # the log origin this database writes under
        self.clock = clock
        self.seq_last = seq_last
        self.now_ms = now_ms
        self.changed = Changed()

    @property
    def issuing_prefix(self) -> str:
        """The prefix of the card numbers and barcodes this database issues now."""
        return device_prefix(self.origin_id)

    def _spec(self, entity: str, kind: Kind, fields: dict[str, Any]) -> EntitySpec:
        spec = ENTITIES[entity]
        if spec.kind is not kind:
            raise ValueError(f"{entity} is a {spec.kind}, not a {kind}")
        unknown = set(fields) - spec.fields
        if unknown:
            raise ValueError(f"{entity} has no fields {sorted(unknown)}")
        return spec

    def _record(
        self, entity: str, entity_id: str, op: Op, fields: dict[str, JsonValue], seen: int = 0
    ) -> Change:
        self._after(seen)
        clean = syncable(fields)
        self.seq_last += 1
        change = Change(
            self.origin_id,
            self.seq_last,
            self.clock.now(),
            entity,
            entity_id,
            op,
            clean,
            seen,
        )
        self.changed.merge(store_and_apply(self.conn, [change], self.now_ms, known_new=True))
        return change

    def _after(self, seen: int) -> None:
        """An edit comes after what its writer saw, even on a laptop whose date is behind (a
        stamp far ahead of anything this laptop holds as real time is not taken in)."""
        if seen:
            self.clock.observe(seen, wall_ms_of(self.clock.last))

    def upsert(self, entity: str, entity_id: str, fields: dict[str, JsonValue]) -> Change:
        """Write these fields of an editable record (creating it if new)."""
        spec = self._spec(entity, Kind.RECORD, fields)
        seen = self.conn.execute(_seen_query(spec.name), {"id": entity_id}).scalar()
        return self._record(entity, entity_id, Op.UPSERT, fields, int(seen or 0))

    def upsert_many(
        self, entity: str, rows: Sequence[tuple[str, dict[str, JsonValue]]]
    ) -> list[Change]:
        """``upsert`` for many records at once (imports): the same changes, one per record,
        logged and merged together."""
        spec = ENTITIES[entity]
        for _, fields in rows:
            self._spec(entity, Kind.RECORD, fields)
        rows = [(entity_id, syncable(fields)) for entity_id, fields in rows]
        ids = [entity_id for entity_id, _ in rows]
        seen: dict[str, int] = {}
        for start in range(0, len(ids), _CHUNK):
            query = select(spec.table.c.id, spec.table.c.updated_hlc).where(
                spec.table.c.id.in_(ids[start : start + _CHUNK])
            )
            seen.update((row[0], int(row[1] or 0)) for row in self.conn.execute(query))
        changes = []
        for entity_id, fields in rows:
            self._after(seen.get(entity_id, 0))
            self.seq_last += 1
            stamp = self.clock.now()
            changes.append(
                Change(
                    self.origin_id,
                    self.seq_last,
                    stamp,
                    entity,
                    entity_id,
                    Op.UPSERT,
                    fields,
                    seen.get(entity_id, 0),
                )
            )
            seen[entity_id] = stamp  # a second edit of the same record has seen the first
        if changes:
            self.changed.merge(store_and_apply(self.conn, changes, self.now_ms, known_new=True))
        return changes

    def delete(self, entity: str, entity_id: str, erase: list[str]) -> Change:
        """Tombstone a record; the named fields are erased on every device for good."""
        self._spec(entity, Kind.RECORD, dict.fromkeys(erase))
        return self._record(entity, entity_id, Op.DELETE, dict.fromkeys(erase))

    def fact(self, entity: str, entity_id: str, fields: dict[str, JsonValue]) -> Change:
        """Record an append-only fact (a visit, a loan, a return)."""
        self._spec(entity, Kind.FACT, fields)
        return self._record(entity, entity_id, Op.FACT, fields)

    def save_counters(self) -> None:
        """Persist the sequence and clock in the same transaction as the changes they stamped."""
        self.conn.execute(_COUNTERS, {"seq": self.seq_last, "hlc": self.clock.last})
