"""The reports' precomputed figures: each day's and each month's additive figures per hub
(``report_day``, ``report_month``) and the months of a year each reader was served or
registered at each hub (``report_reader_month``), so a report over whole months reads a few
thousand rows instead of millions of facts.

They are never synced and never edited in place: triggers (migration 0014) mark the day of
every fact written, replaced or removed, and the days of a reader's registration when it
changes, as stale (a big pulled page marks its days once instead, ``report_marks``);
``refresh``, run before a report, computes the stale days (and their months)
again from the facts, in one transaction. A report over other periods (any days) counts from
the facts (``report_queries``); tests check both agree.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Connection, text

from mandrivna.core.report_counting import EDUCATIONAL_TOPICS, ByHub

# Facts naming a reader served (a month of service for ``report_reader_month``).
_WITH_READER = ("visit", "loan_event", "e_loan", "consultation", "event_checkin", "reregistration")
YEAR_BIT = 1 << 12  # registered for the year, on a day not known
_CHUNK = 400

_DAY_FIGURES = """
INSERT INTO report_day (day, hub, figure, count)
SELECT day, hub, 'visits.' || channel, SUM(count) FROM visit WHERE day IN ({days})
  GROUP BY day, hub, channel
UNION ALL
SELECT day, hub, 'loans.' || kind, COUNT(*) FROM loan_event
  WHERE day IN ({days}) AND kind IN ('lend', 'renew') GROUP BY day, hub, kind
UNION ALL
SELECT day, hub, 'e_loans.' || kind, COUNT(*) FROM e_loan WHERE day IN ({days})
  GROUP BY day, hub, kind
UNION ALL
SELECT day, hub, 'consultations.' || kind, COUNT(*) FROM consultation WHERE day IN ({days})
  GROUP BY day, hub, kind
UNION ALL
SELECT day, hub, 'consultations.educational', COUNT(*) FROM consultation
  WHERE day IN ({days}) AND kind = 'consultation' AND EXISTS (
    SELECT 1 FROM json_each(COALESCE(topics, json_array(topic)))
    WHERE value IN (SELECT value FROM json_each(:educational)))
  GROUP BY day, hub
UNION ALL
SELECT day, hub, 'desk.served', SUM(count) FROM person_served WHERE day IN ({days})
  GROUP BY day, hub
UNION ALL
SELECT day, hub, 'desk.in_house', SUM(count) FROM in_house_use WHERE day IN ({days})
  GROUP BY day, hub
