"""The measurements in an intake: one pain-severity Observation per marked place, and the screen.

Pain is LOINC 72514-3 (0-10 numeric rating) with the place as `bodySite`: SNOMED CT structure and our
region id, the side and aspect as their own codings (mCODE's R4 extensions), and always the words.
The screen's Observation carries the level, score, side, the red-flag tier and every fired rule,
flag and note with its reason: the physician sees why, in the chart as on the PDF.
"""

from __future__ import annotations

from kiosk.logic.assessment import LEVEL_WORDS, Assessment, Tier
from kiosk.logic.fhir import codes
from kiosk.logic.fhir.body_sites import BODY_SITES
from kiosk.logic.fhir.codes import Json, coding, concept
from kiosk.logic.record import IntakeRecord, PainEntry
from kiosk.logic.regions import REGION_LABELS, describe
from kiosk.logic.rules import rule_set
from kiosk.logic.vocab import Side

SURVEY = concept("Survey", coding(codes.OBSERVATION_CATEGORY, "survey", "Survey"))


def tier_concept(tier: Tier, text: str = "") -> Json:
    """A red-flag tier in our screen code system (`tier-urgent`, ...), with words."""
    words = tier.value.capitalize()
    return concept(text or words, coding(codes.SCREEN, f"tier-{tier.value}", words))


def body_site(entry: PainEntry) -> Json:
    site = BODY_SITES[entry.region]
    codings = [coding(codes.SNOMED, code) for code in site.structures]
    codings.append(coding(codes.REGION, entry.region, REGION_LABELS[entry.region]))
    out = concept(describe(entry.region, entry.side), *codings)
    extensions = []
    if entry.side is not Side.MIDLINE:
        side = codes.LATERALITY[entry.side]
        extensions.append(
            {"url": codes.LATERALITY_EXTENSION, "valueCodeableConcept": concept(side["display"], side)}
        )
    if site.aspect is not None:
        aspect = coding(codes.SNOMED, codes.ASPECTS[site.aspect], site.aspect.capitalize())
        extensions.append(
            {
                "url": codes.LOCATION_QUALIFIER_EXTENSION,
                "valueCodeableConcept": concept(site.aspect.capitalize(), aspect),
            }
        )
    return ({"extension": extensions} if extensions else {}) | out


def pain_observation(record: IntakeRecord, entry: PainEntry, ids: dict[str, str]) -> Json:
    return {
        "resourceType": "Observation",
        "identifier": [codes.identifier(ids["self"])],
        "status": "final",
        "category": [SURVEY],
        "code": concept("Pain severity 0-10", codes.PAIN_SEVERITY),
        "subject": codes.reference(ids["patient"]),
        "effectiveDateTime": record.completed_at.isoformat(),
        "valueInteger": entry.intensity,
        "bodySite": body_site(entry),
        "derivedFrom": [codes.reference(ids["response"])],
    }


def _component(code: str, text: str, **value: object) -> Json:
    return {"code": concept(text, coding(codes.SCREEN, code, text))} | value


def _reason(kind: str, rule_id: str, reason: str, **value: object) -> Json:
    return {"code": concept(reason, coding(codes.SCREEN_RULE, rule_id, f"{kind} {rule_id}"))} | value


def screening_observation(record: IntakeRecord, assessment: Assessment, ids: dict[str, str]) -> Json:
    level = assessment.level
    rules = rule_set(assessment.rules_version)
    thresholds = f"possible from {rules.possible_from}, likely from {rules.likely_from}"
    components = [
        _component("score", f"Score ({thresholds})", valueInteger=assessment.score),
        _component("bilateral", "Leg or foot places on both sides", valueBoolean=assessment.bilateral),
        _component(
            "red-flag-tier",
            "Red-flag tier",
            valueCodeableConcept=tier_concept(assessment.red_flag_tier),
        ),
    ]
    if assessment.side is not None:
        side = codes.LATERALITY[assessment.side]
        components.append(
            _component("side", "Side scored", valueCodeableConcept=concept(side["display"], side))
        )
    components += [_reason("Rule", r.id, r.reason, valueInteger=r.points) for r in assessment.fired]
    components += [
        _reason("Red flag", f.id, f.reason, valueString=f.tier.value) for f in assessment.red_flags
    ]
    components += [_reason("Note", n.id, n.text, valueString=n.text) for n in assessment.notes]
    return {
        "resourceType": "Observation",
        "identifier": [codes.identifier(ids["self"])],
        "status": "final",
        "category": [SURVEY],
        "code": concept(
            "Lumbar nerve-root screen (screening aid, not a diagnosis)",
            coding(codes.SCREEN, "lumbar-screen", "Lumbar nerve-root involvement screen"),
        ),
        "subject": codes.reference(ids["patient"]),
        "effectiveDateTime": record.completed_at.isoformat(),
        "valueCodeableConcept": concept(
            LEVEL_WORDS[level], coding(codes.SCREEN, level.value, LEVEL_WORDS[level])
        ),
        "method": concept(f"Lumbar screen rule set {assessment.rules_version}"),
        "derivedFrom": [codes.reference(ids["response"])],
        "component": components,
    }
