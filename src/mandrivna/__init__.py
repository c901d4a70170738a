"""Mandrivna: the travelling library's offline-first desktop app.

Kept tiny on purpose: `mandrivna --version` must not import Qt or the database layer.
"""

__version__ = "0.1.0"
APP_NAME = "Mandrivna"
APP_AUTHOR = "LOUNB"
