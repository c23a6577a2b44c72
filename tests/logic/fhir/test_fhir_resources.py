"""The FHIR R4 resources of an intake: valid against the R4 models, coded only from our lists, and
each marked place, answer, rule and flag where a chart reader looks for it."""

from __future__ import annotations

import base64
import copy
import json
from typing import Any

import pytest
from fhirclient.models.fhirabstractbase import FHIRValidationError

from kiosk import __version__
from kiosk.logic.assessment import Tier
from kiosk.logic.fhir import codes
from kiosk.logic.fhir.bundle import bundle, bundle_json
from kiosk.logic.fhir.questionnaire import questionnaire
from kiosk.logic.record import IntakeRecord
from kiosk.logic.record_load import record_from_dict
from kiosk.logic.rules import RULES_VERSION
from kiosk.logic.screening import assess
from tests.fhir_checks import QUESTION_IDS, foreign_codes, parse

PDF = b"%PDF-1.7 stand-in"


def _record(**changes: Any) -> IntakeRecord:
    data: dict[str, Any] = {
        "format": "kiosk-intake/1",
        "id": "3f1c2a9e-8d5b-4f6a-9c1e-2b7d4e6f8a10",
        "completed_at": "2026-11-20T10:00:00-05:00",
        "language": "es",
        "patient": {
            "first_name": "Ana",
            "last_name": "García",
            "date_of_birth": "1968-04-02",
            "sex": "female",
        },
        "pain": [
            {"region": "heel_bottom", "side": "left", "intensity": 7, "qualities": ["aching", "burning"]},
            {"region": "outer_thigh", "side": "right", "intensity": 4, "qualities": []},
            {"region": "lower_back", "side": "left", "intensity": 3, "qualities": []},
            {"region": "arch", "side": "left", "intensity": 2, "qualities": []},
            {"region": "head", "side": "midline", "intensity": 1, "qualities": []},
        ],
        "duration": "6_to_12_months",
        "answers": {"worse_sitting": True, "saddle_numbness": True, "morning_stiffness_minutes": 30},
        "treatments": [
            {
                "treatment": "steroid_injection",
                "relief": "a_little",
                "count": 2,
                "relief_pattern": "less_each_time",
            },
            {"treatment": "other", "relief": "none", "note": "acupuncture"},
        ],
    }
    return record_from_dict(data | changes)


def _entries(record: IntakeRecord, pdf: bytes | None = PDF) -> list[dict[str, Any]]:
    return bundle(record, assess(record), pdf)["entry"]


def _of_type(entries: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in entries if e["resource"]["resourceType"] == kind]


def _pain(entries: list[dict[str, Any]], region: str) -> dict[str, Any]:
    (found,) = [
        o
        for o in _of_type(entries, "Observation")
        if any(c.get("code") == region for c in o.get("bodySite", {}).get("coding", []))
    ]
    return found


def _extension(concept: dict[str, Any], url: str) -> list[str]:
    return [
        c["code"]
        for e in concept.get("extension", [])
        if e["url"] == url
        for c in e["valueCodeableConcept"]["coding"]
    ]


def test_the_questionnaire_is_valid_r4_and_has_every_question_as_a_link_id() -> None:
    form = questionnaire()
    parse(form)

    def links(items: list[dict[str, Any]]) -> set[str]:
        return {i["linkId"] for i in items} | {x for i in items for x in links(i.get("item", []))}

    assert links(form["item"]) >= QUESTION_IDS
    assert form["url"] == codes.QUESTIONNAIRE_URL
    assert form["version"] == f"{__version__}+rules.{RULES_VERSION}"
    assert foreign_codes(form) == []


