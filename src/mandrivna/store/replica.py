"""Stores changes in the change log and merges them into the replicated tables.

Local writes (``change_writer``) and changes received by sync go through the same
``store_and_apply``, so every device computes its tables with the same code from the same log.
A change already held (same device and sequence) is skipped, so applying twice changes nothing.
Runs inside the caller's transaction, on whichever thread holds the connection.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from mandrivna.core.change import Change, Changed, Op
from mandrivna.core.merge import (
    DELETED_FIELD,
    TOMBSTONE_HLC,
    FieldConflict,
    RecordState,
    merge_record,
    merge_state,
)
from mandrivna.store import (
    bulk_sql,
    catch_up_backlog,
    collection_pause,
    fresh_records,
    loan_projection,
    record_bases,
    record_rows,
    search_index,
    tables,
)
from mandrivna.store.entities import ENTITIES, LEGACY_VALUES, EntitySpec, Kind
from mandrivna.store.fact_rows import fact_columns, fact_rows, loan_events_copies
from mandrivna.store.fresh_records import Incoming

CHUNK = 500
# Records new here go through ``fresh_records`` (tests turn it off to compare the two paths).
FRESH_PATH = True
# Set on a connection whose transaction erased personal data (see ``erased_in``).
ERASED = "mandrivna_erased"
_log = tables.change_log
_conflicts = tables.conflict


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _new_changes(conn: Connection, changes: Sequence[Change]) -> list[Change]:
    """Drop changes the log already holds, and duplicates within the batch.

    One range scan of the primary key per device in the batch."""
    unique = list({change.key: change for change in changes}.values())
    by_device: dict[str, list[int]] = defaultdict(list)
    for change in unique:
        by_device[change.device_id].append(change.seq)
    held: set[tuple[str, int]] = set()
    for device_id, seqs in by_device.items():
        rows = conn.execute(
            select(_log.c.seq).where(
                _log.c.device_id == device_id, _log.c.seq.between(min(seqs), max(seqs))
            )
        )
        held.update((device_id, r[0]) for r in rows)
    return [c for c in unique if c.key not in held]


def store_and_apply(
    conn: Connection,
    changes: Sequence[Change],
    now_ms: int,
    known_new: bool = False,
    loans_later: bool = False,
) -> Changed:
    """Keep the new ones of ``changes`` in the log and merge them into the tables.

    ``known_new`` skips the look-up for changes already held: for this device's own new writes,
    whose sequence numbers were just issued. ``loans_later``: the copies loan events name wait
    in the catch-up's backlog instead of having their loans worked out now (a catch-up, whose
    events' index by copy may be left out until its end)."""
    fresh = list(changes) if known_new else _new_changes(conn, changes)
    result = Changed()
    if not fresh:
        return result
    with collection_pause.paused(len(fresh)):
        _store(conn, fresh, now_ms, result, loans_later)
    return result


def _store(
    conn: Connection, fresh: list[Change], now_ms: int, result: Changed, loans_later: bool = False
) -> None:
    record_bases.capture(conn, fresh)  # a record only snapshots wrote: its row, before the log
    bulk_sql.insert_log(conn, fresh, now_ms)
    result.stored = len(fresh)
    by_entity: dict[str, list[Change]] = defaultdict(list)
    for change in fresh:
        by_entity[change.entity].append(change)
    for name, entity_changes in by_entity.items():
        spec = ENTITIES.get(name)
        if spec is None:
            continue  # written by a newer app version: kept in the log, shown after an update
        if spec.kind is Kind.FACT:
            _apply_facts(conn, spec, entity_changes, result, loans_later)
        else:
            _apply_records(conn, spec, entity_changes, result, now_ms)


