"""Mandrivna: the travelling library's offline-first desktop app.

Kept tiny on purpose: `mandrivna --version` must not import Qt or the database layer. The version
has one home, ``pyproject.toml``: it is read from the installed package's metadata (which a
PyInstaller build carries too), or from ``pyproject.toml`` beside a source tree run uninstalled.
"""

from importlib import metadata as _metadata
from pathlib import Path as _Path


def _version() -> str:
    try:
        return _metadata.version("mandrivna")
    except _metadata.PackageNotFoundError:
        import tomllib

        pyproject = _Path(__file__).resolve().parents[2] / "pyproject.toml"
        with pyproject.open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])


__version__ = _version()
APP_NAME = "Mandrivna"
APP_AUTHOR = "LOUNB"
