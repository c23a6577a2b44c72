"""Type, colour and spacing of the physician's PDF: one place, so the pages keep one hierarchy.

Compact type (8.5–9 pt body) keeps page 1 to one page; weight and boxes, not colour, carry meaning,
so the page survives a black-and-white printer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors, pagesizes  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import Table, TableStyle  # type: ignore[import-untyped]

from kiosk.logic.config import PAPER_SIZES
from kiosk.report.fonts import register_fonts

INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eeeeee")
WHITE = colors.white

MARGIN = 36.0  # half an inch: fits letter and A4 printers' unprintable edges
FOOTER_SPACE = 30.0
GAP = 6.0

PAGE_SIZES = {name: getattr(pagesizes, name.upper()) for name in PAPER_SIZES}
"""Reportlab's page size (width, height in points) of each of the clinic's paper choices (the one
list of them is `config.PAPER_SIZES`)."""


def text(value: str) -> str:
    """Escape text from the record (names, notes) for reportlab's mini-markup."""
    return escape(value)


def grid(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    """A compact table: hairlines between rows, a bold header row repeated across pages."""
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
    if header:
        commands += [("LINEBELOW", (0, 0), (-1, 0), 0.8, INK)]
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    section: ParagraphStyle
    title: ParagraphStyle
    name: ParagraphStyle
    big: ParagraphStyle
    lead: ParagraphStyle
    """The reason for an urgent or emergency tier, first in the red-flag box."""
    banner: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    reference: ParagraphStyle


def make_styles() -> Styles:
    regular, bold = register_fonts()

    def style(name: str, size: float, font: str = regular, **extra: object) -> ParagraphStyle:
        extra.setdefault("leading", round(size * 1.22, 1))
        extra.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, **extra)

    return Styles(
        body=style("body", 8.8),
        small=style("small", 7.6),
        muted=style("muted", 7.6, textColor=MUTED),
        label=style("label", 7.2, bold, textColor=MUTED),
        section=style("section", 9.6, bold, spaceBefore=7, spaceAfter=2.5),
        title=style("title", 8.5, bold, textColor=MUTED),
        name=style("name", 15, bold, leading=18),
        big=style("big", 12.5, bold, leading=15),
        lead=style("lead", 10.4, bold, leading=12.6),
        banner=style("banner", 9.6, bold, textColor=WHITE),
        cell=style("cell", 8.3, leading=10),
        cell_bold=style("cell_bold", 8.3, bold, leading=10),
        cell_right=style("cell_right", 8.3, bold, leading=10, alignment=2),
        reference=style("reference", 7.4, leftIndent=24, firstLineIndent=-24, spaceAfter=2),
    )


def two_columns(
    left: list[Any], right: list[Any], width: float, left_width: float, split: bool = False
) -> Table:
    """Two flowable columns side by side: `left_width` of content, a gap, then the rest. With
    `split`, the columns may continue on the next page instead of leaving a half-empty page."""
    table = Table(
        [[left, right]], colWidths=[left_width + GAP, width - left_width - GAP], splitInRow=int(split)
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), GAP),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def secondary(s: Styles) -> Styles:
    """The same hierarchy a step smaller, for the lumbar box behind an urgent or emergency flag: the
    verdict in body-bold instead of large type, the reasons and notes in small type."""
    small_bold = ParagraphStyle("small_bold", parent=s.small, fontName=s.cell_bold.fontName)
    return replace(
        s,
        big=ParagraphStyle("big_secondary", parent=s.section, spaceBefore=0, spaceAfter=0),
        body=s.small,
        cell=s.small,
        cell_bold=small_bold,
        cell_right=ParagraphStyle("small_right", parent=small_bold, alignment=2),
        small=s.muted,
    )
