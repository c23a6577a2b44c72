"""Page 1 for a 30-second read (issue 14): one test per change a physician's review of four PDFs asked
for, read back from the real PDF's text and type sizes."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from kiosk.logic.assessment import Assessment, Level, Tier
from kiosk.logic.screening import assess
from kiosk.logic.storage import Store
from kiosk.report import ReportSettings, build_pdf
from tests.report.helpers import page_one_text, pages_text, record, vignette

STORED_1_0 = Path(__file__).resolve().parents[1] / "data" / "stored-1.0-assessment-v21.json"


def page_one(prefix: str, **changes: Any) -> str:
    intake = record(prefix, **changes)
    return page_one_text(build_pdf(intake, assess(intake), ReportSettings()))


def sized_runs(pdf: bytes) -> list[tuple[str, float]]:
    """Every text run of page 1 with its type size, in drawing order."""
    runs: list[tuple[str, float]] = []

    def visit(text: str, _cm: Any, _tm: Any, _font: Any, size: float) -> None:
        if text.strip():
            runs.append((text.strip(), round(size, 1)))

    PdfReader(BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return runs


def size_of(runs: list[tuple[str, float]], words: str) -> float:
    sizes = {size for text, size in runs if words in text}
    assert len(sizes) == 1, (words, sizes)
    return sizes.pop()


def lumbar_box(page: str) -> str:
    return page[page.index("LUMBAR SCREEN") : page.index("WHERE IT HURTS")]


def test_notes_sit_in_the_lumbar_box_beside_the_level_in_the_reasons_type() -> None:
    answers = {"load_increase_recent": True, "first_steps_pain_eases": False}
    intake = record("v03", answers=answers)
    screen = assess(intake)
    assert "bone_stress" in {n.id for n in screen.notes}
    pdf = build_pdf(intake, screen, ReportSettings())
    box = lumbar_box(page_one_text(pdf))
    assert "Note: Possible bone-stress injury [S66][S53][S54]" in box
    assert box.index("Note: Possible bone-stress injury") < box.index(screen.fired[0].reason)
    runs = sized_runs(pdf)
    assert size_of(runs, "Possible bone-stress injury") == size_of(runs, screen.fired[0].reason) == 8.3
    assert "NOTES FOR THE PHYSICIAN" not in page_one_text(pdf)


def test_not_present_names_at_most_the_three_most_telling_absent_anchors() -> None:
    page = page_one("v01")
    line = page[page.index("Not present:") : page.index("WHERE IT HURTS")]
    assert line.strip() == (
        "Not present: the pain does not travel down the leg; no spread to the thigh or knee; "
        "coughing or sneezing does not worsen the leg or foot pain"
    )


def test_both_scored_legs_are_given_on_one_line() -> None:
    box = lumbar_box(page_one("v24"))  # both shins: 1 each, right reported
    assert "Both legs scored: Left 1 · Right 1 (reported)" in box
    one_leg = lumbar_box(page_one("v03"))
    assert "Both legs" not in one_leg
    right_shin = {"region": "shin", "side": "right", "intensity": 6, "qualities": []}
    both = record("v03", pain=[*vignette("v03")["record"]["pain"], right_shin])
    screen = assess(both)
    page = page_one_text(build_pdf(both, screen, ReportSettings()))
    assert f"Both legs scored: Left {screen.score} (reported) · Right 1" in page


def test_the_score_reads_as_points_against_the_thresholds() -> None:
    box = lumbar_box(page_one("v11"))
    assert "Score 10 (possible from 3, likely from 6)" in box
    assert "/ 18" not in box


def test_an_urgent_flag_leads_with_its_reason_and_the_lumbar_box_steps_back() -> None:
    urgent = record("v23")
    screen = assess(urgent)
    assert screen.red_flag_tier is Tier.URGENT
    pdf = build_pdf(urgent, screen, ReportSettings())
    page = page_one_text(pdf)
    reason = screen.red_flags[0].reason
    assert page.index("RED FLAG · URGENT") < page.index(reason) < page.index("LUMBAR SCREEN")
    assert "LUMBAR SCREEN (see the red flag first)" in page
    runs = sized_runs(pdf)
    level = "Lumbar involvement"
    assert size_of(runs, " ".join(reason.split()[:4])) > size_of(runs, level)
    calm = record("v21")
    calm_runs = sized_runs(build_pdf(calm, assess(calm), ReportSettings()))
    assert size_of(runs, level) < size_of(calm_runs, level)
    assert size_of(runs, "Pain in the calf or lower leg") < size_of(
        calm_runs, "Pain in the calf or lower leg"
    )


def test_a_prompt_flag_leaves_the_lumbar_box_in_front() -> None:
    page = page_one("v03", answers={"night_pain": True})
    assert "RED FLAG · PROMPT" in page
    assert "LUMBAR SCREEN (see the red flag first)" not in page


def test_conditions_are_labelled_as_conditions_not_safety_answers() -> None:
    page = page_one("v04")  # diabetes
    answers = page[page.index("OTHER “YES” ANSWERS") :]
    assert "Conditions: Diabetes." in answers
    assert "Safety:" not in answers
    both = page_one("v04", answers={"weight_loss": True, "psoriasis_ibd_uveitis": True})
    assert "Safety: Unintended weight loss." in both
    assert "Conditions: Diabetes; Psoriasis" in both


def test_each_map_view_says_whose_left_is_where() -> None:
    page = page_one("v03")
    for caption in ("Front: facing the patient", "Back: from behind", "Soles: as from behind"):
        assert caption in page
    assert "on the front view, their right is on your left" in page


def test_a_reprint_of_a_stored_1_0_intake_keeps_its_assessment_and_rules_version() -> None:
    """v21 scored 4, `possible`, under rule set 1.0 (heel + calf chained into D3); 1.1 scores it 2."""
    stored = Assessment.from_dict(json.loads(STORED_1_0.read_text(encoding="utf-8")))
    assert (stored.rules_version, stored.level, stored.score) == ("1.0.0", Level.POSSIBLE, 4)
    intake = record("v21")
    assert assess(intake).level is Level.NOT_INDICATED
    page = page_one_text(build_pdf(intake, stored, ReportSettings()))
    assert "Possible lumbar involvement Score 4 (possible from 3, likely from 6)" in page
    assert "Two or more regions in one root territory (S1, L5 or L4), reaching above the ankle D3" in page
    assert "Rules 1.0.0" in page
    assert "rules 1.0.0" in page
    assert "1.1.0" not in page


def test_a_stored_1_0_assessment_comes_back_from_the_database_unchanged(tmp_path: Path) -> None:
    stored = Assessment.from_dict(json.loads(STORED_1_0.read_text(encoding="utf-8")))
    intake = record("v21")
    with Store(tmp_path / "kiosk.sqlite3") as store:
        store.submit(intake, stored)
        again = store.get(intake.id)
    assert again is not None
    assert again.assessment == stored
    assert again.rules_version == "1.0.0"


def test_behind_an_emergency_the_treatments_start_on_page_one_and_continue_on_page_two() -> None:
    """v03 with an emergency: its six treatments no longer fit page 1; they start there (no half-
    empty page 1) and the rest follows on page 2."""
    intake = record("v03", answers={"saddle_numbness": True, "urination_difficulty": True})
    pages = pages_text(build_pdf(intake, assess(intake), ReportSettings(paper="letter")))
    assert "TREATMENTS TRIED (6; 0 helped a lot)" in pages[0]
    assert "Pain pills or gels" in pages[0]
    assert "PRP shot" in pages[1]


def test_a_note_s_sources_are_in_the_reference_list() -> None:
    intake = record(
        "v05", answers={"foot_drop": True}, pain=[{"region": "top_of_foot", "side": "right", "intensity": 6}]
    )
    screen = assess(intake)
    assert [(n.id, n.sources) for n in screen.notes] == [("peroneal", ("S71",))]
    pages = pages_text(build_pdf(intake, screen, ReportSettings()))
    assert "[S71]" in pages[0]
    assert "[S71] Foot drop: common peroneal neuropathy at the fibular head" in " ".join(pages[1:])
