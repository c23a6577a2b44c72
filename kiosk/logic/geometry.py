"""The pain-map drawing as data (`assets/bodymap.json`), shared by the touch screen and the PDF.

Each view stores its coordinate box (y grows downward), the body outline and, per region, the path
of the patient-RIGHT instance (or the single midline instance). The patient-left instance is made
here by mirroring about the view's vertical centre line, so both sides always match exactly. Paths
use absolute M, L, C and Z commands only.
"""

from __future__ import annotations

import heapq
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from kiosk.logic.assets import load_json_asset
from kiosk.logic.regions import View
from kiosk.logic.vocab import Side

Segment = tuple[str, tuple[float, ...]]
PathData = tuple[Segment, ...]
Rings = tuple[tuple[tuple[float, float], ...], ...]
"""Closed polygons, each a tuple of (x, y) corners (the last joins the first): a shape flattened."""

_ARITY = {"M": 2, "L": 2, "C": 6, "Z": 0}
_TOKEN = re.compile(r"[MLCZ]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_CURVE_STEPS = 8  # chords per Bézier when a shape is flattened to find its anchor
_PULL = 0.2  # how strongly the anchor prefers the middle of a shape over its very deepest point


@dataclass(frozen=True)
class RegionShape:
    region: str
    side: Side
    path: PathData


@dataclass(frozen=True)
class SideLabel:
    """Centre of the big "Your left" / "Your right" label, in the view's coordinates."""

    side: Side
    x: float
    y: float


@dataclass(frozen=True)
class ViewGeometry:
    view: View
    width: float
    height: float
    outline: tuple[PathData, ...]
    regions: tuple[RegionShape, ...]
    labels: tuple[SideLabel, ...]

    def shape(self, region: str, side: Side) -> RegionShape | None:
        for shape in self.regions:
            if shape.region == region and shape.side is side:
                return shape
        return None


@dataclass(frozen=True)
class BodyMap:
    views: tuple[ViewGeometry, ...]

    def view(self, view: View) -> ViewGeometry:
        for geometry in self.views:
            if geometry.view is view:
                return geometry
        raise KeyError(view)


@cache
def body_map() -> BodyMap:
    return _parse_body_map(load_json_asset("bodymap.json"))


def _parse_body_map(data: Any) -> BodyMap:
    """Builds the map from the JSON document; raises ValueError on anything malformed."""
    try:
        views = tuple(_parse_view(entry) for entry in data["views"])
    except (KeyError, TypeError) as error:
        raise ValueError(f"malformed body map: {error!r}") from error
    if tuple(v.view for v in views) != tuple(View):
        raise ValueError("body map views must be " + ", ".join(View) + " in that order")
    return BodyMap(views)


def _parse_view(entry: Any) -> ViewGeometry:
    view = View(entry["view"])
    width, height = float(entry["width"]), float(entry["height"])
    shapes: list[RegionShape] = []
    for item in entry["regions"]:
        path = _parse_path(item["path"])
        side = Side(item["side"])
        if side is Side.LEFT:
            raise ValueError(f"{view}/{item['id']}: store the right instance only")
        shapes.append(RegionShape(item["id"], side, path))
        if side is Side.RIGHT:
            shapes.append(RegionShape(item["id"], Side.LEFT, mirror(path, width)))
    labels = tuple(
        SideLabel(Side(side), float(x), float(y)) for side, (x, y) in sorted(entry["labels"].items())
    )
    outline = tuple(_parse_path(d) for d in entry["outline"])
    return ViewGeometry(view, width, height, outline, tuple(shapes), labels)


def _parse_path(text: str) -> PathData:
    """Reads "M x y C x1 y1 x2 y2 x y L x y Z" (absolute commands only)."""
    tokens = _TOKEN.findall(text)
    if "".join(tokens).replace(" ", "") != re.sub(r"[\s,]", "", text):
        raise ValueError(f"unexpected characters in path: {text[:40]!r}")
    segments: list[Segment] = []
    index = 0
    while index < len(tokens):
        command = tokens[index]
        if command not in _ARITY:
            raise ValueError(f"expected a command, got {command!r}")
        arity = _ARITY[command]
        numbers = tokens[index + 1 : index + 1 + arity]
        if len(numbers) != arity or any(n in _ARITY for n in numbers):
            raise ValueError(f"command {command} needs {arity} numbers")
        segments.append((command, tuple(float(n) for n in numbers)))
        index += 1 + arity
    if not segments or segments[0][0] != "M":
        raise ValueError("a path must start with M")
    return tuple(segments)


def mirror(path: PathData, width: float) -> PathData:
    """The path reflected about the vertical line x = width / 2."""
    return tuple(
        (command, tuple(width - v if i % 2 == 0 else v for i, v in enumerate(values)))
        for command, values in path
    )


def _polygons(path: PathData, steps: int = _CURVE_STEPS) -> Rings:
    """The path flattened to closed polygons (one per subpath), curves cut into `steps` chords."""
    rings: list[list[tuple[float, float]]] = []
    ring: list[tuple[float, float]] = []
    pen = (0.0, 0.0)
    for command, values in path:
        if command == "M":
            if len(ring) > 2:
                rings.append(ring)
            pen = (values[0], values[1])
            ring = [pen]
        elif command == "L":
            pen = (values[0], values[1])
            ring.append(pen)
        elif command == "C":
            x0, y0 = pen
            x1, y1, x2, y2, x3, y3 = values
            for k in range(1, steps + 1):
                t = k / steps
                u = 1 - t
                a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
                ring.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
            pen = (x3, y3)
        elif command == "Z":
            if len(ring) > 2:
                rings.append(ring)
            pen = ring[0] if ring else pen
            ring = []
    if len(ring) > 2:
        rings.append(ring)
    return tuple(tuple(r) for r in rings)


def _inside(x: float, y: float, rings: Rings) -> bool:
    inside = False
    for ring in rings:
        x0, y0 = ring[-1]
        for x1, y1 in ring:
            if (y1 > y) != (y0 > y) and x < (x0 - x1) * (y - y1) / (y0 - y1) + x1:
                inside = not inside
            x0, y0 = x1, y1
    return inside


def edge_distance(x: float, y: float, rings: Rings) -> float:
    """How far a point is from the nearest edge of the polygons (inside or out): the anchor's depth
    here, and on the touch screen which region a tap just outside every shape was meant for."""
    best = math.inf
    for ring in rings:
        x0, y0 = ring[-1]
        for x1, y1 in ring:
            dx, dy = x1 - x0, y1 - y0
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / length))
            px, py = x0 + t * dx - x, y0 + t * dy - y
            best = min(best, px * px + py * py)
            x0, y0 = x1, y1
    return math.sqrt(best)


