"""Reader search among many matches: readers whose surname is or starts with what was typed come
first, even when thousands of others match through a given name or patronymic."""

import uuid

from mandrivna.store import reader_queries
from mandrivna.store.database import Database


def add_readers(db: Database, people: list[tuple[str, str, str]]) -> list[str]:
    ids = []
    with db.write() as writer:
        for surname, given_name, patronymic in people:
            ids.append(str(uuid.uuid4()))
            writer.upsert(
                "reader",
                ids[-1],
                {"surname": surname, "given_name": given_name, "patronymic": patronymic},
            )
    return ids


def test_surnames_come_first_however_many_others_match(db: Database) -> None:
    # registered first, so they come first in the index: more than the search weighs
    add_readers(db, [("Коваль", "Іван", "Петрович")] * (reader_queries._CANDIDATES + 50))
    petrenko = add_readers(db, [("Петренко", "Олена", "Іванівна"), ("Петренко", "Анна", "")])
    perepelytsia = add_readers(db, [("Перепелиця", "Ганна", "Ігорівна")])
    with db.read() as conn:
        found = reader_queries.search(conn, "Пе")
        assert [r.id for r in found[:3]] == [*perepelytsia, petrenko[1], petrenko[0]]  # by name
        assert len(found) == reader_queries.SEARCH_LIMIT
        assert {r.surname for r in found[3:]} == {"Коваль"}  # matched by patronymic
        # the exact surname before those it only starts
        assert [r.id for r in reader_queries.search(conn, "Петренко")] == [
            petrenko[1],
            petrenko[0],
        ]
        assert [r.id for r in reader_queries.search(conn, "перепел ган")] == perepelytsia


def test_a_typed_card_number_comes_before_names(db: Database) -> None:
    with db.write() as writer:
        writer.upsert("reader", "card", {"surname": "Бойко", "card_number": "7K2MQ-0042"})
        writer.upsert("reader", "mail", {"surname": "Абрамович", "email": "7k2mq00421@ukr.net"})
    with db.read() as conn:
        assert [r.id for r in reader_queries.search(conn, "7k2mq-0042")] == ["card", "mail"]


def test_duplicates_are_found_among_many_namesakes(db: Database) -> None:
    add_readers(db, [("Петренко", "Олена", "")] * (reader_queries._CANDIDATES + 10))
    with db.write() as writer:
        writer.upsert(
            "reader", "her", {"surname": "Петренко", "given_name": "Олена", "birth_year": 1961}
        )
    with db.read() as conn:
        found = reader_queries.duplicates(conn, "Petrenko", "Olena", 1961, None)
    assert [r.id for r in found] == ["her"]


def test_a_misspelt_surname_finds_the_readers_a_slip_away(db: Database) -> None:
    from mandrivna.store import similar_readers

    hnatiuk = add_readers(db, [("Гнатюк", "Олена", "Петрівна"), ("Гнатюк", "Іван", "")])
    kovalchuk = add_readers(db, [("Ковальчук", "Марія", "")])
    add_readers(db, [("Гнатишин", "Олена", ""), ("Коваль", "Марія", ""), ("Петренко", "Ян", "")])
    with db.read() as conn:
        assert reader_queries.search(conn, "Гнатук") == []
        near = similar_readers.similar(conn, "Гнатук", set(), 10)
        assert [(edits, r.id) for edits, r in near] == [(1, hnatiuk[1]), (1, hnatiuk[0])]
        assert [r.id for _, r in similar_readers.similar(conn, "Ковальчюк", set(), 10)] == kovalchuk
        # the other words typed still narrow it down
        near = similar_readers.similar(conn, "Гнатук Оле", set(), 10)
        assert [r.id for _, r in near] == [hnatiuk[0]]
        # readers already found are not offered again, and nothing near finds nothing
        assert similar_readers.similar(conn, "Гнатук", set(hnatiuk), 10) == []
        assert similar_readers.similar(conn, "Шевченко", set(), 10) == []


def test_readers_indexed_after_the_words_were_read_are_forgiven_too(db: Database) -> None:
    from mandrivna.store import search_index, similar_readers

    add_readers(db, [("Гнатюк", "Олена", "")])
    with db.read() as conn:
        assert similar_readers.similar(conn, "Ковальчюк", set(), 10) == []  # words now held
    kovalchuk = add_readers(db, [("Ковальчук", "Марія", "")])
    with db.read() as conn:
        assert [r.id for _, r in similar_readers.similar(conn, "Ковальчюк", set(), 10)] == kovalchuk
    with db.write() as writer:
        search_index.rebuild(writer.conn)
    with db.read() as conn:
        assert [r.id for _, r in similar_readers.similar(conn, "Ковальчюк", set(), 10)] == kovalchuk
