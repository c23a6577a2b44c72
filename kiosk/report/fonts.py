"""Registers the embedded DejaVu Sans fonts, so every name (Zoë, Łukasiewicz, Nguyễn) prints as typed.

The PDF base-14 fonts only cover Latin-1; DejaVu covers Latin Extended and Vietnamese and is embedded
(subset) in every PDF, so the page looks the same on any printer or viewer; no other font is used
(PDF/A allows none that is not embedded).
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.platypus.tables import CellStyle  # type: ignore[import-untyped]

from kiosk.logic.assets import asset_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register once per process (reportlab's font registry is global); returns (regular, bold)."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(asset_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(asset_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    # A table sets its cells' font before drawing them, to Helvetica unless told otherwise, even
    # when every cell is a Paragraph: that would put an unembedded font in the PDF/A archive copy.
    CellStyle.fontname = REGULAR
    return REGULAR, BOLD
