"""The two boxes a physician reads first: red flags (when any fired) and the lumbar screen.

Both carry their meaning in words, weight and borders, never colour alone, so they survive a
black-and-white printer; every flag and rule shows its reason and its source tags. When the tier
alerts staff (urgent, emergency) the red-flag box leads with the reason for the urgency and the
lumbar box steps back into smaller type: the physician must not read the score first.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from kiosk.logic.assessment import LEVEL_WORDS, Assessment, Level
from kiosk.logic.rules import rule_set
from kiosk.report.sources import tag_list
from kiosk.report.styles import GAP, INK, RULE, SHADE, Styles, secondary, text
from kiosk.report.words import (
    DISCLAIMER,
    NOT_APPLICABLE_TEXT,
    TIER_ACTION,
    TIER_WORDS,
    points_words,
    side_words,
)

Flowables = list[Any]
VERDICT_WIDTH = 158.0
"""Just wide enough for "Lumbar involvement / not indicated" in two lines of the verdict type."""
POINTS_WIDTH = 18.0
"""A signed one-digit score ("+2", "−1") and a 5-point gap before its reason."""
SOURCES_WIDTH = 80.0
"""Fits a rule id with three source tags ("D3 [S10][S25][S26]") on one line; every point spared
goes to the reasons, so fewer of them wrap."""
RULE_ORDER = ("D", "B", "S", "P", "M", "T", "N")


def _box_style(border: float, banner_fill: Any, rows: int) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), border, INK),
        ("BACKGROUND", (0, 0), (-1, 0), banner_fill),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, 0), 3),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ("BOTTOMPADDING", (0, rows - 1), (-1, rows - 1), 5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    return TableStyle(commands)


def red_flags(assessment: Assessment, width: float, s: Styles) -> Flowables:
    """A heavy black-bordered box with a black label: it still shouts on a black-and-white printer."""
    if not assessment.red_flags:
        table = Table([[Paragraph("<b>Red flags:</b> none fired", s.body)]], colWidths=[width])
        table.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return [table, Spacer(1, GAP)]
    tier = assessment.red_flag_tier
    flags = sorted(assessment.red_flags, key=lambda f: (-f.tier.rank, f.id))
    banner = f"RED FLAG · {TIER_WORDS.get(tier, tier.value.upper())}: {TIER_ACTION.get(tier, '')}"
    inner = [
        [
            Paragraph(f"<b>{TIER_WORDS.get(f.tier, f.tier.value.upper())}</b>", s.cell),
            # the reason for the urgency first, in the largest type of the box
            Paragraph(f"<b>{text(f.reason)}</b>", s.lead if i == 0 and tier.alerts_staff else s.cell),
            Paragraph(f"{f.id} {tag_list(f.sources)}", s.muted),
        ]
        for i, f in enumerate(flags)
    ]
    flag_table = Table(inner, colWidths=[74, width - 74 - 92 - 12, 92], hAlign="LEFT")
    flag_table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    rows = [[Paragraph(text(banner), s.banner)], [flag_table]]
    table = Table(rows, colWidths=[width])
    table.setStyle(_box_style(2.2, INK, len(rows)))
    return [table, Spacer(1, GAP)]


def _rule_key(rule_id: str) -> tuple[int, str]:
    head = rule_id[:1]
    return (RULE_ORDER.index(head) if head in RULE_ORDER else len(RULE_ORDER), rule_id)


def _score_arithmetic(total: int, score: int) -> str:
    """Say why the listed points do not add up to the score, so nobody thinks it is a typo."""
    if total == score:
        return ""
    if total < score:
        return f"Points add up to {points_words(total)}; the score does not go below 0."
    why = "domain caps" if score > 0 else "domain caps and the floor at 0"
    return f"Points add up to {total}; {why} give {score}."


def score_words(assessment: Assessment) -> str:
    """Points against the thresholds of the rules that made this assessment ("Score 10 (possible
    from 3, likely from 6)"); "10 / 18" read as a percentage."""
    try:
        rules = rule_set(assessment.rules_version)
    except (OSError, ValueError):
        rules = rule_set()
    return f"Score {assessment.score} (possible from {rules.possible_from}, likely from {rules.likely_from})"


def both_sides_words(assessment: Assessment) -> str | None:
    """One line for both scored legs ("Left 7 · Right 13 (reported)"); None with one leg, or for an
    assessment stored before the side scores were kept."""
    if len(assessment.side_scores) < 2:
        return None
    return " · ".join(
        f"{side_words(side)} {score}" + (" (reported)" if side is assessment.side else "")
        for side, score in assessment.side_scores
    )


