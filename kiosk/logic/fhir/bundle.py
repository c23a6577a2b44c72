"""One transaction Bundle per intake, safe to send any number of times.

Each entry is a conditional create (`ifNoneExist`) on an identifier derived from the intake id, and
its `fullUrl` is the same `urn:uuid:`: a server that already has the intake keeps what it has and
points the references at it, so a retry after a lost answer never makes a second copy.
"""

from __future__ import annotations

import json

from kiosk.logic.assessment import Assessment
from kiosk.logic.fhir import codes
from kiosk.logic.fhir.codes import Json, derived_uuid
from kiosk.logic.fhir.documents import document_reference, flag, patient
from kiosk.logic.fhir.observations import pain_observation, screening_observation
from kiosk.logic.fhir.response import questionnaire_response
from kiosk.logic.record import IntakeRecord


def _entry(resource: Json, uid: str) -> Json:
    kind = resource["resourceType"]
    return {
        "fullUrl": codes.urn(uid),
        "resource": resource,
        "request": {
            "method": "POST",
            "url": kind,
            "ifNoneExist": f"identifier={codes.URI_IDENTIFIER}|{codes.urn(uid)}",
        },
    }


def bundle(record: IntakeRecord, assessment: Assessment, pdf: bytes | None) -> Json:
    """Patient, QuestionnaireResponse, pain and screen Observations, a Flag for an urgent or
    emergency tier, and the PDF (left out only when the caller has none, e.g. `kiosk fhir bundle`
    without a PDF build)."""
    rid = record.id
    patient_id, screen_id = derived_uuid(rid, "patient"), derived_uuid(rid, "screen")
    response_id = rid  # the response is the intake: its identifier is the intake id itself
    common = {"patient": patient_id, "response": response_id, "screen": screen_id}
    entries = [
        _entry(patient(record, {"self": patient_id}), patient_id),
        _entry(questionnaire_response(record, assessment.rules_version, patient_id), response_id),
    ]
    for entry in record.pain:
        uid = derived_uuid(rid, f"pain/{entry.region}/{entry.side.value}")
        entries.append(_entry(pain_observation(record, entry, common | {"self": uid}), uid))
    entries.append(_entry(screening_observation(record, assessment, common | {"self": screen_id}), screen_id))
    if assessment.red_flag_tier.alerts_staff:
        uid = derived_uuid(rid, "flag")
        entries.append(_entry(flag(record, assessment, common | {"self": uid}), uid))
    if pdf is not None:
        uid = derived_uuid(rid, "pdf")
        entries.append(_entry(document_reference(record, pdf, common | {"self": uid}), uid))
    return {
        "resourceType": "Bundle",
        "identifier": codes.identifier(rid),
        "type": "transaction",
        "timestamp": record.completed_at.isoformat(),
        "entry": entries,
    }


def bundle_json(data: Json) -> str:
    """Compact JSON, one line (NDJSON export, HTTP body)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