def _centroid(rings: Rings) -> tuple[float, float]:
    total = sx = sy = 0.0
    for ring in rings:
        x0, y0 = ring[-1]
        for x1, y1 in ring:
            cross = x0 * y1 - x1 * y0
            total += cross
            sx += (x0 + x1) * cross
            sy += (y0 + y1) * cross
            x0, y0 = x1, y1
    if abs(total) < 1e-12:
        xs = [x for ring in rings for x, _ in ring]
        ys = [y for ring in rings for _, y in ring]
        return (sum(xs) / len(xs), sum(ys) / len(ys))
    return (sx / (3 * total), sy / (3 * total))


@lru_cache(maxsize=512)
def anchor(path: PathData) -> tuple[float, float]:
    """A point well inside the shape: as far from its border as possible (the pole of
    inaccessibility, found like Mapbox's polylabel), nudged towards the middle where a wide shape
    leaves a choice, so numbers sit centred. Used for the intensity number and as a safe tap point.
    """
    rings = _polygons(path)
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    left, top, right, bottom = min(xs), min(ys), max(xs), max(ys)
    size = min(right - left, bottom - top)
    precision = max(size / 100, 1e-6)
    mx, my = _centroid(rings)

    def score(x: float, y: float) -> float:
        distance = edge_distance(x, y, rings)
        depth = distance if _inside(x, y, rings) else -distance
        return depth - _PULL * math.hypot(x - mx, y - my)

    def bound(value: float, h: float) -> float:
        # nothing in a cell of half-size h can beat this
        return value + h * math.sqrt(2) * (1 + _PULL)

    queue: list[tuple[float, float, float, float, float]] = []

    def push(x: float, y: float, h: float) -> None:
        value = score(x, y)
        heapq.heappush(queue, (-bound(value, h), value, x, y, h))

    half = size / 2
    y = top
    while y < bottom:
        x = left
        while x < right:
            push(x + half, y + half, half)
            x += size
        y += size
    cx, cy = (left + right) / 2, (top + bottom) / 2
    best = max((score(cx, cy), cx, cy), (score(mx, my), mx, my))
    while queue:
        top_bound, value, x, y, h = heapq.heappop(queue)
        if value > best[0]:
            best = (value, x, y)
        if -top_bound - best[0] <= precision:
            break
        h /= 2
        for sx in (-h, h):
            for sy in (-h, h):
                push(x + sx, y + sy, h)
    return (best[1], best[2])
