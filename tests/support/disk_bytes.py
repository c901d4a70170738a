"""What a thief with the laptop's disk would find: every file in a folder, read as raw bytes."""

from __future__ import annotations

from pathlib import Path

SURNAME = "Петренко"
PHONE = "+380 50 111 22 33"  # as the app stores a Ukrainian number
#: The surname as UTF-8, the phone as stored and its digits as the search index holds them, as
#: they would sit in a plain SQLite page.
SECRETS = (SURNAME.encode("utf-8"), PHONE.encode(), b"380501112233", b"501112233")


def files_holding(folder: Path, secrets: tuple[bytes, ...] = SECRETS) -> dict[str, list[bytes]]:
    """Files under ``folder`` (relative names) whose bytes contain any of ``secrets``."""
    found: dict[str, list[bytes]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits = [secret for secret in secrets if secret in data]
            if hits:
                found[str(path.relative_to(folder))] = hits
    return found


def file_names(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
