"""A pull page's body as ``pull_pages`` builds it is, byte for byte once unzipped, the text the
server built before (``_body_before``: the code it replaced, kept here as the reference), for any
ids, entities, ops and origins (quotes, backslashes, control characters, non-ASCII); and any gzip
reader reads the body ``page_gzip`` makes."""

import gzip
import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from sync_server import page_gzip
from sync_server.pull_pages import page_body, page_text
from sync_server.storage_api import PullPage, StoredChange

_text = st.text(max_size=40)
_int = st.integers(0, 2**62)
_fields = st.dictionaries(
    _text, st.one_of(st.none(), st.booleans(), _int, _text, st.lists(_text, max_size=3))
)


@st.composite
def _changes(draw):
    origins = draw(st.lists(st.text(min_size=1, max_size=36), min_size=1, max_size=4))
    return [
        StoredChange(
            server_seq=draw(_int),
            device_id=draw(st.sampled_from(origins)),
            device_seq=draw(_int),
            hlc=draw(_int),
            entity=draw(_text),
            entity_id=draw(_text),
            op=draw(st.sampled_from(["u", "d", "f", '"', "\\", "ї"])),
            fields_json=json.dumps(draw(_fields), ensure_ascii=False, separators=(",", ":")),
            seen=draw(_int),
            chain=draw(_text),
        )
        for _ in range(draw(st.integers(0, 12)))
    ]


def _body_before(page: PullPage) -> bytes:
    """The page as ``app._pull_body`` built it before ``pull_pages``: gzip of this text."""
    devices = list(dict.fromkeys(r.device_id for r in page.changes))
    index = {d: i for i, d in enumerate(devices)}
    dumps = json.dumps
    parts = [
        f"[{index[r.device_id]},{r.device_seq},{r.hlc},{dumps(r.entity)},{dumps(r.entity_id)},"
        f"{dumps(r.op)},{r.fields_json},{r.seen}]"
        for r in page.changes
    ]
    chain = page.chain or ""
    text = (
        f'{{"devices":{dumps(devices)},"changes":[{",".join(parts)}],'
        f'"cursor":{page.cursor},"more":{"true" if page.more else "false"},"chain":{dumps(chain)}}}'
    )
    return gzip.compress(text.encode("utf-8"), compresslevel=6)


@settings(max_examples=300)
@given(_changes(), _int, st.booleans(), st.one_of(st.none(), _text))
def test_the_page_is_the_text_sent_before(changes, cursor, more, chain) -> None:
    page = PullPage(changes, cursor, more, chain)
    before = gzip.decompress(_body_before(page))
    assert page_text(page).encode("utf-8") == before
    assert gzip.decompress(page_body(page)) == before
    sent = json.loads(before)
    assert [row[6] for row in sent["changes"]] == [json.loads(c.fields_json) for c in changes]
    assert [sent["devices"][row[0]] for row in sent["changes"]] == [c.device_id for c in changes]


@settings(max_examples=100)
@given(st.binary(max_size=5000) | st.text(max_size=3000).map(lambda t: (t * 7).encode()))
def test_any_gzip_reader_reads_a_body(data) -> None:
    body = page_gzip.compress(data)
    assert gzip.decompress(body) == data
    assert gzip.GzipFile(fileobj=io.BytesIO(body)).read() == data


def test_without_zlib_ng_the_standard_library_compresses(monkeypatch) -> None:
    monkeypatch.setattr(page_gzip, "zlib_ng", None)
    body = page_gzip.compress(b'{"changes":[]}' * 100)
    assert gzip.decompress(body) == b'{"changes":[]}' * 100


def test_zlib_ng_is_used_where_installed() -> None:
    assert page_gzip.zlib_ng is not None  # the server extra brings it
