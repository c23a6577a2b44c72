"""From the QuestionnaireResponse alone, every answer comes back as the same `kiosk-intake/1` record."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.logic.fhir.bundle import bundle
from kiosk.logic.fhir.readback import record_from_response
from kiosk.logic.questions import QUESTIONS
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


@settings(max_examples=60, deadline=None)
@given(records())
def test_any_record_reads_back_from_its_response(data: dict[str, Any]) -> None:
    record = record_from_dict(data)
    assert record_from_response(_response(record)) == record
