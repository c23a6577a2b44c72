"""The key to the map's colours: one bar of eleven colours, 0 to 10, each with its number.

The same ordered scale fills the marked regions (kiosk.logic.palette), and the numbers are printed on
the colours too, so the key reads without colour vision. It is drawn as one flat bar with no gaps or
rounded cells: eleven separate swatches looked like buttons, and patients tapped them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.logic import palette

STEPS = 11


class IntensityLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Dark ink on its own background, which the high-contrast sheet makes white (the sheet
        # paints a plain QWidget subclass's background only when asked to).
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Colour key: 0 is no pain, 10 is the worst pain"))
        self.setMinimumHeight(52)

    def sizeHint(self) -> QSize:
        return QSize(440, 52)

    def swatch(self, intensity: int) -> QRectF:
        """Where the colour of `intensity` is drawn, in widget coordinates."""
        caption = self.height() * 0.4
        width = (self.width() - 2) / STEPS
        return QRectF(1 + intensity * width, 1, width, self.height() - caption - 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(max(11, int(self.height() * 0.26)))
        font.setBold(True)
        painter.setFont(font)
        for intensity in range(STEPS):
            box = self.swatch(intensity)
            painter.fillRect(box, QColor(palette.intensity_fill(intensity)))
            painter.setPen(QColor(palette.text_on(intensity)))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(intensity))
        bar = self.swatch(0).united(self.swatch(STEPS - 1))
        painter.setPen(QPen(QColor(palette.MARK_OUTLINE), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)
        painter.setPen(QColor("#3b3b3b"))
        font.setBold(False)
        painter.setFont(font)
        caption = QRectF(
            2, self.swatch(0).bottom() + 2, self.width() - 4, self.height() - self.swatch(0).bottom() - 2
        )
        painter.drawText(
            caption, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("No pain")
        )
        painter.drawText(
            caption, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.tr("Worst pain")
        )
        painter.end()
