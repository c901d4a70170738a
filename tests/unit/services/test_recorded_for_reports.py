"""What the yearly report needs recorded at the desk and in the readers' file (issue #14): where
each visit came from, e-loans by their own channel, consultations on several topics, the desk's
counters of people without a card and of in-house use, and re-registrations as dated facts that
two laptops keep both of."""

import datetime as dt
import json

import pytest
from sqlalchemy import text

from mandrivna.core.errors import ValidationError
from mandrivna.services.desk_counters import DeskCounters
from mandrivna.services.event_service import EventService
from mandrivna.services.exchange_export import ExchangeExport
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database
from tests.unit.services.test_desk_service import TODAY, _ship, setup_desk


def _visits(db: Database) -> list[tuple]:
    with db.read() as conn:
        return conn.execute(
            text("SELECT reader_id, channel, source, count FROM visit ORDER BY reader_id, source")
        ).all()


def test_every_visit_says_where_it_came_from(db: Database) -> None:
    readers, catalogue, lending = setup_desk(db)
    record, _ = catalogue.add_record("Кобзар")
    catalogue.add_copies(record, barcode="INV-1")
    lending.desk.open_session()
    registered, _ = readers.register("Петренко", "Іван", consent=True)
    imported, _ = readers.register("Коваль", "Ольга", consent=True, in_person=False)
    consulted, _ = readers.register("Шевчук", "Марія", consent=True, in_person=False)
    borrower, _ = readers.register("Бондар", "Петро", consent=True, in_person=False)
    remote, _ = readers.register("Мельник", "Анна", consent=True, in_person=False)
    lending.desk.consultation("consultation", "digital", "phone", reader_id=consulted)
    lending.scan("INV-1", borrower)
    lending.scan("INV-1", None)  # returned: the same day's visit is not counted again
    lending.desk.e_loan("e_loan", "Тигролови", reader_id=remote, channel="remote")
    lending.desk.visits.tally("non_stationary", 2)
    events = EventService(db, TODAY)
    event_id, _ = events.create_event(
        "Вебінар", "2026-11-25T18:00", "2026-11-25T19:00", format="online"
    )
    events.check_in(event_id, readers.get(imported).card_number or "")
    got = {(row[0], row[1], row[2], row[3]) for row in _visits(db)}
    assert got == {
        (registered, "non_stationary", "registration", 1),
        (consulted, "remote", "consultation", 1),
        (borrower, "non_stationary", "desk", 1),
        (remote, "remote", "e_loan", 1),
        (imported, "remote", "checkin", 1),
        (None, "non_stationary", "tally", 2),
    }


def test_an_e_loan_keeps_its_own_channel_not_the_sessions(db: Database) -> None:
    readers, _catalogue, lending = setup_desk(db)
    reader_id, _ = readers.register("Петренко", "Іван", consent=True, in_person=False)
    lending.desk.open_session(channel="stationary")
    lending.desk.e_loan("free_resource", "https://example.org", channel="remote")
    lending.desk.e_loan("e_loan", "Кобзар", reader_id=reader_id)
    with db.read() as conn:
        rows = conn.execute(text("SELECT kind, channel FROM e_loan ORDER BY kind")).all()
    assert rows == [("e_loan", "in_person"), ("free_resource", "remote")]
    assert _visits(db) == [(reader_id, "stationary", "e_loan", 1)]
    with pytest.raises(ValidationError):
        lending.desk.e_loan("e_loan", "Кобзар", channel="pigeon")


def test_a_consultation_may_carry_several_topics(db: Database) -> None:
    _readers, _catalogue, lending = setup_desk(db)
    lending.desk.open_session()
    lending.desk.consultation("consultation", ["digital", "educational", "digital"], "in_person")
    lending.desk.consultation("reference", "literature", "online")
    with db.read() as conn:
        rows = conn.execute(text("SELECT kind, topic, topics FROM consultation ORDER BY kind"))
        got = [(kind, topic, json.loads(topics)) for kind, topic, topics in rows]
    assert got == [
        ("consultation", "digital", ["digital", "educational"]),
        ("reference", "literature", ["literature"]),
    ]
    with pytest.raises(ValidationError):
        lending.desk.consultation("consultation", [], "in_person")
    with pytest.raises(ValidationError):
        lending.desk.consultation("consultation", ["digital", "astrology"], "in_person")


