"""Reads for the reader's page: visits by channel in a year, events attended, course progress
and the history of blocks (from the change log: every block and unblock is a change that
synced, with its stamp)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, text

from mandrivna.core import json_text
from mandrivna.core.hlc import wall_ms_of
from mandrivna.core.reader_activity import AttendedEvent, BlockChange, CourseProgress


def visits_by_channel(conn: Connection, reader_id: str, year: int) -> dict[str, int]:
    rows = conn.execute(
        text(
            "SELECT channel, sum(count) FROM visit WHERE reader_id = :id "
            "AND day >= :start AND day < :end GROUP BY channel"
        ),
        {"id": reader_id, "start": f"{year}-01-01", "end": f"{year + 1}-01-01"},
    )
    return {channel: int(total or 0) for channel, total in rows}


def events_attended(conn: Connection, reader_id: str) -> list[AttendedEvent]:
    """Events (not course sessions) the reader was checked in at, latest first."""
    rows = conn.execute(
        text(
            "SELECT e.starts_at, e.title, e.hub FROM event_checkin k "
            "JOIN library_event e ON e.id = k.event_id "
            "WHERE k.reader_id = :id AND e.deleted = 0 AND e.course_id IS NULL "
            "ORDER BY e.starts_at DESC"
        ),
        {"id": reader_id},
    )
    return [AttendedEvent((day or "")[:10], title or "", hub) for day, title, hub in rows]


def course_progress(conn: Connection, reader_id: str) -> list[CourseProgress]:
    rows = conn.execute(
        text(
            "SELECT c.title, c.sessions_required, n.withdrawn, "
            "(SELECT count(*) FROM library_event e WHERE e.course_id = c.id AND e.deleted = 0), "
            "(SELECT count(DISTINCT k.event_id) FROM event_checkin k "
            " JOIN library_event e ON e.id = k.event_id "
            " WHERE k.reader_id = :id AND e.course_id = c.id AND e.deleted = 0) "
            "FROM course_enrollment n JOIN course c ON c.id = n.course_id "
            "WHERE n.reader_id = :id AND n.deleted = 0 AND c.deleted = 0 ORDER BY n.enrolled_on"
        ),
        {"id": reader_id},
    )
    return [
        CourseProgress(title or "", int(attended), int(required or sessions), bool(withdrawn))
        for title, required, withdrawn, sessions, attended in rows
    ]


def block_history(conn: Connection, reader_id: str) -> list[BlockChange]:
    """Every change of the reader's ``blocked`` field, latest first, dated by its stamp."""
    rows = conn.execute(
        text(
            "SELECT hlc, fields FROM change_log WHERE entity = 'reader' AND entity_id = :id "
            "ORDER BY hlc DESC, device_id"
        ),
        {"id": reader_id},
    )
    out = []
    for stamp, fields in rows:
        values = json_text.loads(fields) if isinstance(fields, str) else fields
        if not isinstance(values, dict) or "blocked" not in values:
            continue
        day = dt.datetime.fromtimestamp(wall_ms_of(stamp) / 1000, dt.UTC).date().isoformat()
        out.append(BlockChange(day, bool(values["blocked"]), values.get("block_reason")))
    return out
