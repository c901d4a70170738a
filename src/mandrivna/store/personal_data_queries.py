"""Everything the library holds about one reader, for the reader's own copy (a subject-access
request): the registration record, re-registrations, loans with titles, events attended,
reference help, course enrolments and electronic loans, under every card merged into the
reader's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, text

from mandrivna.core.reader import READER_FIELDS
from mandrivna.store import directory_queries

_SECTIONS = {
    "reregistrations": (
        "SELECT year, day, hub FROM reregistration WHERE reader_id IN :ids ORDER BY year"
    ),
    "loans": (
        "SELECT l.lent_on, l.due_on, l.returned_on, l.hub, c.barcode, b.title "
        "FROM loan l LEFT JOIN book_copy c ON c.id = l.copy_id "
        "LEFT JOIN bib_record b ON b.id = c.record_id "
        "WHERE l.reader_id IN :ids ORDER BY l.lent_on"
    ),
    "events": (
        "SELECT e.starts_at, e.title, k.hub FROM event_checkin k "
        "JOIN library_event e ON e.id = k.event_id WHERE k.reader_id IN :ids ORDER BY e.starts_at"
    ),
    "reference_help": (
        "SELECT day, kind, topic, channel, outcome, hub FROM consultation "
        "WHERE reader_id IN :ids ORDER BY day"
    ),
    "electronic_loans": (
        "SELECT day, kind, title, url, hub FROM e_loan WHERE reader_id IN :ids ORDER BY day"
    ),
    "courses": (
        "SELECT c.title, n.enrolled_on, n.withdrawn FROM course_enrollment n "
        "JOIN course c ON c.id = n.course_id WHERE n.reader_id IN :ids AND n.deleted = 0"
    ),
}


def personal_data(conn: Connection, reader_id: str) -> dict[str, Any] | None:
    reader_id, group = directory_queries.reader_group(conn, reader_id)
    row = (
        conn.execute(
            text(f"SELECT {', '.join(READER_FIELDS)} FROM reader WHERE id = :id AND deleted = 0"),
            {"id": reader_id},
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    out: dict[str, Any] = {"reader": dict(row)}
    for section, sql in _SECTIONS.items():
        query = text(sql).bindparams(bindparam("ids", expanding=True))
        found = conn.execute(query, {"ids": sorted(group)}).mappings()
        out[section] = [dict(r) for r in found]
    return out
