"""The Patient the other resources point to, the staff Flag, and the PDF as a DocumentReference.

The Patient carries only what the patient typed (name, date of birth, sex): the kiosk guesses no
chart identifiers, and linking it to the chart's patient is the server's own patient matching.
"""

from __future__ import annotations

import base64

from kiosk.logic.assessment import Assessment
from kiosk.logic.fhir import codes
from kiosk.logic.fhir.codes import Json, coding, concept
from kiosk.logic.fhir.observations import tier_concept
from kiosk.logic.record import IntakeRecord
from kiosk.logic.vocab import Sex

GENDER = {Sex.FEMALE: "female", Sex.MALE: "male", Sex.OTHER: "other", Sex.UNSPECIFIED: "unknown"}
"""FHIR AdministrativeGender; "I'd rather not say" is `unknown`."""
DOCUMENT_TITLE = "Heel and leg pain intake summary"


def patient(record: IntakeRecord, ids: dict[str, str]) -> Json:
    person = record.patient
    return {
        "resourceType": "Patient",
        "identifier": [codes.identifier(ids["self"])],
        "name": [{"family": person.last_name, "given": [person.first_name]}],
        "gender": GENDER[person.sex],
        "birthDate": person.date_of_birth.isoformat(),
    }


def flag(record: IntakeRecord, assessment: Assessment, ids: dict[str, str]) -> Json:
    """An active Flag for an urgent or emergency tier: the chart warns whoever opens it."""
    tier = assessment.red_flag_tier
    reasons = "; ".join(f.reason for f in assessment.red_flags if f.tier is assessment.red_flag_tier)
    return {
        "resourceType": "Flag",
        "identifier": [codes.identifier(ids["self"])],
        "extension": [{"url": codes.FLAG_DETAIL, "valueReference": codes.reference(ids["screen"])}],
        "status": "active",
        "category": [concept("Clinical", coding(codes.FLAG_CATEGORY, "clinical", "Clinical"))],
        "code": tier_concept(tier, f"{tier.value.capitalize()} red flag at intake: {reasons}"),
        "subject": codes.reference(ids["patient"]),
        "period": {"start": record.completed_at.isoformat()},
    }


def document_reference(record: IntakeRecord, pdf: bytes, ids: dict[str, str]) -> Json:
    """The physician's PDF (the archive copy, PDF/A-2b), inline."""
    return {
        "resourceType": "DocumentReference",
        "identifier": [codes.identifier(ids["self"])],
        "status": "current",
        "type": concept(DOCUMENT_TITLE, coding(codes.DOCUMENT, "intake-summary", DOCUMENT_TITLE)),
        "subject": codes.reference(ids["patient"]),
        "date": record.completed_at.isoformat(),
        "description": "Intake answers and lumbar screen (a screening aid, not a diagnosis)",
        "content": [
            {
                "attachment": {
                    "contentType": "application/pdf",
                    "language": "en",
                    "data": base64.b64encode(pdf).decode("ascii"),
                    "title": DOCUMENT_TITLE,
                    "creation": record.completed_at.isoformat(),
                }
            }
        ],
        "context": {"related": [codes.reference(ids["response"])]},
    }
