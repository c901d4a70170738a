"""Enrollment codes and device tokens: how they are made and read, and the hashes they are kept
as (never in clear), whichever backend keeps them."""

from __future__ import annotations

import hashlib
import secrets

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
# How long a one-time enrollment code may be used.
CODE_VALID_MS = 14 * 24 * 3600 * 1000


def digest(secret: str) -> str:
    """What is stored of a code or a token."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_code() -> str:
    """A one-time code such as ``K7QM-2XHP-9RTA`` (no letters that read as digits)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


def normalise_code(code: str) -> str:
    """A code as typed (any case, with spaces or without dashes) in the form it was made in."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_device_key() -> str:
    """A device slot's short key, for people: ``enroll``, ``revoke``."""
    return "d-" + secrets.token_hex(4)
