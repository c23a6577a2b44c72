"""Shared helpers for the report tests: vignette records, hand-made assessments, PDF text."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from kiosk.logic.assessment import Absent, Assessment, FiredRule, Level, Note, Tier
from kiosk.logic.record import IntakeRecord
from kiosk.logic.record_load import record_from_dict
from kiosk.logic.vocab import Side

VIGNETTES = Path(__file__).resolve().parents[1] / "data" / "vignettes"
MOST_FLAGS = 50
"""Red flags enough to push any box off page 1, yet few enough for their own box to fit on a page."""


def vignette(prefix: str) -> dict[str, Any]:
    (path,) = VIGNETTES.glob(f"{prefix}-*.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def record(prefix: str, **changes: Any) -> IntakeRecord:
    """A vignette's record with top-level keys replaced and `answers`/`patient` keys merged in."""
    raw = copy.deepcopy(vignette(prefix)["record"])
    for key, value in changes.items():
        if key in ("answers", "patient"):
            raw[key].update(value)
        else:
            raw[key] = value
    return record_from_dict(raw)


def assessment(**changes: Any) -> Assessment:
    """A hand-made assessment, so layout tests do not depend on the rules' exact wording."""
    base: dict[str, Any] = {
        "rules_version": "1.0.0",
        "level": Level.POSSIBLE,
        "score": 3,
        "side": Side.LEFT,
        "bilateral": False,
        "fired": (
            FiredRule("S1", "sensory", 1, "Tingling or numbness in the leg or foot", ("S2",)),
            FiredRule("P1", "provocation", 2, "Leg pain worse on coughing or sneezing", ("S7",)),
            FiredRule("T1", "course", 1, "Three or more treatments failed over 3 months", ("S36",)),
            FiredRule("N2", "against", -1, "Only heel and arch marked, no tingling there", ("S33",)),
        ),
        "absent": (Absent("D2", "no spread above the ankle"), Absent("B1", "no back pain")),
        "red_flag_tier": Tier.NONE,
        "red_flags": (),
        "notes": (Note("injections", "Repeated heel steroid injections (rupture risk)"),),
    }
    base.update(changes)
    return Assessment(**base)


def pages_text(pdf: bytes) -> list[str]:
    """Text of each page with runs of whitespace collapsed (table cells wrap at will)."""
    reader = PdfReader(BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def page_one_text(pdf: bytes) -> str:
    """`pages_text(pdf)[0]` without reading the other pages' text (the slow part of a long PDF)."""
    return re.sub(r"\s+", " ", PdfReader(BytesIO(pdf)).pages[0].extract_text())


def first_count(reached: Callable[[int], bool], low: int, high: int) -> int:
    """The smallest count in (low, high] at which `reached` holds, found by bisection: `reached(low)`
    must be false and `reached(high)` true, and `reached` must stay true once it is (a page that
    overflows with n items also overflows with more). About log2(high - low) PDFs instead of one
    per count, so a test can check its layout rule at the one count where it can break."""
    assert not reached(low), f"already reached at {low}"
    assert reached(high), f"not reached by {high}"
    while high - low > 1:
        middle = (low + high) // 2
        if reached(middle):
            high = middle
        else:
            low = middle
    return high
