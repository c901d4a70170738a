"""A short name for every indicator, for places with no room for the plan's own wording: a
chart's axis shows «2.1 Non-stationary» where the report's table says «of which through
non-stationary service». English here, translated through the "indicator short names" context;
the full name (``Indicator.name``) stays the one in the report and in a chart's tooltip.
Pure data."""

from __future__ import annotations

from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

CONTEXT = "indicator short names"

SHORT_NAMES: dict[str, str] = {
    "users.served": QT_TRANSLATE_NOOP("indicator short names", "Users served"),
    "users.served.card": QT_TRANSLATE_NOOP("indicator short names", "Card holders"),
    "users.served.no_card": QT_TRANSLATE_NOOP("indicator short names", "Without a card"),
    "users.registered": QT_TRANSLATE_NOOP("indicator short names", "Registered (ЄРК)"),
    "users.virtual": QT_TRANSLATE_NOOP("indicator short names", "Virtual users"),
    "visits.total": QT_TRANSLATE_NOOP("indicator short names", "Visits"),
    "visits.stationary": QT_TRANSLATE_NOOP("indicator short names", "Stationary"),
    "visits.non_stationary": QT_TRANSLATE_NOOP("indicator short names", "Non-stationary"),
    "visits.remote": QT_TRANSLATE_NOOP("indicator short names", "Remote"),
    "visits.virtual": QT_TRANSLATE_NOOP("indicator short names", "Virtual visits"),
    "loans.total": QT_TRANSLATE_NOOP("indicator short names", "Loans"),
    "loans.electronic": QT_TRANSLATE_NOOP("indicator short names", "E-loans"),
    "loans.printed": QT_TRANSLATE_NOOP("indicator short names", "Printed loans"),
    "loans.in_house": QT_TRANSLATE_NOOP("indicator short names", "Used in the hub"),
    "loans.renewals": QT_TRANSLATE_NOOP("indicator short names", "Renewals"),
    "resources.free": QT_TRANSLATE_NOOP("indicator short names", "Free resources"),
    "reference.answers": QT_TRANSLATE_NOOP("indicator short names", "Reference answers"),
    "reference.consultations": QT_TRANSLATE_NOOP("indicator short names", "Consultations"),
    "reference.educational": QT_TRANSLATE_NOOP("indicator short names", "Educational"),
    "collection.books": QT_TRANSLATE_NOOP("indicator short names", "Books acquired"),
    "collection.electronic": QT_TRANSLATE_NOOP("indicator short names", "E-resources acquired"),
    "collection.processed": QT_TRANSLATE_NOOP("indicator short names", "Items processed"),
    "collection.catalogued": QT_TRANSLATE_NOOP("indicator short names", "Records catalogued"),
    "events.held": QT_TRANSLATE_NOOP("indicator short names", "Events held"),
    "events.attendance": QT_TRANSLATE_NOOP("indicator short names", "Event attendance"),
    "events.courses": QT_TRANSLATE_NOOP("indicator short names", "Courses completed"),
    "parcels.sent": QT_TRANSLATE_NOOP("indicator short names", "Parcels sent"),
}
