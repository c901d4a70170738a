"""Records' states as snapshots brought them: the start of a record computed again.

A snapshot brings records as merged states and, unlike a pull, keeps no copy of them in the
change log (that copy is most of what a pull writes). But ``replica.replay`` computes a record
again from the log (after this laptop's own unsent edits were given new stamps, or moved to a
new origin), and from the log alone a record that came by snapshot would lose every field the
snapshot brought. So replay starts from the record's *base*: what snapshots brought of it. The
same result as if the log had always held what the snapshots brought.

A record no change in the log touched holds nothing but what snapshots brought: its row *is*
its base, and nothing is written for it (a copy of every record a catch-up brings would be a
sixth of its work and of the file). The moment a first change of such a record is logged
(``capture``, before the log is written), its row is kept as its base. Once a record's changes
are in the log, each state a snapshot brings is merged into its base here (the same field-by-
field merge; a record written once keeps its one stamp, as the snapshot's short form has it).
An erasure scrubs the base like the log. Local, never synced. Runs in the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from mandrivna.core import json_text
from mandrivna.core.change import Change
from mandrivna.core.merge import (
    DELETED_FIELD,
    TOMBSTONE_HLC,
    RecordState,
    full_stamps,
    merge_record,
    merge_state,
)
from mandrivna.store import bulk_sql, record_rows
from mandrivna.store.entities import ENTITIES, EntitySpec, Kind

CHUNK = 500
_UPSERT = (
    "INSERT INTO record_base (entity, entity_id, fields, stamps) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (entity, entity_id) DO UPDATE SET fields = excluded.fields, "
    "stamps = excluded.stamps"
)
# Whether any base or any logged change of an entity is held (two look-ups of an index's start).
_ANY_HELD = (
    "SELECT EXISTS (SELECT 1 FROM record_base WHERE entity = ?) "
    "OR EXISTS (SELECT 1 FROM change_log WHERE entity = ?)"
)
_stdlib_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _dumps(value: Any, sort: bool = False) -> str:
    try:
        return json_text.dumps_sorted(value) if sort else json_text.dumps(value)
    except TypeError:  # an integer orjson refuses: the standard library's text
        return _stdlib_dumps(dict(sorted(value.items())) if sort else value)


def load(conn: Connection, entity: str, ids: Sequence[str]) -> dict[str, RecordState]:
    """The bases held for these records of ``entity`` (none for a record no snapshot brought)."""
    bases: dict[str, RecordState] = {}
    loads = json_text.loads_stored
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        for entity_id, fields, stamps in bulk_sql.fetch(
            conn,
            f"SELECT entity_id, fields, stamps FROM record_base "
            f"WHERE entity = ? AND entity_id IN ({marks})",
            (entity, *chunk),
        ):
            values = loads(fields)
            bases[entity_id] = RecordState(values, full_stamps(values, loads(stamps)))
    return bases


def _write(conn: Connection, entity: str, bases: dict[str, RecordState]) -> None:
    bulk_sql.insert_rows_sql(
        conn,
        _UPSERT,
        [
            (entity, entity_id, _dumps(base.values), _dumps(base.stamps, sort=True))
            for entity_id, base in bases.items()
        ],
    )


def _logged(conn: Connection, entity: str, ids: Sequence[str]) -> set[str]:
    """Which of these records of ``entity`` have a change in the log."""
    found: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        found.update(
            row[0]
            for row in bulk_sql.fetch(
                conn,
                f"SELECT DISTINCT entity_id FROM change_log "
                f"WHERE entity = ? AND entity_id IN ({marks})",
                (entity, *chunk),
            )
        )
    return found


def keep(conn: Connection, entity: str, states: Sequence[tuple[str, Change | RecordState]]) -> None:
    """Merge what a snapshot brought of these records (a whole state, or the one change a
    short-stamped record stands for) into the bases of those that have one or whose changes the
    log holds. Any other's base is its row, which the snapshot's merge brings up to date."""
    if not states or not bulk_sql.fetch(conn, _ANY_HELD, (entity, entity))[0][0]:
        return  # a new laptop's catch-up: no base and no logged change of this entity at all
    ids = list(dict.fromkeys(entity_id for entity_id, _ in states))
    bases = load(conn, entity, ids)
    logged = _logged(conn, entity, [entity_id for entity_id in ids if entity_id not in bases])
    if not bases and not logged:  # a catch-up's pages: nothing to keep
        return
    once = len(ids) == len(states)
    rows: list[tuple[str, str, str, str]] = []  # bases new here, written as they came
    for entity_id, incoming in states:
        if entity_id not in bases and entity_id not in logged:
            continue
        if once and entity_id not in bases:
            if isinstance(incoming, Change):
                stamp = _dumps([incoming.hlc, incoming.device_id, incoming.seen])  # on each field
                rows.append((entity, entity_id, _dumps(incoming.fields), stamp))
            else:
                values = {name: incoming.values.get(name) for name in incoming.stamps}
                rows.append((entity, entity_id, _dumps(values), _dumps(incoming.stamps, sort=True)))
            continue
        base = bases.setdefault(entity_id, RecordState())
        if isinstance(incoming, Change):
            merge_record(base, incoming)
        else:
            merge_state(base, incoming)
    bulk_sql.insert_rows_sql(conn, _UPSERT, rows)
    _write(conn, entity, bases)


def capture(conn: Connection, changes: Sequence[Change]) -> None:
    """Before ``changes`` go into the log: each record they touch that is held here with no
    change in the log and no base (nothing but snapshots wrote it) gets its row as its base,
    which from now on is no longer what snapshots alone brought."""
    by_entity: dict[str, set[str]] = {}
    for change in changes:
        by_entity.setdefault(change.entity, set()).add(change.entity_id)
    for name, touched in by_entity.items():
        spec = ENTITIES.get(name)
        if spec is None or spec.kind is not Kind.RECORD:
            continue
        ids = sorted(touched)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            unlogged = [
                row[0]
                for row in bulk_sql.fetch(
                    conn,
                    f"SELECT t.id FROM {spec.table.name} AS t WHERE t.id IN ({marks}) "
                    "AND NOT EXISTS (SELECT 1 FROM record_base AS b "
                    "WHERE b.entity = ? AND b.entity_id = t.id) "
                    "AND NOT EXISTS (SELECT 1 FROM change_log AS l "
                    "WHERE l.entity = ? AND l.entity_id = t.id)",
                    (*chunk, name, name),
                )
            ]
            if unlogged:
                _keep_rows(conn, spec, unlogged)


def _keep_rows(conn: Connection, spec: EntitySpec, ids: Sequence[str]) -> None:
    """These records' rows kept as their bases (all that is in them came by snapshots)."""
    rows = record_rows.load_states(conn, spec, ids)
    _write(
        conn,
        spec.name,
        {
            entity_id: RecordState(
                {field: state.values.get(field) for field in state.stamps}, state.stamps
            )
            for entity_id, state in rows.items()
        },
    )


