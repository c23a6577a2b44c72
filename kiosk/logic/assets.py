"""Finds the data files in `assets/`, from a source checkout and from an installed wheel alike.

The wheel carries the top-level `assets/` folder as `kiosk/assets/` (see pyproject.toml), so both
layouts are tried, installed first.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def assets_dir() -> Path:
    for candidate in (_PACKAGE / "assets", _PACKAGE.parent / "assets"):
        if (candidate / "regions.json").is_file():
            return candidate
    raise FileNotFoundError(f"assets folder not found next to {_PACKAGE}")


def asset_path(*parts: str) -> Path:
    path = assets_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing asset: {'/'.join(parts)}")
    return path


def load_json_asset(*parts: str) -> Any:
    with asset_path(*parts).open(encoding="utf-8") as handle:
        return json.load(handle)
