"""A review queue item in words, as the coordinator's queue shows it: the column headings, what
happened (a field's value that replaced another, a copy lent twice, a laptop's clock) and who did
it when (hub, librarian, moment). Texts in the "review" translation context."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from mandrivna.core.change import JsonValue
from mandrivna.core.review_items import LENT_TWICE, Author, ReviewItem
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
FIELD_LABELS = {
    "phone": QT_TRANSLATE_NOOP("review", "phone"),
    "email": QT_TRANSLATE_NOOP("review", "e-mail"),
    "settlement": QT_TRANSLATE_NOOP("review", "settlement"),
    "surname": QT_TRANSLATE_NOOP("review", "surname"),
    "given_name": QT_TRANSLATE_NOOP("review", "given name"),
    "notes": QT_TRANSLATE_NOOP("review", "notes"),
    "status": QT_TRANSLATE_NOOP("review", "status"),
    "hub": QT_TRANSLATE_NOOP("review", "hub"),
    "title": QT_TRANSLATE_NOOP("review", "title"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("review", "Kind"),
    QT_TRANSLATE_NOOP("review", "Hub"),
    QT_TRANSLATE_NOOP("review", "Date"),
    QT_TRANSLATE_NOOP("review", "About"),
    QT_TRANSLATE_NOOP("review", "What happened"),
    QT_TRANSLATE_NOOP("review", "Who and when"),
    QT_TRANSLATE_NOOP("review", "Decision"),
)


def _value(value: JsonValue) -> str:
    if value is None or value == "":
        return translate("review", "(empty)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _who(author: Author | None) -> str:
    if author is None:
        return ""
    parts = [p for p in (author.hub, author.librarian) if p]
    text = " · ".join(parts) or translate("review", "unknown laptop")
    if author.at_ms:
        moment = dt.datetime.fromtimestamp(author.at_ms / 1000)
        text += ", " + moment.strftime("%d.%m.%Y %H:%M")
    return text


def describe(item: ReviewItem) -> tuple[str, str]:
    """What happened, and who did it when, as the queue's cells say it."""
    if item.field is not None:
        field = translate("review", FIELD_LABELS.get(item.field, item.field))
        what = (
            translate("review", "%1: «%2» replaced «%3»")
            .replace("%1", field)
            .replace("%2", _value(item.kept_value))
            .replace("%3", _value(item.other_value))
        )
        who = (
            translate("review", "kept: %1; replaced: %2")
            .replace("%1", _who(item.kept_by))
            .replace("%2", _who(item.other_by))
        )
        return what, who
    if item.kind == LENT_TWICE and item.kept_by is not None:
        who = translate("review", "lent: %1").replace("%1", _who(item.kept_by))
        if item.other_by is not None:
            who += "; " + translate("review", "lent again: %1").replace("%1", _who(item.other_by))
        return item.detail, who
    if item.kind == "clock":
        what = translate("review", "stamps dated as late as %1").replace("%1", item.detail)
        return what, _who(item.other_by)
    return item.detail, _who(item.other_by)
