"""Counts as every screen shows them: 12 345, the thousands set apart by a narrow no-break
space as Ukrainian writes them (the progress of a sync, a plan's figures)."""

from __future__ import annotations


def grouped(count: int) -> str:
    """``count`` with its thousands set apart: ``12 345``."""
    return f"{count:,}".replace(",", "\u202f")
