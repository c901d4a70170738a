"""The body of a snapshot page (``GET /v1/snapshot``): gzip JSON ``{upto, total, records, more}``
built from the texts the snapshot table keeps, each record ``[entity, id, fields, stamps]`` with
its fields and stamps put in as stored, never parsed and written again (``snapshot_stamps``
decides the stamps' form)."""

from __future__ import annotations

from json.encoder import encode_basestring_ascii as quoted  # what ``json.dumps`` does to a str

from sync_server import page_gzip, snapshot_stamps
from sync_server.storage_api import RecordPage


def page_text(page: RecordPage, total: int, short: bool) -> str:
    """The page as JSON text: ``short`` stamps for a laptop that asks for them, else maps."""
    stamps = snapshot_stamps.shortest if short else snapshot_stamps.as_stored
    parts = [
        f"[{quoted(r.entity)},{quoted(r.entity_id)},{r.fields_json},"
        f"{stamps(r.fields_json, r.stamps_json)}]"
        for r in page.records
    ]
    more = "true" if page.more else "false"
    return f'{{"upto":{page.upto},"total":{total},"records":[{",".join(parts)}],"more":{more}}}'


def page_body(page: RecordPage, total: int, short: bool) -> bytes:
    """``page_text``, gzip-compressed (``page_gzip``)."""
    return page_gzip.compress(page_text(page, total, short).encode("utf-8"))
