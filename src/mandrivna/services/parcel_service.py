"""Parcels of donated books for hubs: form one for a destination hub from scanned copies and
titles with quantities, change it while it is being formed, send it with the carrier's waybill
(its copies go "in transit"), confirm receipt at the hub (its copies move there and are on the
shelf again), and count parcels and books sent per hub in a year.

Every check is made inside the write transaction that acts on it, and every write goes through
the change log, so a parcel formed on one laptop and received on another converges everywhere.
Title lines are books not catalogued one by one: they are counted and listed, and no copy moves.
"""

from __future__ import annotations

import datetime as dt

from mandrivna.core import parcel as rules
from mandrivna.core.card_number import card_counter, normalise_code
from mandrivna.core.catalogue import BookCopy, RecordHit
from mandrivna.core.change import Changed
from mandrivna.core.errors import ValidationError
from mandrivna.core.ids import new_id
from mandrivna.core.parcel import HubShipments, Parcel, ParcelDetail, ParcelItem, ParcelSummary
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.service import Service
from mandrivna.store import catalogue_queries, code_lookup, parcel_queries
from mandrivna.store.change_writer import ChangeWriter


class ParcelService(Service):
    # --- forming -------------------------------------------------------------------------------
    def form(self, destination_hub: str, notes: str | None = None) -> tuple[str, Changed]:
        """A new, empty parcel for ``destination_hub``."""
        hub = rules.clean_destination(destination_hub)
        parcel_id = new_id()
        with self.db.write() as writer:
            writer.upsert(
                "parcel",
                parcel_id,
                {
                    "destination_hub": hub,
                    "status": rules.FORMED,
                    "formed_on": self.today().isoformat(),
                    "notes": " ".join((notes or "").split()) or None,
                },
            )
        return parcel_id, writer.changed

    def change_destination(self, parcel_id: str, destination_hub: str) -> Changed:
        hub = rules.clean_destination(destination_hub)
        with self.db.write() as writer:
            self._editable(writer, parcel_id)
            writer.upsert("parcel", parcel_id, {"destination_hub": hub})
        return writer.changed

    def add_copy(self, parcel_id: str, typed_barcode: str) -> tuple[BookCopy, Changed]:
        """Put the copy whose barcode was scanned (or typed) in the parcel."""
        code = normalise_code(typed_barcode)
        with self.db.write() as writer:
            parcel = self._editable(writer, parcel_id)
            match = code_lookup.copy_by_code(writer.conn, typed_barcode) if code else None
            found = [match] if match else []
            if not found:
                if card_counter(code):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors", "{code} is a reader's card, not a copy's barcode."
                        ),
                        code=code,
                    )
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "No copy in the catalogue has the barcode {code}."),
                    code=code or typed_barcode,
                )
            copy = found[0]
            holder = parcel_queries.open_parcel_with_copy(writer.conn, copy.id)
            if holder is not None:
                if holder.id == parcel_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "The copy {code} is already in this parcel."),
                        code=code,
                    )
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The copy {code} is already in parcel {number}."),
                    code=code,
                    number=rules.short_number(holder.id),
                )
            on_loan = bool(catalogue_queries.lent_copies(writer.conn, [copy.id]))
            rules.check_copy_can_go(
                code, copy.status, on_loan, copy.hub, parcel.destination_hub or ""
            )
            writer.upsert(
                "parcel_item",
                new_id(),
                {
                    "parcel_id": parcel_id,
                    "copy_id": copy.id,
                    "record_id": copy.record_id,
                    "quantity": 1,
                },
            )
        return copy, writer.changed

    def add_title(self, parcel_id: str, record_id: str, quantity: int = 1) -> Changed:
        """Put ``quantity`` books of a title in the parcel (added to its line if it has one)."""
        rules.check_quantity(quantity)
        with self.db.write() as writer:
            self._editable(writer, parcel_id)
            record = catalogue_queries.get(writer.conn, record_id)
            if record is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "This record is no longer in the catalogue.")
                )
            same = [
                item
                for item in parcel_queries.items(writer.conn, parcel_id)
                if item.copy_id is None and item.record_id == record_id
            ]
            if same:
                total = rules.check_quantity((same[0].quantity or 0) + quantity)
                writer.upsert("parcel_item", same[0].id, {"quantity": total})
            else:
                writer.upsert(
                    "parcel_item",
                    new_id(),
                    {"parcel_id": parcel_id, "record_id": record_id, "quantity": quantity},
                )
        return writer.changed

    def set_quantity(self, item_id: str, quantity: int) -> Changed:
        rules.check_quantity(quantity)
        with self.db.write() as writer:
            item = self._item(writer, item_id)
            self._editable(writer, item.parcel_id or "")
            if item.copy_id is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors", "A scanned copy is one book; scan each copy that goes."
                    )
                )
            writer.upsert("parcel_item", item_id, {"quantity": quantity})
        return writer.changed

    def remove_item(self, item_id: str) -> Changed:
        with self.db.write() as writer:
            item = self._item(writer, item_id)
            self._editable(writer, item.parcel_id or "")
            writer.delete("parcel_item", item_id, [])
        return writer.changed

    def delete(self, parcel_id: str) -> Changed:
        """Delete a parcel still being formed (its copies were never moved)."""
        with self.db.write() as writer:
            self._editable(writer, parcel_id)
            for item in parcel_queries.items(writer.conn, parcel_id):
                writer.delete("parcel_item", item.id, [])
            writer.delete("parcel", parcel_id, [])
        return writer.changed

    # --- sending and receiving -----------------------------------------------------------------
    def send(self, parcel_id: str, waybill: str, sent_on: dt.date | None = None) -> Changed:
        """The parcel left with the carrier: its copies are in transit until it is received."""
        waybill = rules.clean_waybill(waybill)
        with self.db.write() as writer:
            parcel = self._parcel(writer, parcel_id)
            lines = parcel_queries.lines(writer.conn, parcel_id)
            rules.check_can_send(parcel.status, sum(line.quantity for line in lines))
            day = rules.check_date(sent_on or self.today(), parcel.formed_on, self.today())
            gone = [line.barcode or "?" for line in lines if line.copy_id and not line.on_shelf]
            if gone:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "These copies are no longer on the shelf: {codes}. Remove them from the "
                        "parcel before sending it.",
                    ),
                    codes=", ".join(gone),
                )
            for line in lines:
                if line.copy_id:
                    writer.upsert("book_copy", line.copy_id, {"status": "in_transit"})
            writer.upsert(
                "parcel", parcel_id, {"status": rules.SENT, "waybill": waybill, "sent_on": day}
            )
        return writer.changed

    def confirm_received(self, parcel_id: str, received_on: dt.date | None = None) -> Changed:
        """The destination hub has the parcel: its copies are now that hub's, no longer in
        transit. A copy lent somewhere while it travelled stays on loan: its loan says so, and
        the catalogue shows it."""
        with self.db.write() as writer:
            parcel = self._parcel(writer, parcel_id)
            rules.check_can_receive(parcel.status)
            day = rules.check_date(received_on or self.today(), parcel.sent_on, self.today())
            for line in parcel_queries.lines(writer.conn, parcel_id):
                if line.copy_id and line.copy_status is not None:
                    writer.upsert(
                        "book_copy",
                        line.copy_id,
                        {"hub": parcel.destination_hub, "status": "available"},
                    )
            writer.upsert("parcel", parcel_id, {"status": rules.RECEIVED, "received_on": day})
        return writer.changed

    # --- reads ---------------------------------------------------------------------------------
    def parcels(self, status: str | None = None) -> list[ParcelSummary]:
        with self.db.read() as conn:
            return parcel_queries.summaries(conn, status)

    def detail(self, parcel_id: str) -> ParcelDetail:
        with self.db.read() as conn:
            parcel = parcel_queries.get(conn, parcel_id)
            if parcel is None:
                raise self._gone()
            return ParcelDetail(parcel, parcel_queries.lines(conn, parcel_id))

    def sent_per_hub(self, year: int) -> list[HubShipments]:
        """Parcels sent in ``year`` and the books in them, per destination hub."""
        with self.db.read() as conn:
            return parcel_queries.sent_per_hub(conn, year)

    def hubs(self) -> list[str]:
        with self.db.read() as conn:
            return parcel_queries.known_hubs(conn)

    def find_titles(self, typed: str, limit: int = 20) -> list[RecordHit]:
        with self.db.read() as conn:
            return catalogue_queries.search(conn, typed, limit=limit)

    # --- inside a write ------------------------------------------------------------------------
    @staticmethod
    def _gone() -> ValidationError:
        return ValidationError(QT_TRANSLATE_NOOP("errors", "This parcel no longer exists."))

    def _parcel(self, writer: ChangeWriter, parcel_id: str) -> Parcel:
        parcel = parcel_queries.get(writer.conn, parcel_id)
        if parcel is None:
            raise self._gone()
        return parcel

    def _editable(self, writer: ChangeWriter, parcel_id: str) -> Parcel:
        parcel = self._parcel(writer, parcel_id)
        rules.check_editable(parcel.status)
        return parcel

    def _item(self, writer: ChangeWriter, item_id: str) -> ParcelItem:
        item = parcel_queries.get_item(writer.conn, item_id)
        if item is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This line is no longer in the parcel.")
            )
        return item
