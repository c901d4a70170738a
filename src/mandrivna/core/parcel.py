"""A parcel of donated books and its lines as every layer sees them, and its rules: the steps it
goes through (formed → sent → received), what may change at each step, which copies may go, and
the checks of its waybill, dates and quantities. Every refusal is a ``ValidationError`` that says
what to do."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mandrivna.core.catalogue import PARCEL_STATUSES
from mandrivna.core.errors import ValidationError
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP

FORMED, SENT, RECEIVED = PARCEL_STATUSES
# How each status is named to people (translated in the "parcels" context).
STATUS_LABELS = {
    FORMED: QT_TRANSLATE_NOOP("parcels", "Formed"),
    SENT: QT_TRANSLATE_NOOP("parcels", "Sent"),
    RECEIVED: QT_TRANSLATE_NOOP("parcels", "Received"),
}
MAX_QUANTITY = 10_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Parcel:
    """A parcel formed for a hub, sent by a carrier and confirmed on receipt."""

    id: str
    destination_hub: str | None = None
    waybill: str | None = None
    status: str | None = None  # formed, sent, received
    formed_on: str | None = None
    sent_on: str | None = None
    received_on: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ParcelItem:
    """One line of a parcel: a copy, or a title with a quantity."""

    id: str
    parcel_id: str | None = None
    copy_id: str | None = None
    record_id: str | None = None
    quantity: int | None = None


def short_number(parcel_id: str) -> str:
    """The parcel's number as written on the box and the packing list: the first eight
    characters of its id, e.g. ``3F2A-91C0``."""
    head = parcel_id.replace("-", "")[:8].upper()
    return f"{head[:4]}-{head[4:]}"


def clean_destination(hub: str) -> str:
    hub = " ".join(hub.split())
    if not hub:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the hub the parcel goes to."))
    return hub


def check_editable(status: str | None) -> None:
    """Contents and destination change only while the parcel is being formed."""
    if status == SENT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The parcel has already been sent; its contents can no longer change."
            )
        )
    if status == RECEIVED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The parcel has already been received; its contents can no longer change."
            )
        )


def check_can_send(status: str | None, books: int) -> None:
    if status == SENT:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The parcel has already been sent."))
    if status == RECEIVED:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The parcel has already been received."))
    if books < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The parcel is empty: add books before sending it.")
        )


def check_can_receive(status: str | None) -> None:
    if status == FORMED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The parcel has not been sent yet; its receipt can be confirmed once it is sent.",
            )
        )
    if status == RECEIVED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The receipt of this parcel has already been confirmed.")
        )


def clean_waybill(typed: str) -> str:
    waybill = " ".join(typed.split())
    if not waybill:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Enter the carrier's waybill number."))
    return waybill


def check_date(day: dt.date, earliest: str | None, today: dt.date) -> str:
    """A sending or receiving date as stored: not in the future, not before the step before it
    (``earliest``, an ISO date or None)."""
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The date {date} is in the future."),
            date=day.strftime("%d.%m.%Y"),
        )
    if earliest and day.isoformat() < earliest:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The date {date} is before the parcel's previous step ({earlier})."
            ),
            date=day.strftime("%d.%m.%Y"),
            earlier=dt.date.fromisoformat(earliest).strftime("%d.%m.%Y"),
        )
    return day.isoformat()


def check_quantity(quantity: int) -> int:
    if not 1 <= quantity <= MAX_QUANTITY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The quantity must be from 1 to {most}."),
            most=MAX_QUANTITY,
        )
    return quantity


def check_copy_can_go(
    barcode: str, status: str | None, on_loan: bool, hub: str | None, destination: str
) -> None:
    """A copy goes in a parcel only if it is on the shelf (not on loan, not marked in transit,
    lost or written off) and not already at the destination."""
    if on_loan:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The copy {code} is on loan; it can go in a parcel once it is returned."
            ),
            code=barcode,
        )
    if status == "in_transit":
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The copy {code} is already on its way in a parcel."),
            code=barcode,
        )
    if status in ("lost", "written_off"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The copy {code} is lost or written off."), code=barcode
        )
    if hub and hub == destination:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The copy {code} is already at {hub}."),
            code=barcode,
            hub=hub,
        )


@dataclass
class ParcelLine:
    """One line of a parcel as listed and printed: a scanned copy, or a title with a quantity."""

    item_id: str
    quantity: int
    copy_id: str | None = None
    record_id: str | None = None
    barcode: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    isbn: str | None = None
    copy_status: str | None = None
    copy_on_loan: bool = False  # the copy has an open loan (lent after it was packed)

    @property
    def on_shelf(self) -> bool:
        """A scanned copy that can travel: not on loan and its status says available."""
        return self.copy_status == "available" and not self.copy_on_loan


@dataclass
class ParcelSummary:
    """A parcel in the list, with its number of lines and of books."""

    parcel: Parcel
    lines: int = 0
    books: int = 0


@dataclass
class ParcelDetail:
    """A parcel with its lines, as shown and printed on its packing list."""

    parcel: Parcel
    lines: list[ParcelLine]

    @property
    def books(self) -> int:
        return sum(line.quantity for line in self.lines)


@dataclass
class HubShipments:
    """Parcels and books sent to one hub in a period."""

    hub: str
    parcels: int
    books: int
