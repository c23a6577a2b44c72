"""From the QuestionnaireResponse alone, every answer comes back as the same `kiosk-intake/1` record
(but an answer to a follow-up the Questionnaire disables, which a valid response cannot hold)."""

from __future__ import annotations

import dataclasses
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.logic.fhir.bundle import bundle
from kiosk.logic.fhir.questionnaire import questionnaire
from kiosk.logic.fhir.readback import record_from_response
from kiosk.logic.questions import QUESTIONS, QUESTIONS_BY_ID
from kiosk.logic.record import IntakeRecord
from kiosk.logic.record_load import record_from_dict
from kiosk.logic.regions import catalogue
from kiosk.logic.screening import assess
from kiosk.logic.vocab import Duration, Language, Onset, Quality, Relief, ReliefPattern, Sex, TreatmentId
from tests.fhir_checks import parse


def _response(record: IntakeRecord) -> dict[str, Any]:
    (response,) = [
        e["resource"]
        for e in bundle(record, assess(record), None)["entry"]
        if e["resource"]["resourceType"] == "QuestionnaireResponse"
    ]
    parse(response)
    return response


def test_every_vignette_reads_back_from_its_response(vignette: dict) -> None:
    record = record_from_dict(vignette["record"])
    assert record_from_response(_response(record)) == record


def _values(kind: Any) -> Any:
    return st.sampled_from([m.value for m in kind])


places = st.lists(
    st.tuples(st.sampled_from(catalogue().ids()), st.sampled_from(["left", "right"])).map(
        lambda p: (p[0], "midline" if catalogue()[p[0]].midline else p[1])
    ),
    unique=True,
    max_size=6,
)


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    answers = {
        q.id: draw(st.integers(0, 1440) if q.minutes else st.booleans())
        for q in QUESTIONS
        if draw(st.booleans())
    }
    treatments = []
    for kind in draw(st.lists(_values(TreatmentId), unique=True, max_size=4)):
        item: dict[str, Any] = {
            "treatment": kind,
            "relief": draw(_values(Relief)),
            "count": draw(st.integers(1, 9)),
        }
        if draw(st.booleans()):
            item["relief_pattern"] = draw(_values(ReliefPattern))
        if kind == "other":
            item["note"] = draw(
                st.text(
                    st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), min_size=1, max_size=40
                ).filter(str.strip)
            )
        treatments.append(item)
    return {
        "format": "kiosk-intake/1",
        "id": str(draw(st.uuids())),
        "completed_at": "2026-11-20T10:00:00.250000+01:00",
        "language": draw(_values(Language)),
        "patient": {
            "first_name": "Zoë",
            "last_name": "Nguyễn",
            "date_of_birth": "1950-01-31",
            "sex": draw(_values(Sex)),
        },
        "pain": [
            {
                "region": r,
                "side": s,
                "intensity": draw(st.integers(0, 10)),
                "qualities": draw(st.lists(_values(Quality), unique=True, max_size=3)),
            }
            for r, s in draw(places)
        ],
        "duration": draw(_values(Duration)),
        "onset": draw(_values(Onset)),
        "answers": answers,
        "treatments": treatments,
    }


def _enabled_answers(record: IntakeRecord) -> dict[str, bool | int]:
    """The record's answers less those to a follow-up with none of its yes answers."""
    return {
        answer: value
        for answer, value in record.answers.items()
        if not (follows := QUESTIONS_BY_ID[answer].follows) or any(record.yes(a) for a in follows)
    }


@settings(max_examples=60, deadline=None)
@given(records())
def test_any_record_reads_back_from_its_response(data: dict[str, Any]) -> None:
    record = record_from_dict(data)
    expected = dataclasses.replace(record, answers=_enabled_answers(record))
    assert record_from_response(_response(record)) == expected


def _items(within: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    found = {i["linkId"]: i for i in within}
    for item in within:
        found |= _items(item.get("item", []))
    return found


@settings(max_examples=60, deadline=None)
@given(records())
def test_a_response_answers_only_items_its_questionnaire_enables(data: dict[str, Any]) -> None:
    """R4's enableWhen read from the Questionnaire itself ("=" on a boolean, any or all): an answer
    to a disabled item is an error a validating server refuses the whole bundle for."""
    form = _items(questionnaire()["item"])
    answered = _items(_response(record_from_dict(data))["item"])
    given_booleans = {
        link: item["answer"][0].get("valueBoolean") for link, item in answered.items() if "answer" in item
    }
    for link in answered:
        conditions = form[link].get("enableWhen", [])
        if not conditions or "answer" not in answered[link]:
            continue
        met = [given_booleans.get(c["question"]) is c["answerBoolean"] for c in conditions]
        assert any(met) if form[link]["enableBehavior"] == "any" else all(met), link
