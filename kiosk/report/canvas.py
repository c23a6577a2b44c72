"""The page canvas: "Page n of m", the running footer, a fixed PDF date and the PDF/A parts.

Page totals are only known at the end, so each page's drawing state is kept and the footers are
drawn in `save` (the usual reportlab two-step). The creation date comes from the record, never from
the clock, so the same intake always gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from kiosk.report.archive import make_archival
from kiosk.report.styles import FOOTER_SPACE, MARGIN, MUTED, RULE

FOOTER_GAP = 12.0
"""The least white space between two footer strings, so they read as three, not one run-on line."""
ELLIPSIS = "…"


@dataclass(frozen=True)
class Footer:
    """The running footer's words. `centre` (the patient's name) is shortened with an ellipsis when
    the page is too narrow for it; `centre_tail` (the birth date that makes the name unambiguous) never is."""

    left: str
    centre: str
    centre_tail: str
    created: datetime
    """The record's completion time: the PDF's creation date, in its own offset."""
    font: str
    size: float = 7.2

    @property
    def pdf_date(self) -> str:
        return pdf_date(self.created)


def shorten(words: str, room: float, font: str, size: float) -> str:
    """`words`, or its longest start that fits `room` points with an ellipsis; "" if not even that fits."""
    if stringWidth(words, font, size) <= room:
        return words
    cut = len(words)
    while cut > 0 and stringWidth(words[:cut].rstrip() + ELLIPSIS, font, size) > room:
        cut -= 1
    return words[:cut].rstrip() + ELLIPSIS if cut > 0 else ""


def fit_centre(footer: Footer, page_width: float, right: str) -> tuple[str, float]:
    """The centre text and the x of its midpoint. Centred on the page when it fits; otherwise moved
    into the space the left and right strings leave free and, if still too long, shortened to fit it."""
    font, size = footer.font, footer.size
    free_left = MARGIN + stringWidth(footer.left, font, size) + FOOTER_GAP
    free_right = page_width - MARGIN - stringWidth(right, font, size) - FOOTER_GAP
    room = free_right - free_left
    name = shorten(footer.centre, room - stringWidth(footer.centre_tail, font, size), font, size)
    words = shorten(name + footer.centre_tail, room, font, size)  # cuts the tail only if no name fits
    half = stringWidth(words, font, size) / 2
    return words, min(max(page_width / 2, free_left + half), free_right - half)


def pdf_date(when: datetime) -> str:
    """PDF date string (ISO 32000 §7.9.4) in the record's own offset, e.g. D:20261120100000-05'00'."""
    offset = when.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"D:{when:%Y%m%d%H%M%S}{sign}{hours:02d}'{mins:02d}'"


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds its pages back until the total is known."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held: list[dict[str, Any]] = []
        self.setDateFormatter(lambda *_: footer.pdf_date)

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        make_archival(self._doc, self._footer.created, self._doc.Catalog.Lang.s)
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        footer = self._footer
        y = FOOTER_SPACE - 12
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, y + 9, width - MARGIN, y + 9)
        self.setFillColor(MUTED)
        self.setFont(footer.font, footer.size)
        page = f"Page {number} of {total}"
        centre, middle = fit_centre(footer, width, page)
        self.drawString(MARGIN, y, footer.left)
        self.drawCentredString(middle, y, centre)
        self.drawRightString(width - MARGIN, y, page)
        self.restoreState()
