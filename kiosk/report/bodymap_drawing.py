"""The pain map on paper: the kiosk's own body geometry drawn as vector paths, not a screenshot.

Same fills as the screen (palette.intensity_fill) with a dark outline; every marked region also
carries its number, so the map reads in black and white. Sides are the patient's own ("R"/"L").
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from kiosk.logic.geometry import BodyMap, PathData, ViewGeometry, anchor, body_map
from kiosk.logic.palette import BODY_FILL, BODY_OUTLINE, MARK_OUTLINE, REGION_BORDER, intensity_fill, text_on
from kiosk.logic.record import PainEntry
from kiosk.logic.regions import View
from kiosk.logic.vocab import Side
from kiosk.report.words import side_letter

VIEW_CAPTIONS = {
    View.FRONT: "Front: facing the patient",
    View.BACK: "Back: from behind",
    View.SOLES: "Soles: as from behind",
}
"""Whose left is where: facing the patient, their right is on the reader's left; from behind, and on
the soles (drawn as seen from behind), their left is on the reader's left. The R and L letters
beside each view say the same; a test holds the captions to the geometry's side labels."""
RELATIVE_HEIGHT = {View.SOLES: 0.78}
"""The soles are a close-up: drawn a little shorter than the whole-body views beside them."""
CAPTION_SPACE = 11.0
VIEW_GAP = 10.0
LABEL_ROOM = 30.0
"""Geometry units kept around each side label, so the "R"/"L" letters are never cropped."""
BADGE_BELOW = 11.0
"""Regions narrower than this (points) get their number on a white badge instead of on the fill."""
BADGE_RADIUS = 4.6

Box = tuple[float, float, float, float]


def path_box(path: PathData) -> Box:
    """Bounding box of the path's points and control points (a Bézier stays inside them)."""
    xs = [values[i] for _, values in path for i in range(0, len(values), 2)]
    ys = [values[i] for _, values in path for i in range(1, len(values), 2)]
    return min(xs), min(ys), max(xs), max(ys)


def content_box(view: ViewGeometry) -> Box:
    """The part of the view worth printing: the body outline and the side labels, no empty margin."""
    boxes = [path_box(p) for p in view.outline]
    boxes += [
        (lb.x - LABEL_ROOM, lb.y - LABEL_ROOM, lb.x + LABEL_ROOM, lb.y + LABEL_ROOM) for lb in view.labels
    ]
    return (
        max(0.0, min(b[0] for b in boxes)),
        max(0.0, min(b[1] for b in boxes)),
        min(view.width, max(b[2] for b in boxes)),
        min(view.height, max(b[3] for b in boxes)),
    )


@dataclass(frozen=True)
class Placement:
    """Where one view lands on the page: geometry units → points, y flipped (PDF y grows upward)."""

    view: ViewGeometry
    box: Box
    x: float
    y: float
    scale: float

    def point(self, gx: float, gy: float) -> tuple[float, float]:
        left, _, _, bottom = self.box
        return self.x + (gx - left) * self.scale, self.y + (bottom - gy) * self.scale

    @property
    def width(self) -> float:
        return (self.box[2] - self.box[0]) * self.scale

    @property
    def height(self) -> float:
        return (self.box[3] - self.box[1]) * self.scale


def place_views(views: Iterable[ViewGeometry], width: float, height: float) -> list[Placement]:
    """Side by side on one baseline, as tall as the box allows, shrunk together to fit the width."""
    views = list(views)
    boxes = [content_box(v) for v in views]
    factors = [RELATIVE_HEIGHT.get(v.view, 1.0) for v in views]
    aspects = [(b[2] - b[0]) / (b[3] - b[1]) for b in boxes]
    gaps = VIEW_GAP * (len(views) - 1)
    body = height - CAPTION_SPACE
    needed = sum(body * f * a for f, a in zip(factors, aspects, strict=True))
    if needed > width - gaps:
        body *= (width - gaps) / needed
    total = sum(body * f * a for f, a in zip(factors, aspects, strict=True)) + gaps
    x = (width - total) / 2
    placements = []
    for view, box, factor in zip(views, boxes, factors, strict=True):
        scale = body * factor / (box[3] - box[1])
        placement = Placement(view, box, x, CAPTION_SPACE, scale)
        placements.append(placement)
        x += placement.width + VIEW_GAP
    return placements


def _printed_size(placement: Placement, path: PathData) -> float:
    left, top, right, bottom = path_box(path)
    return min(right - left, bottom - top) * placement.scale


@dataclass(frozen=True)
class NumberMark:
    """One intensity number: drawn at `at`; a badge moved off its region keeps a leader to `anchor`."""

    anchor: tuple[float, float]
    at: tuple[float, float]
    intensity: int
    badge: bool


def place_numbers(
    items: Iterable[tuple[tuple[float, float], int, bool]], centre_x: float
) -> list[NumberMark]:
    """Keep badges of neighbouring small regions (toes) from covering each other.

    Numbers inside big regions stay put. A badge would hide its small region's fill, so it sits just
    outside, away from the body's centre line, with a leader; it steps further out until it is clear
    of every number already placed.
    """
    items = list(items)
    taken = [(pos, BADGE_RADIUS) for pos, _, badge in items if not badge]
    marks = [NumberMark(pos, pos, intensity, False) for pos, intensity, badge in items if not badge]
    small = sorted((i for i in items if i[2]), key=lambda i: (abs(i[0][0] - centre_x), i[0][1], i[0][0]))
    step = 2 * BADGE_RADIUS + 1
    for (x, y), intensity, _ in small:
        direction = -1.0 if x < centre_x else 1.0
        at = (x, y)
        for k in range(1, 12):
            candidate = (x + direction * (k * step - BADGE_RADIUS + 1), y)
            if all(math.dist(candidate, other) >= radius + BADGE_RADIUS + 0.5 for other, radius in taken):
                at = candidate
                break
        taken.append((at, BADGE_RADIUS))
        marks.append(NumberMark((x, y), at, intensity, True))
    return marks


