"""Where the terminal's package data is: the package `kiosk.assets`, wherever it is installed.

The source tree, an editable install, a wheel (pyproject maps assets/ to
kiosk.assets) and the PyInstaller bundle all put it somewhere else; asking
importlib.resources is the one answer that holds for each of them.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

ASSETS = Path(str(files("kiosk.assets")))


def asset_path(*parts: str) -> Path:
    """A file or directory under the assets (e.g. asset_path("maps", "floors.json"))."""
    return ASSETS.joinpath(*parts)
