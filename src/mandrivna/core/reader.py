"""A registered reader (ЄРК) as every layer sees it, its field list (written here once: the
store's table, the exchange template and the reader's own copy of their data follow it), the
categories, and what must be present to register."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

from mandrivna.core.errors import ValidationError
from mandrivna.core.phone_numbers import normal_phone
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

CATEGORIES = (
    "idp",  # внутрішньо переміщена особа (ВПО)
    "age55",  # 55+
    "child",
    "youth",
    "military",  # military or veteran
    "military_family",
    "disability",
)
# How each category is named to people (translated in the "categories" context).
CATEGORY_LABELS = {
    "idp": QT_TRANSLATE_NOOP("categories", "Internally displaced person"),
    "age55": QT_TRANSLATE_NOOP("categories", "Aged 55+"),
    "child": QT_TRANSLATE_NOOP("categories", "Child"),
    "youth": QT_TRANSLATE_NOOP("categories", "Youth"),
    "military": QT_TRANSLATE_NOOP("categories", "Military or veteran"),
    "military_family": QT_TRANSLATE_NOOP("categories", "Family of military"),
    "disability": QT_TRANSLATE_NOOP("categories", "Person with disability"),
}


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Reader:
    """A registered reader: an editable record, merged field by field on every laptop."""

    id: str
    card_number: str | None = None
    surname: str | None = None
    given_name: str | None = None
    patronymic: str | None = None
    birth_year: int | None = None
    phone: str | None = None
    email: str | None = None
    messenger: str | None = None
    settlement: str | None = None
    categories: list[str] | None = None
    consent_on: str | None = None
    registration_hub: str | None = None
    registered_on: str | None = None
    registration_years: list[int] | None = None
    notes: str | None = None
    blocked: bool | None = None
    block_reason: str | None = None
    merged_into: str | None = None  # a duplicate merged into the reader kept (core.redirects)

    @property
    def full_name(self) -> str:
        """Surname, given name and patronymic, as far as known."""
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


@dataclasses.dataclass(frozen=True, slots=True)
class ReaderMatches:
    """A search's answer: the readers matching what was typed, and, when those are few, the
    readers whose name is a slip away from it (shown apart: «did you mean»)."""

    found: list[Reader]
    similar: list[Reader] = dataclasses.field(default_factory=list)


# Every field of a reader but its id (and the merge link), in the order of the exchange
# table's columns.
READER_FIELDS = tuple(
    f.name for f in dataclasses.fields(Reader) if f.name not in ("id", "merged_into")
)
NAME_FIELDS = ("surname", "given_name", "patronymic")
CONTACT_FIELDS = ("phone", "email", "messenger", "settlement")
# Personal data erased when a reader is deleted; the anonymous counts stay.
PERSONAL_FIELDS = (*NAME_FIELDS, "birth_year", *CONTACT_FIELDS, "notes", "block_reason")


def with_registration(fields: dict[str, Any], hub: str, today: dt.date) -> dict[str, Any]:
    """A new reader's fields with what registration fills in when they do not say: the hub and
    the day of registration, and that year as the first year registered."""
    out = dict(fields)
    out.setdefault("registration_hub", hub)
    out.setdefault("registered_on", today.isoformat())
    out.setdefault("registration_years", [int(out["registered_on"][:4])])
    return out


def validate_reader(fields: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """Check and normalise a reader's fields; raises ValidationError naming the first problem."""
    clean = {k: (" ".join(v.split()) if isinstance(v, str) else v) for k, v in fields.items()}
    if "surname" in clean and not clean["surname"]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the reader's surname."))
    if "given_name" in clean and not clean["given_name"]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the reader's given name."))
    if "phone" in clean:  # a Ukrainian number in its one form; anything else kept as typed
        clean["phone"] = normal_phone(clean["phone"])
    year = clean.get("birth_year")
    if year is not None and not (1900 <= int(year) <= today.year):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The birth year {year} is not possible."), year=year
        )
    categories = clean.get("categories")
    if categories is not None:
        unknown = set(categories) - set(CATEGORIES)
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown reader category: {name}."),
                name=sorted(unknown)[0],
            )
        clean["categories"] = sorted(set(categories))
    return clean


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ReaderPair:
    """Two readers a coordinator found not to be one person (id from the pair), so the pair is
    not proposed as duplicates again."""

    id: str
    reader_a: str | None = None
    reader_b: str | None = None
    verdict: str | None = None  # distinct


_REREGISTRATION = uuid.UUID("c2a7e0b4-5d1f-4e8a-b3c6-9f2d7a1e4b58")


def reregistration_id(reader_id: str, year: int) -> str:
    """The id of a reader's re-registration for a year: re-registering twice that year (here or
    on another laptop) is one re-registration, and two years re-registered offline are two."""
    return str(uuid.uuid5(_REREGISTRATION, f"{reader_id}|{year}"))


def registration_years(stored: list[int] | None, reregistered: set[int]) -> list[int]:
    """A reader's registration years: those on the record (the first registration's, imported
    ones) and every year of a dated re-registration, whichever laptop recorded it."""
    return sorted(set(stored or []) | reregistered)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Reregistration:
    """A reader re-registered for a year, on a day at a hub (a fact; id from reader and year,
    so re-registering twice that year is once, on every laptop)."""

    id: str
    reader_id: str
    year: int
    day: str
    hub: str | None = None
    device_id: str
    hlc: int