def scrub(conn: Connection, entity: str, entity_id: str, fields: Sequence[str]) -> None:
    """An erased record's erased fields leave its base too (they are personal data)."""
    base = load(conn, entity, [entity_id]).get(entity_id)
    if base is None or not any(base.values.get(name) is not None for name in fields):
        return
    for name in fields:
        if name in base.values:
            base.values[name] = None
    _write(conn, entity, {entity_id: base})


def keep_unlogged_rows(conn: Connection) -> None:
    """For the records already on this laptop that no change in its log touched: their rows are
    exactly what snapshots brought, so their bases are the rows (migration 0016; since then such
    a record's base is left implicit until ``capture``)."""
    for spec in ENTITIES.values():
        if spec.kind is not Kind.RECORD:
            continue
        ids = [
            row[0]
            for row in bulk_sql.fetch(
                conn,
                f"SELECT id FROM {spec.table.name} AS t WHERE NOT EXISTS "
                "(SELECT 1 FROM change_log AS l WHERE l.entity = ? AND l.entity_id = t.id)",
                (spec.name,),
            )
        ]
        for start in range(0, len(ids), CHUNK):
            _keep_rows(conn, spec, ids[start : start + CHUNK])


def _log_stamps(
    conn: Connection, entity: str, ids: Sequence[str]
) -> dict[str, dict[str, set[tuple[int, str]]]]:
    """For each of these records, each field's stamps ``(hlc, device)`` that a change in the
    log gives it (a delete's fields the tombstone's stamp, as the merge gives them)."""
    found: dict[str, dict[str, set[tuple[int, str]]]] = {}
    loads = json_text.loads_stored
    marks = ", ".join("?" * len(ids))
    for entity_id, hlc, device, op, fields in bulk_sql.fetch(
        conn,
        f"SELECT entity_id, hlc, device_id, op, fields FROM change_log "
        f"WHERE entity = ? AND entity_id IN ({marks})",
        (entity, *ids),
    ):
        names = list(loads(fields))
        if op == "d":
            hlc = TOMBSTONE_HLC
            names.append(DELETED_FIELD)
        record = found.setdefault(entity_id, {})
        for name in names:
            record.setdefault(name, set()).add((int(hlc), str(device)))
    return found