def _apply_facts(
    conn: Connection,
    spec: EntitySpec,
    changes: list[Change],
    out: Changed,
    loans_later: bool = False,
) -> None:
    rows = fact_rows(spec, changes)
    out.entities[spec.name].update(row[0] for row in rows)
    if not rows:
        return
    columns = fact_columns(spec.name)
    if spec.name != "loan_event":
        bulk_sql.merge_facts(conn, spec.table, columns, rows)
        return
    # the loans of every copy an event names, before or after the merge, are computed again
    copies = loan_events_copies(conn, changes, rows)
    bulk_sql.merge_facts(conn, spec.table, columns, rows)
    if loans_later:
        catch_up_backlog.defer_loans(conn, copies)
    else:
        loan_projection.refresh(conn, copies)


def _merge(state: RecordState, incoming: Incoming) -> list[FieldConflict]:
    """Merge one incoming change or whole state (a snapshot's) into a record's state."""
    if isinstance(incoming, Change):
        return merge_record(state, incoming)[1]
    return merge_state(state, incoming)


def _apply_records(
    conn: Connection,
    spec: EntitySpec,
    changes: list[Change],
    out: Changed,
    now_ms: int,
    from_scratch: bool = False,
) -> None:
    """Merge record changes into their rows (``from_scratch``: into empty states, the rows
    rewritten in place so that their search-index rowids stay)."""
    merges: list[tuple[str, Incoming]] = []
    for change in changes:
        if change.op not in (Op.UPSERT, Op.DELETE):
            continue
        merges.append((change.entity_id, _known(spec, change)))
    _merge_records(conn, spec, merges, out, now_ms, from_scratch)


def _known(spec: EntitySpec, change: Change) -> Change:
    """``change`` with only the fields this version knows (a newer app may write more), its
    values as this version stores them (the change itself when that is what it holds)."""
    fields = _known_fields(spec, change.fields)
    return change if fields is change.fields else replace(change, fields=fields)


