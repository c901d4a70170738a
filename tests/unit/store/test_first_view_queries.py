"""What a start reads through the SQLite driver alone (``first_view_queries``, issue #17) is what
the SQLAlchemy queries it stands in for answer, whatever the rows hold: the newest readers with
their registration years and the count of readers, this laptop's row, its sync state, and the
status bar's figures."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, insert, literal_column, select

from mandrivna.core.reader import Reader, Reregistration
from mandrivna.store import first_view_queries, reader_queries, tables
from mandrivna.store.local_state import DeviceState
from mandrivna.store.status_queries import read_status
from mandrivna.store.sync_store import SyncStore

EXAMPLES = settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
text = st.none() | st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=8)
years = st.none() | st.lists(st.integers(1990, 2030), max_size=3)

readers = st.lists(
    st.fixed_dictionaries(
        {
            "surname": text,
            "given_name": text,
            "birth_year": st.none() | st.integers(1900, 2024),
            "categories": st.none()
            | st.lists(st.sampled_from(["idp", "child", "вет"]), max_size=2),
            "registered_on": st.sampled_from(["2024-01-05", "2024-03-01", "2025-11-30"]),  # ties
            "registration_years": years,
            "blocked": st.none() | st.booleans(),
            "deleted": st.booleans(),
            "merged": st.booleans(),
            "reregistered": st.lists(st.integers(2020, 2026), max_size=2, unique=True),
        }
    ),
    max_size=25,
)


def _write(db, people: list[dict]) -> None:
    with db.transaction() as conn:
        conn.exec_driver_sql("DELETE FROM reregistration")
        conn.exec_driver_sql("DELETE FROM reader")
        for n, person in enumerate(people):
            fields = {
                k: v for k, v in person.items() if k not in ("deleted", "merged", "reregistered")
            }
            reader = Reader(
                id=f"r{n}", merged_into="r0" if person["merged"] and n else None, **fields
            )
            values = {f: getattr(reader, f, None) for f in tables.reader.c.keys()}  # noqa: SIM118
            row = {f: v for f, v in values.items() if v is not None}  # SQL NULL, as the app
            conn.execute(
                insert(tables.reader).values(
                    **row, deleted=person["deleted"], stamps={}, updated_hlc=n + 1
                )
            )
            for year in person["reregistered"]:
                fact = Reregistration(
                    id=f"r{n}-{year}",
                    reader_id=reader.id,
                    year=year,
                    day=f"{year}-02-01",
                    device_id="d",
                    hlc=n + 1,
                )
                conn.execute(insert(tables.reregistration).values(**vars_of(fact)))


def vars_of(fact: Reregistration) -> dict:
    return {name: getattr(fact, name) for name in fact.__slots__}


@EXAMPLES
@given(readers, st.integers(1, 60))
def test_the_newest_readers_and_their_count_are_the_searchs(db, people, limit):
    _write(db, people)
    with db.read() as conn:
        searched = reader_queries.search(conn, "", limit)
        counted = reader_queries.count(conn)
        newest_rows = conn.execute(
            select(tables.reader.c.merged_into)
            .where(tables.reader.c.deleted.is_(False))
            .order_by(tables.reader.c.registered_on.desc(), literal_column("reader.rowid").desc())
            .limit(limit)
        ).scalars()
        merged_among_them = any(newest_rows)
    with db.read_driver() as conn:
        newest = first_view_queries.newest_readers(conn, limit)
        assert first_view_queries.live_reader_count(conn) == counted
    if merged_among_them:
        assert newest is None  # the Readers page then asks the search, which shows the kept
    else:
        assert newest == searched


def test_a_reader_merged_into_another_among_the_newest_sends_the_page_to_the_search(db):
    _write(
        db,
        [
            {
                "surname": "Коваль",
                "registered_on": "2024-01-01",
                "deleted": False,
                "merged": False,
                "reregistered": [2025],
            },
            {
                "surname": "Коваль",
                "registered_on": "2024-02-01",
                "deleted": False,
                "merged": True,
                "reregistered": [],
            },
        ],
    )
    with db.read_driver() as conn:
        assert first_view_queries.newest_readers(conn, 50) is None
        assert first_view_queries.newest_readers(conn, 0) == []


@EXAMPLES
@given(
    st.fixed_dictionaries(
        {
            "server_url": text,
            "token": text,
            "pull_cursor": st.integers(0, 2**40),
            "last_sync_at_ms": st.none() | st.integers(0, 2**45),
            "last_error": text,
            "role": st.none() | st.sampled_from(["hub", "coordinator"]),
            "clock_skew_ms": st.none() | st.integers(-(2**40), 2**40),
            "newest_seen_hlc": st.none() | st.integers(0, 2**60),
        }
    ),
    st.none() | text,
)
def test_the_laptops_own_state_is_read_as_sqlalchemy_reads_it(db, sync, language):
    db.set_device(language=language, backup_folder=language)
    with db.read_driver() as conn:
        assert first_view_queries.sync_state(conn) == SyncStore(db).state()  # before any row
    SyncStore(db).update_state(**sync)
    with db.read() as conn:
        row = conn.execute(select(tables.device_state)).mappings().one()
    with db.read_driver() as conn:
        assert first_view_queries.device_state(conn) == DeviceState(**row)
        assert first_view_queries.sync_state(conn) == SyncStore(db).state()


def test_a_laptop_before_its_setup_has_no_row(data_dir):
    from mandrivna.store.database import Database

    fresh = Database.open(data_dir)
    try:
        with fresh.read_driver() as conn:
            assert first_view_queries.device_state(conn) is None
        assert fresh.device() is None
    finally:
        fresh.close()


@EXAMPLES
@given(st.lists(st.integers(0, 12), min_size=1, max_size=3), st.integers(0, 15))
def test_the_changes_waiting_are_those_the_server_has_not_taken(db, acked, written):
    from mandrivna.services.reader_service import ReaderService

    service = ReaderService(db)
    for n in range(written):
        service.register(f"Петренко{n}", "Олег", consent=True)
    with db.transaction() as conn:
        origins = [r[0] for r in conn.exec_driver_sql("SELECT origin_id FROM own_origin")]
        conn.exec_driver_sql("UPDATE own_origin SET acked_seq = ?", (acked[0],))
        for n, seq in enumerate(acked[1:]):  # older origins of this laptop (a restored backup)
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO own_origin (origin_id, acked_seq, created_at_ms) "
                "VALUES (?, ?, 0)",
                (f"older-{n}", seq),
            )
    log, own = tables.change_log, tables.own_origin
    with db.read() as conn:
        expected = sum(
            conn.execute(
                select(func.count())
                .select_from(log)
                .where(log.c.device_id == origin, log.c.seq > seq)
            ).scalar_one()
            for origin, seq in conn.execute(select(own.c.origin_id, own.c.acked_seq))
        )
    status = read_status(db)
    assert origins and status.waiting == expected
    device = db.this_device()
    assert (status.hub_name, status.librarian_name) == (device.hub_name, device.librarian_name)


def test_readers_rows_become_the_same_readers_whatever_their_columns_order(db):
    _write(
        db,
        [
            {
                "surname": "Шевчук",
                "categories": ["idp"],
                "registration_years": [2024],
                "blocked": True,
                "deleted": False,
                "merged": False,
                "reregistered": [2026],
                "registered_on": "2024-05-01",
                "given_name": None,
                "birth_year": 1990,
            }
        ],
    )
    with db.read_driver() as conn:
        (reader,) = first_view_queries.newest_readers(conn, 5) or []
    assert (reader.surname, reader.categories, reader.registration_years) == (
        "Шевчук",
        ["idp"],
        [2024, 2026],  # the year on the record and the re-registration's
    )
    assert reader.blocked is True and reader.birth_year == 1990 and reader.given_name is None


def test_a_set_up_laptop_reopened_reads_the_same_before_and_after_its_engine(data_dir):
    """A start opens the database without SQLAlchemy's engine and reads through one connection
    of its own; once the engine is made, the same reads take its pooled connections."""
    from mandrivna.services.reader_service import ReaderService
    from mandrivna.store.database import Database

    first = Database.open(data_dir)
    first.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    for n in range(4):
        ReaderService(first).register(f"Петренко{n}", "Олег", consent=True)
    first.close()  # a clean close: the next start defers the whole-file check
    db = Database.open(data_dir, defer_check=True)
    try:
        assert db._engine is None  # nothing made it yet
        before = _first_window(db)
        assert db._engine is None  # the driver's reads do not make it
        assert db.engine is db.engine  # made by the first page or write that needs it, once
        assert _first_window(db) == before
        assert before[1] == 4 and before[3] > 0  # four readers, their changes waiting
    finally:
        db.close()


def _first_window(db) -> tuple:
    with db.read_driver() as conn:
        return (
            first_view_queries.newest_readers(conn, 50),
            first_view_queries.live_reader_count(conn),
            first_view_queries.device_state(conn),
            first_view_queries.waiting_changes(conn),
            first_view_queries.sync_state(conn),
        )
