"""Likely duplicate readers: any spelling of the name with the birth year, the phone however
written, the e-mail, a surname one letter off; ranked; pairs found distinct left out."""

from mandrivna.core.duplicates import (
    NEAR_NAME,
    SAME_EMAIL,
    SAME_NAME,
    SAME_PHONE,
    candidates,
)
from mandrivna.core.reader import Reader


def reader(rid: str, surname: str, given: str, year: int | None = None, **kw) -> Reader:
    return Reader(id=rid, surname=surname, given_name=given, birth_year=year, **kw)


def test_the_demo_s_two_spellings_and_phone_are_one_person_first() -> None:
    found = candidates(
        [
            reader("a", "Гнатюк", "Мар'яна", 1980, phone="+380 67 123 45 67"),
            reader("b", "Hnatiuk", "Mariana", 1980, phone="0671234567"),
            reader("c", "Гнатюк", "Мар'яна", 1955),  # her namesake, born elsewhere in time
            reader("d", "Гнатук", "Марʼяна", 1980),  # one letter off, same year
            reader("g", "Гнатук", "Олег", 1980),  # another person
            reader("h", "Вишневська", "Ганна", 1980),
            reader("i", "Вишневський", "Леонід", 1980),
            reader("e", "Коваль", "Ірина", 1990, email="Iryna@Example.com"),
            reader("f", "Ковальчук", "Ірина", 1991, email="iryna@example.com "),
        ]
    )
    pairs = [({c.first.id, c.second.id}, c.reasons) for c in found]
    assert pairs[0] == ({"a", "b"}, (SAME_NAME, SAME_PHONE))
    assert ({"e", "f"}, (SAME_EMAIL,)) in pairs
    assert ({"a", "d"}, (NEAR_NAME,)) in pairs and ({"b", "d"}, (NEAR_NAME,)) in pairs
    assert not any({"a", "c"} == ids for ids, _ in pairs)
    assert not any("g" in ids or "h" in ids for ids, _ in pairs)
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


def test_pairs_found_distinct_and_merged_readers_are_not_proposed() -> None:
    readers = [
        reader("a", "Петренко", "Іван", 1970),
        reader("b", "Petrenko", "Ivan", 1970),
        reader("c", "Петренко", "Іван", 1970, merged_into="a"),
    ]
    assert [(c.first.id, c.second.id) for c in candidates(readers)] == [("a", "b")]
    assert candidates(readers, [("b", "a")]) == []


def test_a_phone_shared_by_many_proves_nothing() -> None:
    many = [reader(str(n), f"Прізвище{n}", "Ім'я", phone="0800500000") for n in range(10)]
    assert candidates(many) == []
