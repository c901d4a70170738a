"""The demo's hubs: where the travelling library serves, and the step that sets up their laptops.

Each hub has one laptop, set up as a librarian would at first run (hub and librarian's name),
which says who it is (its profile) and proposes its hub's name to the directory, as a laptop does
as it first syncs; headquarters has the coordinator's laptop, which keeps the hub directory
(issue #13), filled in this same step from this same list, with the place and kind of each hub.
One hub is planted spelt two ways: headquarters lists the first hub as «Хаб Дніпро» while its
laptop calls it «Хаб у Дніпрі», so the coordinator finds two entries of one hub to merge.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from mandrivna.demo.people import librarian
from mandrivna.services import laptop_profile
from mandrivna.services.device_service import DeviceService
from mandrivna.services.hub_service import HubService
from mandrivna.store.database import Database

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY = range(6)


@dataclass(frozen=True)
class DemoHub:
    name: str  # as the laptop is set up with it
    settlement: str
    venue: str  # where the desk stands
    link: float  # how likely its laptop can sync at the end of a working day
    workdays: tuple[int, ...]  # the weekdays the desk is open (0 is Monday)
    size: float  # how busy it is, against the others


HEADQUARTERS = DemoHub(
    "Головний офіс ЛОУНБ",
    "Київ",
    "Відділ організації та координації",
    1.0,
    (MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
    0.0,
)
WEEKDAYS = (MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
HUBS = (
    DemoHub("Хаб у Дніпрі", "Дніпро", "Читальна зона хабу", 0.9, WEEKDAYS, 1.3),
    DemoHub("Хаб у Києві", "Київ", "Простір підтримки ВПО", 0.95, WEEKDAYS, 1.2),
    DemoHub(
        "Хаб у Вінниці",
        "Вінниця",
        "Читальна зона хабу",
        0.7,
        (MONDAY, TUESDAY, THURSDAY, FRIDAY),
        1.0,
    ),
    DemoHub(
        "Хаб у Полтаві",
        "Полтава",
        "Модульне містечко",
        0.5,
        (TUESDAY, WEDNESDAY, THURSDAY, SATURDAY),
        0.9,
    ),
    DemoHub(
        "Хаб в Ужгороді",
        "Ужгород",
        "Читальна зона хабу",
        0.6,
        (MONDAY, WEDNESDAY, THURSDAY, FRIDAY),
        0.8,
    ),
    DemoHub("Хаб у Львові", "Львів", "Бібліотека-партнер", 0.85, WEEKDAYS, 0.9),
    DemoHub(
        "Хаб у Черкасах", "Черкаси", "Читальна зона хабу", 0.6, (MONDAY, WEDNESDAY, FRIDAY), 0.6
    ),
    DemoHub(
        "Хаб у Кропивницькому",
        "Кропивницький",
        "Центр підтримки ВПО",
        0.5,
        (TUESDAY, THURSDAY, SATURDAY),
        0.5,
    ),
)
MAX_HUBS = len(HUBS)
OBLASTS = {
    "Дніпро": "Дніпропетровська",
    "Київ": "Київська",
    "Вінниця": "Вінницька",
    "Полтава": "Полтавська",
    "Ужгород": "Закарпатська",
    "Львів": "Львівська",
    "Черкаси": "Черкаська",
    "Кропивницький": "Кіровоградська",
}
# How headquarters spells the first hub in its directory (its laptop says «Хаб у Дніпрі»).
SPELT_AT_HEADQUARTERS = "Хаб Дніпро"


def demo_hubs(count: int) -> tuple[DemoHub, ...]:
    """The first ``count`` hubs of the list."""
    if not 2 <= count <= MAX_HUBS:
        raise ValueError(f"from 2 to {MAX_HUBS} hubs")
    return HUBS[:count]


def set_up_laptop(db: Database, hub: DemoHub, rng: random.Random) -> str:
    """Set the laptop up for its hub as at first run; returns the librarian's name."""
    name = librarian(rng)
    DeviceService(db).save(hub.name, name)
    laptop_profile.note_laptop(db)
    return name


def fill_directory(db: Database, hubs: tuple[DemoHub, ...]) -> None:
    """Headquarters lists every hub with its place and kind (the first one as it spells it)."""
    directory = HubService(db)
    for n, hub in enumerate(hubs):
        kind = "partner_library" if hub.venue == "Бібліотека-партнер" else "hub"
        name = SPELT_AT_HEADQUARTERS if n == 0 else hub.name
        directory.add(name, hub.settlement, OBLASTS.get(hub.settlement), kind)
