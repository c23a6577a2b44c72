"""How well a finger can hit each place on the pain map: sizes and a tap simulation, in pixels.

A fingertip tap lands around where it was aimed, scattered like a normal distribution with
`SCATTER_MM` (1.5 mm) in each direction; at the tablet's 150 dpi that is about 9 pixels.
"""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QPointF

from kiosk.logic.regions import Group, catalogue
from kiosk.ui.bodymap import BodyMapWidget

DPI = 150.0
SCATTER_MM = 1.5
TAPS = 400
LIMB_GROUPS = (Group.LEG, Group.FOOT)


def mm_to_px(mm: float) -> float:
    return mm * DPI / 25.4


def smallest_width(widget: BodyMapWidget, region: str, side) -> float:
    """The region's smallest width across any direction (its minimum Feret diameter), in pixels."""
    polygon = widget.shape_path(region, side).toFillPolygon()
    points = [(polygon.at(i).x(), polygon.at(i).y()) for i in range(polygon.size())]
    best = math.inf
    for step in range(90):
        angle = math.pi * step / 90
        cos, sin = math.cos(angle), math.sin(angle)
        spread = [x * cos + y * sin for x, y in points]
        best = min(best, max(spread) - min(spread))
    return best


def hit_rate(
    widget: BodyMapWidget, region: str, side, *, seed: int = 7, scatter_mm: float = SCATTER_MM
) -> float:
    """Share of simulated taps aimed at the region's anchor that mark that region."""
    rng = random.Random(f"{seed}-{region}-{side}")
    aim = widget.anchor_point(region, side)
    sigma = mm_to_px(scatter_mm)
    hits = 0
    for _ in range(TAPS):
        point = QPointF(aim.x() + rng.gauss(0, sigma), aim.y() + rng.gauss(0, sigma))
        hits += widget.region_at(point) == (region, side)
    return hits / TAPS


def limb_keys(widget: BodyMapWidget) -> list:
    limbs = {r.id for group in LIMB_GROUPS for r in catalogue().in_group(group)}
    return sorted(key for key in widget.places() if key[0] in limbs)
