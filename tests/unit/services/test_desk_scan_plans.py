"""What a desk scan sends to SQLite stays the same size however large the library: every
statement of a card scan, a loan, a renewal and a return reads through an index narrowed to the
scanned copy, reader, record or day, never a walk of a whole table or of every open loan (SQLite
has no statistics here, and once chose the index of open loans for a record's copies: at a
library with 50,000 loans out, every scan read all of them)."""

import datetime as dt

import pytest
from sqlalchemy import event

from mandrivna.services.catalogue_service import CatalogueService
from mandrivna.services.lending_service import LendingService
from mandrivna.services.reader_service import ReaderService

TODAY = dt.date(2026, 11, 25)
SMALL_TABLES = ("device_state",)  # one row


def _plans(db, work) -> list[tuple[str, list[str]]]:
    """Every statement ``work`` runs, as SQLite's trace callback sees it (SQLAlchemy's and the
    driver's cursor's alike, with their values), and SQLite's plan of each read or delete."""
    sent: list[str] = []

    def traced(dbapi_conn, *_) -> None:
        dbapi_conn.set_trace_callback(sent.append)

    def untraced(dbapi_conn, *_) -> None:
        dbapi_conn.set_trace_callback(None)

    event.listen(db.engine.pool, "checkout", traced)
    event.listen(db.engine.pool, "checkin", untraced)
    try:
        work()
    finally:
        event.remove(db.engine.pool, "checkout", traced)
        event.remove(db.engine.pool, "checkin", untraced)
    asked = [sql for sql in sent if sql.lstrip().upper().startswith(("SELECT", "DELETE"))]
    with db.read() as conn:
        driver = conn.connection.driver_connection
        return [
            (sql, [row[-1] for row in driver.execute("EXPLAIN QUERY PLAN " + sql)]) for sql in asked
        ]


@pytest.fixture
def desk(db):
    readers = ReaderService(db, TODAY)
    reader_id, _ = readers.register("Петренко", "Іван", consent=True, in_person=False)
    other_id, _ = readers.register("Коваль", "Олена", consent=True, in_person=False)
    catalogue = CatalogueService(db, TODAY)
    for title, code in (("Кобзар", "KOB"), ("Лісова пісня", "LIS")):
        record, _ = catalogue.add_record(title)
        for n in (1, 2, 3):
            catalogue.add_copies(record, barcode=f"{code}-{n}")
    lending = LendingService(db, TODAY)
    lending.desk.open_session(channel="stationary")
    lending.scan("KOB-1", other_id)  # loans out elsewhere in the library
    lending.scan("LIS-1", other_id)
    return lending, reader_id


def test_no_scan_walks_a_table_or_every_open_loan(db, desk) -> None:
    lending, reader_id = desk
    loan: list[str] = []
    steps = {
        "card": lambda: lending.loans_of(reader_id),
        "loan": lambda: loan.append(lending.scan("KOB-2", reader_id).loan_id),
        "renewal": lambda: lending.renew(loan),
        "return": lambda: lending.scan("KOB-2", None),
    }
    for name, work in steps.items():
        plans = _plans(db, work)
        assert plans, name
        for sql, plan in plans:
            for step in plan:
                assert "ix_loan_open_due" not in step, (name, sql, plan)
                if step.startswith("SCAN ") and "CONSTANT ROW" not in step:
                    if "VIRTUAL TABLE INDEX" in step:  # the search index, by rowid
                        continue
                    assert step.split()[1] in SMALL_TABLES, (name, sql, plan)
