"""The benchmark's workload: a realistic mix of changes written through the real change log.

Readers registered (editable records with Ukrainian names, phones and categories) and visits
tallied (facts), in the proportion a hub sees: about one registration for three visit tallies.
"""

from __future__ import annotations

import random
import uuid
from typing import Any

from mandrivna.store.database import Database

SURNAMES = [
    "Шевченко",
    "Коваленко",
    "Бондаренко",
    "Ткаченко",
    "Кравченко",
    "Олійник",
    "Шевчук",
    "Поліщук",
    "Бойко",
    "Ґалаґан",
    "Мельник",
    "Лисенко",
    "Мороз",
    "Савчук",
]
NAMES = ["Олена", "Іван", "Марія", "Петро", "Ганна", "Андрій", "Наталія", "Юрій", "Ірина"]
CITIES = ["Сєвєродонецьк", "Лисичанськ", "Старобільськ", "Рубіжне", "Кремінна", "Щастя"]
CHANNELS = ["stationary", "non_stationary", "remote"]


def records(n: int, seed: int = 7) -> list[tuple[str, str, str, dict[str, Any]]]:
    """``n`` changes as (kind, entity, id, fields), the same for every system benchmarked."""
    rnd = random.Random(seed)
    out: list[tuple[str, str, str, dict[str, Any]]] = []
    for i in range(n):
        if i % 4 == 0:
            out.append(
                (
                    "record",
                    "reader",
                    str(uuid.UUID(int=rnd.getrandbits(128))),
                    {
                        "surname": rnd.choice(SURNAMES),
                        "given_name": rnd.choice(NAMES),
                        "birth_year": rnd.randint(1940, 2015),
                        "phone": f"+38050{rnd.randint(1000000, 9999999)}",
                        "settlement": rnd.choice(CITIES),
                        "categories": ["idp"],
                        "registration_hub": "Хаб Дніпро",
                        "registered_on": "2026-11-25",
                        "consent_on": "2026-11-25",
                    },
                )
            )
        else:
            out.append(
                (
                    "fact",
                    "visit",
                    str(uuid.UUID(int=rnd.getrandbits(128))),
                    {
                        "day": f"2026-11-{rnd.randint(1, 28):02d}",
                        "hub": "Хаб Дніпро",
                        "channel": rnd.choice(CHANNELS),
                        "count": rnd.randint(1, 5),
                    },
                )
            )
    return out


def write_all(
    db: Database, rows: list[tuple[str, str, str, dict[str, Any]]], per_transaction: int = 5000
) -> None:
    for start in range(0, len(rows), per_transaction):
        with db.write() as writer:
            for kind, entity, entity_id, fields in rows[start : start + per_transaction]:
                if kind == "record":
                    writer.upsert(entity, entity_id, fields)
                else:
                    writer.fact(entity, entity_id, fields)


def edited_records(
    n: int, edits_per_record: int = 5, seed: int = 11
) -> list[tuple[str, str, str, dict[str, Any]]]:
    """``n`` changes that keep editing the same readers (phone, settlement, notes): the history
    a snapshot compacts, one merged record instead of every edit."""
    rnd = random.Random(seed)
    readers = [str(uuid.UUID(int=rnd.getrandbits(128))) for _ in range(n // edits_per_record)]
    out: list[tuple[str, str, str, dict[str, Any]]] = []
    for reader_id in readers:
        out.append(
            (
                "record",
                "reader",
                reader_id,
                {
                    "surname": rnd.choice(SURNAMES),
                    "given_name": rnd.choice(NAMES),
                    "registration_hub": "Хаб Дніпро",
                    "registered_on": "2026-01-15",
                },
            )
        )
    for i in range(n - len(readers)):
        out.append(
            (
                "record",
                "reader",
                readers[i % len(readers)],
                {
                    "phone": f"+38050{rnd.randint(1000000, 9999999)}",
                    "settlement": rnd.choice(CITIES),
                },
            )
        )
    return out
