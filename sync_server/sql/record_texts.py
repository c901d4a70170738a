"""A merged record as the snapshot table (``server_record``) keeps it: two JSON texts, its
fields (field → value) and its stamps, either the field → ``[hlc, device, seen]`` map or, when
every field carries one stamp (a record written once: most of them), that one stamp alone.

The short form stands for that stamp on each of the record's fields (``core.merge.full_stamps``),
so both forms hold the same state; the fold writes a record new to the table straight from its
one change in SQL (``short_stamp``), without reading it into Python, and a snapshot page sends
the short form as it is kept. Rows written by an older server (maps) are read as before.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Text

from mandrivna.core import json_text
from mandrivna.core.merge import RecordState, full_stamps

_stdlib_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def dumps(value: object, sort: bool = False) -> str:
    """Compact JSON text by orjson (several times faster); by the standard library for what
    orjson refuses (an integer past 64 bits), which is the text that was always stored."""
    try:
        return json_text.dumps_sorted(value) if sort else json_text.dumps(value)
    except TypeError:  # orjson.JSONEncodeError is one
        return _stdlib_dumps(dict(sorted(value.items())) if sort else value)  # type: ignore[attr-defined]


def loads(text: str) -> Any:
    """The values of stored JSON text: by orjson when it reads them exactly (it would make a
    float of an integer past 64 bits), else by the standard library (``loads_stored``)."""
    return json_text.loads_stored(text)


def state_of(fields_text: str, stamps_text: str) -> RecordState:
    """The merge state a row holds, whichever form its stamps are kept in."""
    values = loads(fields_text)
    return RecordState(values, dict(full_stamps(values, loads(stamps_text))))


def texts_of(state: RecordState) -> tuple[str, str]:
    """The row's texts for ``state``: its stamps short when every field carries the same one."""
    stamps = iter(state.stamps.values())
    first = next(stamps, None)
    same = first is not None and state.values.keys() == state.stamps.keys()
    if same and all(stamp == first for stamp in stamps):
        return dumps(state.values), dumps(first)
    return dumps(state.values), dumps(state.stamps, sort=True)


def is_short(stamps_text: str) -> bool:
    """Whether a row's stamps are kept as one stamp (a JSON array) rather than a map."""
    return stamps_text.lstrip()[:1] == "["


class short_stamp(FunctionElement[str]):
    """``short_stamp(hlc, device_id, seen)``: the JSON text ``[hlc,"device_id",seen]``, made by
    the database (the device id quoted as JSON, whatever it holds)."""

    type = Text()
    name = "short_stamp"
    inherit_cache = True


@compiles(short_stamp, "sqlite")
def _sqlite(element: short_stamp, compiler: SQLCompiler, **kw: Any) -> str:
    hlc, device, seen = (compiler.process(c, **kw) for c in element.clauses)
    return f"json_array({hlc}, {device}, {seen})"


@compiles(short_stamp, "postgresql")
def _postgresql(element: short_stamp, compiler: SQLCompiler, **kw: Any) -> str:
    hlc, device, seen = (compiler.process(c, **kw) for c in element.clauses)
    return (
        f"'[' || CAST({hlc} AS TEXT) || ',' || CAST(to_json(CAST({device} AS TEXT)) AS TEXT)"
        f" || ',' || CAST({seen} AS TEXT) || ']'"
    )
