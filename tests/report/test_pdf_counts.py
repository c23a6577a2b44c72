"""Every count the physician's PDF prints agrees with its number: "1 year", "2 years", "1 minute"."""

from __future__ import annotations

import re

import pytest

from kiosk.report import ReportSettings, build_pdf
from tests.report.helpers import assessment, page_one_text, pages_text, record

SETTINGS = ReportSettings(clinic_name="Riverside Foot & Ankle Clinic")
COMPLETED = "2026-11-20T10:00:00-05:00"  # v03's completion time


@pytest.mark.parametrize(("born", "age"), [("2025-07-09", "1 year"), ("2024-07-09", "2 years")])
def test_the_age_in_the_header_agrees_with_it(born: str, age: str) -> None:
    rec = record("v03", completed_at=COMPLETED, patient={"date_of_birth": born})
    page1 = page_one_text(build_pdf(rec, assessment(), SETTINGS))
    assert f"Born {born} · {age} · Male" in page1


@pytest.mark.parametrize(("minutes", "words"), [(1, "1 minute"), (2, "2 minutes")])
def test_morning_stiffness_minutes_agree_with_their_number(minutes: int, words: str) -> None:
    """A record file may hold any number of minutes (0 to a day), not only the kiosk's choices."""
    rec = record("v03", answers={"morning_stiffness_minutes": minutes})
    page1, *later = pages_text(build_pdf(rec, assessment(), SETTINGS))
    assert re.search(rf"Morning stiffness: {words}\b", page1), page1
    assert re.search(rf"\? {words}\b", " ".join(later))  # the answer after its question