def test_desk_counters_count_people_without_a_card_and_in_house_use(db: Database) -> None:
    _readers, _catalogue, lending = setup_desk(db)
    counters = DeskCounters(db, TODAY)
    counters.add("person_served")  # before the session: still counted at this hub
    session, _ = lending.desk.open_session(channel="stationary")
    counters.add("person_served", 2)
    counters.add("in_house_use")
    counters.add("in_house_use")
    assert counters.totals() == {"person_served": 3, "in_house_use": 2}
    counters.correct("in_house_use", 1)
    assert counters.total("in_house_use") == 1
    assert counters.correct("in_house_use", 1) == counters.correct("in_house_use", 1)
    with db.read() as conn:
        served = conn.execute(
            text("SELECT day, hub, channel, count, session_id FROM person_served ORDER BY hlc")
        ).all()
        used = conn.execute(text("SELECT count FROM in_house_use ORDER BY hlc")).all()
    assert served == [
        ("2026-11-25", "Хаб Дніпро", "non_stationary", 1, None),
        ("2026-11-25", "Хаб Дніпро", "stationary", 2, session.id),
    ]
    assert [row[0] for row in used] == [1, 1, -1]  # a correction holds the difference
    for bad in (lambda: counters.add("person_served", 0), lambda: counters.add("stars")):
        with pytest.raises(ValidationError):
            bad()
    with pytest.raises(ValidationError):
        counters.correct("person_served", -1)
    tomorrow = DeskCounters(db, TODAY + dt.timedelta(days=1))
    assert tomorrow.totals() == {"person_served": 0, "in_house_use": 0}


def test_re_registration_is_a_dated_fact_with_its_hub_and_a_visit(db: Database) -> None:
    readers = ReaderService(db, dt.date(2025, 3, 1))
    reader_id, _ = readers.register("Петренко", "Іван", consent=True, in_person=False)
    later = ReaderService(db, dt.date(2026, 2, 10))
    later.reregister(reader_id)
    later.reregister(reader_id)  # twice in a year is once
    with db.read() as conn:
        facts = conn.execute(text("SELECT reader_id, year, day, hub FROM reregistration")).all()
    assert facts == [(reader_id, 2026, "2026-02-10", "Хаб Дніпро")]
    assert later.get(reader_id).registration_years == [2025, 2026]
    assert _visits(db) == [(reader_id, "non_stationary", "registration", 1)]


def test_two_laptops_re_registering_offline_keep_both_years(tmp_path) -> None:
    a, b = Database.open(tmp_path / "a"), Database.open(tmp_path / "b")
    a.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    b.set_device(hub_name="Хаб Львів", librarian_name="Ірина")
    reader_id, _ = ReaderService(a, dt.date(2024, 5, 1)).register("Петренко", "Іван", True)
    _ship(a, b)
    # offline: Dnipro re-registers the reader for 2025, Lviv (its clock a year on) for 2026
    ReaderService(a, dt.date(2025, 1, 20)).reregister(reader_id)
    ReaderService(b, dt.date(2026, 1, 15)).reregister(reader_id)
    _ship(a, b)
    _ship(b, a)
    for laptop in (a, b):
        reader = ReaderService(laptop).get(reader_id)
        assert reader.registration_years == [2024, 2025, 2026]
        with laptop.read() as conn:
            facts = conn.execute(
                text("SELECT year, day, hub FROM reregistration ORDER BY year")
            ).all()
        assert facts == [(2025, "2025-01-20", "Хаб Дніпро"), (2026, "2026-01-15", "Хаб Львів")]
        with laptop.read() as conn:  # nothing for the coordinator to settle: no lost year
            assert conn.execute(text("SELECT count(*) FROM conflict")).scalar() == 0
    a.close()
    b.close()


def test_exports_carry_the_years_re_registered(db: Database, tmp_path) -> None:
    readers = ReaderService(db, dt.date(2025, 3, 1))
    reader_id, _ = readers.register("Петренко", "Іван", consent=True)
    ReaderService(db, dt.date(2026, 2, 10)).reregister(reader_id)
    path = ExchangeExport(db).export("readers", tmp_path / "readers.csv")
    lines = (tmp_path / "readers.csv").read_text(encoding="utf-8-sig").splitlines()
    assert path == 1 and "2025; 2026" in lines[1]
    mine = json.loads(readers.export_personal_data(reader_id, tmp_path / "me.json").read_text())
    assert mine["reader"]["registration_years"] == [2025, 2026]
    assert mine["reregistrations"] == [{"year": 2026, "day": "2026-02-10", "hub": "Хаб Дніпро"}]
