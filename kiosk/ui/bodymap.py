"""The touch body diagram: one view (front, back or soles) that paints itself and reports taps.

Geometry is data (kiosk.logic.geometry); where it lands in this widget, and which place a point is
on, is kiosk/ui/bodymap_layout.py, rebuilt when the size changes, never while painting. This
module is the widget: what it shows (marks, names, side labels), its painting and the pointer.
Taps: the region under the finger is recorded on press and reported on release only if the release
is over the same region and the pointer hardly moved, so a swipe or a drag never marks anything.
Fingers are wide: a tap just outside a region (a toe, say) still counts, nearest region first, but
a tap inside a region always means that region.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.logic import palette
from kiosk.logic.geometry import BodyMap, ViewGeometry, body_map
from kiosk.logic.regions import REGION_LABELS, Catalogue, View, catalogue
from kiosk.logic.vocab import SIDE_LABELS, Side
from kiosk.ui.bodymap_layout import FigureLayout, Key, fits, fitted_font
from kiosk.ui.widgets.base import translate

FINGER_RADIUS_MM = 4.5  # half of a 9 mm fingertip
SELECTED_FILL = "#cfe1ec"  # calm blue-grey: chosen, strength not given yet
PRESSED_FILL = "#e4d8cc"  # brief feedback under the finger
LABEL_INK = "#2b2520"
CLOSE_UPS = frozenset({View.LEGS_FRONT, View.LEGS_BACK})


class BodyMapWidget(QWidget):
    """Paints one view of the pain map.

    Signals:
        region_tapped(str, str): region id and side value ("left", "right", "midline").
    """

    region_tapped = Signal(str, str)

    def __init__(
        self,
        view: View,
        parent: QWidget | None = None,
        *,
        geometry: BodyMap | None = None,
        regions: Catalogue | None = None,
        finger_radius: float | None = None,
    ) -> None:
        super().__init__(parent)
        # Dark ink on its own background, which the high-contrast sheet makes white (the sheet
        # paints a plain QWidget subclass's background only when asked to).
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._view = view
        self._geometry: ViewGeometry = (geometry or body_map()).view(view)
        allowed = {(r.id, s) for r in (regions or catalogue()).in_view(view) for s in r.sides}
        self._data = [shape for shape in self._geometry.regions if (shape.region, shape.side) in allowed]
        self._finger_radius = finger_radius
        self._marks: dict[Key, int | None] = {}
        self._press: tuple[QPointF, Key | None] | None = None
        self._dragged = False
        self._laid_out_for = QSize(-1, -1)
        self._figure = FigureLayout(scale=1.0, offset=QPointF(0, 0), outline=[], shapes={})
        names = {
            View.FRONT: self.tr("Body diagram, front view"),
            View.BACK: self.tr("Body diagram, back view"),
            View.SOLES: self.tr("Body diagram, bottom of both feet"),
            View.LEGS_FRONT: self.tr("Legs close up, front view"),
            View.LEGS_BACK: self.tr("Legs close up, back view"),
        }
        right_on_left = self.tr("Your right side is on the left of the picture.")
        right_on_right = self.tr("Your right side is on the right of the picture.")
        right = next(label for label in self._geometry.labels if label.side is Side.RIGHT)
        self.setAccessibleName(names[view])
        self.setAccessibleDescription(
            f"{self.caption()} {right_on_left if right.x < self._geometry.width / 2 else right_on_right}"
        )

    # ---- typed accessors -------------------------------------------------------------------

    def view(self) -> View:
        return self._view

    def caption(self) -> str:
        """What the patient is looking at, for a screen reader (the page shows the view's name on
        its button instead)."""
        captions = {
            View.FRONT: self.tr("You are looking at your front."),
            View.BACK: self.tr("You are looking at your back."),
            View.SOLES: self.tr("You are looking at the bottoms of your feet, from behind."),
            View.LEGS_FRONT: self.tr("You are looking at the front of your legs."),
            View.LEGS_BACK: self.tr("You are looking at the back of your legs."),
        }
        return captions[self._view]

    def label_band(self) -> QRectF:
        """The strip above the figure where "Your right" and "Your left" stand: never on the figure."""
        return QRectF(0, 0, self.width(), self._label_height())

    def figure_box(self) -> QRectF:
        """Where the figure is drawn, in widget coordinates."""
        self._ensure_layout()
        g, figure = self._geometry, self._figure
        return QRectF(figure.offset.x(), figure.offset.y(), g.width * figure.scale, g.height * figure.scale)

    def set_marks(self, marks: dict[tuple[str, Side], int | None]) -> None:
        """Marked regions and their strength (None: chosen, strength not given yet)."""
        self._marks = {key: value for key, value in marks.items() if key in self.places()}
        self.update()

    def marks(self) -> dict[tuple[str, Side], int | None]:
        return dict(self._marks)

    def selected(self) -> set[tuple[str, Side]]:
        return set(self._marks)

    def region_at(self, point: QPointF) -> tuple[str, Side] | None:
        """The region under a point in widget coordinates, allowing for the width of a finger."""
        self._ensure_layout()
        return self._figure.region_at(point)

    def anchor_point(self, region: str, side: Side) -> QPointF:
        """A point well inside the region, in widget coordinates."""
        self._ensure_layout()
        return QPointF(self._figure.shapes[(region, side)].anchor)

    def shape_path(self, region: str, side: Side) -> QPainterPath:
        """The region's exact outline in widget coordinates (a copy)."""
        self._ensure_layout()
        return QPainterPath(self._figure.shapes[(region, side)].path)

    def finger_radius(self) -> float:
        """How far outside a region a tap still reaches it, in logical pixels."""
        if self._finger_radius is not None:
            return self._finger_radius
        screen = self.screen() or QApplication.primaryScreen()
        dpi = screen.physicalDotsPerInch() if screen is not None else 0.0
        if not 60 <= dpi <= 400:
            dpi = 150.0  # a 10-inch 1280 x 800 tablet
        return max(12.0, min(32.0, FINGER_RADIUS_MM * dpi / 25.4))

    def minimumSizeHint(self) -> QSize:
        height = 420
        return QSize(max(260, round(height * self._geometry.width / self._geometry.height)), height)

    def sizeHint(self) -> QSize:
        height = 620
        return QSize(round(height * self._geometry.width / self._geometry.height) + 80, height)

    # ---- layout ----------------------------------------------------------------------------

    def places(self) -> set[Key]:
        """Every (region, side) this view shows."""
        return {(shape.region, shape.side) for shape in self._data}

    def _ensure_layout(self) -> None:
        if self.size() != self._laid_out_for:
            self._layout()

    def label_font(self) -> QFont:
        """Bold, a little larger than the text around it, and smaller when needed so that each
        side's words fit on one line over their half of the figure (never cut short)."""
        font = QFont(self.font())
        font.setBold(True)
        base = self.font().pixelSize() if self.font().pixelSize() > 0 else 20
        words = [QCoreApplication.translate("vocab", SIDE_LABELS[s]) for s in (Side.LEFT, Side.RIGHT)]
        room = self.width() / 2 - 8
        for size in range(max(16, min(26, round(base * 1.1))), 11, -1):
            font.setPixelSize(size)
            if max(QFontMetricsF(font).horizontalAdvance(w) for w in words) <= room:
                break
        return font

    def _label_height(self) -> float:
        return QFontMetricsF(self.label_font()).height() + 8

    def _layout(self) -> None:
        self._laid_out_for = QSize(self.size())
        self._figure = FigureLayout.fit(
            self._geometry,
            self._data,
            self.size(),
            top=self._label_height(),
            finger_radius=self.finger_radius(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout()
        super().resizeEvent(event)

    # ---- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._paint_body(painter)
        self._paint_regions(painter)
        self._paint_outline(painter)
        self._paint_marks(painter)
        self._paint_names(painter)  # over a chosen place's fill too, until it shows its number
        self._paint_labels(painter)
        painter.end()

    def _line_width(self, base: float) -> float:
        return max(1.0, base * self._figure.scale)

    def _paint_body(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.BODY_FILL))
        for path in self._figure.outline:
            painter.drawPath(path)

    def _paint_regions(self, painter: QPainter) -> None:
        pressed = self._press[1] if self._press is not None and not self._dragged else None
        border = QPen(QColor(palette.REGION_BORDER), self._line_width(1.6))
        border.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for key, shape in self._figure.shapes.items():
            if key in self._marks:
                continue
            painter.setBrush(QColor(PRESSED_FILL) if key == pressed else Qt.BrushStyle.NoBrush)
            painter.setPen(border)
            painter.drawPath(shape.path)

    def _paint_outline(self, painter: QPainter) -> None:
        pen = QPen(QColor(palette.BODY_OUTLINE), self._line_width(2.6))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path in self._figure.outline:
            painter.drawPath(path)

    def _paint_names(self, painter: QPainter) -> None:
        """The close-ups are plain bands, not a body: each place says its name inside it."""
        if self._view not in CLOSE_UPS:
            return
        painter.setPen(QColor(LABEL_INK))
        for key, shape in self._figure.shapes.items():
            if self._marks.get(key) is not None:
                continue  # a marked place shows its number instead
            text = translate("regions", REGION_LABELS[key[0]])
            box = shape.path.boundingRect().adjusted(4, 4, -4, -4)
            font = fitted_font(self.font(), text, box)
            if not fits(font, text, box) and "(" in text:
                text = text.split("(")[0].strip()  # "Achilles tendon (above the heel)": the name alone
                font = fitted_font(self.font(), text, box)
            painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _paint_marks(self, painter: QPainter) -> None:
        pen = QPen(QColor(palette.MARK_OUTLINE), max(2.0, self._line_width(3.0)))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for key, intensity in self._marks.items():
            shape = self._figure.shapes.get(key)
            if shape is None:
                continue
            fill = SELECTED_FILL if intensity is None else palette.intensity_fill(intensity)
            painter.setPen(pen)
            painter.setBrush(QColor(fill))
            painter.drawPath(shape.path)
        for key, intensity in self._marks.items():
            shape = self._figure.shapes.get(key)
            if shape is None or intensity is None:
                continue
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(9, round(min(30.0, 40 * self._figure.scale, shape.room * 0.7))))
            painter.setFont(font)
            painter.setPen(QColor(palette.text_on(intensity)))
            box = QRectF(shape.anchor.x() - 40, shape.anchor.y() - 30, 80, 60)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(intensity))

    def label_rects(self) -> dict[Side, QRectF]:
        """Where each side's words are drawn: in the band above the figure, over that side's half."""
        self._ensure_layout()
        return self._figure.side_label_boxes(self._geometry, self.label_band())

    def _paint_labels(self, painter: QPainter) -> None:
        font = self.label_font()
        painter.setFont(font)
        painter.setPen(QColor(LABEL_INK))
        for side, box in self.label_rects().items():
            text = QCoreApplication.translate("vocab", SIDE_LABELS[side])
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # ---- pointer ---------------------------------------------------------------------------

    def _drag_limit(self) -> float:
        return float(max(QApplication.startDragDistance(), 14))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position()
        self._press = (point, self.region_at(point))
        self._dragged = False
        self.update()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        if _length(event.position() - self._press[0]) >= self._drag_limit() and not self._dragged:
            self._dragged = True
            self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        start, pressed = self._press
        self._press = None
        point = event.position()
        moved = self._dragged or _length(point - start) >= self._drag_limit()
        self.update()
        event.accept()
        if pressed is not None and not moved and self.region_at(point) == pressed:
            self.region_tapped.emit(pressed[0], pressed[1].value)


def _length(vector: QPointF) -> float:
    return math.hypot(vector.x(), vector.y())
