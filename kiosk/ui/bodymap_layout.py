"""Where the body map's figure lands in its widget, which place a finger is on, where the words go.

The geometry (kiosk.logic.geometry) is scaled to fit a rectangle, keeping its aspect ratio, and
centred in it; each region becomes a `QPainterPath` with the band a fingertip reaches around it.
`BodyMapWidget` (kiosk/ui/bodymap.py) builds one `FigureLayout` whenever its size changes, never while
painting, and paints and hit-tests with it. Qt's path and font types, no widget.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath, QPainterPathStroker

from kiosk.logic.geometry import PathData, RegionShape, Rings, ViewGeometry, anchor, edge_distance
from kiosk.logic.vocab import Side

Key = tuple[str, Side]
MARGIN = 6.0
NAME_SIZES = (18, 16, 15, 14, 13, 12)
"""Pixel sizes a place's name may take inside it (the close-up views), largest first."""


@dataclass
class Shape:
    """One region instance mapped into widget coordinates."""

    key: Key
    path: QPainterPath
    halo: QPainterPath  # the band within the finger radius of the border
    rings: Rings  # the path flattened, in widget coordinates
    anchor: QPointF
    room: float  # rough size, for the number's font


@dataclass
class FigureLayout:
    """The figure in one widget size: `scale` and `offset` map geometry units to widget pixels."""

    scale: float
    offset: QPointF
    outline: list[QPainterPath]
    shapes: dict[Key, Shape]

    @classmethod
    def fit(
        cls,
        geometry: ViewGeometry,
        places: Iterable[RegionShape],
        size: QSize,
        *,
        top: float,
        finger_radius: float,
    ) -> FigureLayout:
        """The figure fitted below a band of height `top` (the side labels), within `MARGIN`."""
        width = max(1.0, size.width() - 2 * MARGIN)
        height = max(1.0, size.height() - top - 2 * MARGIN)
        scale = min(width / geometry.width, height / geometry.height)
        offset = QPointF(
            (size.width() - geometry.width * scale) / 2,
            top + MARGIN + (height - geometry.height * scale) / 2,
        )
        layout = cls(scale=scale, offset=offset, outline=[], shapes={})
        layout.outline = [layout.path(path) for path in geometry.outline]
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * finger_radius)
        stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
        for place in places:
            path = layout.path(place.path)
            box = path.boundingRect()
            ax, ay = anchor(place.path)
            layout.shapes[(place.region, place.side)] = Shape(
                key=(place.region, place.side),
                path=path,
                halo=stroker.createStroke(path),
                rings=_rings(path),
                anchor=layout.map(ax, ay),
                room=min(box.width(), box.height()),
            )
        return layout

    def map(self, x: float, y: float) -> QPointF:
        """A point of the geometry in widget coordinates."""
        return QPointF(self.offset.x() + x * self.scale, self.offset.y() + y * self.scale)

    def path(self, data: PathData) -> QPainterPath:
        """A path of the geometry in widget coordinates."""
        path = QPainterPath()
        for command, values in data:
            points = [self.map(values[i], values[i + 1]) for i in range(0, len(values), 2)]
            if command == "M":
                path.moveTo(points[0])
            elif command == "L":
                path.lineTo(points[0])
            elif command == "C":
                path.cubicTo(points[0], points[1], points[2])
            else:
                path.closeSubpath()
        return path

    def region_at(self, point: QPointF) -> Key | None:
        """The place under `point`: the one it is inside, else the nearest whose finger band it is in."""
        for shape in self.shapes.values():
            if shape.path.contains(point):
                return shape.key
        near = [
            (edge_distance(point.x(), point.y(), shape.rings), shape.key)
            for shape in self.shapes.values()
            if shape.halo.contains(point)
        ]
        return min(near)[1] if near else None

    def side_label_boxes(self, geometry: ViewGeometry, band: QRectF) -> dict[Side, QRectF]:
        """Where each side's words stand: in `band`, above the figure, over that side's half."""
        middle = self.map(geometry.width / 2, 0).x()
        boxes = {}
        for label in geometry.labels:
            left_half = self.map(label.x, label.y).x() < middle
            boxes[label.side] = (
                QRectF(0, band.top(), middle - 4, band.height())
                if left_half
                else QRectF(middle + 4, band.top(), band.width() - middle - 4, band.height())
            )
        return boxes


def fitted_font(base: QFont, text: str, box: QRectF) -> QFont:
    """The largest of `NAME_SIZES` at which `text`, wrapped, fits in `box` (else the smallest)."""
    font = QFont(base)
    for size in NAME_SIZES:
        font.setPixelSize(size)
        if fits(font, text, box):
            break
    return font


def fits(font: QFont, text: str, box: QRectF) -> bool:
    need = QFontMetricsF(font).boundingRect(box, Qt.TextFlag.TextWordWrap, text)
    return need.width() <= box.width() and need.height() <= box.height()


def _rings(path: QPainterPath) -> Rings:
    """The path flattened by Qt (curves included) into the plain rings `edge_distance` reads."""
    polygons = path.toSubpathPolygons()
    return tuple(
        tuple((ring.at(i).x(), ring.at(i).y()) for i in range(ring.size()))
        for ring in polygons
        if ring.size()
    )