class PainMapDrawing(Flowable):  # type: ignore[misc]
    """Front, back and soles side by side, with each marked region filled and numbered."""

    def __init__(
        self, pain: Iterable[PainEntry], width: float, height: float, geometry: BodyMap | None = None
    ) -> None:
        super().__init__()
        self.marks = {(p.region, p.side): p.intensity for p in pain}
        self.width = width
        self.height = height
        self.geometry = geometry or body_map()
        self.font, self.bold = "DejaVuSans", "DejaVuSans-Bold"
        self._largest: dict[tuple[str, Side], tuple[float, View]] = {}

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        views = [self.geometry.view(v) for v in (View.FRONT, View.BACK, View.SOLES)]
        placements = place_views(views, self.width, self.height)
        self._largest = self._largest_views(placements)
        for placement in placements:
            self._draw_view(placement)

    def _largest_views(self, placements: list[Placement]) -> dict[tuple[str, Side], tuple[float, View]]:
        """Per marked region, its printed size and view where it is drawn largest.

        A region too small for its number in one view (the toes seen from the front) is numbered
        where it is bigger (the soles); only a region small everywhere gets a badge, and just once.
        """
        largest: dict[tuple[str, Side], tuple[float, View]] = {}
        for placement in placements:
            for shape in placement.view.regions:
                key = (shape.region, shape.side)
                if key in self.marks:
                    size = _printed_size(placement, shape.path)
                    if key not in largest or size > largest[key][0]:
                        largest[key] = (size, placement.view.view)
        return largest

    def _path(self, placement: Placement, path: PathData) -> object:
        p = self.canv.beginPath()
        for op, values in path:
            if op == "M":
                p.moveTo(*placement.point(*values))
            elif op == "L":
                p.lineTo(*placement.point(*values))
            elif op == "C":
                x1, y1 = placement.point(values[0], values[1])
                x2, y2 = placement.point(values[2], values[3])
                p.curveTo(x1, y1, x2, y2, *placement.point(values[4], values[5]))
            elif op == "Z":
                p.close()
        return p

    def _draw_view(self, placement: Placement) -> None:
        canv, view = self.canv, placement.view
        canv.saveState()
        canv.setLineJoin(1)
        canv.setFillColor(colors.HexColor(BODY_FILL))
        canv.setStrokeColor(colors.HexColor(BODY_OUTLINE))
        canv.setLineWidth(0.6)
        for outline in view.outline:
            canv.drawPath(self._path(placement, outline), stroke=1, fill=1)
        canv.setStrokeColor(colors.HexColor(REGION_BORDER))
        canv.setLineWidth(0.25)
        marked = []
        for shape in view.regions:
            intensity = self.marks.get((shape.region, shape.side))
            if intensity is None:
                canv.drawPath(self._path(placement, shape.path), stroke=1, fill=0)
            else:
                marked.append((shape, intensity))
        canv.setStrokeColor(colors.HexColor(MARK_OUTLINE))
        canv.setLineWidth(0.9)
        for shape, intensity in marked:
            canv.setFillColor(colors.HexColor(intensity_fill(intensity)))
            canv.drawPath(self._path(placement, shape.path), stroke=1, fill=1)
        items = []
        for shape, intensity in marked:
            small = _printed_size(placement, shape.path) < BADGE_BELOW
            best_size, best_view = self._largest[(shape.region, shape.side)]
            if small and (best_size >= BADGE_BELOW or best_view is not view.view):
                continue  # numbered in the view where it is bigger
            items.append((placement.point(*anchor(shape.path)), intensity, small))
        for mark in place_numbers(items, placement.point(view.width / 2, 0)[0]):
            self._draw_number(mark)
        self._draw_labels(placement)
        canv.setFillColor(colors.black)
        canv.setFont(self.font, 7.2)
        canv.drawCentredString(placement.x + placement.width / 2, 2, VIEW_CAPTIONS[view.view])
        canv.restoreState()

    def _draw_number(self, mark: NumberMark) -> None:
        canv = self.canv
        (x, y), ink, size = mark.at, text_on(mark.intensity), 7.6
        if mark.badge:
            canv.setStrokeColor(colors.HexColor(MARK_OUTLINE))
            canv.setFillColor(colors.HexColor(MARK_OUTLINE))
            canv.setLineWidth(0.5)
            if mark.at != mark.anchor:
                canv.line(*mark.anchor, x, y)
                canv.circle(*mark.anchor, 0.9, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setLineWidth(0.6)
            canv.circle(x, y, BADGE_RADIUS, stroke=1, fill=1)
            ink, size = "#000000", 6.4
        canv.setFont(self.bold, size)
        canv.setFillColor(colors.HexColor(ink))
        # White digits get a thin dark outline (fill, then stroke), so they stay legible on a
        # mid-grey fill when the page is printed in black and white.
        outline = ink.lower() == "#ffffff"
        if outline:
            canv.setStrokeColor(colors.HexColor(MARK_OUTLINE))
            canv.setLineWidth(0.45)
        canv.drawCentredString(x, y - size * 0.36, str(mark.intensity), mode=2 if outline else 0)

    def _draw_labels(self, placement: Placement) -> None:
        self.canv.setFillColor(colors.black)
        self.canv.setFont(self.bold, 8.5)
        for label in placement.view.labels:
            if label.side is Side.MIDLINE:
                continue
            x, y = placement.point(label.x, label.y)
            self.canv.drawCentredString(x, y - 3, side_letter(label.side))