"""


def any_stale(conn: Connection) -> bool:
    return conn.execute(text("SELECT 1 FROM report_stale LIMIT 1")).first() is not None


def refresh(conn: Connection, progress: Callable[[int, int], None] | None = None) -> int:
    """Compute every stale day's figures and its months' readers again; how many days.
    ``progress(done, total)`` hears of each step (a chunk of days, a month)."""
    stale = sorted(r[0] for r in conn.execute(text("SELECT day FROM report_stale")))
    if not stale:
        return 0
    months = sorted({day[:7] for day in stale})
    steps = (len(stale) + _CHUNK - 1) // _CHUNK + len(months)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    educational = json.dumps(sorted(EDUCATIONAL_TOPICS))
    for start in range(0, len(stale), _CHUNK):
        chunk = stale[start : start + _CHUNK]
        names = {f"d{i}": day for i, day in enumerate(chunk)}
        days = ", ".join(f":{name}" for name in names)
        conn.execute(text(f"DELETE FROM report_day WHERE day IN ({days})"), names)
        conn.execute(text(_DAY_FIGURES.format(days=days)), {**names, "educational": educational})
        step()
    for month in months:
        _refresh_month(conn, int(month[:4]), int(month[5:7]))
        conn.execute(text("DELETE FROM report_month WHERE month = :month"), {"month": month})
        conn.execute(
            text(
                "INSERT INTO report_month (month, hub, figure, count) "
                "SELECT :month, hub, figure, SUM(count) FROM report_day "
                "WHERE day BETWEEN :month || '-01' AND :month || '-31' GROUP BY hub, figure"
            ),
            {"month": month},
        )
        step()
    for year in sorted({int(day[:4]) for day in stale}):
        _refresh_year_only(conn, year)
    conn.execute(text("DELETE FROM report_reader_month WHERE months = 0"))
    conn.execute(text("DELETE FROM report_stale"))
    return len(stale)


_UPSERT = (
    "INSERT INTO report_reader_month (year, kind, reader_id, hub, months) "
    "SELECT :year, :kind, reader_id, COALESCE(hub, ''), :bit FROM ({rows}) "
    "WHERE reader_id IS NOT NULL "
    "ON CONFLICT (year, kind, reader_id, hub) DO UPDATE SET months = months | excluded.months"
)
_NEW_READERS = (
    "SELECT id AS reader_id, registration_hub AS hub FROM reader "
    "WHERE registered_on BETWEEN :first AND :last"
)


def _refresh_month(conn: Connection, year: int, month: int) -> None:
    bit = 1 << (month - 1)
    first = f"{year:04d}-{month:02d}-01"
    last = f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    conn.execute(
        text(
            "UPDATE report_reader_month SET months = months & ~:bit "
            "WHERE year = :year AND (months & :bit) != 0"
        ),
        {"bit": bit, "year": year},
    )
    served = " UNION ".join(
        [
            *(
                f"SELECT reader_id, hub FROM {table} WHERE day BETWEEN :first AND :last"
                for table in _WITH_READER
            ),
            _NEW_READERS,
        ]
    )
    registered = (
        f"{_NEW_READERS} UNION SELECT reader_id, hub FROM reregistration "
        "WHERE day BETWEEN :first AND :last"
    )
    params = {"year": year, "bit": bit, "first": first, "last": last}
    conn.execute(text(_UPSERT.format(rows=served)), {**params, "kind": "served"})
    conn.execute(text(_UPSERT.format(rows=registered)), {**params, "kind": "registered"})


def _refresh_year_only(conn: Connection, year: int) -> None:
    """Readers whose registration years hold the year (re-registered before the day was
    kept): the year's bit of their registration, at their registration hub."""
    conn.execute(
        text(
            "UPDATE report_reader_month SET months = months & ~:bit "
            "WHERE year = :year AND kind = 'registered' AND (months & :bit) != 0"
        ),
        {"bit": YEAR_BIT, "year": year},
    )
    rows = (
        "SELECT id AS reader_id, registration_hub AS hub FROM reader "
        "WHERE registration_years IS NOT NULL AND EXISTS "
        "(SELECT 1 FROM json_each(registration_years) WHERE value = :year)"
    )
    conn.execute(
        text(_UPSERT.format(rows=rows)), {"year": year, "bit": YEAR_BIT, "kind": "registered"}
    )


def whole_months(start: str, end: str) -> tuple[int, int] | None:
    """(year, month mask) when the period is whole months of one year, else None."""
    y1, m1, d1 = (int(p) for p in start.split("-"))
    y2, m2, d2 = (int(p) for p in end.split("-"))
    if y1 != y2 or d1 != 1 or d2 != calendar.monthrange(y2, m2)[1]:
        return None
    return y1, sum(1 << (m - 1) for m in range(m1, m2 + 1))


def month_figures(conn: Connection, start: str, end: str) -> dict[str, ByHub]:
    """The additive figures of the whole months from ``start`` to ``end``, per figure and hub
    (after ``refresh``)."""
    rows = conn.execute(
        text(
            "SELECT figure, hub, SUM(count) FROM report_month "
            "WHERE month BETWEEN :start AND :end GROUP BY figure, hub"
        ),
        {"start": start[:7], "end": end[:7]},
    )
    out: dict[str, ByHub] = {}
    for figure, hub, count in rows:
        by_hub = out.setdefault(figure, {})
        by_hub[hub] = by_hub.get(hub, 0) + int(count or 0)
    return out


