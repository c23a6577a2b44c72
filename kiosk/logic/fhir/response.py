"""One intake's answers as a QuestionnaireResponse against the kiosk's Questionnaire.

Every part of the record is here (but an answer to a follow-up its yes did not enable), so
`readback.record_from_response` gives the same record back:
each marked place carries our region id, its SNOMED CT structure and aspect where it has one, the
side in SNOMED CT (none for a midline place) and in words, its intensity and qualities.
"""

from __future__ import annotations

from kiosk.logic.fhir import codes
from kiosk.logic.fhir.body_sites import BODY_SITES
from kiosk.logic.fhir.codes import Json
from kiosk.logic.fhir.questionnaire import STEP_LINKS, Link, canonical
from kiosk.logic.questions import Question, QuestionStep, questions_for
from kiosk.logic.record import IntakeRecord, PainEntry, Treatment
from kiosk.logic.regions import REGION_LABELS, describe
from kiosk.logic.vocab import (
    DURATION_LABELS,
    LANGUAGE_NAMES,
    ONSET_LABELS,
    QUALITY_LABELS,
    RELIEF_LABELS,
    RELIEF_PATTERN_LABELS,
    SEX_LABELS,
    TREATMENT_LABELS,
    Side,
)


def _answer(link: str, *values: Json) -> Json:
    return {"linkId": link, "answer": list(values)}


def _code(system: str, code: str, display: str) -> Json:
    return {"valueCoding": codes.coding(system, code, display)}


def _place(entry: PainEntry) -> Json:
    site = BODY_SITES[entry.region]
    items = [_answer(Link.REGION, _code(codes.REGION, entry.region, REGION_LABELS[entry.region]))]
    if entry.side is not Side.MIDLINE:
        items.append(_answer(Link.SIDE, {"valueCoding": codes.LATERALITY[entry.side]}))
    if site.structures:
        items.append(
            _answer(
                Link.BODY_SITE,
                *({"valueCoding": {"system": codes.SNOMED, "code": c}} for c in site.structures),
            )
        )
    if site.aspect is not None:
        aspect = codes.coding(codes.SNOMED, codes.ASPECTS[site.aspect], site.aspect.capitalize())
        items.append(_answer(Link.ASPECT, {"valueCoding": aspect}))
    items.append(_answer(Link.DESCRIPTION, {"valueString": describe(entry.region, entry.side)}))
    items.append(_answer(Link.INTENSITY, {"valueInteger": entry.intensity}))
    if entry.qualities:
        qualities = (_code(codes.QUALITY, q.value, QUALITY_LABELS[q]) for q in entry.qualities)
        items.append(_answer(Link.QUALITY, *qualities))
    return {"linkId": Link.PAIN, "item": items}


def _treatment(treatment: Treatment) -> Json:
    kind = treatment.treatment
    items = [
        _answer(Link.TREATMENT, _code(codes.TREATMENT, kind.value, TREATMENT_LABELS[kind])),
        _answer(Link.RELIEF, _code(codes.RELIEF, treatment.relief.value, RELIEF_LABELS[treatment.relief])),
        _answer(Link.COUNT, {"valueInteger": treatment.count}),
    ]
    if treatment.relief_pattern is not None:
        pattern = treatment.relief_pattern
        items.append(
            _answer(
                Link.RELIEF_PATTERN,
                _code(codes.RELIEF_PATTERN, pattern.value, RELIEF_PATTERN_LABELS[pattern]),
            )
        )
    if treatment.note is not None:
        items.append(_answer(Link.NOTE, {"valueString": treatment.note}))
    return {"linkId": Link.TREATMENTS, "item": items}


def _enabled(question: Question, record: IntakeRecord) -> bool:
    """False for a follow-up whose yes is missing: the Questionnaire disables it (enableWhen), and
    an answer to a disabled item makes the response invalid. The kiosk never records one; a record
    from an older kiosk or a file may hold one, which says nothing without the yes."""
    return not question.follows or any(record.yes(answer) for answer in question.follows)


def _question_groups(record: IntakeRecord) -> list[Json]:
    """Only the questions the record answers: an unanswered question stays unanswered in the chart."""
    groups = []
    for step in QuestionStep:
        items = [
            _answer(q.id, {"valueInteger" if q.minutes else "valueBoolean": record.answers[q.id]})
            for q in questions_for(step)
            if q.id in record.answers and _enabled(q, record)
        ]
        if items:
            groups.append({"linkId": STEP_LINKS[step], "item": items})
    return groups


def questionnaire_response(record: IntakeRecord, rules_version: str, patient_id: str) -> Json:
    """The completed form; `authored` is the moment the patient finished, in the kiosk's own offset."""
    patient = record.patient
    language = record.language
    items: list[Json] = [
        {
            "linkId": Link.PATIENT,
            "item": [
                _answer(Link.FIRST_NAME, {"valueString": patient.first_name}),
                _answer(Link.LAST_NAME, {"valueString": patient.last_name}),
                _answer(Link.DATE_OF_BIRTH, {"valueDate": patient.date_of_birth.isoformat()}),
                _answer(Link.SEX, _code(codes.SEX, patient.sex.value, SEX_LABELS[patient.sex])),
            ],
        },
        _answer(Link.LANGUAGE, _code(codes.BCP47, language.value, LANGUAGE_NAMES[language])),
        *(_place(entry) for entry in record.pain),
        _answer(
            Link.DURATION, _code(codes.DURATION, record.duration.value, DURATION_LABELS[record.duration])
        ),
        _answer(Link.ONSET, _code(codes.ONSET, record.onset.value, ONSET_LABELS[record.onset])),
        *_question_groups(record),
        *(_treatment(t) for t in record.treatments),
    ]
    return {
        "resourceType": "QuestionnaireResponse",
        "identifier": codes.identifier(record.id),
        "questionnaire": canonical(rules_version),
        "status": "completed",
        "subject": codes.reference(patient_id),
        "authored": record.completed_at.isoformat(),
        "item": items,
    }
