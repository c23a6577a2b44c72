"""From a QuestionnaireResponse back to the `kiosk-intake/1` record it was built from.

The proof that the chart holds every answer: the round-trip test rebuilds each record from its
response alone. Also what a clinic's own tools can use to read our responses.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kiosk.logic.fhir import codes
from kiosk.logic.fhir.codes import Json
from kiosk.logic.fhir.questionnaire import STEP_LINKS, Link
from kiosk.logic.record import IntakeRecord
from kiosk.logic.record_load import record_from_dict
from kiosk.logic.regions import catalogue
from kiosk.logic.vocab import FORMAT, Side

_SIDES = {coding["code"]: side.value for side, coding in codes.LATERALITY.items()}


def _answers(items: list[Json]) -> dict[str, list[Json]]:
    return {item["linkId"]: item.get("answer", []) for item in items}


def _value(answers: dict[str, list[Json]], link: str) -> Any:
    """The one value of a single answer (a Coding's code for choices)."""
    (answer,) = answers[link]
    (kind, value), *_ = answer.items()
    return value["code"] if kind == "valueCoding" else value


def _groups(items: list[Json], link: str) -> Iterator[dict[str, list[Json]]]:
    for item in items:
        if item["linkId"] == link:
            yield _answers(item["item"])


def _place(answers: dict[str, list[Json]]) -> Json:
    region = _value(answers, Link.REGION)
    side = Side.MIDLINE.value if catalogue()[region].midline else _SIDES[_value(answers, Link.SIDE)]
    qualities = [a["valueCoding"]["code"] for a in answers.get(Link.QUALITY, [])]
    return {
        "region": region,
        "side": side,
        "intensity": _value(answers, Link.INTENSITY),
        "qualities": qualities,
    }


def _treatment(answers: dict[str, list[Json]]) -> Json:
    out: Json = {
        "treatment": _value(answers, Link.TREATMENT),
        "relief": _value(answers, Link.RELIEF),
        "count": _value(answers, Link.COUNT),
    }
    for key, link in (("relief_pattern", Link.RELIEF_PATTERN), ("note", Link.NOTE)):
        if link in answers:
            out[key] = _value(answers, link)
    return out


def record_from_response(response: Json) -> IntakeRecord:
    """The record again, validated like any record file (a malformed response raises RecordError)."""
    items: list[Json] = response["item"]
    top = _answers(items)
    (patient,) = _groups(items, Link.PATIENT)
    answers: Json = {}
    for link in STEP_LINKS.values():
        for group in _groups(items, link):
            answers |= {question: _value(group, question) for question in group}
    return record_from_dict(
        {
            "format": FORMAT,
            "id": response["identifier"]["value"].removeprefix("urn:uuid:"),
            "completed_at": response["authored"],
            "language": _value(top, Link.LANGUAGE),
            "patient": {
                "first_name": _value(patient, Link.FIRST_NAME),
                "last_name": _value(patient, Link.LAST_NAME),
                "date_of_birth": _value(patient, Link.DATE_OF_BIRTH),
                "sex": _value(patient, Link.SEX),
            },
            "pain": [_place(group) for group in _groups(items, Link.PAIN)],
            "duration": _value(top, Link.DURATION),
            "onset": _value(top, Link.ONSET),
            "answers": answers,
            "treatments": [_treatment(group) for group in _groups(items, Link.TREATMENTS)],
        }
    )