def _known_fields(spec: EntitySpec, fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with only those this version knows, their values as this version stores them
    (``fields`` itself, not a copy, when nothing is left out or told anew)."""
    if not spec.fields.issuperset(fields):
        fields = {k: v for k, v in fields.items() if k in spec.fields}
    legacy = LEGACY_VALUES.get(spec.name)
    return _current_values(legacy, fields) if legacy else fields


def _merge_records(
    conn: Connection,
    spec: EntitySpec,
    merges: list[tuple[str, Incoming]],
    out: Changed,
    now_ms: int,
    from_scratch: bool = False,
    catching_up: bool = False,
) -> None:
    """The one merge loop of records, for changes and snapshot states alike: each merge into
    the record's state, an erased record's traces removed, the rows and the search index
    written, conflicts kept (but none of erased fields). Records new here that arrive once,
    live, are written in one pass by ``fresh_records`` (the same rows and entries;
    ``catching_up``: new copies' records indexed again at the catch-up's end)."""
    ids = list(dict.fromkeys(entity_id for entity_id, _ in merges))
    # computed again: from what snapshots brought (the log holds the rest)
    states = (
        record_bases.load(conn, spec.name, ids)
        if from_scratch
        else record_rows.load_states(conn, spec, ids)
    )
    if not from_scratch and FRESH_PATH:
        merges, ids = _write_fresh(conn, spec, merges, ids, states, out, catching_up)
    conflict_rows: list[dict[str, Any]] = []
    for entity_id, incoming in merges:
        state = states.setdefault(entity_id, RecordState())
        for c in _merge(state, incoming):
            conflict_rows.append(_conflict_row(spec.name, entity_id, c, now_ms))
        if state.deleted:  # a delete, or an edit arriving after one: no erased data anywhere
            _erase_traces(conn, spec.name, entity_id, state)
    if ids:
        make = record_rows.row_maker(spec.name)
        rows = [make(entity_id, states[entity_id]) for entity_id in ids]
        bulk_sql.upsert(conn, spec.table, record_rows.columns(spec.name), rows)
        search_index.refresh(conn, spec.name, ids)
    conflict_rows = _not_erased(conflict_rows, states)
    if conflict_rows:
        conn.execute(sqlite_insert(_conflicts).on_conflict_do_nothing(), conflict_rows)
    out.entities[spec.name].update(ids)
    out.conflicts += len(conflict_rows)


def _write_fresh(
    conn: Connection,
    spec: EntitySpec,
    merges: list[tuple[str, Incoming]],
    ids: list[str],
    states: dict[str, RecordState],
    out: Changed,
    catching_up: bool = False,
) -> tuple[list[tuple[str, Incoming]], list[str]]:
    """Write the records new here that arrive once and live; return the merges and ids left."""
    if len(ids) == len(states):  # every one held: nothing new
        return merges, ids
    once = len(ids) == len(merges)
    if not once:
        counts = Counter(entity_id for entity_id, _ in merges)
    fresh: list[tuple[str, Incoming]] = []
    rest: list[tuple[str, Incoming]] = []
    for entity_id, incoming in merges:
        if (
            entity_id not in states
            and (once or counts[entity_id] == 1)
            and fresh_records.is_plain(incoming)
        ):
            fresh.append((entity_id, incoming))
        else:
            rest.append((entity_id, incoming))
    if not fresh:
        return merges, ids
    fresh_records.write(conn, spec.name, fresh, catching_up)
    out.entities[spec.name].update(entity_id for entity_id, _ in fresh)
    return rest, list(dict.fromkeys(entity_id for entity_id, _ in rest))


def replay(conn: Connection, touched: dict[str, set[str]], now_ms: int) -> Changed:
    """Compute these records and facts anew from every change of them in the log (after their
    changes were given new stamps or moved to another origin): the same result as if the log
    had always held the changes as they are now. Unresolved conflicts of those records are
    detected again.

    A fact held in its table under another device's stamp stays and competes with the log's
    (the lowest stamp kept, as always): it may be one a catch-up wrote without a copy in the
    log (``caught_up_facts``), and a fact's id can be the same on every laptop (a reader's visit
    of the day, a check-in). Only this laptop's own versions, whose stamps just changed, go."""
    result = Changed()
    own = [row[0] for row in conn.execute(select(tables.own_origin.c.origin_id))]
    for name, ids in touched.items():
        spec = ENTITIES.get(name)
        if spec is None or not ids:
            continue
        for chunk in _chunks(sorted(ids)):
            if spec.kind is Kind.FACT:
                table = spec.table
                conn.execute(
                    table.delete().where(table.c.id.in_(chunk), table.c.device_id.in_(own))
                )
            else:
                conn.execute(
                    _conflicts.delete().where(
                        _conflicts.c.entity == name,
                        _conflicts.c.entity_id.in_(chunk),
                        _conflicts.c.resolved_at_ms.is_(None),
                    )
                )
            rows = conn.execute(
                select(
                    _log.c.device_id,
                    _log.c.seq,
                    _log.c.hlc,
                    _log.c.entity,
                    _log.c.entity_id,
                    _log.c.op,
                    _log.c.fields,
                    _log.c.seen,
                )
                .where(_log.c.entity == name, _log.c.entity_id.in_(chunk))
                .order_by(_log.c.hlc, _log.c.device_id, _log.c.seq)
            )
            changes = [Change(r[0], r[1], r[2], r[3], r[4], Op(r[5]), r[6], r[7]) for r in rows]
            if not changes:
                continue
            if spec.kind is Kind.FACT:
                _apply_facts(conn, spec, changes, result)
            else:
                _apply_records(conn, spec, changes, result, now_ms, from_scratch=True)
    return result


