"""The physician's wording covers every closed value, and every cited source has its reference."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kiosk.logic.assessment import LEVEL_WORDS, Level, Tier
from kiosk.logic.questions import QUESTIONS
from kiosk.logic.vocab import Quality
from kiosk.report.sources import cited_tags, normalize_tag, references, tag_list
from kiosk.report.words import (
    ANSWER_PHRASES,
    QUALITY_SHORT,
    TIER_ACTION,
    TIER_WORDS,
    format_datetime,
    points_words,
)
from tests.report.helpers import assessment


def test_every_question_quality_level_and_tier_has_words() -> None:
    assert set(ANSWER_PHRASES) == {q.id for q in QUESTIONS}
    assert set(QUALITY_SHORT) == set(Quality)
    assert set(LEVEL_WORDS) == set(Level)
    assert set(TIER_WORDS) == set(TIER_ACTION) == set(Tier) - {Tier.NONE}


def test_points_use_a_true_minus_sign() -> None:
    assert [points_words(p) for p in (2, 1, 0, -1, -2)] == ["+2", "+1", "+0", "−1", "−2"]


def test_times_keep_the_kiosks_own_offset() -> None:
    when = datetime(2026, 3, 4, 9, 5, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert format_datetime(when) == "2026-03-04 09:05 (UTC+05:30)"


def test_every_numbered_source_of_evidence_md_is_in_the_asset() -> None:
    refs = references()
    assert {f"S{n}" for n in range(1, 69)} <= set(refs)
    assert refs["S7"].citation.text.startswith("Verwoerd AJH, Mens J")
    assert refs["S7"].citation.urls
    assert [item.text for item in refs["S46"].items] == [
        "2018 update, summarised",
        "CKS, interpreting red flags",
    ]
    assert all("**" not in r.citation.text and "http" not in r.citation.text for r in refs.values())


def test_every_source_the_rules_can_cite_has_a_full_reference() -> None:
    from kiosk.logic.rules import rule_set

    rules = rule_set()
    tags = {normalize_tag(t) for rule in (*rules.rules, *rules.red_flags) for t in rule.sources}
    assert tags and tags <= set(references())


def test_cited_tags_are_unique_in_reference_order_and_accept_brackets() -> None:
    screen = assessment()
    assert cited_tags(screen, ["[S12]", "S7"]) == ("S2", "S7", "S12", "S33", "S36")
    assert normalize_tag("[S-CHOIR]") == "S-CHOIR"
    assert tag_list(["S46", "[S47]"]) == "[S46][S47]"


def test_the_report_package_never_imports_qt_or_the_ui() -> None:
    probe = (
        "import sys, kiosk.report, kiosk.report.pdf\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'kiosk.ui')))\n"
        "print(bad)\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "[]"
