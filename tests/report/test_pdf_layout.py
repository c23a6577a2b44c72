"""The PDF's sections, order, names, metadata and paper, with hand-made assessments.

These do not depend on the rules' wording: the assessment is built here, so a failure points at the
report, not at the screen.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from functools import cache
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.logic.assessment import Level, RedFlag, Tier
from kiosk.report import ReportSettings, build_pdf
from tests.report.helpers import MOST_FLAGS, assessment, first_count, page_one_text, pages_text, record

SETTINGS = ReportSettings(clinic_name="Riverside Foot & Ankle Clinic")


def test_page_one_has_every_section_in_the_physicians_order() -> None:
    pdf = build_pdf(record("v03"), assessment(), SETTINGS)
    page1 = page_one_text(pdf)
    order = [
        "Riverside Foot & Ankle Clinic",
        "José Álvarez",
        "Red flags: none fired",
        "LUMBAR SCREEN",
        "Possible lumbar involvement",
        "Score 3 (possible from 3, likely from 6)",
        "WHERE IT HURTS",
        "Side Region Pain Qualities Root",
        "TREATMENTS TRIED",
        "OTHER “YES” ANSWERS",
    ]
    positions = [page1.find(words) for words in order]
    assert -1 not in positions, [w for w, p in zip(order, positions, strict=True) if p < 0]
    assert positions == sorted(positions)


def test_header_names_the_patient_birth_age_sex_time_id_and_language() -> None:
    page1 = page_one_text(build_pdf(record("v03"), assessment(), SETTINGS))
    for words in (
        "Born 1974-07-09 · 52 years · Male",
        "Completed 2026-11-20 10:00 (UTC−05:00)",
        "Intake 420875c2",
        "Patient answered in Spanish",
    ):
        assert words in page1


def test_english_answers_are_not_called_spanish() -> None:
    page1 = page_one_text(build_pdf(record("v05"), assessment(), SETTINGS))
    assert "Spanish" not in page1
    assert "Answered in English" in page1


def test_lumbar_box_lists_points_reasons_sources_absent_features_and_the_disclaimer() -> None:
    page1 = page_one_text(build_pdf(record("v03"), assessment(), SETTINGS))
    assert "+2 Leg pain worse on coughing or sneezing P1 [S7]" in page1
    assert "−1 Only heel and arch marked, no tingling there N2 [S33]" in page1
    assert "Not present: no spread above the ankle; no back pain" in page1
    assert "Screening aid for the physician, not a diagnosis" in page1
    assert "Possible lumbar involvement Score 3 (possible from 3, likely from 6) Left leg" in page1


def test_capped_scores_explain_why_the_points_do_not_add_up() -> None:
    page1 = page_one_text(build_pdf(record("v03"), assessment(score=2), SETTINGS))
    assert "Points add up to 3; domain caps give 2." in page1
    floored = assessment(score=0, fired=assessment().fired[-1:])
    page1 = page_one_text(build_pdf(record("v03"), floored, SETTINGS))
    assert "Points add up to −1; the score does not go below 0." in page1


def test_not_applicable_says_so_instead_of_a_score() -> None:
    back_only = record("v03", pain=[{"region": "lower_back", "side": "left", "intensity": 5}])
    screen = assessment(level=Level.NOT_APPLICABLE, score=0, side=None, fired=(), absent=(), notes=())
    page1 = page_one_text(build_pdf(back_only, screen, SETTINGS))
    assert "No leg or foot pain marked: screen not applicable" in page1
    assert "Score" not in page1
    assert "Lower back" in page1


def test_red_flags_come_first_in_a_box_with_tier_and_each_flag_in_words() -> None:
    flags = (
        RedFlag("R5", Tier.PROMPT, "Night pain not eased by changing position", ("S51",)),
        RedFlag("E1", Tier.EMERGENCY, "New saddle numbness", ("S46", "S47")),
    )
    screen = assessment(red_flag_tier=Tier.EMERGENCY, red_flags=flags)
    page1 = page_one_text(build_pdf(record("v03"), screen, SETTINGS))
    banner = page1.find("RED FLAG · EMERGENCY: see the patient now")
    emergency = page1.find("EMERGENCY New saddle numbness E1 [S46][S47]")
    prompt = page1.find("PROMPT Night pain not eased by changing position R5 [S51]")
    assert -1 < banner < emergency < prompt < page1.find("LUMBAR SCREEN")
    assert "none fired" not in page1


@pytest.mark.parametrize("first, last", [("Zoë", "Łukasiewicz"), ("Nguyễn", "Thị Hoa"), ("José", "Álvarez")])
def test_names_in_any_script_come_out_exactly(first: str, last: str) -> None:
    patient = {"first_name": first, "last_name": last}
    pages = pages_text(build_pdf(record("v01", patient=patient), assessment(), SETTINGS))
    assert f"{first} {last}" in pages[0]
    assert all(f"{first} {last} · born" in page for page in pages), "the footer names the patient"


def test_text_from_the_record_is_not_read_as_markup() -> None:
    odd = record(
        "v01",
        patient={"first_name": "<b>Ann</b> & Co", "last_name": "O'Brien"},
        treatments=[{"treatment": "other", "relief": "none", "note": "acupuncture <3 & cupping"}],
    )
    text = " ".join(pages_text(build_pdf(odd, assessment(), SETTINGS)))
    assert "<b>Ann</b> & Co O'Brien" in text
    assert "acupuncture <3 & cupping" in text


def test_later_pages_hold_every_answer_references_and_the_rules_version() -> None:
    pages = pages_text(build_pdf(record("v03"), assessment(), SETTINGS))
    rest = " ".join(pages[1:])
    assert "All answers, as given" in rest and "All answers, as given" not in pages[0]
    assert "Is there new numbness between your legs, around your bottom or genitals? Not answered" in rest
    assert "Do your first steps after rest hurt most, then it eases? No" in rest
    assert "Does coughing, sneezing or pushing on the toilet worsen leg pain? Yes" in rest
    assert "Left bottom of heel 7 out of 10 Aching; Burning" in rest
    assert "[S7] Verwoerd AJH" in rest and "[S36] Hansen L" in rest and "[S12] Albert HB" in rest
    assert "Lumbar screen rules 1.0.0" in rest
    assert "420875c2-9364-5a93-974f-ec3ac297a5b3" in rest


def test_every_page_has_the_footer_and_page_n_of_m() -> None:
    pages = pages_text(build_pdf(record("v03"), assessment(), SETTINGS))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Screening aid, not a diagnosis · rules 1.0.0" in page


def test_a_typical_record_keeps_page_one_to_one_page() -> None:
    pages = pages_text(build_pdf(record("v03"), assessment(), SETTINGS))
    assert "OTHER “YES” ANSWERS" in pages[0]
    assert len(pages) == 3


def test_metadata_names_the_report_not_the_patient() -> None:
    reader = PdfReader(BytesIO(build_pdf(record("v03"), assessment(), SETTINGS)))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Intake summary"
    assert meta.creator == "Heel-pain intake kiosk 0.2.0"
    assert "rules 1.0.0" in (meta.subject or "") and "rules 1.0.0" in str(meta.get("/Keywords"))
    for value in (meta.title, meta.subject, meta.get("/Keywords"), meta.author):
        assert "Álvarez" not in str(value) and "José" not in str(value)
    assert meta.get("/CreationDate") == "D:20261120100000-05'00'"


def test_the_same_record_gives_identical_bytes() -> None:
    intake, screen = record("v03"), assessment()
    assert build_pdf(intake, screen, SETTINGS) == build_pdf(intake, screen, SETTINGS)


def test_identical_bytes_across_processes_and_hash_seeds() -> None:
    script = (
        "import sys, hashlib\n"
        "from tests.report.helpers import assessment, record\n"
        "from kiosk.report import ReportSettings, build_pdf\n"
        "pdf = build_pdf(record('v03'), assessment(), ReportSettings())\n"
        "print(hashlib.sha256(pdf).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            cwd=Path(__file__).resolve().parents[2],
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


@pytest.mark.parametrize("paper, size", [("letter", (612, 792)), ("a4", (595, 842))])
def test_paper_size_follows_the_settings(paper: str, size: tuple[int, int]) -> None:
    pdf = build_pdf(record("v03"), assessment(), ReportSettings(paper=paper))
    for page in PdfReader(BytesIO(pdf)).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="paper"):
        ReportSettings(paper="legal")


def test_many_regions_and_treatments_flow_on_in_order() -> None:
    from kiosk.logic.regions import catalogue

    pain = [{"region": r.id, "side": s.value, "intensity": 5} for r in catalogue().regions for s in r.sides]
    big = record("v03", pain=pain, treatments=[{"treatment": "other", "relief": "none", "note": "x" * 200}])
    pages = pages_text(build_pdf(big, assessment(), SETTINGS))
    joined = " ".join(pages)
    assert joined.find("TREATMENTS TRIED") < joined.find("All answers, as given")
    assert re.search(r"Page 1 of \d+", pages[0])


@pytest.mark.parametrize("regions", [5, 12], ids=["table-beside", "table-below"])
def test_the_map_heading_never_ends_a_page_alone(regions: int) -> None:
    """Push the map down with red flags until its drawing leaves page 1: its heading goes with it.

    The heading can only be left alone at the first count of flags that pushes the drawing off
    page 1 (before it, both fit; after it, the heading has gone too), so the test finds that count
    by bisection and checks it and the count before it."""
    from kiosk.logic.regions import catalogue

    limbs = [r.id for r in catalogue().regions if r.is_limb][:regions]
    intake = record("v03", pain=[{"region": r, "side": "left", "intensity": 4} for r in limbs])

    @cache  # the bisection has built both counts checked below
    def pdf(count: int) -> bytes:
        flags = tuple(RedFlag(f"R{i}", Tier.PROMPT, "Prompt flag", ("S49",)) for i in range(count))
        return build_pdf(intake, assessment(red_flag_tier=Tier.PROMPT, red_flags=flags), SETTINGS)

    def drawing_left_page_one(count: int) -> bool:
        return "Soles: as from behind" not in page_one_text(pdf(count))

    pushed = first_count(drawing_left_page_one, 1, MOST_FLAGS)
    for count, on_first_page in ((pushed - 1, True), (pushed, False)):
        built = pages_text(pdf(count))
        (map_page,) = [page for page in built if "WHERE IT HURTS" in page]
        assert "Soles: as from behind" in map_page, f"heading orphaned with {count} flags"
        assert (map_page is built[0]) is on_first_page


def test_a_question_the_kiosk_skipped_reads_not_asked_and_an_unanswered_one_not_answered() -> None:
    """A back-only patient is not asked about a leg: the physician must not read that as a "no"."""
    back_only = [{"region": "lower_back", "side": "left", "intensity": 5, "qualities": []}]
    unanswered = dataclasses.replace(record("v03", pain=back_only), answers={})
    rest = " ".join(pages_text(build_pdf(unanswered, assessment(), SETTINGS))[1:])
    rest = re.sub(r"\s+", " ", rest)
    assert (
        "Does the calf on the painful side cramp or twitch? Not asked: cannot apply to the places marked"
        in rest
    )
    assert "Is there new numbness between your legs, around your bottom or genitals? Not answered" in rest
    # A follow-up without the yes it follows is not asked either, and says why; with it, unanswered.
    assert (
        "Is any leg or foot weakness new or getting worse? "
        "Not asked: none of the questions it follows was answered yes" in rest
    )
    assert "How long are you stiff in the morning? Not answered (= 0 minutes)" in rest
    premise = dataclasses.replace(unanswered, answers={"foot_drop": True})
    rest = re.sub(r"\s+", " ", " ".join(pages_text(build_pdf(premise, assessment(), SETTINGS))[1:]))
    assert "Is any leg or foot weakness new or getting worse? Not answered (= no)" in rest
