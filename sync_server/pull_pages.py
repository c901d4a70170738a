"""The body of a pull page (``GET /v1/pull``): gzip JSON ``{devices, changes, cursor, more,
chain}``, each change ``[origin index, seq, hlc, entity, id, op, fields, seen]`` with its fields
put in as stored, never parsed and written again (``docs/sync-protocol.md``).

Built in the server's thread pool, off the event loop: a page of 5,000 facts is about a megabyte
of text to write and compress (``page_gzip``).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring_ascii as quoted  # what ``json.dumps`` does to a str

from sync_server import page_gzip
from sync_server.storage_api import PullPage


def page_text(page: PullPage) -> str:
    """The page as JSON text; its origins (``devices``) in the order they first appear."""
    devices = list(dict.fromkeys(r.device_id for r in page.changes))
    index = {d: i for i, d in enumerate(devices)}
    parts = [
        f"[{index[r.device_id]},{r.device_seq},{r.hlc},{quoted(r.entity)},{quoted(r.entity_id)},"
        f"{quoted(r.op)},{r.fields_json},{r.seen}]"
        for r in page.changes
    ]
    dumps = json.dumps
    more = "true" if page.more else "false"
    return (
        f'{{"devices":{dumps(devices)},"changes":[{",".join(parts)}],'
        f'"cursor":{page.cursor},"more":{more},"chain":{dumps(page.chain or "")}}}'
    )


def page_body(page: PullPage) -> bytes:
    """``page_text``, gzip-compressed (``page_gzip``)."""
    return page_gzip.compress(page_text(page).encode("utf-8"))
