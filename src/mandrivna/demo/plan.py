"""How much happens in a demo year: the library's 2024 plan, and the volumes taken from it.

The plan's headline table (ЗАГАЛЬНІ ПОКАЗНИКИ, «План роботи ЛОУНБ на 2024 рік») is kept here
as the library wrote it. At scale 1 the demo's full list of hubs does in a year what the plan asks
of the whole library, each hub its share by its size; a demo of fewer hubs does their shares,
``--scale`` multiplies it all, and a year not yet over gets its share to date. The plan's targets
are recorded in this same step on headquarters' laptop (``record_plan``): the 2024 plan as the
library wrote it (the app's ready example, ``core.plan_figures``) when the demo is the whole library
in 2024, else its figures for the demo's year in the demo's proportion.
"""

from __future__ import annotations

from dataclasses import dataclass

from mandrivna.core import plan_figures
from mandrivna.services.plan_service import PlanService

# The 2024 plan's headline figures: indicator → (the plan's words, target for the year).
PLAN_2024: dict[str, tuple[str, int]] = {
    "served": ("Кількість обслужених користувачів", 5000),
    "registered": ("Кількість користувачів за ЄРК", 1900),
    "virtual_users": ("Кількість віртуальних користувачів", 1000),
    "visits": ("Відвідування (загалом)", 35000),
    "visits_non_stationary": ("через нестаціонарне обслуговування", 5200),
    "visits_remote": ("через дистанційне обслуговування", 3800),
    "visits_virtual": ("віртуальні відвідування (інтернет-ресурсів)", 26000),
    "loans": ("Книговидача", 5000),
    "e_loans": ("зокрема електронна", 3500),
    "free_resources": ("Видача вільних ресурсів інтернет", 500),
    "references": ("Довідки", 75),
    "consultations": ("Консультації", 250),
    "consultations_educational": ("з них освітнього напрямку", 150),
    "books_acquired": ("Надходження видань до фонду: книги", 200),
    "catalogued": ("Каталогізація", 200),
}
# Of the readers registered in a year (ЄРК), the share new that year; the others re-register.
NEW_SHARE = 0.65
# Of last year's readers, the share who come back (and re-register).
RETURNING = 0.8


def target(indicator: str) -> int:
    return PLAN_2024[indicator][1]


@dataclass(frozen=True)
class Volumes:
    """What the demo's hubs do in its period, library-wide (hubs share it by their size)."""

    registrations: int  # new readers
    last_year_readers: int  # registered the year before; most re-register
    printed_loans: int
    e_loans: int
    free_resources: int
    references: int
    consultations: int
    visits_non_stationary: int  # readers' visits and anonymous tallies at the hubs
    visits_remote: int
    virtual_visits: int  # web sessions, entered per month at headquarters
    virtual_users: int  # people served online only, entered per month from the same statistics
    books_acquired: int  # copies the Ukrainian Book Institute sends, in parcels
    shelf_per_hub: int  # copies each hub holds when the year begins


def volumes(scale: float, share_of_year: float, share_of_library: float) -> Volumes:
    """The volumes of hubs doing ``share_of_library`` of the library's work, over a period
    covering ``share_of_year`` of a year, at ``scale``."""
    share = scale * share_of_year * share_of_library

    def of(indicator: str, factor: float = 1.0) -> int:
        return round(target(indicator) * share * factor)

    registered = target("registered") * scale * share_of_library
    return Volumes(
        registrations=of("registered", NEW_SHARE),
        last_year_readers=round(registered * (1 - NEW_SHARE) / RETURNING),
        printed_loans=of("loans") - of("e_loans"),
        e_loans=of("e_loans"),
        free_resources=of("free_resources"),
        references=of("references"),
        consultations=of("consultations"),
        visits_non_stationary=of("visits_non_stationary"),
        visits_remote=of("visits_remote"),
        virtual_visits=of("visits_virtual"),
        virtual_users=of("virtual_users"),
        books_acquired=of("books_acquired"),
        shelf_per_hub=max(40, round(250 * scale)),
    )


def record_plan(plan: PlanService, year: int, share: float) -> None:
    """The coordinator enters the year's plan: the 2024 plan itself (with the figures it gives
    as done in 2022 and 2023) for the whole library in 2024; otherwise its targets for ``year``
    and those done figures for the two years before, times ``share`` (the demo's hubs' part of
    the library, at its scale)."""
    if year == 2024 and round(share, 6) == 1:
        plan.load_plan_2024()
        return
    note = f"План 2024 × {share:.2f}"
    for indicator, value in plan_figures.PLAN_2024.items():
        plan.set_figure("target", year, indicator, round(value * share), note=note)
    for offset, done in ((2, plan_figures.DONE_BEFORE[2022]), (1, plan_figures.DONE_BEFORE[2023])):
        for indicator, value in done.items():
            plan.set_figure("done", year - offset, indicator, round(value * share), note=note)
