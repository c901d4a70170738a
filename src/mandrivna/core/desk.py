"""Rules of the lending desk and reference help: the kinds of requests, topics and channels, and
what needs an explicit override (recorded with its reason for the coordinator)."""

from __future__ import annotations

from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

SESSION_CHANNELS = ("stationary", "non_stationary")
REQUEST_KINDS = ("reference", "consultation")
TOPICS = ("educational", "digital", "literature", "legal_social", "other")
REQUEST_CHANNELS = ("in_person", "phone", "messenger", "online")
OUTCOMES = ("answered", "referred")
E_LOAN_KINDS = ("e_loan", "free_resource")

TOPIC_LABELS = {
    "educational": QT_TRANSLATE_NOOP("desk", "Educational"),
    "digital": QT_TRANSLATE_NOOP("desk", "Digital services and e-government (Дія)"),
    "literature": QT_TRANSLATE_NOOP("desk", "Literature and reading"),
    "legal_social": QT_TRANSLATE_NOOP("desk", "Legal and social"),
    "other": QT_TRANSLATE_NOOP("desk", "Other"),
}
CHANNEL_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("desk", "In person"),
    "phone": QT_TRANSLATE_NOOP("desk", "Phone"),
    "messenger": QT_TRANSLATE_NOOP("desk", "Messenger"),
    "online": QT_TRANSLATE_NOOP("desk", "Online"),
}


def visit_channel(request_channel: str, session_channel: str) -> str:
    """How a served reader's visit counts: in person as the session's channel, else remote."""
    return session_channel if request_channel == "in_person" else "remote"