def test_a_follow_up_is_enabled_only_by_a_yes_it_follows_as_on_the_kiosk() -> None:
    def items(within: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return {i["linkId"]: i for i in within} | {
            k: v for i in within for k, v in items(i.get("item", [])).items()
        }

    form = items(questionnaire()["item"])
    follow_up = form["weakness_worsening"]
    assert follow_up["enableBehavior"] == "any"
    assert {(w["question"], w["operator"], w["answerBoolean"]) for w in follow_up["enableWhen"]} == {
        ("toe_rise_weak", "=", True),
        ("foot_drop", "=", True),
        ("knee_buckling", "=", True),
    }
    assert all(w["question"] in form for w in follow_up["enableWhen"])
    assert "enableWhen" not in form["foot_drop"]


def test_every_question_and_coded_option_has_the_reviewed_spanish() -> None:
    def spanish(words: dict[str, Any], key: str) -> str:
        (translation,) = words[f"_{key}"]["extension"]
        assert translation["url"] == codes.TRANSLATION
        parts = {part["url"]: part for part in translation["extension"]}
        assert parts["lang"]["valueCode"] == "es"
        return str(parts["content"]["valueString"])

    def walk(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [x for i in items for x in [i, *walk(i.get("item", []))]]

    items = walk(questionnaire()["item"])
    by_link = {i["linkId"]: i for i in items}
    assert spanish(by_link["saddle_numbness"], "text").startswith("¿")
    asked = [i for i in items if not i.get("readOnly")]
    assert len(asked) > len(QUESTION_IDS)
    for item in asked:
        assert spanish(item, "text"), item["linkId"]
        for option in item.get("answerOption", []):
            assert spanish(option["valueCoding"], "display"), (item["linkId"], option)


def test_every_vignette_makes_a_valid_transaction_bundle_coded_from_our_lists(vignette: dict) -> None:
    record = record_from_dict(vignette["record"])
    data = bundle(record, assess(record), PDF)
    parse(data)
    for entry in data["entry"]:
        parse(entry["resource"])
    assert data["type"] == "transaction"
    assert foreign_codes(data) == []


def test_the_models_are_strict_so_the_checks_can_fail() -> None:
    resource = copy.deepcopy(_of_type(_entries(_record()), "Observation")[0])
    del resource["status"]
    with pytest.raises(FHIRValidationError):
        parse(resource)
    resource = copy.deepcopy(_of_type(_entries(_record()), "Patient")[0]) | {"birthday": "1968-04-02"}
    with pytest.raises(FHIRValidationError):
        parse(resource)
    assert foreign_codes({"code": {"coding": [{"system": codes.SNOMED, "code": "57999000"}]}}) != []


def test_each_entry_is_a_conditional_create_on_its_own_identifier_and_references_stay_inside() -> None:
    data = bundle(_record(), assess(_record()), PDF)
    full_urls = [e["fullUrl"] for e in data["entry"]]
    assert len(set(full_urls)) == len(full_urls)
    for entry in data["entry"]:
        resource = entry["resource"]
        ident = resource["identifier"]
        ident = ident if isinstance(ident, dict) else ident[0]
        assert ident == {"system": "urn:ietf:rfc:3986", "value": entry["fullUrl"]}
        assert entry["request"] == {
            "method": "POST",
            "url": resource["resourceType"],
            "ifNoneExist": f"identifier=urn:ietf:rfc:3986|{entry['fullUrl']}",
        }
    references = [v for _, v in _walk_references(data)]
    assert references and set(references) <= set(full_urls)
    (response,) = _of_type(data["entry"], "QuestionnaireResponse")
    assert response["identifier"]["value"] == "urn:uuid:3f1c2a9e-8d5b-4f6a-9c1e-2b7d4e6f8a10"


def _walk_references(value: Any) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        own = [("reference", value["reference"])] if "reference" in value else []
        return own + [r for child in value.values() for r in _walk_references(child)]
    if isinstance(value, list):
        return [r for child in value for r in _walk_references(child)]
    return []


def test_the_same_intake_gives_the_same_bundle_every_time() -> None:
    assert bundle_json(bundle(_record(), assess(_record()), PDF)) == bundle_json(
        bundle(_record(), assess(_record()), PDF)
    )
    other = _record(id="0c9a7c52-1111-4a6a-9c1e-2b7d4e6f8a10")
    assert not {e["fullUrl"] for e in _entries(other)} & {e["fullUrl"] for e in _entries(_record())}


def test_one_pain_observation_per_place_with_loinc_body_site_side_and_words() -> None:
    entries = _entries(_record())
    assert (
        len([o for o in _of_type(entries, "Observation") if o["code"]["coding"][0]["code"] == "72514-3"]) == 5
    )
    heel = _pain(entries, "heel_bottom")
    assert heel["code"]["coding"] == [codes.PAIN_SEVERITY]
    assert heel["valueInteger"] == 7
    assert heel["bodySite"]["text"] == "Left bottom of heel"
    assert {"system": codes.SNOMED, "code": "76853006"} in heel["bodySite"]["coding"]
    assert _extension(heel["bodySite"], codes.LATERALITY_EXTENSION) == ["7771000"]
    assert _extension(heel["bodySite"], codes.LOCATION_QUALIFIER_EXTENSION) == []
    response_url = next(
        e["fullUrl"] for e in entries if e["resource"]["resourceType"] == "QuestionnaireResponse"
    )
    assert heel["derivedFrom"] == [{"reference": response_url}]
    thigh = _pain(entries, "outer_thigh")
    assert _extension(thigh["bodySite"], codes.LATERALITY_EXTENSION) == ["24028007"]
    assert _extension(thigh["bodySite"], codes.LOCATION_QUALIFIER_EXTENSION) == ["49370004"]
    assert {"system": codes.SNOMED, "code": "68367000"} in thigh["bodySite"]["coding"]
    arch = _pain(entries, "arch")
    assert [c["system"] for c in arch["bodySite"]["coding"]] == [codes.REGION]
    head = _pain(entries, "head")
    assert _extension(head["bodySite"], codes.LATERALITY_EXTENSION) == []
    assert head["bodySite"]["text"] == "Head"


def test_the_response_carries_each_place_coded_and_in_words_and_the_language() -> None:
    (response,) = _of_type(_entries(_record()), "QuestionnaireResponse")
    assert response["status"] == "completed"
    assert response["authored"] == "2026-11-20T10:00:00-05:00"
    assert response["questionnaire"] == f"{codes.QUESTIONNAIRE_URL}|{__version__}+rules.{RULES_VERSION}"
    places = [i for i in response["item"] if i["linkId"] == "pain"]
    assert len(places) == 5
    heel = {i["linkId"]: i["answer"] for i in places[0]["item"]}
    assert heel["pain.region"][0]["valueCoding"]["code"] == "heel_bottom"
    assert heel["pain.side"][0]["valueCoding"]["code"] == "7771000"
    assert heel["pain.body_site"][0]["valueCoding"]["code"] == "76853006"
    assert heel["pain.description"] == [{"valueString": "Left bottom of heel"}]
    assert [a["valueCoding"]["code"] for a in heel["pain.quality"]] == ["aching", "burning"]
    thigh = {i["linkId"]: i["answer"] for i in places[1]["item"]}
    assert thigh["pain.aspect"][0]["valueCoding"]["code"] == "49370004"
    assert "pain.side" not in {i["linkId"] for i in places[4]["item"]}  # the head is midline
    language = next(i for i in response["item"] if i["linkId"] == "language")
    assert language["answer"][0]["valueCoding"]["code"] == "es"


def test_the_screen_observation_has_level_score_side_and_every_fired_rule_with_its_reason() -> None:
    record = _record()
    assessment = assess(record)
    (screen,) = [
        o
        for o in _of_type(_entries(record), "Observation")
        if o["code"]["coding"][0]["code"] == "lumbar-screen"
    ]
    assert screen["valueCodeableConcept"]["coding"][0]["code"] == assessment.level.value
    by_code = {c["code"]["coding"][0]["code"]: c for c in screen["component"]}
    assert by_code["score"]["valueInteger"] == assessment.score
    assert by_code["red-flag-tier"]["valueCodeableConcept"]["coding"][0]["code"] == "tier-emergency"
    for rule in assessment.fired:
        assert by_code[rule.id]["valueInteger"] == rule.points
        assert by_code[rule.id]["code"]["text"] == rule.reason
    assert by_code["E1"]["code"]["text"] == next(f.reason for f in assessment.red_flags if f.id == "E1")
    assert assessment.rules_version in screen["method"]["text"]


@pytest.mark.parametrize(
    ("answers", "flagged"), [({"saddle_numbness": True}, True), ({"night_pain": True}, False), ({}, False)]
)
def test_an_active_flag_only_for_an_urgent_or_emergency_tier(answers: dict[str, bool], flagged: bool) -> None:
    record = _record(answers=answers)
    flags = _of_type(_entries(record), "Flag")
    assert bool(flags) == flagged == assess(record).red_flag_tier.alerts_staff
    if flagged:
        assert flags[0]["status"] == "active"
        assert flags[0]["code"]["coding"][0]["code"] == f"tier-{Tier.EMERGENCY.value}"
        assert "Emergency" in flags[0]["code"]["text"]


def test_the_pdf_goes_inline_and_the_patient_carries_only_what_was_typed() -> None:
    entries = _entries(_record())
    (document,) = _of_type(entries, "DocumentReference")
    attachment = document["content"][0]["attachment"]
    assert attachment["contentType"] == "application/pdf"
    assert base64.b64decode(attachment["data"]) == PDF
    assert _of_type(_entries(_record(), pdf=None), "DocumentReference") == []
    (patient,) = _of_type(entries, "Patient")
    assert patient["name"] == [{"family": "García", "given": ["Ana"]}]
    assert (patient["birthDate"], patient["gender"]) == ("1968-04-02", "female")
    assert set(patient) == {"resourceType", "identifier", "name", "gender", "birthDate"}
    assert json.dumps(patient, ensure_ascii=False).count("urn:uuid:") == 1


def test_every_region_of_the_map_has_a_body_site_entry() -> None:
    from kiosk.logic.fhir.body_sites import BODY_SITES
    from kiosk.logic.regions import catalogue

    assert set(BODY_SITES) == set(catalogue().ids())
    assert all(site.aspect in (None, *codes.ASPECTS) for site in BODY_SITES.values())
