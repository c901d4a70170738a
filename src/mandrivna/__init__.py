"""Mandrivna: the travelling library's offline-first desktop app.

Kept tiny on purpose: `mandrivna --version` must not import Qt or the database layer. The version
has one home, ``pyproject.toml``: it is read from the installed package's metadata (which a
PyInstaller build carries too), or from ``pyproject.toml`` beside a source tree run uninstalled.
It is read when first asked for (``mandrivna.__version__``): ``importlib.metadata`` alone costs a
start of the app about 40 ms that the first window does not need (issue #17).
"""


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("mandrivna")
    except metadata.PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        with pyproject.open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])


def __getattr__(name: str) -> str:
    if name == "__version__":
        version = globals()["__version__"] = _version()
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


APP_NAME = "Mandrivna"
APP_AUTHOR = "LOUNB"
