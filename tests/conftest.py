"""Test-wide set-up: Qt runs offscreen, so the suite needs no display (CI has none)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

# Copied from shared/vignettes/public so the suite runs from any clone.
VIGNETTES = sorted((Path(__file__).parent / "data" / "vignettes").glob("*.json"))
assert len(VIGNETTES) == 12, "the public vignettes are missing from tests/data/vignettes"


@pytest.fixture(params=VIGNETTES, ids=lambda p: p.stem)
def vignette(request: pytest.FixtureRequest) -> dict:
    return json.loads(request.param.read_text(encoding="utf-8"))
