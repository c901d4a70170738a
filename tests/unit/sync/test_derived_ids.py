"""Facts and records whose id is made from part of their content (a reader's visit: reader, day,
hub; a check-in: event, reader; a course enrollment: course, reader; a lending rule: the type of
item) can be written on two laptops with the rest of their content different. Every laptop must
end with the same content, whatever order the two arrive in: for facts, the one with the lowest
(hlc, device) stamp; for records, the field-by-field merge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from mandrivna.services.course_service import CourseService
from mandrivna.services.desk_service import DeskService
from mandrivna.services.event_service import EventService
from mandrivna.services.lending_service import LendingService
from mandrivna.services.reader_service import ReaderService
from mandrivna.store.database import Database
from tests.support.log_exchange import deliver, own_log, ship

TODAY = dt.date(2026, 11, 25)
HUB = "Хаб Дніпро"


def _laptop(folder: Path, hub: str) -> Database:
    db = Database.open(folder)
    db.set_device(hub_name=hub, librarian_name="Олена")
    return db


@pytest.fixture
def laptops(tmp_path: Path):
    """Two laptops that both know a reader (registered on the first, synced to the second),
    and two more that receive their work later, one in each order."""
    made: list[Database] = []

    def make(hub_a: str = HUB, hub_b: str = HUB) -> tuple[Database, Database, str]:
        a = _laptop(tmp_path / "a", hub_a)
        b = _laptop(tmp_path / "b", hub_b)
        made.extend((a, b))
        reader_id, _ = ReaderService(a, TODAY).register(
            "Петренко", "Іван", consent=True, card_number="CARD-1"
        )
        ship(a, b)
        return a, b, reader_id

    yield make
    for db in made:
        db.close()


def _everywhere(tmp_path: Path, a: Database, b: Database) -> list[Database]:
    """After the work: A and B exchange their logs, and two new laptops receive A's then B's
    log, and B's then A's. Returns all four."""
    log_a, log_b = own_log(a), own_log(b)
    deliver(log_b, a)
    deliver(log_a, b)
    first_a = _laptop(tmp_path / "a-first", "Хаб Львів")
    first_b = _laptop(tmp_path / "b-first", "Хаб Львів")
    for change in log_a:  # one change at a time, as small pull pages would bring them
        deliver([change], first_a)
    deliver(log_b, first_a)
    deliver(log_b, first_b)
    deliver(log_a, first_b)
    return [a, b, first_a, first_b]


def _rows(db: Database, table: str) -> list[tuple]:
    with db.read() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY id")).all()]


def _written(logs: list[Database], entity: str, entity_id: str) -> list[tuple[int, str, dict]]:
    """Every write of one id (hlc, device, fields), lowest stamp first."""
    found = [
        (change.hlc, change.device_id, change.fields)
        for db in logs
        for change in own_log(db)
        if change.entity == entity and change.entity_id == entity_id
    ]
    return sorted(found, key=lambda item: (item[0], item[1]))


def _same_everywhere(replicas: list[Database], *tables: str) -> None:
    for table in tables:
        first = _rows(replicas[0], table)
        for replica in replicas[1:]:
            assert _rows(replica, table) == first, table


def test_a_reader_served_at_one_hub_on_two_laptops_keeps_the_earliest_channel(
    laptops, tmp_path
) -> None:
    a, b, reader_id = laptops()
    desk_a, desk_b = DeskService(a, TODAY), DeskService(b, TODAY)
    desk_a.open_session(channel="stationary")
    desk_b.open_session(channel="non_stationary")  # the same hub, out in a village
    desk_a.consultation("reference", "digital", "in_person", reader_id=reader_id)
    desk_b.consultation("consultation", "legal_social", "in_person", reader_id=reader_id)
    (visit_id,) = [r[0] for r in _rows(a, "visit")]
    writes = _written([a, b], "visit", visit_id)
    assert {w[2]["channel"] for w in writes} == {"stationary", "non_stationary"}
    replicas = _everywhere(tmp_path, a, b)
    _same_everywhere(replicas, "visit")
    for replica in replicas:
        [(channel, count, device_id, hlc)] = [
            (r[3], r[4], r[6], r[7]) for r in _rows(replica, "visit")
        ]
        assert (hlc, device_id, channel) == (writes[0][0], writes[0][1], writes[0][2]["channel"])
        assert count == 1


def test_a_checkin_at_another_hubs_event_and_a_desk_visit_there_converge(laptops, tmp_path) -> None:
    a, b, reader_id = laptops(HUB, "Хаб Київ")
    event_id, _ = EventService(a, TODAY).create_event(
        "Вебінар «Дія для всіх»", "2026-11-25T12:00", "2026-11-25T13:00", hub=HUB
    )
    ship(a, b)
    desk_a = DeskService(a, TODAY)
    desk_a.open_session(channel="stationary")
    EventService(b, TODAY).check_in(event_id, "CARD-1")  # B counts the visit at A's hub
    desk_a.consultation("reference", "digital", "in_person", reader_id=reader_id)
    visits = [r for r in _rows(a, "visit") if r[5] == reader_id]
    assert len(visits) == 1
    writes = _written([a, b], "visit", visits[0][0])
    assert {w[2]["channel"] for w in writes} == {"stationary", "non_stationary"}
    replicas = _everywhere(tmp_path, a, b)
    _same_everywhere(replicas, "visit", "event_checkin")
    [visit] = [r for r in _rows(replicas[-1], "visit") if r[5] == reader_id]
    assert visit[3] == writes[0][2]["channel"]


def test_one_reader_checked_in_on_two_laptops_keeps_one_day_and_hub(laptops, tmp_path) -> None:
    a, b, _reader_id = laptops(HUB, "Хаб Київ")
    event_id, _ = EventService(a, TODAY).create_event(
        "Книжковий клуб", "2026-11-25T18:00", "2026-11-25T19:30", hub=None
    )  # no hub: each laptop checks in at its own
    ship(a, b)
    EventService(a, TODAY).check_in(event_id, "CARD-1")
    EventService(b, TODAY + dt.timedelta(days=1)).check_in(event_id, "CARD-1")
    (checkin_id,) = [r[0] for r in _rows(a, "event_checkin")]
    writes = _written([a, b], "event_checkin", checkin_id)
    assert {(w[2]["day"], w[2]["hub"]) for w in writes} == {
        ("2026-11-25", HUB),
        ("2026-11-26", "Хаб Київ"),
    }
    replicas = _everywhere(tmp_path, a, b)
    _same_everywhere(replicas, "event_checkin", "visit")
    for replica in replicas:
        [row] = _rows(replica, "event_checkin")
        assert (row[3], row[4]) == (writes[0][2]["day"], writes[0][2]["hub"])
    summary = EventService(replicas[-1], TODAY).summary(event_id)
    assert [r.card_number for r in summary.checked_in] == ["CARD-1"]


def test_one_reader_enrolled_on_two_laptops_is_one_enrollment_everywhere(laptops, tmp_path) -> None:
    a, b, reader_id = laptops()
    course_id, _ = CourseService(a, TODAY).create_course(
        "Цифрова грамотність 55+", sessions_required=4
    )
    ship(a, b)
    CourseService(a, TODAY).enroll(course_id, reader_id)
    later = CourseService(b, TODAY + dt.timedelta(days=2))
    later.enroll(course_id, reader_id)
    later.withdraw(course_id, reader_id)
    replicas = _everywhere(tmp_path, a, b)
    _same_everywhere(replicas, "course_enrollment")
    [row] = _rows(replicas[0], "course_enrollment")
    assert row[3] == (TODAY + dt.timedelta(days=2)).isoformat()  # the later write of the field


def test_a_lending_period_set_on_two_laptops_is_one_rule_everywhere(laptops, tmp_path) -> None:
    a, b, _ = laptops()
    LendingService(a, TODAY).set_loan_days("book", 14)
    LendingService(b, TODAY).set_loan_days("book", 21)
    replicas = _everywhere(tmp_path, a, b)
    _same_everywhere(replicas, "lending_rule")
    assert {LendingService(r, TODAY).loan_days("book") for r in replicas} == {21}
