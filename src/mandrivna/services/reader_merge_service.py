"""Duplicate readers, for the coordinator: likely pairs ranked (``core.duplicates``), a pair
marked "not a duplicate" (a ``reader_pair`` record that syncs, so it is not proposed again), and
the merge of two readers into one.

A merge writes one field: ``merged_into`` on the reader merged away, naming the reader kept. No
loan, visit, check-in or enrolment is rewritten: every read follows the redirect
(``store.directory_queries.reader_group``), so the kept reader has the facts of both on every
laptop, even those a hub records under the old card after the merge, and the old card number
still finds the person. Details the kept card lacks (a phone, an e-mail) are copied from the
other card."""

from __future__ import annotations

import uuid
from dataclasses import replace

from mandrivna.core.change import Changed
from mandrivna.core.duplicates import Candidate, candidates, pair_key
from mandrivna.core.errors import ValidationError
from mandrivna.core.reader import CONTACT_FIELDS, Reader
from mandrivna.core.text_catalog import QT_TRANSLATE_NOOP
from mandrivna.services.review_service import COORDINATOR
from mandrivna.services.service import Service
from mandrivna.store import directory_queries, reader_queries, review_queries, tables

_PAIRS = uuid.UUID("6f1d0c3e-2b7a-4c5e-9a8d-3e4f5a6b7c8d")
# Details copied to the kept card when it has none.
FILLED = ("patronymic", "birth_year", *CONTACT_FIELDS)


def pair_id(a: str, b: str) -> str:
    """The id of the verdict on two readers: the same whichever is named first, everywhere."""
    first, second = pair_key(a, b)
    return str(uuid.uuid5(_PAIRS, f"{first}|{second}"))


class ReaderMergeService(Service):
    def _coordinator(self) -> None:
        with self.db.read() as conn:
            if review_queries.role(conn) != COORDINATOR:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Only a coordinator's laptop merges readers.")
                )

    def candidates(self) -> list[Candidate]:
        """Likely duplicates among the live readers, best first, without pairs found distinct."""
        with self.db.read() as conn:
            kept_ids = directory_queries.reader_kept_ids(conn)
            # merged away: as the redirects resolve (the reader kept of a loop of merges is not)
            readers = [
                replace(r, merged_into=kept_ids.get(r.id)) for r in reader_queries.all_live(conn)
            ]
            table = tables.reader_pair
            refused = [
                (r[0], r[1])
                for r in conn.execute(
                    table.select()
                    .with_only_columns(table.c.reader_a, table.c.reader_b)
                    .where(table.c.deleted.is_(False), table.c.verdict == "distinct")
                )
                if r[0] and r[1]
            ]
        return candidates(readers, refused)

    def not_duplicate(self, a: str, b: str) -> Changed:
        """Remember that these two readers are two people."""
        self._coordinator()
        first, second = pair_key(a, b)
        with self.db.write() as writer:
            writer.upsert(
                "reader_pair",
                pair_id(a, b),
                {"reader_a": first, "reader_b": second, "verdict": "distinct"},
            )
        return writer.changed

    def merge(self, keep_id: str, other_id: str) -> Changed:
        """Merge ``other_id`` into ``keep_id`` (both as they stand after earlier merges)."""
        self._coordinator()
        with self.db.read() as conn:
            kept_ids = directory_queries.reader_kept_ids(conn)
            keep = reader_queries.get(conn, kept_ids.get(keep_id, keep_id))
            other = reader_queries.get(conn, kept_ids.get(other_id, other_id))
        if keep is None or other is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This reader is no longer registered.")
            )
        if keep.id == other.id:
            return Changed()
        filled = _filled(keep, other)
        with self.db.write() as writer:
            writer.upsert("reader", other.id, {"merged_into": keep.id})
            if filled:
                writer.upsert("reader", keep.id, filled)
        return writer.changed


def _filled(keep: Reader, other: Reader) -> dict[str, object]:
    """The details the kept card lacks and the other card has, and the registration years of
    both."""
    out: dict[str, object] = {
        name: getattr(other, name)
        for name in FILLED
        if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, "")
    }
    years = sorted(set(keep.registration_years or []) | set(other.registration_years or []))
    if years != sorted(keep.registration_years or []):
        out["registration_years"] = years
    return out