def _fired_rules(assessment: Assessment, width: float, s: Styles) -> Flowables:
    fired = sorted(assessment.fired, key=lambda r: _rule_key(r.id))
    if not fired:
        return [Paragraph("No rule fired.", s.body)]
    rows = [
        [
            Paragraph(points_words(r.points), s.cell_right),
            Paragraph(text(r.reason), s.cell),
            Paragraph(f"{r.id} {tag_list(r.sources)}", s.muted),
        ]
        for r in fired
    ]
    reason_width = width - POINTS_WIDTH - SOURCES_WIDTH
    table = Table(rows, colWidths=[POINTS_WIDTH, reason_width, SOURCES_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (1, -1), 5),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
            ]
        )
    )
    return [table]


def _not_present(assessment: Assessment, s: Styles) -> Paragraph:
    """The notable rules that did not fire. They were checked on the scored leg only, so when both
    legs were scored the label names that leg: "no spread above the ankle" may be false for the other.
    (The assessment keeps no score for the other leg, so the box cannot print one.)"""
    missing = "; ".join(text(a.text) for a in assessment.absent)
    label = "Not present"
    if assessment.bilateral and assessment.side is not None:
        label = f"Not present on the {side_words(assessment.side).lower()} leg"
    return Paragraph(f"<b>{label}:</b> {missing}", s.small)


def _notes(assessment: Assessment, s: Styles) -> Flowables:
    """The physician notes at the top of the reasons, beside the level and in the reasons' type: a
    "possible bone-stress injury" in small print at the bottom of the page was easy to miss."""
    return [
        Paragraph(f"<b>Note:</b> {text(n.text)} {tag_list(n.sources)}".rstrip(), s.cell)
        for n in assessment.notes
    ] + ([Spacer(1, 3)] if assessment.notes else [])


def lumbar_screen(assessment: Assessment, width: float, s: Styles) -> Table:
    """Verdict on the left (level, score, side), the notes and reasons on the right: one glance, then
    detail. Behind an urgent or emergency red flag the whole box is set smaller."""
    behind_a_flag = assessment.red_flag_tier.alerts_staff
    if behind_a_flag:
        s = secondary(s)
    level = assessment.level
    verdict: Flowables = [Paragraph(LEVEL_WORDS[level], s.big)]
    reasons: Flowables = _notes(assessment, s)
    if level is Level.NOT_APPLICABLE:
        reasons.append(Paragraph(NOT_APPLICABLE_TEXT, s.body))
    else:
        verdict += [Spacer(1, 2), Paragraph(f"<b>{score_words(assessment)}</b>", s.body)]
        if assessment.side is not None:
            verdict.append(Paragraph(f"{side_words(assessment.side)} leg", s.body))
        both = both_sides_words(assessment)
        if both is not None:
            verdict.append(Paragraph(f"Both legs scored: {both}", s.small))
        elif assessment.bilateral:
            verdict.append(Paragraph("Both legs marked; the score is for this side", s.small))
        why = _score_arithmetic(sum(r.points for r in assessment.fired), assessment.score)
        if why:  # beside the score it explains, in the verdict column's spare height
            verdict.append(Paragraph(why, s.muted))
        reasons += _fired_rules(assessment, width - VERDICT_WIDTH - 12, s)
        if assessment.absent:
            reasons.append(_not_present(assessment, s))
    verdict += [
        Spacer(1, 3),
        Paragraph(f"<b>{DISCLAIMER}.</b>", s.muted),
        Paragraph(f"Rules {text(assessment.rules_version)}", s.muted),
    ]
    title = "LUMBAR SCREEN (see the red flag first)" if behind_a_flag else "LUMBAR SCREEN"
    rows = [[Paragraph(title, s.cell_bold), ""], [verdict, reasons]]
    table = Table(rows, colWidths=[VERDICT_WIDTH, width - VERDICT_WIDTH])
    style = _box_style(0.6 if behind_a_flag else 1.2, SHADE, len(rows))
    style.add("SPAN", (0, 0), (-1, 0))
    style.add("NOSPLIT", (0, 0), (-1, -1))  # the title never ends a page without its body
    style.add("LINEAFTER", (0, 1), (0, 1), 0.4, RULE)
    style.add("TOPPADDING", (0, 1), (-1, 1), 4)
    table.setStyle(style)
    return table
