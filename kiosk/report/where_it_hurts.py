"""Where it hurts: the pain map drawing with the table of marked regions beside or below it."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, Paragraph, Spacer  # type: ignore[import-untyped]

from kiosk.logic.assessment import Assessment
from kiosk.logic.record import IntakeRecord
from kiosk.logic.regions import catalogue
from kiosk.logic.vocab import DURATION_LABELS, ONSET_LABELS, Side
from kiosk.report.bodymap_drawing import PainMapDrawing
from kiosk.report.styles import GAP, Styles, grid, text, two_columns
from kiosk.report.words import QUALITY_SHORT, side_letter

Flowables = list[Any]
MAP_WIDTH = 300.0
MAP_HEIGHT = 208.0
TABLE_BESIDE_MAP = 9
"""Up to this many marked regions, the table sits beside the map; more, and it goes full width below."""


def _legend(record: IntakeRecord, s: Styles) -> Flowables:
    return [
        Paragraph(
            f"<b>Pain for</b> {DURATION_LABELS[record.duration].lower()}; "
            f"<b>began</b> {ONSET_LABELS[record.onset].lower()}.",
            s.small,
        ),
        Paragraph(
            "R / L: the patient's own right and left (on the front view, their right is on your left). "
            "Numbers: pain 0–10.",
            s.muted,
        ),
    ]


def pain_map(record: IntakeRecord, assessment: Assessment, width: float, s: Styles) -> Flowables:
    """The drawing with the region table beside it; a long table moves below, where it can split."""
    title = Paragraph("WHERE IT HURTS", s.cell_bold)
    if not record.pain:
        return [title, Spacer(1, 2), Paragraph("No region marked on the map.", s.body), *_legend(record, s)]
    drawing = PainMapDrawing(record.pain, MAP_WIDTH, MAP_HEIGHT)
    side_width = width - MAP_WIDTH - GAP
    if len(record.pain) <= TABLE_BESIDE_MAP:
        beside = [*regions_table(record, assessment, side_width, s), Spacer(1, 4), *_legend(record, s)]
        return [KeepTogether([title, Spacer(1, 3), two_columns([drawing], beside, width, MAP_WIDTH)])]
    return [
        KeepTogether([title, Spacer(1, 3), two_columns([drawing], _legend(record, s), width, MAP_WIDTH)]),
        Spacer(1, 4),
        *regions_table(record, assessment, width, s),
    ]


def _region_order(record: IntakeRecord, first: Side | None) -> list[Any]:
    ids = catalogue().ids()
    sides = [first or Side.LEFT]
    sides += [x for x in (Side.LEFT, Side.RIGHT) if x not in sides] + [Side.MIDLINE]
    return sorted(record.pain, key=lambda p: (sides.index(p.side), ids.index(p.region)))


def regions_table(record: IntakeRecord, assessment: Assessment, width: float, s: Styles) -> Flowables:
    head = ["Side", "Region", "Pain", "Qualities", "Root"]
    rows: list[list[Any]] = [[Paragraph(h, s.label) for h in head]]
    for entry in _region_order(record, assessment.side):
        region = catalogue()[entry.region]
        qualities = ", ".join(QUALITY_SHORT[q] for q in entry.qualities) or "–"
        rows.append(
            [
                Paragraph(f"<b>{side_letter(entry.side)}</b>", s.cell),
                Paragraph(text(region.label), s.cell),
                Paragraph(f"<b>{entry.intensity}</b>", s.cell),
                Paragraph(qualities, s.cell),
                Paragraph(region.root_set or "–", s.cell),
            ]
        )
    fixed = 25 + 24 + 26
    region_width = min(120.0, (width - fixed) * 0.48)
    widths = [25, region_width, 24, width - fixed - region_width, 26]
    return [grid(rows, widths)]