def keep_unexplained_fields(conn: Connection) -> None:
    """For the records already on this laptop that changes in its log touched: each field
    whose stamp no change in the log gives it came by a snapshot (before bases were kept), so
    its value and stamp join the record's base (migration 0017; 0016 did the records no
    change touched). A field the log explains needs no base: replay gives it again."""
    for name, spec in ENTITIES.items():
        if spec.kind is not Kind.RECORD:
            continue
        # first, in SQL: the records with a field whose stamp no logged change of theirs gives
        # (most of a laptop's records have none: their log explains them), then exactly below
        ids = [
            row[0]
            for row in bulk_sql.fetch(
                conn,
                f"SELECT DISTINCT t.id FROM {spec.table.name} AS t, json_each(CASE WHEN "
                "json_type(t.stamps) = 'object' THEN t.stamps ELSE '{}' END) AS s "
                "WHERE EXISTS (SELECT 1 FROM change_log AS l0 "
                "WHERE l0.entity = ?1 AND l0.entity_id = t.id) "
                "AND NOT EXISTS (SELECT 1 FROM change_log AS l "
                "WHERE l.entity = ?1 AND l.entity_id = t.id AND l.device_id = s.value ->> 1 "
                "AND (CASE WHEN l.op = 'd' THEN ?2 ELSE l.hlc END) = s.value ->> 0 "
                "AND (s.key = ?3 OR json_type(l.fields, '$.' || s.key) IS NOT NULL)) "
                # rows whose fields all carry one stamp (``record_rows.stamps_text``): below
                f"UNION SELECT t.id FROM {spec.table.name} AS t "
                "WHERE json_type(t.stamps) = 'array' AND EXISTS (SELECT 1 FROM change_log AS l0 "
                "WHERE l0.entity = ?1 AND l0.entity_id = t.id)",
                (name, TOMBSTONE_HLC, DELETED_FIELD),
            )
        ]
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            rows = record_rows.load_states(conn, spec, chunk)
            logged = _log_stamps(conn, name, chunk)
            unexplained: list[tuple[str, Change | RecordState]] = []
            for entity_id, state in rows.items():
                given = logged.get(entity_id, {})
                fields = [
                    field
                    for field, stamp in state.stamps.items()
                    if (int(stamp[0]), str(stamp[1])) not in given.get(field, ())
                ]
                if fields:
                    unexplained.append(
                        (
                            entity_id,
                            RecordState(
                                {field: state.values.get(field) for field in fields},
                                {field: state.stamps[field] for field in fields},
                            ),
                        )
                    )
            keep(conn, name, unexplained)
