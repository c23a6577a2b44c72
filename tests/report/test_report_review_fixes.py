"""Review findings on the physician's PDF, checked on the real PDF's text and positions.

The footer must never print one string over another, whatever the name's length; the lumbar box's
"Not present" list must say which leg it is about when both legs are scored; the box's title must
never end a page alone; and a typical S1 intake with a red flag keeps page 1 on one Letter page.
"""

from __future__ import annotations

from functools import cache
from io import BytesIO
from itertools import pairwise
from typing import Any

import pytest
from pypdf import PageObject, PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from kiosk.logic.assessment import RedFlag, Tier
from kiosk.logic.record import IntakeRecord
from kiosk.logic.record_load import record_from_dict
from kiosk.logic.screening import assess
from kiosk.report import ReportSettings, build_pdf
from kiosk.report.styles import MARGIN, PAGE_SIZES, make_styles
from tests.report.helpers import MOST_FLAGS, assessment, first_count, page_one_text, pages_text, record

FOOTER_TOP = 30.0
"""Text drawn below this height (points from the bottom edge) is the running footer."""


def _intake(
    pain: list[dict[str, Any]], answers: dict[str, bool], treatments: list[dict[str, Any]]
) -> IntakeRecord:
    return record_from_dict(
        {
            "format": "kiosk-intake/1",
            "id": "3f1c2a9e-8d5b-4f6a-9c1e-2b7d4e6f8a10",
            "completed_at": "2026-11-20T10:00:00-05:00",
            "language": "en",
            "patient": {
                "first_name": "Ana",
                "last_name": "Ruiz",
                "date_of_birth": "1960-01-01",
                "sex": "female",
            },
            "pain": pain,
            "duration": "over_12_months",
            "onset": "gradual",
            "answers": answers,
            "treatments": treatments,
        }
    )


def _pain(side: str, *regions: tuple[str, int, list[str]]) -> list[dict[str, Any]]:
    return [{"region": r, "side": side, "intensity": i, "qualities": q} for r, i, q in regions]


def _footer_runs(pdf: bytes) -> list[list[tuple[float, float, str]]]:
    """Each page's footer strings as (left x, right x, text), measured in the footer's own font."""
    return [_footer_runs_on(page) for page in PdfReader(BytesIO(pdf)).pages]


def _footer_runs_on(page: PageObject) -> list[tuple[float, float, str]]:
    font = make_styles().body.fontName
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        words = text.strip("\n")
        if words.strip() and cm[5] + tm[5] < FOOTER_TOP:
            left = cm[4] + tm[4]
            runs.append((left, left + stringWidth(words, font, size), words))

    page.extract_text(visitor_text=visit)
    return sorted(runs)


# 1. "Not present" names the scored leg ------------------------------------------------------


def test_not_present_names_the_scored_leg_when_both_legs_are_scored() -> None:
    """Left: S1 pattern above the ankle (scores 6); right: calf and outer thigh with tingling (7)."""
    left = _pain("left", ("back_thigh", 6, []), ("heel_bottom", 7, []))
    right = _pain("right", ("calf", 5, ["tingling"]), ("outer_thigh", 3, ["tingling"]))
    intake = _intake(left + right, {"cough_sneeze_leg": True}, [])
    screen = assess(intake)
    assert (screen.side.value if screen.side else None, screen.score, screen.bilateral) == ("right", 7, True)
    page1 = page_one_text(build_pdf(intake, screen, ReportSettings()))
    assert "Not present on the right leg: the pain does not travel down the leg; no weakness rising" in page1
    assert "Not present:" not in page1


# 2. The footer never overlaps ------------------------------------------------------------------

SIXTY = ("María de los Ángeles Guadalupe", "Fernández-Villaverde y Ortega")
NINETY_SIX = (
    "María de los Ángeles Guadalupe Inmaculada",
    "Fernández-Villaverde de la Santísima Trinidad y Ortega",
)


