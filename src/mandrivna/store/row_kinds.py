"""How a field of the core's types is kept in a column, and a row read through the SQLite driver
turned back into the type, by the same rules the tables (``tables``, SQLAlchemy) follow: a
``bool`` is an integer 0 or 1, an ``int`` an integer, a ``str`` text, and anything else (lists,
dicts) JSON text, read back by ``json_text.loads_stored`` as SQLAlchemy reads it for the laptop's
database. A start reads its first page this way, before SQLAlchemy is imported (issue #17).
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from mandrivna.core import json_text

T = TypeVar("T")
Kind = Literal["bool", "int", "str", "json"]


def column_kind(hint: Any) -> tuple[Kind, bool]:
    """The kind of column a field's annotation is kept in, and whether it may be null."""
    nullable = False
    if get_origin(hint) in (Union, types.UnionType):
        parts = [a for a in get_args(hint) if a is not type(None)]
        nullable, hint = len(parts) < len(get_args(hint)), parts[0]
    base = get_origin(hint) or hint
    if base is bool:
        return "bool", nullable
    if base is int:
        return "int", nullable
    if base is str:
        return "str", nullable
    return "json", nullable  # lists, dicts and anything else JSON can hold


def _as_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _as_json(value: Any) -> Any:
    return None if value is None else json_text.loads_stored(value)


def _same(value: Any) -> Any:
    return value


_READ: dict[Kind, Callable[[Any], Any]] = {
    "bool": _as_bool,
    "int": _same,
    "str": _same,
    "json": _as_json,
}


@cache
def _readers(entity: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    hints = get_type_hints(entity)
    return tuple(
        (field.name, _READ[column_kind(hints[field.name])[0]])
        for field in dataclasses.fields(entity)
    )


def reader_of(entity: type[T], columns: Sequence[str]) -> Callable[[Sequence[Any]], T]:
    """A function turning a driver's row, whose columns are named ``columns`` (the cursor's
    ``description``), into ``entity`` (columns it lacks a field for are left out)."""
    where = {name: i for i, name in enumerate(columns)}
    fields = [(name, where[name], read) for name, read in _readers(entity)]  # type: ignore[arg-type]  # a class is hashable

    def read_row(row: Sequence[Any]) -> T:
        return entity(**{name: read(row[i]) for name, i, read in fields})

    return read_row
