"""SQL that the laptop's store and the sync server share, written once.

It imports SQLAlchemy, the standard library and ``mandrivna.core`` (plain Python), and nothing
else of the app: the store (``mandrivna.store``) and the server (``sync_server``) may both import
it, and it never imports either of them.
"""
