"""Alembic environment: always run with a connection handed in by ``mandrivna.store.schema``."""

from alembic import context

from mandrivna.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
