"""The version has one home, pyproject.toml: the app, the server's /health and a PyInstaller build
(which carries the package metadata) all say the same."""

import tomllib
from pathlib import Path

from mandrivna import __version__
from mandrivna.cli import main

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_the_version_is_the_one_in_pyproject(capsys):
    with PYPROJECT.open("rb") as file:
        declared = tomllib.load(file)["project"]["version"]
    assert __version__ == declared
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert capsys.readouterr().out.strip() == f"mandrivna {declared}"
