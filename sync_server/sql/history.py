"""The server's history id: a hash chain over its change log, in server order.

Each stored change gets ``chain = H(previous chain, origin, sequence, stamp)``; the chain before
the first change comes from the server's epoch, a random number made when its log is created. A
laptop keeps the chain at its pull cursor and asks for it again at every sync: when the server was
restored from a backup (and numbers new changes again), or is another server, the two differ and
the laptop pulls again from the start (applying is idempotent). No one has to remember to say that
the server was restored.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable

from sqlalchemy import Connection, select

from sync_server.sql.tables import changes, meta

EPOCH = "epoch"


def link(previous: str, origin: str, seq: int, hlc: int) -> str:
    return hashlib.sha256(f"{previous}|{origin}|{seq}|{hlc}".encode()).hexdigest()[:32]


def links(previous: str, origin: str, stamps: Iterable[tuple[int, int]]) -> list[str]:
    """The chain after each of ``origin``'s changes (sequence, stamp) in turn, from
    ``previous``: ``link`` applied one after the other, without a call per change."""
    sha256 = hashlib.sha256
    chain = []
    for seq, hlc in stamps:
        previous = sha256(f"{previous}|{origin}|{seq}|{hlc}".encode()).hexdigest()[:32]
        chain.append(previous)
    return chain


def epoch(conn: Connection) -> int:
    """This log's epoch, made on first use."""
    value = conn.execute(select(meta.c.value).where(meta.c.key == EPOCH)).scalar()
    if value is None:
        value = secrets.randbits(62)
        conn.execute(meta.insert().values(key=EPOCH, value=value))
    return int(value)


def seed(conn: Connection) -> str:
    """The chain before the first change."""
    return hashlib.sha256(f"mandrivna-history:{epoch(conn)}".encode()).hexdigest()[:32]


def chain_at(conn: Connection, server_seq: int) -> str | None:
    """The history id at ``server_seq`` (0: before the first change); None if there is no such
    change (the server holds less than that)."""
    if server_seq == 0:
        return seed(conn)
    value = conn.execute(select(changes.c.chain).where(changes.c.server_seq == server_seq))
    return value.scalar()


def top(conn: Connection) -> tuple[int, str]:
    """The newest server sequence and its chain (0 and the seed when the log is empty)."""
    row = conn.execute(
        select(changes.c.server_seq, changes.c.chain).order_by(changes.c.server_seq.desc()).limit(1)
    ).first()
    if row is None:
        return 0, seed(conn)
    return int(row[0]), str(row[1])
