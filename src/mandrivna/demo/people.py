"""The demo's people: Ukrainian surnames, given names and patronymics, with ages, categories and
contacts that fit them, and the spellings a hub really meets (a name typed in Latin letters from a
passport, any of the three apostrophes, a phone written three ways).

Everything is drawn from the random generator it is given, so one seed gives the same people.
E-mail addresses use the reserved ``example.*`` domains, so none can reach a real person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from mandrivna.core.transliteration import latin

# Surnames the same for women and men.
SURNAMES = (
    "Шевченко",
    "Коваленко",
    "Бондаренко",
    "Ткаченко",
    "Кравченко",
    "Олійник",
    "Шевчук",
    "Поліщук",
    "Бойко",
    "Ткачук",
    "Савченко",
    "Руденко",
    "Мельник",
    "Марченко",
    "Лисенко",
    "Мороз",
    "Петренко",
    "Клименко",
    "Павленко",
    "Кузьменко",
    "Левченко",
    "Гнатюк",
    "Гончаренко",
    "Харченко",
    "Сидоренко",
    "Карпенко",
    "Литвиненко",
    "Романенко",
    "Дмитренко",
    "Іваненко",
    "Мартинюк",
    "Гаврилюк",
    "Ковальчук",
    "Пономаренко",
    "Василенко",
    "Кучер",
    "Гребенюк",
    "Приходько",
    "Ярошенко",
    "Назаренко",
    "Дем'яненко",
    "Лук'яненко",
    "Солов'як",
    "Тарасюк",
    "Костенко",
    "Головко",
    "Зінченко",
    "Білоус",
    "Дяченко",
    "Семенюк",
    "Остапчук",
    "Яковенко",
    "Фесенко",
    "Хоменко",
    "Бабенко",
    "Прокопенко",
    "Рибак",
    "Собко",
    "Панченко",
    "Кравець",
    "Коваль",
    "Заїка",
    "Гордієнко",
    "Стеценко",
    "Оліфіренко",
    "Чумак",
    "Москаленко",
    "Вакуленко",
    "Сердюк",
    "Гуменюк",
)
# Surnames with a woman's form: (man, woman).
GENDERED_SURNAMES = (
    ("Ковальський", "Ковальська"),
    ("Лозинський", "Лозинська"),
    ("Вишневський", "Вишневська"),
    ("Білий", "Біла"),
    ("Підгорний", "Підгорна"),
    ("Заставний", "Заставна"),
    ("Яворський", "Яворська"),
    ("Сокольський", "Сокольська"),
    ("Рудий", "Руда"),
    ("Березовський", "Березовська"),
)
MEN = (
    "Олександр",
    "Андрій",
    "Сергій",
    "Володимир",
    "Микола",
    "Іван",
    "Юрій",
    "Віктор",
    "Олег",
    "Дмитро",
    "Василь",
    "Михайло",
    "Петро",
    "Тарас",
    "Богдан",
    "Ярослав",
    "Роман",
    "Максим",
    "Артем",
    "Денис",
    "Євген",
    "Ігор",
    "Анатолій",
    "Валерій",
    "Григорій",
    "Степан",
    "Костянтин",
    "В'ячеслав",
    "Назар",
    "Остап",
    "Данило",
    "Павло",
    "Леонід",
    "Геннадій",
)
WOMEN = (
    "Олена",
    "Наталія",
    "Тетяна",
    "Ірина",
    "Світлана",
    "Оксана",
    "Людмила",
    "Галина",
    "Надія",
    "Валентина",
    "Марія",
    "Ганна",
    "Юлія",
    "Олександра",
    "Катерина",
    "Вікторія",
    "Лариса",
    "Любов",
    "Віра",
    "Ніна",
    "Лідія",
    "Софія",
    "Анастасія",
    "Дарина",
    "Мар'яна",
    "Христина",
    "Соломія",
    "Уляна",
    "Ярослава",
    "Євгенія",
    "Алла",
    "Інна",
    "Раїса",
    "Зінаїда",
)
BOYS = ("Максим", "Артем", "Матвій", "Марко", "Давид", "Тимофій", "Данило", "Назар", "Богдан")
GIRLS = ("Софія", "Анна", "Злата", "Марія", "Соломія", "Вероніка", "Дарина", "Мілана", "Єва")
# A father's name and the patronymics it gives: (father, son's, daughter's).
PATRONYMICS = (
    ("Іван", "Іванович", "Іванівна"),
    ("Петро", "Петрович", "Петрівна"),
    ("Олександр", "Олександрович", "Олександрівна"),
    ("Микола", "Миколайович", "Миколаївна"),
    ("Василь", "Васильович", "Василівна"),
    ("Сергій", "Сергійович", "Сергіївна"),
    ("Андрій", "Андрійович", "Андріївна"),
    ("Володимир", "Володимирович", "Володимирівна"),
    ("Михайло", "Михайлович", "Михайлівна"),
    ("Юрій", "Юрійович", "Юріївна"),
    ("Віктор", "Вікторович", "Вікторівна"),
    ("Григорій", "Григорович", "Григорівна"),
    ("Степан", "Степанович", "Степанівна"),
    ("Анатолій", "Анатолійович", "Анатоліївна"),
    ("Олег", "Олегович", "Олегівна"),
    ("Ігор", "Ігорович", "Ігорівна"),
    ("Дмитро", "Дмитрович", "Дмитрівна"),
    ("Богдан", "Богданович", "Богданівна"),
    ("Ярослав", "Ярославович", "Ярославівна"),
    ("Павло", "Павлович", "Павлівна"),
    ("Леонід", "Леонідович", "Леонідівна"),
    ("Валерій", "Валерійович", "Валеріївна"),
    ("Євген", "Євгенович", "Євгенівна"),
    ("Роман", "Романович", "Романівна"),
    ("Тарас", "Тарасович", "Тарасівна"),
    ("Лук'ян", "Лук'янович", "Лук'янівна"),
)
APOSTROPHES = ("'", "’", "ʼ")
# Mobile operators' codes in Ukraine (Kyivstar, Vodafone, lifecell).
OPERATORS = ("67", "68", "96", "97", "98", "50", "66", "95", "99", "63", "73", "93")
MESSENGERS = ("Viber", "Telegram", "Signal", "WhatsApp")
MAIL_DOMAINS = ("example.com", "example.org", "example.net")

# The age groups a reader falls in, and how often each comes to a hub.
CHILD, YOUTH, ADULT, SENIOR = "child", "youth", "adult", "senior"
AGE_GROUPS = ((CHILD, 0.12), (YOUTH, 0.2), (ADULT, 0.36), (SENIOR, 0.32))
AGES = {CHILD: (6, 13), YOUTH: (14, 35), ADULT: (36, 54), SENIOR: (55, 84)}
# The category that the age group gives (Ukrainian youth policy: 14 to 35).
AGE_CATEGORY = {CHILD: "child", YOUTH: "youth", SENIOR: "age55"}
# Which age group a category asked for needs (None: any but a child).
NEEDS_GROUP = {"child": CHILD, "youth": YOUTH, "age55": SENIOR}


def with_apostrophe(text: str, mark: str) -> str:
    """The name written with this apostrophe (the keyboard's ', the typographic ’ or ʼ)."""
    for other in APOSTROPHES:
        text = text.replace(other, mark)
    return text


@dataclass(frozen=True)
class Person:
    """Someone who registers at a hub, as the librarian types them in."""

    surname: str
    given_name: str
    patronymic: str | None
    birth_year: int
    phone: str | None
    email: str | None
    messenger: str | None
    categories: tuple[str, ...]

    @property
    def group(self) -> str:
        for group, category in AGE_CATEGORY.items():
            if category in self.categories:
                return group
        return ADULT

    def details(self) -> dict[str, object]:
        """The fields of the registration form, as ``ReaderService.register`` takes them."""
        fields: dict[str, object] = {
            "patronymic": self.patronymic,
            "birth_year": self.birth_year,
            "phone": self.phone,
            "email": self.email,
            "messenger": self.messenger,
            "categories": list(self.categories),
        }
        return {name: value for name, value in fields.items() if value is not None}

    def in_latin(self) -> Person:
        """The same person typed in Latin letters, as in a foreign passport (no patronymic)."""
        return replace(
            self, surname=latin(self.surname), given_name=latin(self.given_name), patronymic=None
        )


def phone_number(rng: random.Random) -> tuple[str, str]:
    """A mobile number: (its digits after +380, how it was written down)."""
    digits = rng.choice(OPERATORS) + "".join(str(rng.randrange(10)) for _ in range(7))
    return digits, written_phone(rng, digits)


def written_phone(rng: random.Random, digits: str) -> str:
    """The same number as people write it: +380 67 123 45 67, 067 123 4567 or 0671234567."""
    a, b, c, d = digits[:2], digits[2:5], digits[5:7], digits[7:]
    return rng.choice(
        (f"+380 {a} {b} {c} {d}", f"0{a} {b} {c}{d}", f"0{a}{b}{c}{d}", f"+380{a}{b}{c}{d}")
    )


def _surname(rng: random.Random, woman: bool) -> str:
    if rng.random() < 0.15:
        pair = rng.choice(GENDERED_SURNAMES)
        return pair[1] if woman else pair[0]
    return rng.choice(SURNAMES)


def _group(rng: random.Random, wanted: str | None) -> str:
    if wanted in NEEDS_GROUP:
        return NEEDS_GROUP[wanted]
    pick = rng.choices([g for g, _ in AGE_GROUPS], [w for _, w in AGE_GROUPS])[0]
    if wanted in ("military", "disability") and pick == CHILD:
        return ADULT
    if wanted == "military" and pick == SENIOR:
        return ADULT
    return pick


def _categories(rng: random.Random, group: str, woman: bool, wanted: str | None) -> list[str]:
    chosen = {AGE_CATEGORY[group]} if group in AGE_CATEGORY else set()
    if rng.random() < 0.7:
        chosen.add("idp")
    if group in (YOUTH, ADULT) and rng.random() < (0.02 if woman else 0.1):
        chosen.add("military")
    elif rng.random() < 0.08:
        chosen.add("military_family")
    if group != CHILD and rng.random() < 0.06:
        chosen.add("disability")
    if wanted is not None:
        chosen.add(wanted)
    return sorted(chosen)


def person(rng: random.Random, year: int, wanted: str | None = None) -> Person:
    """A new reader registering in ``year`` (with the category ``wanted`` among theirs)."""
    group = _group(rng, wanted)
    woman = rng.random() < (0.5 if group == CHILD else 0.64)
    if wanted == "military" and rng.random() < 0.8:
        woman = False
    low, high = AGES[group]
    birth_year = year - rng.randint(low, high)
    if group == CHILD:
        given = rng.choice(GIRLS if woman else BOYS)
    else:
        given = rng.choice(WOMEN if woman else MEN)
    surname = _surname(rng, woman)
    patronymic = None
    if rng.random() < (0.7 if group == CHILD else 0.95):
        _, son, daughter = rng.choice(PATRONYMICS)
        patronymic = daughter if woman else son
    phone = None
    if group != CHILD and rng.random() < 0.85:
        phone = phone_number(rng)[1]
    email = None
    if group in (YOUTH, ADULT) and rng.random() < 0.3:
        login = f"{latin(given)}.{latin(surname)}".lower()
        if rng.random() < 0.5:
            login += str(birth_year % 100)
        email = f"{login}@{rng.choice(MAIL_DOMAINS)}"
    messenger = rng.choice(MESSENGERS) if phone and rng.random() < 0.4 else None
    mark = rng.choice(APOSTROPHES)
    found = Person(
        with_apostrophe(surname, mark),
        with_apostrophe(given, mark),
        with_apostrophe(patronymic, mark) if patronymic else None,
        birth_year,
        phone,
        email,
        messenger,
        tuple(_categories(rng, group, woman, wanted)),
    )
    if group != CHILD and rng.random() < 0.04:  # typed from a foreign passport
        return found.in_latin()
    return found


def librarian(rng: random.Random) -> str:
    """A librarian's name as the laptop is set up with it: given name and surname."""
    woman = rng.random() < 0.85
    return f"{rng.choice(WOMEN if woman else MEN)} {_surname(rng, woman)}"
