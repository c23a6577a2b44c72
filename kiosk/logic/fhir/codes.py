"""Every code system, code and canonical URL the kiosk's FHIR resources use, in one place.

Our own closed sets (regions, qualities, treatments, screening levels and rules) are published under
`BASE`, a name of our own in the reserved `.example` domain: it identifies, it does not resolve.
SNOMED CT and LOINC codes come from `shared/clinical/regions.md` and the spec; `CODES` lists every
outside code we send, so a test can check that nothing else slips in.
"""

from __future__ import annotations

import uuid
from typing import Any

from kiosk.logic.vocab import Language, Side

Json = dict[str, Any]

BASE = "https://heel-kiosk.example/fhir"
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
BCP47 = "urn:ietf:bcp:47"
URI_IDENTIFIER = "urn:ietf:rfc:3986"
"""Identifiers are `urn:uuid:` URIs (the system FHIR names for them), derived from the intake id."""

QUESTIONNAIRE_URL = f"{BASE}/Questionnaire/heel-pain-intake"
TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"
FLAG_DETAIL = "http://hl7.org/fhir/StructureDefinition/flag-detail"
LATERALITY_EXTENSION = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier"
LOCATION_QUALIFIER_EXTENSION = (
    "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-body-location-qualifier"
)
"""The R4 extensions (mCODE) that put a side and an aspect beside an Observation's `bodySite`."""
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category"


def system(name: str) -> str:
    """The URL of one of our own code systems, e.g. `region`."""
    return f"{BASE}/CodeSystem/{name}"


REGION = system("region")
QUALITY = system("pain-quality")
SEX = system("sex")
DURATION = system("duration")
ONSET = system("onset")
TREATMENT = system("treatment")
RELIEF = system("relief")
RELIEF_PATTERN = system("relief-pattern")
SCREEN = system("lumbar-screen")
"""The screen itself, its levels, its components (score, side, ...) and the red-flag tiers."""
SCREEN_RULE = system("lumbar-screen-rule")
"""Rule ids (D2, P1, ...), red-flag ids (E1, U5, ...) and physician-note ids (polyneuropathy, ...)."""
DOCUMENT = system("document")

PAIN_SEVERITY_CODE = "72514-3"
PAIN_SEVERITY: Json = {
    "system": LOINC,
    "code": PAIN_SEVERITY_CODE,
    "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
}
LEFT, RIGHT = "7771000", "24028007"
LATERALITY: dict[Side, Json] = {
    Side.LEFT: {"system": SNOMED, "code": LEFT, "display": "Left"},
    Side.RIGHT: {"system": SNOMED, "code": RIGHT, "display": "Right"},
}
ASPECTS = {
    "anterior": "255549009",
    "lateral": "49370004",
    "medial": "255561001",
    "posterior": "255551008",
}

CODES: dict[str, frozenset[str]] = {
    LOINC: frozenset({PAIN_SEVERITY_CODE}),
    BCP47: frozenset(language.value for language in Language),
    OBSERVATION_CATEGORY: frozenset({"survey"}),
    FLAG_CATEGORY: frozenset({"clinical"}),
}
"""Outside codes besides SNOMED CT (whose list is `body_sites.snomed_codes`)."""


def coding(system_url: str, code: str, display: str | None = None) -> Json:
    return {"system": system_url, "code": code} | ({"display": display} if display else {})


def concept(text: str, *codings: Json) -> Json:
    """A CodeableConcept that always carries the words, coded or not."""
    return ({"coding": list(codings)} if codings else {}) | {"text": text}


def derived_uuid(intake_id: str, name: str) -> str:
    """A stable id for one resource of an intake, e.g. its Patient: the same on every send."""
    return str(uuid.uuid5(uuid.UUID(intake_id), name))


def urn(value: str) -> str:
    return f"urn:uuid:{value}"


def identifier(value: str) -> Json:
    return {"system": URI_IDENTIFIER, "value": urn(value)}


def reference(value: str) -> Json:
    return {"reference": urn(value)}
