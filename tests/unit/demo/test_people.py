"""The demo's people: names in Latin letters as in a Ukrainian passport, and ages that fit
the categories a reader is registered with."""

import random

import pytest

from mandrivna.core.reader import CATEGORIES
from mandrivna.core.transliteration import latin
from mandrivna.demo.people import AGES, person, with_apostrophe


@pytest.mark.parametrize(
    ("cyrillic", "passport"),
    [
        ("Гнатюк", "Hnatiuk"),
        ("Мар'яна", "Mariana"),
        ("Юрій", "Yurii"),
        ("Їжакевич", "Yizhakevych"),
        ("Згурський", "Zghurskyi"),
        ("Євгенія", "Yevheniia"),
        ("Щербина", "Shcherbyna"),
    ],
)
def test_latin_follows_the_official_table(cyrillic, passport):
    assert latin(cyrillic) == passport
    assert latin(with_apostrophe(cyrillic, "ʼ")) == passport


def test_a_wanted_category_is_met_and_ages_fit_the_categories():
    rng = random.Random(5)
    for n in range(700):
        wanted = CATEGORIES[n % len(CATEGORIES)]
        someone = person(rng, 2025, wanted)
        assert wanted in someone.categories
        age = 2025 - someone.birth_year
        if "child" in someone.categories:
            assert AGES["child"][0] <= age <= AGES["child"][1] and someone.phone is None
        if "age55" in someone.categories:
            assert age >= 55
        if "youth" in someone.categories:
            assert 14 <= age <= 35
        assert someone.email is None or someone.email.rsplit(".", 1)[0].endswith("example")
