"""Migration 0014 on a laptop that already holds a year's work: the facts stay, every day that
holds one (and every registration) is marked, and the first report counts them; afterwards the
triggers mark each day a fact arrives on, whatever writes it."""

import datetime as dt

from sqlalchemy import text

from mandrivna.core import report_periods as periods
from mandrivna.services.report_service import ReportService
from mandrivna.store import schema
from mandrivna.store.connection import make_engine
from mandrivna.store.database import DB_FILENAME, Database


def test_data_held_before_the_migration_is_counted(data_dir):
    data_dir.mkdir(parents=True)
    engine = make_engine(data_dir / DB_FILENAME)
    schema.upgrade(engine, "0012")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO device_state (id, device_id, origin_id, hub_name, librarian_name) "
            "VALUES (1, 'dev-1', 'dev-1', 'Хаб Дніпро', 'Олена')"
        )
        for n, day in enumerate(("2024-02-01", "2024-02-01", "2024-05-03")):
            conn.exec_driver_sql(
                "INSERT INTO visit (id, day, hub, channel, count, reader_id, device_id, hlc) "
                f"VALUES ('v{n}', '{day}', 'Хаб Дніпро', 'remote', 1, 'r{n % 2}', 'dev-1', 1)"
            )
        conn.exec_driver_sql(
            "INSERT INTO reader (id, registered_on, registration_hub, registration_years, "
            "deleted, stamps, updated_hlc) VALUES ('r0', '2023-04-04', 'Хаб Дніпро', "
            "'[2023, 2024]', 0, '{}', 1)"
        )
    engine.dispose()
    db = Database.open(data_dir)
    try:
        with db.read() as conn:
            stale = {r[0] for r in conn.execute(text("SELECT day FROM report_stale"))}
        assert {"2024-02-01", "2024-05-03", "2023-04-04", "2024-01-01"} <= stale
        reports = ReportService(db, today=dt.date(2024, 12, 31))
        year = reports.report(periods.year(2024))
        assert year.row("visits.remote").done == 3
        assert year.row("users.served.card").done == 2
        assert year.row("users.registered").done == 1  # re-registered for 2024, day unknown
        with db.read() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM report_stale")).scalar() == 0
        with db.transaction() as conn:  # any writer: the triggers mark the day
            conn.exec_driver_sql(
                "INSERT INTO visit (id, day, hub, channel, count, device_id, hlc) "
                "VALUES ('v9', '2024-05-04', 'Хаб Дніпро', 'remote', 5, 'dev-1', 2)"
            )
        assert reports.report(periods.quarter(2024, 2)).row("visits.remote").done == 6
    finally:
        db.close()
