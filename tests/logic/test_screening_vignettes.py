"""The worked examples of shared/clinical/examples.md are regression tests of rule set 1.1 (spec §6)."""

from __future__ import annotations

import json

from kiosk.logic.assessment import Assessment
from kiosk.logic.record_load import record_from_dict
from kiosk.logic.screening import RULES_VERSION, assess

EXPECTED_KEYS = {"level", "score", "side", "bilateral", "fired", "red_flag_tier", "red_flags", "notes"}


def test_vignette_assessment_matches_every_expected_key(vignette: dict) -> None:
    assert set(vignette["expected"]) == EXPECTED_KEYS
    result = assess(record_from_dict(vignette["record"])).to_dict()
    assert {key: result[key] for key in EXPECTED_KEYS} == vignette["expected"]
    assert result["rules_version"] == RULES_VERSION == "1.1.0"


def test_vignette_details_agree_with_the_summary(vignette: dict) -> None:
    """Detail lists carry the same ids as the summary, so the PDF and the JSON cannot disagree."""
    result = assess(record_from_dict(vignette["record"])).to_dict()
    assert sorted(r["id"] for r in result["fired_detail"]) == result["fired"]
    assert sorted(f["id"] for f in result["red_flag_detail"]) == result["red_flags"]
    assert sorted(n["id"] for n in result["note_detail"]) == result["notes"]
    assert not {a["id"] for a in result["absent"]} & set(result["fired"])


def test_a_stored_assessment_reads_back_exactly(vignette: dict) -> None:
    """Reprints use the stored assessment, so it must survive the JSON round trip unchanged."""
    result = assess(record_from_dict(vignette["record"]))
    assert Assessment.from_dict(json.loads(json.dumps(result.to_dict()))) == result
