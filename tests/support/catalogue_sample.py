"""A small realistic catalogue for tests and screenshots: about thirty Ukrainian records (books,
an e-book, an audiobook, a periodical, an online resource) with copies at four hubs.

    python -m tests.support.catalogue_sample DATA_DIR

fills DATA_DIR (setting up the laptop as «Хаб Дніпро» if it is new). ISBNs are made up, with
correct check digits.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from stdnum import ean

from mandrivna.services.catalogue_service import CatalogueService

HUBS = ("Хаб Дніпро", "Хаб Запоріжжя", "Хаб Полтава", "Хаб Кривий Ріг")
SOURCES = (
    ("donation", "Український інститут книги"),
    ("donation", "Видавництво Старого Лева"),
    ("donation", "Благодійний фонд «Книжкова полиця»"),
    ("purchase", "Книгарня «Є»"),
    ("other", "Передано читачкою"),
)
STATUSES = ("available",) * 8 + ("in_transit", "lost")  # on loan follows from loans, not these

# title, authors, publisher, place, year, type, subjects, udc
RECORDS: list[tuple[str, str, str, str, int, str, str, str]] = [
    ("Кобзар", "Шевченко, Тарас", "Фоліо", "Харків", 2019, "book", "Поезія", "821.161.2-1"),
    ("Тигролови", "Багряний, Іван", "Фоліо", "Харків", 2018, "book", "Роман", "821.161.2-31"),
    ("Місто", "Підмогильний, Валер'ян", "Віхола", "Київ", 2021, "book", "Роман", "821.161.2-31"),
    ("Лісова пісня", "Українка, Леся", "Знання", "Київ", 2020, "book", "Драма", "821.161.2-2"),
    ("Захар Беркут", "Франко, Іван", "Школа", "Харків", 2017, "book", "Повість", "821.161.2-31"),
    (
        "Тіні забутих предків",
        "Коцюбинський, Михайло",
        "Фоліо",
        "Харків",
        2019,
        "book",
        "Повість; Гуцульщина",
        "821.161.2-32",
    ),
    ("Солодка Даруся", "Матіос, Марія", "Піраміда", "Львів", 2016, "book", "Роман", "821.161.2"),
    (
        "Ворошиловград",
        "Жадан, Сергій",
        "Meridian Czernowitz",
        "Чернівці",
        2017,
        "book",
        "Роман; Донбас",
        "821.161.2-31",
    ),
    (
        "Інтернат",
        "Жадан, Сергій",
        "Meridian Czernowitz",
        "Чернівці",
        2017,
        "book",
        "Роман; Війна",
        "821.161.2-31",
    ),
    (
        "Музей покинутих секретів",
        "Забужко, Оксана",
        "Комора",
        "Київ",
        2020,
        "book",
        "Роман",
        "821.161.2-31",
    ),
    (
        "Амадока",
        "Андрухович, Софія",
        "Видавництво Старого Лева",
        "Львів",
        2020,
        "book",
        "Роман; Пам'ять",
        "821.161.2-31",
    ),
    (
        "Фелікс Австрія",
        "Андрухович, Софія",
        "Видавництво Старого Лева",
        "Львів",
        2014,
        "book",
        "Роман",
        "821.161.2-31",
    ),
    (
        "Маруся Чурай",
        "Костенко, Ліна",
        "А-БА-БА-ГА-ЛА-МА-ГА",
        "Київ",
        2018,
        "book",
        "Історичний роман у віршах",
        "821.161.2-1",
    ),
    (
        "Записки українського самашедшого",
        "Костенко, Ліна",
        "А-БА-БА-ГА-ЛА-МА-ГА",
        "Київ",
        2011,
        "book",
        "Роман",
        "821.161.2-31",
    ),
    (
        "Чорний ворон. Я, Шоста",
        "Шкляр, Василь",
        "Клуб сімейного дозвілля",
        "Харків",
        2017,
        "book",
        "Історичний роман",
        "821.161.2-311.6",
    ),
    (
        "Хіба ревуть воли, як ясла повні?",
        "Мирний, Панас",
        "Фоліо",
        "Харків",
        2018,
        "book",
        "Роман",
        "821.161.2-31",
    ),
    (
        "Кайдашева сім'я",
        "Нечуй-Левицький, Іван",
        "Фоліо",
        "Харків",
        2020,
        "book",
        "Повість",
        "821.161.2-32",
    ),
    ("Доця", "Горіха Зерня, Тамара", "Білка", "Київ", 2019, "book", "Роман; Війна", "821.161.2"),
    (
        "Степовий бог",
        "Лір, Євген",
        "Видавництво Старого Лева",
        "Львів",
        2020,
        "book",
        "Роман",
        "821.161.2-31",
    ),
    (
        "Брама Європи. Історія України від скіфських воєн до незалежності",
        "Плохій, Сергій",
        "Клуб сімейного дозвілля",
        "Харків",
        2016,
        "book",
        "Історія України",
        "94(477)",
    ),
    (
        "Історія України-Руси. Т. 1",
        "Грушевський, Михайло",
        "Наукова думка",
        "Київ",
        1991,
        "book",
        "Історія України",
        "94(477)",
    ),
    (
        "Гаррі Поттер і філософський камінь",
        "Ролінґ, Джоан Кетлін; Морозов, Віктор",
        "А-БА-БА-ГА-ЛА-МА-ГА",
        "Київ",
        2016,
        "book",
        "Фентезі; Дитяча література",
        "821.111-93",
    ),
    (
        "Маленький принц",
        "Сент-Екзюпері, Антуан де; Жаботинська, Анатолій",
        "Школа",
        "Харків",
        2018,
        "book",
        "Дитяча література",
        "821.133.1-93",
    ),
    (
        "Котигорошко та інші українські народні казки",
        "",
        "Рідна мова",
        "Київ",
        2022,
        "book",
        "Казки; Дитяча література",
        "398.21(477)",
    ),
    (
        "Borderland: A Journey Through the History of Ukraine",
        "Reid, Anna",
        "Basic Books",
        "New York",
        2015,
        "book",
        "Історія України",
        "94(477)",
    ),
    (
        "Перверзія",
        "Андрухович, Юрій",
        "Фоліо",
        "Харків",
        2019,
        "ebook",
        "Роман",
        "821.161.2-31",
    ),
    (
        "Тигролови (аудіокнига)",
        "Багряний, Іван",
        "Абук",
        "Київ",
        2021,
        "audiobook",
        "Роман",
        "821.161.2-31",
    ),
    (
        "Український тиждень. 2024, № 5",
        "",
        "Український тиждень",
        "Київ",
        2024,
        "periodical",
        "Суспільство",
        "050",
    ),
    (
        "Українська література: електронна бібліотека",
        "",
        "Ukrlib",
        "",
        2023,
        "online",
        "Українська література",
        "821.161.2",
    ),
    (
        "Психологічна перша допомога: посібник для волонтерів",
        "Коваленко, Олена; Бондар, Ірина",
        "Видавництво УКУ",
        "Львів",
        2022,
        "book",
        "Психологія; Війна",
        "159.9",
    ),
]


def made_up_isbn(rng: random.Random) -> str:
    body = "978" + rng.choice(("966", "617")) + f"{rng.randrange(10**6):06d}"
    return body + str(ean.calc_check_digit(body))


def fill(catalogue: CatalogueService, seed: int = 7) -> int:
    """Adds the sample records with their copies; returns how many records it added."""
    rng = random.Random(seed)
    for title, authors, publisher, place, year, kind, subjects, udc in RECORDS:
        fields = {
            "authors": authors,
            "publisher": publisher,
            "place": place or None,
            "year": year,
            "material_type": kind,
            "subjects": subjects,
            "udc": udc,
            "language": "eng" if title.startswith("Borderland") else "ukr",
        }
        if kind == "online":
            fields["url"] = "https://www.ukrlib.com.ua"
        elif kind == "ebook":
            fields["url"] = "https://example.org/ebooks/perverziia"
        else:
            fields["isbn"] = made_up_isbn(rng)
        record_id, _ = catalogue.add_record(title, **fields)
        if kind == "online":
            continue
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
            acquisition, source = rng.choice(SOURCES)
            fields = {
                "hub": rng.choice(HUBS),
                "acquisition": acquisition,
                "acquisition_source": source,
                "acquired_on": (dt.date(2023, 3, 1) + dt.timedelta(rng.randrange(600))).isoformat(),
                "status": rng.choice(STATUSES),
            }
            if rng.random() < 0.2:
                fields["barcode"] = f"{rng.randrange(10**9):010d}"
            catalogue.add_copies(record_id, **fields)
    return len(RECORDS)


def main(data_dir: Path) -> None:
    from mandrivna.app import open_services

    services = open_services(data_dir)
    try:
        if services.device.current() is None:
            services.device.save("Хаб Дніпро", "Олена Коваленко")
        print(f"Added {fill(services.catalogue)} records to {data_dir}")
    finally:
        services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
