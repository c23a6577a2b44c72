"""Registers the embedded DejaVu Sans fonts, so every name (Zoë, Łukasiewicz, Nguyễn) prints as typed.

The PDF base-14 fonts only cover Latin-1; DejaVu covers Latin Extended and Vietnamese and is embedded
(subset) in every PDF, so the page looks the same on any printer or viewer.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from kiosk.logic.assets import asset_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register once per process (reportlab's font registry is global); returns (regular, bold)."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(asset_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(asset_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD
