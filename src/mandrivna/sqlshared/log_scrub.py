"""Erasing personal data from a change log, written once for a laptop's log (``change_log``) and
the server's (``server_change``), on SQLite and PostgreSQL.

When a record is erased (a delete, ``Op.DELETE``, names the erased fields), the values those
fields had in the record's earlier edits leave the log too: the tombstone keeps the fields null on
every replica, so merges are unaffected, and an erased reader's personal data does not linger in
any log. The removal of keys from a JSON text is the one piece of SQL that differs between the
databases; ``json_without_keys`` is compiled for each.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, String, Table, Text, literal, update
from sqlalchemy.exc import CompileError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from mandrivna.core.change import Op


class json_without_keys(FunctionElement[str]):
    """``json_without_keys(column, *keys)``: the JSON object text in ``column`` without the
    top-level ``keys`` (bound values, so a statement is cached by its shape only)."""

    type = Text()
    name = "json_without_keys"
    inherit_cache = True


@compiles(json_without_keys)
def _unknown(element: json_without_keys, compiler: SQLCompiler, **kw: Any) -> str:
    raise CompileError(f"no JSON key removal for {compiler.dialect.name}")


@compiles(json_without_keys, "sqlite")
def _sqlite(element: json_without_keys, compiler: SQLCompiler, **kw: Any) -> str:
    column, *keys = element.clauses
    paths = ", ".join(f"'$.\"' || {compiler.process(key, **kw)} || '\"'" for key in keys)
    return f"json_remove({compiler.process(column, **kw)}, {paths})"


@compiles(json_without_keys, "postgresql")
def _postgresql(element: json_without_keys, compiler: SQLCompiler, **kw: Any) -> str:
    column, *keys = element.clauses
    names = ", ".join(compiler.process(key, **kw) for key in keys)
    return (
        f"CAST(CAST({compiler.process(column, **kw)} AS JSONB) - "
        f"CAST(ARRAY[{names}] AS TEXT[]) AS TEXT)"
    )


def scrub_log(
    conn: Connection, log: Table, entity: str, entity_id: str, fields: Sequence[str]
) -> None:
    """Remove ``fields`` from every edit (``Op.UPSERT``) of one record in the change log ``log``
    (a table with the columns ``entity``, ``entity_id``, ``op`` and ``fields``, JSON text)."""
    if not fields:
        return
    keys = [literal(name, String()) for name in fields]
    conn.execute(
        update(log)
        .where(
            log.c.entity == entity,
            log.c.entity_id == entity_id,
            log.c.op == Op.UPSERT.value,
        )
        .values(fields=json_without_keys(log.c.fields, *keys))
    )