def people_counts(
    conn: Connection,
    year: int,
    kind: str,
    mask: int,
    hub_key: Callable[[str], str],
    merged: Mapping[str, str],
) -> tuple[int, dict[str, int]]:
    """Distinct persons served (or registered) in the months of ``mask`` of a year: in all and
    per hub key. Rows are distinct per reader and written hub, so they are counted in SQL; the
    few rows where that overcounts (a reader merged into another, a hub written several ways)
    are fetched and counted exactly."""
    params = {"year": year, "kind": kind, "mask": mask}
    where = "year = :year AND kind = :kind AND (months & :mask) != 0"
    total = int(
        conn.execute(
            text(f"SELECT COUNT(DISTINCT reader_id) FROM report_reader_month WHERE {where}"),
            params,
        ).scalar()
        or 0
    )
    per_hub: dict[str, int] = {}
    keys: dict[str, str] = {}
    for hub, count in conn.execute(
        text(f"SELECT hub, COUNT(*) FROM report_reader_month WHERE {where} GROUP BY hub"), params
    ):
        keys[hub] = key = hub_key(hub)
        per_hub[key] = per_hub.get(key, 0) + int(count)
    spellings: dict[str, int] = {}
    for key in keys.values():
        spellings[key] = spellings.get(key, 0) + 1
    shared = [w for w, k in keys.items() if spellings[k] > 1]
    groups: dict[str, set[str]] = {}
    for rid, keeper in merged.items():
        groups.setdefault(keeper, {keeper}).add(rid)
    readers = sorted({r for group in groups.values() for r in group})
    if not shared and not readers:
        return total, per_hub
    rows = conn.execute(
        text(
            f"SELECT reader_id, hub FROM report_reader_month WHERE {where} AND "
            "(reader_id IN (SELECT value FROM json_each(:readers)) "
            "OR hub IN (SELECT value FROM json_each(:hubs)))"
        ),
        {**params, "readers": json.dumps(readers), "hubs": json.dumps(shared)},
    ).all()
    ids = {r for r, _ in rows if r in merged or r in groups}
    total -= len(ids) - len({merged.get(r, r) for r in ids})
    fetched: dict[str, int] = {}
    persons: dict[str, set[str]] = {}
    for reader, hub in rows:
        key = keys[hub]
        fetched[key] = fetched.get(key, 0) + 1
        persons.setdefault(key, set()).add(merged.get(reader, reader))
    for key, count in fetched.items():
        per_hub[key] -= count - len(persons[key])
    return total, {k: n for k, n in per_hub.items() if n}


def registered_pairs_sql(
    start: str, end: str, whole_year: int | None
) -> tuple[str, dict[str, Any]]:
    """(reader, hub) for registrations and re-registrations of the period; for a whole year
    also the readers whose registration years hold it."""
    sql = (
        "SELECT id, registration_hub FROM reader WHERE registered_on BETWEEN :start AND :end "
        "UNION ALL SELECT reader_id, hub FROM reregistration WHERE day BETWEEN :start AND :end"
    )
    if whole_year is not None:
        sql += (
            " UNION ALL SELECT id, registration_hub FROM reader WHERE registration_years IS NOT "
            "NULL AND EXISTS (SELECT 1 FROM json_each(registration_years) WHERE value = :year)"
        )
    return sql, {"start": start, "end": end, "year": whole_year}


def count_people(
    conn: Connection,
    pairs: tuple[str, dict[str, Any]],
    hub_key: Mapping[str, str],
    kept: Mapping[str, str],
) -> tuple[int, dict[str, int]]:
    """Distinct persons among the (reader, hub) pairs: in all, and per hub key. A reader
    merged into another is the reader kept (``kept``); a hub's written name is its key
    (``hub_key``; names it lacks, and none, count under "")."""
    sql, params = pairs
    merged = bool(kept)
    renamed = any(key != written for written, key in hub_key.items())
    person = "COALESCE(kept.keeper, pairs.reader_id)" if merged else "pairs.reader_id"
    key = "COALESCE(hubmap.k, '')" if renamed else "COALESCE(pairs.hub, '')"
    joins = ("LEFT JOIN kept ON kept.rid = pairs.reader_id " if merged else "") + (
        "LEFT JOIN hubmap ON hubmap.written = pairs.hub " if renamed else ""
    )
    query = text(
        "WITH hubmap AS MATERIALIZED (SELECT key AS written, value AS k FROM json_each(:hubs)), "
        "kept AS MATERIALIZED (SELECT key AS rid, value AS keeper FROM json_each(:kept)), "
        f"pairs(reader_id, hub) AS ({sql}), "
        f"people AS MATERIALIZED (SELECT DISTINCT {person} AS person, {key} AS k FROM pairs "
        f"{joins}) "
        "SELECT 1, k, COUNT(*) FROM people GROUP BY k "
        "UNION ALL SELECT 0, NULL, COUNT(DISTINCT person) FROM people"
    )
    total, per_hub = 0, {}
    for level, key, count in conn.execute(
        query, {**params, "hubs": json.dumps(dict(hub_key)), "kept": json.dumps(dict(kept))}
    ):
        if level == 0:
            total = int(count)
        elif count:
            per_hub[str(key)] = int(count)
    return total, per_hub


def written_hubs(conn: Connection, year: int) -> set[str]:
    """Every hub name written where readers were served or registered in the year (the
    registrations and re-registrations are among them; for the people counts' map)."""
    rows = conn.execute(
        text("SELECT DISTINCT hub FROM report_reader_month WHERE year = :year"), {"year": year}
    )
    return {r[0] for r in rows if r[0]}
