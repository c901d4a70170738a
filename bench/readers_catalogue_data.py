"""Realistic readers, bibliographic records and copies for the readers & catalogue benchmark.

Readers: Ukrainian surnames (common ones far more often, several with apostrophes), given names
and patronymics, birth years, phones (typed the ways people write them, and kept as the app
keeps them: ``core.reader.validate_reader`` writes every Ukrainian number in one form),
categories, settlements, card numbers issued by some thirty hub laptops. Records: Ukrainian
titles and authors with some Latin ones, publishers, years, valid ISBNs (check digits computed
by python-stdnum), subjects, types. Copies: generated and legacy inventory barcodes, hubs and
states. Everything is deterministic for a seed, and written through the app's own change log
(``write_*``).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from typing import Any

from stdnum import ean
from stdnum import isbn as stdnum_isbn

from mandrivna.core.card_number import card_number, copy_barcode, device_prefix
from mandrivna.core.phone_numbers import normal_phone
from mandrivna.store.database import Database


def _words(text: str) -> list[str]:
    return text.split()


SURNAMES = _words(
    "Мельник Шевченко Коваленко Бондаренко Бойко Ткаченко Кравченко Ковальчук Коваль "
    "Олійник Шевчук Поліщук Ткачук Савченко Бондар Марченко Руденко Мороз Лисенко Петренко "
    "Клименко Павленко Кравчук Кузьменко Пономаренко Савчук Василенко Левченко Харченко "
    "Карпенко Гнатюк Мартинюк Романюк Литвиненко Вакуленко Гаврилюк Костенко Гончаренко "
    "Іваненко Ярошенко Ярмоленко Яковенко Юрченко Щербак Щербина Щука Чорновол Чумак "
    "Чорноус Шаповал Шевчишин Шиян Швець Юзвенко Ющенко Ємельяненко Єременко Ігнатенко "
    "Іщенко Осадчий Остапчук Ґалаґан Ґудзь Ґонта Дем'яненко Дем'янчук Мар'яненко "
    "Солов'яненко П'ятничук П'ясецький Кам'янський Ком'яхов В'юник Дар'єнко Лук'яненко "
    "Лук'янчук Степ'юк Ом'єльченко Сем'янків Гуменюк Дячук Дмитренко Заїка Зінченко "
    "Кириленко Кучер Лозинський Максименко Мазур Науменко Нестеренко Онищенко Приходько "
    "Прокопенко Резніченко Сидоренко Тимошенко Устименко Фесенко Федоренко Хоменко Цимбалюк "
    "Цибуля Чайка Шульга Янчук Білик Білоус"
)
MALE_NAMES = _words(
    "Олександр Андрій Іван Сергій Микола Василь Петро Юрій Дмитро Володимир Богдан Тарас "
    "Олег Віктор Ігор Євген Степан Ярослав Максим Артем Назар Остап Григорій Геннадій "
    "Лук'ян Дем'ян Ілля Костянтин Роман Федір"
)
FEMALE_NAMES = _words(
    "Олена Марія Наталія Ірина Ганна Тетяна Оксана Людмила Світлана Юлія Катерина Валентина "
    "Галина Софія Дарина Мар'яна Христина Ольга Надія Любов Зоряна Соломія Євгенія Ярина "
    "Ліна Вікторія Алла Інна Лариса Ївга"
)
SETTLEMENTS = _words(
    "Сєвєродонецьк Лисичанськ Старобільськ Рубіжне Кремінна Щастя Попасна Сватове "
    "Біловодськ Новоайдар Марківка Мілове Станиця-Луганська Дніпро Київ Львів Вінниця "
    "Ужгород"
)
HUBS = [
    f"Хаб {city}"
    for city in (
        "Дніпро",
        "Київ",
        "Львів",
        "Вінниця",
        "Ужгород",
        "Полтава",
        "Черкаси",
        "Житомир",
        "Хмельницький",
        "Рівне",
        "Івано-Франківськ",
        "Чернівці",
    )
]
OPERATORS = ("50", "66", "95", "99", "67", "68", "96", "97", "98", "63", "73", "93")
CATEGORIES = ("idp", "age55", "child", "youth", "military", "military_family", "disability")

TITLE_NOUNS = _words(
    "історія думи вірші оповідання легенди казки спогади листи щоденник роман повість "
    "нариси хроніка подорож таємниця пригоди мандри пісні війна мир земля дорога дім сад "
    "ліс море небо місто село серце душа слово мова пам'ять надія воля світло вогонь зорі"
)
TITLE_ADJECTIVES = _words(
    "українська нова стара забута тиха далека рідна вечірня ранкова зимова весняна осіння "
    "літня степова карпатська чорноморська київська львівська козацька дитяча шкільна "
    "велика мала остання перша вільна незламна"
)
TITLE_WORKS = (
    "Кобзар",
    "Тигролови",
    "Інтернат",
    "Захар Беркут",
    "Лісова пісня",
    "Тіні забутих предків",
    "Місто",
    "Собор",
    "Маруся Чурай",
    "Intermezzo",
    "Fata morgana",
    "Енеїда",
    "Кайдашева сім'я",
    "Хіба ревуть воли, як ясла повні?",
    "Сад Гетсиманський",
    "Жовтий князь",
    "Музей покинутих секретів",
    "Ворошиловград",
    "Солодка Даруся",
    "Фелікс Австрія",
    "Перверзія",
    "Записки українського самашедшого",
)
LATIN_TITLE_WORDS = _words(
    "history of the Ukrainian lands war and peace a short guide to modern Europe the "
    "library memory borderland bloodlands red famine gates of Europe odyssey stories poems "
    "selected essays introduction language grammar dictionary atlas handbook"
)
LATIN_AUTHORS = (
    "Snyder, Timothy",
    "Plokhy, Serhii",
    "Applebaum, Anne",
    "Orwell, George",
    "Hemingway, Ernest",
    "Tokarczuk, Olga",
    "Szymborska, Wisława",
    "Rowling, J. K.",
    "King, Stephen",
    "Christie, Agatha",
    "Remarque, Erich Maria",
    "Kundera, Milan",
)
UKRAINIAN_AUTHORS = (
    "Шевченко, Тарас",
    "Франко, Іван",
    "Українка, Леся",
    "Коцюбинський, Михайло",
    "Стефаник, Василь",
    "Багряний, Іван",
    "Підмогильний, Валер'ян",
    "Хвильовий, Микола",
    "Костенко, Ліна",
    "Стус, Василь",
    "Жадан, Сергій",
    "Андрухович, Юрій",
    "Забужко, Оксана",
    "Кокотюха, Андрій",
    "Кідрук, Макс",
    "Матіос, Марія",
    "Винничук, Юрій",
    "Прохасько, Тарас",
    "Малярчук, Таня",
    "Дереш, Любко",
    "Нечуй-Левицький, Іван",
    "Мирний, Панас",
    "Котляревський, Іван",
    "Вовчок, Марко",
    "Гончар, Олесь",
    "Загребельний, Павло",
    "Тютюнник, Григір",
    "Симоненко, Василь",
    "Дяченко, Марина",
    "Любка, Андрій",
)
PUBLISHERS = (
    "Видавництво Старого Лева",
    "А-ба-ба-га-ла-ма-га",
    "Фоліо",
    "Наш формат",
    "Vivat",
    "Ранок",
    "Клуб сімейного дозвілля",
    "Темпора",
    "Лабораторія",
    "Meridian Czernowitz",
    "Дніпро",
    "Веселка",
    "Penguin Books",
    "Znak",
)
PUBLISHER_CODES = ("966", "617")
SUBJECTS = (
    "Українська література",
    "Історія України",
    "Поезія",
    "Дитяча література",
    "Психологія",
    "Мовознавство",
    "Краєзнавство",
    "Фантастика",
    "Детектив",
    "Мемуари",
    "Війна",
    "Підручники",
)
MATERIAL_TYPES = (("book", 85), ("ebook", 5), ("audiobook", 3), ("periodical", 5), ("online", 2))
#: Stored statuses (on loan is not one: it follows from loans, which this data has none of).
COPY_STATES = (
    ("available", 90),
    ("in_transit", 5),
    ("lost", 3),
    ("written_off", 2),
)
#: One mark of a Ukrainian name's apostrophe, as librarians' keyboards produce them.
APOSTROPHES = ("'", "’", "ʼ")


def _weighted(pairs: tuple[tuple[str, int], ...]) -> tuple[list[str], list[int]]:
    return [p[0] for p in pairs], [p[1] for p in pairs]


def patronymic(father: str, female: bool) -> str:
    """The patronymic from a father's given name (the regular endings; good enough for data)."""
    irregular = {"Микола": "Миколай", "Ілля": "Ілл", "Лук'ян": "Лук'ян", "Григорій": "Григор"}
    stem = irregular.get(father, father)
    if stem.endswith("ій"):
        stem = stem[:-2] + "і"
    elif stem.endswith("й"):
        stem = stem[:-1]
    if stem.endswith(("і", "ї")) or stem.endswith("ай"):
        return stem + ("ївна" if female else "йович")
    return stem + ("івна" if female else "ович")


