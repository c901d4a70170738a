"""Catalogue import speed: a 100,000-record UNIMARC file in cp1251 (ISO 2709, made with pymarc;
Ukrainian titles, authors, publishers and subjects, about 1.5 copies a record, some bad ISBNs),
imported end to end (read, decode, map, check, match, write into the change log and tables, search
index) into a fresh database; then the same file again (every record matched, nothing written).

Run: ``.venv/bin/python bench/catalogue_import_bench.py [records] [runs]``. Target: 100,000
records in under 60 s.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pymarc import Indicators, RawField, Record, Subfield
from stdnum import ean

from mandrivna.services.catalogue_import import CatalogueImport
from mandrivna.store.database import Database

SURNAMES = [
    "Шевченко",
    "Франко",
    "Українка",
    "Коцюбинський",
    "Стефаник",
    "Багряний",
    "Хвильовий",
    "Підмогильний",
    "Тичина",
    "Рильський",
    "Стус",
    "Костенко",
    "Жадан",
    "Андрухович",
    "Забужко",
    "Кокотюха",
    "Винничук",
    "Дашвар",
    "Іздрик",
    "Малкович",
    "Гончар",
    "Загребельний",
    "Яновський",
    "Довженко",
    "Черемшина",
    "Кобилянська",
    "Вовчок",
    "Нечуй-Левицький",
]
GIVEN = [
    "Тарас",
    "Іван",
    "Леся",
    "Михайло",
    "Василь",
    "Ліна",
    "Сергій",
    "Юрій",
    "Оксана",
    "Андрій",
    "Марія",
    "Ґанна",
    "Євген",
]
WORDS = [
    "місто",
    "сад",
    "вишневий",
    "ніч",
    "тиша",
    "дорога",
    "пісня",
    "земля",
    "світло",
    "вітер",
    "зима",
    "весна",
    "сонце",
    "ріка",
    "степ",
    "серце",
    "пам'ять",
    "дім",
    "вогонь",
    "камінь",
    "хліб",
    "поле",
    "мати",
    "сон",
    "день",
    "історія",
    "Україна",
    "Київ",
    "Львів",
    "Дніпро",
    "їжак",
    "ґанок",
    "єдність",
    "подвір'я",
    "солов'ї",
]
PLACES = ["Київ", "Львів", "Харків", "Дніпро", "Одеса", "Тернопіль", "Чернівці", "Вінниця"]
PUBLISHERS = (
    "Фоліо",
    "А-ба-ба-га-ла-ма-га",
    "Видавництво Старого Лева",
    "Наш формат",
    "Віват",
    "Дніпро",
    "Веселка",
)
SUBJECTS = (
    "Українська література",
    "Історія України",
    "Дитяча література",
    "Поезія",
    "Краєзнавство",
)


def _isbn(rng: random.Random) -> str:
    body = f"978966{rng.randrange(10**6):06d}"
    return body + ean.calc_check_digit(body)


def _field(tag: str, ind: str, subfields: list[tuple[str, str]]) -> RawField:
    return RawField(
        tag=tag,
        indicators=Indicators(ind[0], ind[1]),
        subfields=[Subfield(code, value.encode("cp1251")) for code, value in subfields],
    )


def make_record(number: int, rng: random.Random) -> Record:
    record = Record(to_unicode=False, leader="00000nam  2200000   450 ")
    record.add_field(RawField(tag="001", data=f"UA-{number:07d}".encode()))
    roll = rng.random()
    if roll < 0.94:
        record.add_field(_field("010", "  ", [("a", _isbn(rng)), ("d", "100 грн")]))
    elif roll < 0.95:
        record.add_field(_field("010", "  ", [("a", "966-000-00-X")]))  # a bad one
    year = str(rng.randint(1960, 2025))
    general = f"20240115d{year}    k  y0ukry0189    ca"  # declares cp1251 (89)
    record.add_field(_field("100", "  ", [("a", general)]))
    record.add_field(_field("101", "0 ", [("a", "ukr")]))
    words = rng.sample(WORDS, rng.randint(1, 4))
    title = " ".join(words).capitalize()
    surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
    record.add_field(
        _field("200", "1 ", [("a", title), ("e", "роман"), ("f", f"{given} {surname}")])
    )
    place, publisher = rng.choice(PLACES), rng.choice(PUBLISHERS)
    record.add_field(_field("210", "  ", [("a", place), ("c", publisher), ("d", year)]))
    record.add_field(_field("215", "  ", [("a", f"{rng.randint(48, 900)} с.")]))
    record.add_field(_field("606", " 1", [("a", rng.choice(SUBJECTS))]))
    record.add_field(_field("675", "  ", [("a", "821.161.2-31")]))
    record.add_field(_field("700", " 1", [("a", surname), ("b", f"{given[0]}."), ("g", given)]))
    if rng.random() < 0.2:
        record.add_field(_field("701", " 1", [("a", rng.choice(SURNAMES)), ("g", "Олена")]))
    for copy in range(rng.choice((1, 2))):
        record.add_field(_field("995", "  ", [("f", f"21{number:07d}{copy}")]))
    return record


def write_file(path: Path, records: int) -> None:
    rng = random.Random(2025)
    with open(path, "wb") as handle:
        for number in range(1, records + 1):
            handle.write(make_record(number, rng).as_marc())


def timed_import(path: Path, folder: Path) -> tuple[float, float, float, int, int]:
    db = Database.open(folder)
    db.set_device(hub_name="Хаб Дніпро", librarian_name="Олена")
    importer = CatalogueImport(db)
    start, cpu = time.perf_counter(), time.process_time()
    report = importer.run(path)
    first, first_cpu = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    again = importer.run(path)
    second = time.perf_counter() - start
    assert again.new == 0 and again.copies == 0, "a second import must add nothing"
    db.close()
    return first, first_cpu, second, report.new, report.copies


def main() -> None:
    records = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "catalogue.iso"
        start = time.perf_counter()
        write_file(path, records)
        size = os.path.getsize(path) / 2**20
        print(f"wrote {records} records ({size:.1f} MiB) in {time.perf_counter() - start:.1f} s")
        firsts, cpus, seconds = [], [], []
        for run in range(runs):
            first, cpu, second, new, copies = timed_import(path, Path(tmp) / f"data{run}")
            firsts.append(first)
            cpus.append(cpu)
            seconds.append(second)
            print(
                f"run {run + 1}: imported {new} records, {copies} copies in {first:.1f} s "
                f"(CPU {cpu:.1f} s; {new / first:,.0f} records/s); again in {second:.1f} s"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"median: first import {statistics.median(firsts):.1f} s "
        f"(CPU {statistics.median(cpus):.1f} s), re-import {statistics.median(seconds):.1f} s; "
        f"peak memory of the process {peak:.0f} MiB"
    )


if __name__ == "__main__":
    main()
