"""Alembic migrations of the local database (run by ``store.schema`` on every start)."""
