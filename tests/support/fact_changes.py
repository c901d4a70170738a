"""Hypothesis strategies for facts as laptops write them: every field of a fact entity with a
value of its column's type (none where the column allows it), loan events keeping to values the
loan projection understands."""

from __future__ import annotations

from hypothesis import strategies as st
from sqlalchemy import JSON, Integer

from mandrivna.store.entities import ENTITIES, Kind

FACTS = sorted(name for name, spec in ENTITIES.items() if spec.kind is Kind.FACT)
# Values that keep a loan event meaningful to the loan projection.
SPECIAL = {
    ("loan_event", "kind"): st.sampled_from(["lend", "renew", "return"]),
    ("loan_event", "copy_id"): st.sampled_from(["copy-1", "copy-2"]),
    ("loan_event", "loan_id"): st.sampled_from([None, "fact"]),
}


def fact_fields(entity: str, special: dict | None = None) -> st.SearchStrategy[dict]:
    """A fact's fields: every field of ``entity`` (``special`` overrides some)."""
    table = ENTITIES[entity].table
    chosen = {**SPECIAL, **(special or {})}
    parts = {}
    for name in sorted(ENTITIES[entity].fields):
        column = table.c[name]
        value: st.SearchStrategy
        if isinstance(column.type, Integer):
            value = st.integers(-3, 3)
        elif isinstance(column.type, JSON):
            value = st.lists(st.text(alphabet="абв", min_size=1, max_size=2), max_size=2)
        else:
            value = st.text(alphabet="абв", min_size=1, max_size=2)
        if column.nullable:
            value = st.none() | value
        parts[name] = chosen.get((entity, name), value)
    return st.fixed_dictionaries(parts)
