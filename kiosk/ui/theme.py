"""The kiosk's style sheet from `assets/style.qss`, at the patient's text size and contrast.

Sizes live in one place (the style sheet, in px); the text-size choice (three A's, each bigger
than the last) multiplies every `font-size` there, so labels, buttons and lists grow together and
the layouts make room. High contrast adds `assets/style-high-contrast.qss` after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QApplication, QHBoxLayout, QWidget

from kiosk.logic.assets import asset_path, assets_dir
from kiosk.ui.widgets import ChoiceGroup, big_button

STYLE = "style.qss"
HIGH_CONTRAST = "style-high-contrast.qss"
NOT_SCALED = "/* ---- not scaled ----"
LARGEST_PX = 40
_FONT_SIZE = re.compile(r"font-size:\s*(\d+)px")


class TextSize(Enum):
    """The three text sizes a patient can pick; the value is the factor on every font size."""

    NORMAL = 1.0
    LARGE = 1.25
    LARGEST = 1.5


@dataclass(frozen=True)
class Look:
    """How the patient wants the screen: text size and high contrast. The default is the clinic's."""

    size: TextSize = TextSize.NORMAL
    high_contrast: bool = False


def scale_fonts(sheet: str, factor: float) -> str:
    """Multiply every px font size above the sheet's "not scaled" line by `factor`.

    Nothing grows past `LARGEST_PX`: a title that big already reads from across the room, and the
    room it would take is better left to the answers.
    """
    scaled, marker, fixed = sheet.partition(NOT_SCALED)

    def scale(match: re.Match[str]) -> str:
        size = int(match.group(1))
        return f"font-size: {max(size, min(LARGEST_PX, round(size * factor)))}px"

    return _FONT_SIZE.sub(scale, scaled) + marker + fixed


def style_sheet(look: Look = Look()) -> str:
    sheet = scale_fonts(asset_path(STYLE).read_text(encoding="utf-8"), look.size.value)
    if look.high_contrast:
        sheet += "\n" + asset_path(HIGH_CONTRAST).read_text(encoding="utf-8")
    return sheet.replace("@ASSETS@", assets_dir().as_posix())


def apply_theme(app: QApplication, look: Look = Look()) -> None:
    """Set the application's sheet; setting the same one again would re-polish every widget for nothing."""
    sheet = style_sheet(look)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


class LookSwitch(QWidget):
    """The text-size buttons and the high-contrast switch shown on every step.

    The three sizes are one letter "A" each, drawn at the size it gives: a patient sees which is
    bigger without reading "A+" or "A++" on every page (the screen reader says "Text size: large").

    Signals: `changed()` when the patient picks a size or flips the contrast; read `look()`.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sizes = ChoiceGroup([(size, "A") for size in TextSize])
        for size in TextSize:
            self.sizes.button_for(size).setProperty("role", "textsize")
            self.sizes.button_for(size).setProperty("scale", size.name)
        self.sizes.chosen.connect(self.changed)
        self.contrast = big_button("", checkable=True, role="contrast")
        self.contrast.toggled.connect(lambda _on: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.sizes)
        layout.addWidget(self.contrast)
        self.retranslate()
        self.set_look(Look())

    def retranslate(self) -> None:
        names = {
            TextSize.NORMAL: self.tr("Text size: normal"),
            TextSize.LARGE: self.tr("Text size: large"),
            TextSize.LARGEST: self.tr("Text size: largest"),
        }
        for size, name in names.items():
            self.sizes.button_for(size).setAccessibleName(name)
        self.sizes.setAccessibleName(self.tr("Text size"))
        self.contrast.setText(self.tr("High contrast"))
        self.contrast.setAccessibleName(self.tr("High contrast"))
        self.contrast.setAccessibleDescription(self.tr("White and yellow words on black"))

    def buttons(self) -> list[QAbstractButton]:
        return [*self.sizes.buttons(), self.contrast]

    def look(self) -> Look:
        return Look(self.sizes.value() or TextSize.NORMAL, self.contrast.isChecked())

    def set_look(self, look: Look) -> None:
        """Show `look` as set from outside (a reset): the normal size is then pressed by nobody."""
        self.contrast.blockSignals(True)
        self.contrast.setChecked(look.high_contrast)
        self.contrast.blockSignals(False)
        self.sizes.set_value(None if look.size is TextSize.NORMAL else look.size)
