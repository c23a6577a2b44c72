"""The physician's PDF for real intakes: the vignettes run through the real screen, end to end."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from kiosk.logic.assessment import LEVEL_WORDS
from kiosk.logic.palette import intensity_fill
from kiosk.logic.record import IntakeRecord
from kiosk.logic.screening import assess
from kiosk.logic.vocab import TREATMENT_LABELS
from kiosk.report import ReportSettings, build_pdf
from kiosk.report.sources import references
from tests.report.helpers import pages_text, record

SETTINGS = ReportSettings(clinic_name="Riverside Foot & Ankle Clinic")


def report(intake: IntakeRecord) -> tuple[list[str], bytes]:
    pdf = build_pdf(intake, assess(intake), SETTINGS)
    return pages_text(pdf), pdf


def test_v03_page_one_answers_the_four_questions() -> None:
    intake = record("v03")
    screen = assess(intake)
    pages, _ = report(intake)
    page1 = pages[0]
    assert "Red flags: none fired" in page1
    assert "Likely lumbar involvement Score 14 (possible from 3, likely from 6) Left leg" in page1
    for rule in screen.fired:
        assert rule.reason in page1, rule.id
    assert "Points add up to 15; domain caps give 14." in page1
    for label in ("Bottom of heel", "Outer edge of foot", "Calf", "Back of thigh", "Lower back"):
        assert label in page1
    assert "TREATMENTS TRIED (6; 0 helped a lot)" in page1
    for t in intake.treatments:
        assert TREATMENT_LABELS[t.treatment].split()[0] in page1
    assert "helped less each time (expected in plantar fasciitis [S39])" in page1
    assert "Toe rise weaker on the painful side" in page1
    assert "Repeated heel steroid injections" in page1
    assert len(pages) == 4 and "All answers, as given" not in page1


def test_every_cited_source_is_printed_in_full() -> None:
    intake = record("v03")
    screen = assess(intake)
    pages, _ = report(intake)
    rest = " ".join(pages[1:])
    for tag in {t.strip("[]") for rule in screen.fired for t in rule.sources}:
        assert f"[{tag}] {references()[tag].citation.text[:40]}" in rest


def test_v05_urgent_foot_drop_opens_the_page() -> None:
    intake = record("v05")
    pages, _ = report(intake)
    page1 = pages[0]
    assert "RED FLAG · URGENT" in page1
    assert -1 < page1.find("RED FLAG") < page1.find("U2") < page1.find("LUMBAR SCREEN")
    assert "Answered in English" in page1


def test_saddle_numbness_is_an_emergency_above_everything() -> None:
    intake = record("v01", answers={"saddle_numbness": True, "night_pain": True})
    screen = assess(intake)
    assert screen.red_flag_tier.value == "emergency"
    page1 = report(intake)[0][0]
    assert "RED FLAG · EMERGENCY: see the patient now" in page1
    emergency = next(f for f in screen.red_flags if f.id == "E1")
    prompt = next(f for f in screen.red_flags if f.id == "R5")
    assert -1 < page1.find(emergency.reason) < page1.find(prompt.reason) < page1.find("LUMBAR SCREEN")


def test_back_pain_only_is_not_applicable() -> None:
    intake = record("v01", pain=[{"region": "lower_back", "side": "right", "intensity": 6}])
    page1 = report(intake)[0][0]
    assert LEVEL_WORDS[assess(intake).level] in page1
    assert "No leg or foot pain marked: screen not applicable" in page1


@pytest.mark.parametrize("prefix", ["v01", "v02", "v04", "v08", "v11", "v18", "v21", "v22", "v23", "v24"])
def test_every_vignette_builds_with_page_one_on_one_page(prefix: str) -> None:
    intake = record(prefix)
    pages, _ = report(intake)
    assert "OTHER “YES” ANSWERS" in pages[0]
    assert LEVEL_WORDS[assess(intake).level] in pages[0]
    assert f"Page 1 of {len(pages)}" in pages[0]


def _render_page_one(pdf: bytes, tmp_path: Path) -> Image.Image:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", source, tmp_path / "page"], check=True
    )
    (png,) = tmp_path.glob("page*.png")
    return Image.open(BytesIO(png.read_bytes())).convert("RGB")


def _hex(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def test_page_one_renders_with_the_map_in_the_screens_colours(tmp_path: Path) -> None:
    image = _render_page_one(report(record("v05"))[1], tmp_path)
    width, height = image.size
    assert (width, height) == (680, 880)  # letter at 80 dpi
    colours = {colour: count for count, colour in image.getcolors(maxcolors=width * height)}
    assert sum(n for c, n in colours.items() if sum(c) < 200) > 5000, "the page is not blank"
    # v05 marks the buttock at 5 and the outer lower leg at 7: their fills show, as on screen
    assert colours.get(_hex(intensity_fill(5)), 0) > 40
    assert colours.get(_hex(intensity_fill(7)), 0) > 5
    # the red-flag banner is a solid black bar across the page near the top
    pixels = image.load()
    black_rows = [
        y for y in range(height // 3) if sum(sum(pixels[x, y]) < 60 for x in range(width)) > width // 2
    ]
    assert black_rows, "no heavy black banner for the red flag"
