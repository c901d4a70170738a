"""A pull page (``/v1/pull``) and a page of this laptop's own changes (``/v1/own``) read from
their parsed JSON without pydantic's slot-by-slot work, for a page shaped exactly as a Mandrivna
server sends it: every value already of the type ``wire.PullResponse`` (``OwnChangesResponse``)
wants, so the page is the one pydantic would make of it (each change a tuple, keys the model
does not name left out, as pydantic ignores them). Anything else (another shape, a value
pydantic would coerce or refuse: a bool or a float where an int is wanted, a number where a text
is, a short row) gets None, and the transport validates it with pydantic as before: a hostile
or broken server's page is refused the same way, in the same words.

The data is parsed JSON, so every object's keys are texts (which ``dict[str, Any]`` wants);
a row's types are compared at once (``map(type, row)`` against the row's types), the cheap way
to check 5,000 changes of eight slots each.
"""

from __future__ import annotations

from typing import Any

from mandrivna.wire import OwnChange, OwnChangesResponse, PulledChange, PullResponse

# A change of a pull page: [origin index, seq, hlc, entity, entity_id, op, fields, seen]
_PULLED = (int, int, int, str, str, str, dict, int)
# A change of ``/v1/own``: [seq, hlc, entity, entity_id, op, fields, seen]
_OWN = (int, int, str, str, str, dict, int)
_PULL_KEYS = ("devices", "changes", "cursor", "more", "chain")
_OWN_KEYS = ("changes", "more")


def _rows(value: Any, types: tuple[type, ...]) -> list[Any] | None:
    """The rows of ``value`` as tuples when it is a list of lists whose values have exactly
    ``types``, else None."""
    if type(value) is not list:
        return None
    rows: list[Any] = []
    append = rows.append
    for row in value:
        if type(row) is not list or tuple(map(type, row)) != types:
            return None
        append(tuple(row))
    return rows


def plain_pull_page(data: Any) -> PullResponse | None:
    """The page of ``data`` (parsed JSON) when every value has exactly its type, else None."""
    if type(data) is not dict or not all(key in data for key in _PULL_KEYS):
        return None
    devices, cursor, more, chain = data["devices"], data["cursor"], data["more"], data["chain"]
    if type(cursor) is not int or type(more) is not bool or type(chain) is not str:
        return None
    if type(devices) is not list or not all(type(device) is str for device in devices):
        return None
    changes: list[PulledChange] | None = _rows(data["changes"], _PULLED)
    if changes is None:
        return None
    return PullResponse.model_construct(
        devices=list(devices), changes=changes, cursor=cursor, more=more, chain=chain
    )


def plain_own_page(data: Any) -> OwnChangesResponse | None:
    """``/v1/own``'s page of ``data`` (parsed JSON) when every value has exactly its type,
    else None."""
    if type(data) is not dict or not all(key in data for key in _OWN_KEYS):
        return None
    more = data["more"]
    if type(more) is not bool:
        return None
    changes: list[OwnChange] | None = _rows(data["changes"], _OWN)
    if changes is None:
        return None
    return OwnChangesResponse.model_construct(changes=changes, more=more)
