"""The indicators the library reports against its plan and the rule each is counted by.

The specification is ``shared/mission/indicators.md`` (§1 the indicators, §4 the counting rules,
§7 the decisions taken where the plan is silent). Names and rules are English here and go
through the translation catalogue (context "indicators"); the Ukrainian catalogue holds the
plan's own wording. Pure data. The plan's figures (its targets, the figures done before, the
figures entered) are in ``plan_figures``.

Two kinds of figures: ``COUNT`` figures add up (the hubs' figures sum to the library's, four
quarters to the year); ``PEOPLE`` figures count persons once per period, so they do not
(a person served at two hubs is one person of the library).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP


class Measure(StrEnum):
    COUNT = "count"  # additive: hubs sum to the library, quarters to the year
    PEOPLE = "people"  # distinct persons in the period: not additive


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    number: str  # as the report numbers its rows (the plan's headline table first)
    name: str  # English, translated through the "indicators" context
    unit: str  # English, translated the same way
    measure: Measure
    rule: str  # how it is counted, shown beside the figure and as a note in every export
    parent: str | None = None  # "of which" rows name the row they belong to

    @property
    def additive(self) -> bool:
        return self.measure is Measure.COUNT


def _i(
    code: str,
    number: str,
    name: str,
    unit: str,
    measure: Measure,
    rule: str,
    parent: str | None = None,
) -> Indicator:
    return Indicator(code, number, name, unit, measure, rule, parent)


PERSONS = QT_TRANSLATE_NOOP("indicators", "persons")
VISITS = QT_TRANSLATE_NOOP("indicators", "visits")
LOANS = QT_TRANSLATE_NOOP("indicators", "loans")
ITEMS = QT_TRANSLATE_NOOP("indicators", "items")
ANSWERS = QT_TRANSLATE_NOOP("indicators", "answers")
CONSULTATIONS = QT_TRANSLATE_NOOP("indicators", "consultations")
COPIES = QT_TRANSLATE_NOOP("indicators", "copies")
DOCUMENTS = QT_TRANSLATE_NOOP("indicators", "documents")
RECORDS = QT_TRANSLATE_NOOP("indicators", "records")
EVENTS = QT_TRANSLATE_NOOP("indicators", "events")
ATTENDANCES = QT_TRANSLATE_NOOP("indicators", "attendances")
COURSES = QT_TRANSLATE_NOOP("indicators", "courses")
PARCELS = QT_TRANSLATE_NOOP("indicators", "parcels")

INDICATORS: tuple[Indicator, ...] = (
    _i(
        "users.served",
        "1.1",
        QT_TRANSLATE_NOOP("indicators", "Users served"),
        PERSONS,
        Measure.PEOPLE,
        QT_TRANSLATE_NOOP(
            "indicators",
            "Card holders served in the period by any channel (event check-ins included), each "
            "once however many hubs served them, plus people served without a card (counted "
            "once each at the desk), plus the virtual users entered for the period. A merged "
            "duplicate reader counts once.",
        ),
    ),
    _i(
        "users.served.card",
        "1.1.1",
        QT_TRANSLATE_NOOP("indicators", "of which card holders"),
        PERSONS,
        Measure.PEOPLE,
        QT_TRANSLATE_NOOP(
            "indicators",
            "Distinct registered readers with a visit, loan, e-loan, consultation, event "
            "check-in, registration or re-registration in the period.",
        ),
        "users.served",
    ),
    _i(
        "users.served.no_card",
        "1.1.2",
        QT_TRANSLATE_NOOP("indicators", "of which served without a card"),
        PERSONS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "People served without registering, each counted once at the desk (a new person "
            "without a card); they cannot be told apart across hubs, so hubs add up.",
        ),
        "users.served",
    ),
    _i(
        "users.registered",
        "1.2",
        QT_TRANSLATE_NOOP("indicators", "Users registered (ЄРК)"),
        PERSONS,
        Measure.PEOPLE,
        QT_TRANSLATE_NOOP(
            "indicators",
            "Readers registered or re-registered in the period, each once (one registration "
            "file for the whole library). Erased readers still count: their registration is "
            "kept.",
        ),
    ),
    _i(
        "users.virtual",
        "1.3",
        QT_TRANSLATE_NOOP("indicators", "Virtual users"),
        PERSONS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "People served only online, entered per period from the web analytics (one entry "
            "per source and period); they are counted within users served too.",
        ),
    ),
    _i(
        "visits.total",
        "2",
        QT_TRANSLATE_NOOP("indicators", "Visits, total"),
        VISITS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "The sum of stationary, non-stationary, remote and virtual visits. Visits, not "
            "visitors: a person counts once a day at each hub.",
        ),
    ),
    _i(
        "visits.stationary",
        "2.0",
        QT_TRANSLATE_NOOP("indicators", "of which in the library's own premises"),
        VISITS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "Visits at sessions held in the library's own premises (none planned while the "
            "library works as a travelling library).",
        ),
        "visits.total",
    ),
    _i(
        "visits.non_stationary",
        "2.1",
        QT_TRANSLATE_NOOP("indicators", "of which through non-stationary service"),
        VISITS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "At hubs and mobile points: a card holder once a day per hub, anonymous visitors "
            "counted at the desk, registrations in person, and the in-person headcount of "
            "events at hubs less the card holders already counted there that day.",
        ),
        "visits.total",
    ),
    _i(
        "visits.remote",
        "2.2",
        QT_TRANSLATE_NOOP("indicators", "of which through remote service"),
        VISITS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "By phone, messenger, e-mail and online: remote consultations and e-services, "
            "remote visits counted at the desk, and the live participants of online events "
            "(views of a recording are not visits).",
        ),
        "visits.total",
    ),
    _i(
        "visits.virtual",
        "2.3",
        QT_TRANSLATE_NOOP("indicators", "of which virtual visits (web resources)"),
        VISITS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "Sessions on the library's web resources from outside, however many pages, "
            "entered per period (page views, followers and reach are not visits).",
        ),
        "visits.total",
    ),
    _i(
        "loans.total",
        "3",
        QT_TRANSLATE_NOOP("indicators", "Loans (документовидача)"),
        LOANS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "Printed items lent (renewals are not new loans: ISO 2789, 6.2.3.2), items used in "
            "the hub without being taken away (6.2.3.4), and electronic loans. Free internet "
            "resources are not loans.",
        ),
    ),
    _i(
        "loans.electronic",
        "3.1",
        QT_TRANSLATE_NOOP("indicators", "of which electronic"),
        LOANS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators", "Access given to an e-book or an item of a content aggregator."
        ),
        "loans.total",
    ),
    _i(
        "loans.printed",
        "3.2",
        QT_TRANSLATE_NOOP("indicators", "of which printed"),
        LOANS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "Copies lent at the desk (a copy lent twice before a sync counts twice: two "
            "people took it). The plan's figure is the total less the electronic loans.",
        ),
        "loans.total",
    ),
    _i(
        "loans.in_house",
        "3.3",
        QT_TRANSLATE_NOOP("indicators", "of which used in the hub"),
        LOANS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators", "Items read at the hub without being taken away, counted at the desk."
        ),
        "loans.total",
    ),
    _i(
        "loans.renewals",
        "3.4",
        QT_TRANSLATE_NOOP("indicators", "Renewals (not loans)"),
        LOANS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators", "Loans renewed, on a line of their own (ISO 2789, 6.2.3.2)."
        ),
    ),
    _i(
        "resources.free",
        "3.5",
        QT_TRANSLATE_NOOP("indicators", "Free internet resources given out"),
        ITEMS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators", "Links and QR codes to free resources given to people; not loans."
        ),
    ),
    _i(
        "reference.answers",
        "4.1",
        QT_TRANSLATE_NOOP("indicators", "Reference answers"),
        ANSWERS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "Questions answered with staff knowledge or sources; a question referred on still "
            "counts. Directional questions are not recorded.",
        ),
    ),
    _i(
        "reference.consultations",
        "4.2",
        QT_TRANSLATE_NOOP("indicators", "Consultations"),
        CONSULTATIONS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP("indicators", "Consultations given, by any channel."),
    ),
    _i(
        "reference.educational",
        "4.2.1",
        QT_TRANSLATE_NOOP("indicators", "of which educational"),
        CONSULTATIONS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "Consultations with an educational topic; digital skills and e-government (Дія) "
            "count as educational unless the setting says otherwise.",
        ),
        "reference.consultations",
    ),
    _i(
        "collection.books",
        "5.1",
        QT_TRANSLATE_NOOP("indicators", "Books acquired"),
        COPIES,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators", "Copies of books acquired in the period (bought or donated)."
        ),
    ),
    _i(
        "collection.electronic",
        "5.2",
        QT_TRANSLATE_NOOP("indicators", "Electronic resources acquired"),
        DOCUMENTS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators", "Records of e-books, audiobooks and online resources created."
        ),
    ),
    _i(
        "collection.processed",
        "5.3",
        QT_TRANSLATE_NOOP("indicators", "Items technically processed"),
        COPIES,
        Measure.COUNT,
        QT_TRANSLATE_NOOP("indicators", "Copies given a barcode in the period."),
    ),
    _i(
        "collection.catalogued",
        "5.4",
        QT_TRANSLATE_NOOP("indicators", "Records catalogued"),
        RECORDS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP("indicators", "Catalogue records created in the period."),
    ),
    _i(
        "events.held",
        "6.1",
        QT_TRANSLATE_NOOP("indicators", "Events held"),
        EVENTS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "Events that took place (not planned or cancelled ones); each course session is "
            "an event.",
        ),
    ),
    _i(
        "events.attendance",
        "6.2",
        QT_TRANSLATE_NOOP("indicators", "Event attendance"),
        ATTENDANCES,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "In-person headcount (or the card check-ins, if more) plus live online "
            "participants. The plan sets no target.",
        ),
    ),
    _i(
        "events.courses",
        "6.3",
        QT_TRANSLATE_NOOP("indicators", "Courses completed by participants"),
        PERSONS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP(
            "indicators",
            "Enrolments whose sessions attended reached the course's number by the end of the "
            "period.",
        ),
    ),
    _i(
        "parcels.sent",
        "7.1",
        QT_TRANSLATE_NOOP("indicators", "Parcels of donated books sent to hubs"),
        PARCELS,
        Measure.COUNT,
        QT_TRANSLATE_NOOP("indicators", "Parcels sent in the period, by destination hub."),
    ),
)

BY_CODE: dict[str, Indicator] = {i.code: i for i in INDICATORS}
