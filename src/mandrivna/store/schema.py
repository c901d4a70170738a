"""Runs the Alembic migrations of the local database and tells which revision a file is at.

Reading revision ids does not import Alembic (a quarter of a second at every start): the ids are
read from the migration files' ``revision = "…"`` lines. Alembic is loaded only to migrate.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r'^revision = "([^"]+)"$', re.MULTILINE)
_DOWN = re.compile(r'^down_revision = (?:"([^"]+)"|None)$', re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def _graph() -> dict[str, str | None]:
    """revision -> down_revision, from the migration files."""
    graph: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            raise RuntimeError(f"migration {path.name} lacks revision lines")
        graph[revision.group(1)] = down.group(1)
    return graph


def head_revision() -> str:
    graph = _graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_graph())


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    from mandrivna.store import deferred_indexes

    config = alembic_config()
    with engine.connect() as connection:
        deferred_indexes.restore_before_migrating(connection)
        connection.commit()  # Alembic then runs each migration in a transaction of its own
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        connection.commit()