@cache
def _typical_page_one_footer(paper: str) -> tuple[tuple[float, float, str], ...]:
    """Page 1's footer of the typical record on `paper`: the same for each name the test tries."""
    pdf = build_pdf(record("v03"), assessment(), ReportSettings(paper=paper))
    return tuple(_footer_runs_on(PdfReader(BytesIO(pdf)).pages[0]))


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize(("name", "whole"), [(SIXTY, True), (NINETY_SIX, False)], ids=["60", "96"])
def test_the_footers_name_fits_between_its_neighbours(paper: str, name: tuple[str, str], whole: bool) -> None:
    """A short name stays centred; a long one moves into the free space, then is shortened: never overprinted."""
    page_width = PAGE_SIZES[paper][0]
    left, right, centre = _typical_page_one_footer(paper)[1]
    assert centre == "José Álvarez · born 1974-07-09"
    assert abs((left + right) / 2 - page_width / 2) < 0.5

    first, last = name
    assert len(f"{first} {last}") == (60 if whole else 96)
    intake = record("v03", patient={"first_name": first, "last_name": last})
    pdf = build_pdf(intake, assessment(), ReportSettings(paper=paper))
    for number, runs in enumerate(_footer_runs(pdf), start=1):
        assert len(runs) == 3, runs
        assert runs[0][2] == "Screening aid, not a diagnosis · rules 1.0.0"
        assert runs[-1][2].startswith(f"Page {number} of")
        for (_, end, _), (start, _, _) in pairwise(runs):
            assert end + 6 <= start, f"page {number}: footer strings overlap: {runs}"
        assert runs[0][0] >= MARGIN - 0.5 and runs[-1][1] <= page_width - MARGIN + 0.5
        centre = runs[1][2]
        assert centre.endswith("· born 1974-07-09"), "the birth date identifies the patient on every page"
        if whole:
            assert centre == f"{first} {last} · born 1974-07-09"
        else:
            assert centre.startswith("María de los Ángeles Guadalupe") and "… · born" in centre


# 3. The lumbar box keeps its title and page 1 fits ----------------------------------------------


def test_the_lumbar_title_never_ends_a_page_alone() -> None:
    """Push the box down with red flags until its body leaves page 1: its title goes with it.

    The title can only be left alone at the first count of flags that pushes the body off page 1,
    so the test finds that count by bisection and checks it and the count before it."""

    @cache  # the bisection has built both counts checked below
    def pdf(count: int) -> bytes:
        flags = tuple(RedFlag(f"R{i}", Tier.PROMPT, "Prompt flag", ("S49",)) for i in range(count))
        return build_pdf(
            record("v03"), assessment(red_flag_tier=Tier.PROMPT, red_flags=flags), ReportSettings()
        )

    def body_left_page_one(count: int) -> bool:
        return "Tingling or numbness in the leg or foot" not in page_one_text(pdf(count))

    pushed = first_count(body_left_page_one, 1, MOST_FLAGS)
    for count, on_first_page in ((pushed - 1, True), (pushed, False)):
        built = pages_text(pdf(count))
        (box_page,) = [page for page in built if "LUMBAR SCREEN" in page]
        assert "Tingling or numbness in the leg or foot" in box_page, f"title orphaned with {count} flags"
        assert "Score 3 (possible from 3, likely from 6)" in box_page
        assert (box_page is built[0]) is on_first_page


def _typical_s1_with_a_red_flag() -> IntakeRecord:
    """The reviewer's case: six marked regions, fifteen rules fired (D4 since rule set 1.1) (score 16), one emergency flag."""
    pain = _pain(
        "left",
        ("lower_back", 4, ["aching"]),
        ("buttock", 5, ["aching"]),
        ("back_thigh", 5, ["tingling", "burning", "electric"]),
        ("calf", 6, ["numbness"]),
        ("heel_bottom", 7, ["burning"]),
        ("outer_foot", 6, ["tingling"]),
    )
    yes = ("cough_sneeze_leg", "worse_sitting", "walking_eased_by_sitting", "toe_rise_weak")
    answers = dict.fromkeys((*yes, "calf_cramps_twitching", "saddle_numbness"), True)
    tried = [
        {"treatment": "physical_therapy", "relief": "none"},
        {"treatment": "ice", "relief": "none"},
        {"treatment": "stretching", "relief": "a_little"},
    ]
    return _intake(pain, answers, tried)


def test_a_typical_s1_intake_with_a_red_flag_keeps_page_one_to_one_letter_page() -> None:
    intake = _typical_s1_with_a_red_flag()
    screen = assess(intake)
    assert (screen.score, len(screen.fired), len(screen.red_flags), len(intake.pain)) == (16, 15, 1, 6)
    page1 = page_one_text(build_pdf(intake, screen, ReportSettings(paper="letter")))
    for section in ("RED FLAG · EMERGENCY", "LUMBAR SCREEN", "WHERE IT HURTS", "TREATMENTS TRIED"):
        assert section in page1
    assert "Stretching Helped a little" in page1, "the last treatment row"
    assert "Safety: New saddle (perineal) numbness." in page1
