"""The server's SQL storage: the change log, devices and snapshots in SQLite or PostgreSQL,
through SQLAlchemy."""