def apply_states(
    conn: Connection,
    states: Sequence[tuple[str, str, dict[str, Any], dict[str, Any] | Sequence[Any]]],
    now_ms: int,
    catching_up: bool = False,
) -> Changed:
    """Merge whole record states from a snapshot (entity, id, fields, stamps), field by field
    with their stamps: the same result as replaying the changes behind them. A record's stamps
    may be one stamp that every field carries (``wire.SnapshotPage``'s short form): unless it
    is a tombstone's, that record merges as the one change that wrote all its fields would.
    ``catching_up`` (a catch-up's pages): the catalogue records of copies new here are indexed
    again once, when the catch-up ends (``catch_up_backlog``), not at every page of copies."""
    result = Changed()
    by_entity: dict[str, list[tuple[str, Incoming]]] = defaultdict(list)
    for entity, entity_id, values, stamps in states:
        spec = ENTITIES.get(entity)
        if spec is None or spec.kind is not Kind.RECORD:
            continue
        if not isinstance(stamps, dict):
            hlc, device, seen = stamps
            if int(hlc) < TOMBSTONE_HLC and DELETED_FIELD not in values:
                values = _known_fields(spec, values)
                change = Change(device, 0, hlc, entity, entity_id, Op.UPSERT, values, seen)
                by_entity[entity].append((entity_id, change))
                continue
            stamps = {name: [hlc, device, seen] for name in values}
        remote = RecordState(dict(values), dict(stamps))
        known = spec.fields | {DELETED_FIELD}
        if not known.issuperset(remote.stamps):  # as replay does: only fields known here
            remote = RecordState(
                {k: v for k, v in remote.values.items() if k in known},
                {k: v for k, v in remote.stamps.items() if k in known},
            )
        if entity in LEGACY_VALUES:
            remote.values = _current_values(LEGACY_VALUES[entity], remote.values)
        by_entity[entity].append((entity_id, remote))
    with collection_pause.paused(len(states)):
        for name, merges in by_entity.items():
            record_bases.keep(conn, name, merges)  # first: an erasure found below scrubs it too
            _merge_records(conn, ENTITIES[name], merges, result, now_ms, catching_up=catching_up)
    return result


def _erased(state: RecordState) -> list[str]:
    """The fields a tombstone erased for good."""
    return sorted(
        name
        for name, stamp in state.stamps.items()
        if int(stamp[0]) >= TOMBSTONE_HLC and name != DELETED_FIELD
    )


_SCALARS = (str, int, float, bool)  # a tuple made once (``str | int`` is a new union each time)


def _current_values(legacy: dict[str, dict[Any, Any]], fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with the values an older app wrote (``legacy``: field → old value → value)
    as this version stores them; ``fields`` itself when it holds none."""
    current = fields
    for name, values in legacy.items():
        value = fields.get(name)
        if isinstance(value, _SCALARS) and value in values:
            if current is fields:
                current = dict(fields)
            current[name] = values[value]
    return current


def _erase_traces(conn: Connection, entity: str, entity_id: str, state: RecordState) -> None:
    """An erased record's fields leave the change log and the conflict queue, and the
    write-ahead log is folded back once the transaction commits (``Database`` does it)."""
    erased = _erased(state)
    if not erased:
        return
    bulk_sql.scrub_log(conn, entity, entity_id, erased)
    bulk_sql.scrub_conflicts(conn, entity, entity_id, erased)
    record_bases.scrub(conn, entity, entity_id, erased)
    conn.info[ERASED] = True


def erased_in(conn: Connection) -> bool:
    """Whether the transaction on ``conn`` erased data (and forget it: asked once, at its end)."""
    return bool(conn.info.pop(ERASED, False))


def _not_erased(rows: list[dict[str, Any]], states: dict[str, RecordState]) -> list[dict[str, Any]]:
    """Conflict rows, without those of fields a tombstone erased (found in the same batch)."""
    erased = {
        entity_id: set(_erased(state)) for entity_id, state in states.items() if state.deleted
    }
    return [row for row in rows if row["field"] not in erased.get(row["entity_id"], ())]


def _conflict_row(entity: str, entity_id: str, c: FieldConflict, now_ms: int) -> dict[str, Any]:
    return {
        "entity": entity,
        "entity_id": entity_id,
        "field": c.field,
        "kept_value": c.kept_value,
        "kept_hlc": c.kept_stamp[0],
        "kept_device": c.kept_stamp[1],
        "lost_value": c.lost_value,
        "lost_hlc": c.lost_stamp[0],
        "lost_device": c.lost_stamp[1],
        "detected_at_ms": now_ms,
    }