def phone(rnd: random.Random) -> str:
    """A Ukrainian mobile number written one of the ways people write it."""
    op, rest = rnd.choice(OPERATORS), f"{rnd.randint(0, 9_999_999):07d}"
    return rnd.choice(
        (
            f"+380{op}{rest}",
            f"+38 0{op} {rest[:3]} {rest[3:5]} {rest[5:]}",
            f"0{op}{rest}",
            f"(0{op}) {rest[:3]}-{rest[3:5]}-{rest[5:]}",
        )
    )


def device_prefixes(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [device_prefix(str(uuid.UUID(int=rnd.getrandbits(128)))) for _ in range(count)]


def readers(
    n: int, prefixes: list[str], seed: int = 1, typed: bool = False
) -> Iterator[tuple[str, dict[str, Any]]]:
    """``n`` readers as (id, fields). The first prefix is the biggest hub (a fifth of the cards);
    the rest share the others. Phones as a laptop's database holds them (the app writes a
    typed Ukrainian number in its one form, ``normal_phone``), or as typed (``typed``: for a
    librarian registering through the app, which does that itself)."""
    rnd = random.Random(seed)
    surname_weights = [1 / (rank + 1) ** 0.7 for rank in range(len(SURNAMES))]
    counters = dict.fromkeys(prefixes, 0)
    for _ in range(n):
        female = rnd.random() < 0.6
        surname = rnd.choices(SURNAMES, surname_weights)[0]
        given = rnd.choice(FEMALE_NAMES if female else MALE_NAMES)
        if female and surname.endswith(("ий", "ов")):
            surname = surname[:-2] + "а" if surname.endswith("ий") else surname + "а"
        prefix = prefixes[0] if rnd.random() < 0.2 else rnd.choice(prefixes[1:])
        counters[prefix] += 1
        year = rnd.randint(2015, 2026)
        fields: dict[str, Any] = {
            "card_number": card_number(prefix, counters[prefix]),
            "surname": surname.replace("'", rnd.choice(APOSTROPHES)),
            "given_name": given.replace("'", rnd.choice(APOSTROPHES)),
            "patronymic": patronymic(rnd.choice(MALE_NAMES), female),
            "birth_year": rnd.randint(1935, 2020),
            "settlement": rnd.choice(SETTLEMENTS),
            "categories": sorted(set(rnd.sample(CATEGORIES, rnd.choice((0, 1, 1, 1, 2))))),
            "registration_hub": rnd.choice(HUBS),
            "registered_on": f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
            "registration_years": sorted({year, *(y for y in (year + 1,) if y <= 2026)}),
            "consent_on": f"{year}-01-15",
        }
        if rnd.random() < 0.85:
            written = phone(rnd)
            fields["phone"] = written if typed else normal_phone(written)
        if rnd.random() < 0.15:
            fields["email"] = (
                f"reader{rnd.randint(1, 10**6)}@{rnd.choice(('ukr.net', 'gmail.com'))}"
            )
        yield str(uuid.UUID(int=rnd.getrandbits(128))), fields


def isbn13(rnd: random.Random) -> str:
    """A valid ISBN-13 of a Ukrainian publisher (978-966 or 978-617), digits only."""
    body = f"978{rnd.choice(PUBLISHER_CODES)}{rnd.randint(0, 999_999):06d}"
    number = body + ean.calc_check_digit(body)
    return str(stdnum_isbn.validate(number))


def _title(rnd: random.Random, latin: bool) -> str:
    if latin:
        words = rnd.sample(LATIN_TITLE_WORDS, rnd.randint(2, 5))
        return " ".join(words).capitalize()
    roll = rnd.random()
    if roll < 0.1:
        return rnd.choice(TITLE_WORKS)
    noun = rnd.choice(TITLE_NOUNS)
    if roll < 0.6:
        return f"{rnd.choice(TITLE_ADJECTIVES).capitalize()} {noun}"
    return f"{noun.capitalize()} {rnd.choice(TITLE_NOUNS)}: {rnd.choice(TITLE_ADJECTIVES)} {noun}"


def records(n: int, seed: int = 2) -> Iterator[tuple[str, dict[str, Any]]]:
    """``n`` bibliographic records as (id, fields)."""
    rnd = random.Random(seed)
    kinds, kind_weights = _weighted(MATERIAL_TYPES)
    for _ in range(n):
        latin = rnd.random() < 0.15
        kind = rnd.choices(kinds, kind_weights)[0]
        authors = [rnd.choice(LATIN_AUTHORS if latin else UKRAINIAN_AUTHORS)]
        if rnd.random() < 0.1:
            authors.append(rnd.choice(UKRAINIAN_AUTHORS))
        fields: dict[str, Any] = {
            "title": _title(rnd, latin),
            "authors": authors,
            "publisher": rnd.choice(PUBLISHERS),
            "place": rnd.choice(("Київ", "Львів", "Харків", "Тернопіль", "London", "Kraków")),
            "year": rnd.randint(1950, 2025),
            "language": "en" if latin else rnd.choice(("uk", "uk", "uk", "uk", "ru")),
            "subjects": rnd.sample(SUBJECTS, rnd.randint(0, 2)),
            "material_type": kind,
        }
        if rnd.random() < 0.8:
            fields["isbn"] = isbn13(rnd)
        if kind == "online":
            fields["url"] = f"https://example.org/e/{rnd.randint(1, 10**7)}"
        yield str(uuid.UUID(int=rnd.getrandbits(128))), fields


def copies(
    record_ids: list[str], n: int, prefixes: list[str], seed: int = 3
) -> Iterator[tuple[str, dict[str, Any]]]:
    """``n`` copies spread over the records: most have one, popular titles several, the newest
    tenth none yet."""
    rnd = random.Random(seed)
    states, state_weights = _weighted(COPY_STATES)
    counters = dict.fromkeys(prefixes, 0)
    legacy = 0
    popular = record_ids[::10]
    for i in range(n):
        # most records get one copy; the rest go to popular titles (one in ten), a few each
        record_id = record_ids[i] if i < len(record_ids) * 0.9 else rnd.choice(popular)
        if rnd.random() < 0.1:
            legacy += 1
            barcode = f"ІНВ{legacy:06d}" if rnd.random() < 0.3 else f"INV{legacy:06d}"
        else:
            prefix = rnd.choice(prefixes)
            counters[prefix] += 1
            barcode = copy_barcode(prefix, counters[prefix])
        yield (
            str(uuid.UUID(int=rnd.getrandbits(128))),
            {
                "record_id": record_id,
                "barcode": barcode,
                "hub": rnd.choice(HUBS),
                "acquisition": rnd.choice(("donation", "donation", "purchase", "other")),
                "acquisition_source": rnd.choice((None, "Український інститут книги")),
                "acquired_on": f"{rnd.randint(2015, 2026)}-{rnd.randint(1, 12):02d}-01",
                "status": rnd.choices(states, state_weights)[0],
            },
        )


def write_rows(
    db: Database,
    entity: str,
    rows: Iterator[tuple[str, dict[str, Any]]],
    per_transaction: int = 5000,
) -> int:
    """Upsert rows through the change log, ``per_transaction`` in each write; how many."""
    written = 0
    done = False
    while not done:
        with db.write() as writer:
            for _ in range(per_transaction):
                row = next(rows, None)
                if row is None:
                    done = True
                    break
                writer.upsert(entity, row[0], row[1])
                written += 1
    return written
