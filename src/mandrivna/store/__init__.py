"""The only layer that talks SQL: engine, tables, migrations, the change log and its merge."""
