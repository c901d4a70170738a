"""Whole database files under a new key: SQLCipher's export into a new file, put in place
atomically, and the old file's bytes overwritten.

A copy is written as ``<name>.partial``, synced, then renamed to its final name, so a file with
the final name is always complete. The file replaced is overwritten with zeros through a second
link before it is let go (best effort: a journaling file system or an SSD may keep old blocks
elsewhere; whole-disk encryption covers that).
"""

from __future__ import annotations

import os
from contextlib import closing
from pathlib import Path

from mandrivna.core.database_key import DatabaseKey
from mandrivna.store.connection import connect

_CHUNK = 1 << 20
SHRED_SUFFIX = ".shred"


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not possible, nor needed, on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def export_copy(
    source: Path, source_key: DatabaseKey | None, target: Path, target_key: DatabaseKey | None
) -> None:
    """Write ``target`` anew with everything ``source`` holds, encrypted with ``target_key``
    (``None``: plain SQLite). Reads a consistent view, so ``source`` may be in use."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    literal = target_key.sqlcipher_literal() if target_key is not None else ""
    try:
        with closing(connect(source, source_key)) as conn:
            conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(partial), literal))
            conn.execute("BEGIN")  # one commit, not one per table
            conn.execute("SELECT sqlcipher_export('target')")
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE target")
        if os.name == "posix":
            os.chmod(partial, 0o600)
        fsync_file(partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)
    fsync_folder(target.parent)


def shred(path: Path) -> None:
    """Overwrite a file with zeros, sync, and remove it."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            zeros = bytes(min(size, _CHUNK))
            written = 0
            while written < size:
                written += handle.write(zeros[: size - written])
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def replace_securely(new: Path, target: Path) -> None:
    """Put ``new`` in place of ``target`` atomically, then overwrite the replaced bytes."""
    old = target.with_name(target.name + SHRED_SUFFIX)
    shred(old)  # a leftover of an interrupted replace
    try:
        os.link(target, old)
    except OSError:  # no old file, or a file system without hard links (a FAT stick)
        old.unlink(missing_ok=True)
    new.replace(target)
    fsync_folder(target.parent)
    if old.exists():
        shred(old)


def reencrypt(path: Path, old_key: DatabaseKey | None, new_key: DatabaseKey) -> None:
    """``path`` under ``new_key`` instead of ``old_key`` (``None``: it was plain)."""
    staged = path.with_name(path.name + ".next")
    export_copy(path, old_key, staged, new_key)
    replace_securely(staged, path)


def shred_leftovers(folder: Path) -> None:
    """Overwrite what an interrupted replace left behind in ``folder``."""
    if folder.is_dir():
        for path in folder.glob(f"mandrivna*{SHRED_SUFFIX}"):
            shred(path)
