"""The intake record: strict loading with errors that name the field, and a lossless round trip."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import jsonschema
import pytest

from kiosk.logic import limits
from kiosk.logic.assets import load_json_asset
from kiosk.logic.questions import QUESTIONS
from kiosk.logic.record import dumps, record_to_dict
from kiosk.logic.record_load import RecordError, loads, record_from_dict
from kiosk.logic.regions import catalogue
from kiosk.logic.vocab import (
    Duration,
    Language,
    Onset,
    Quality,
    Relief,
    ReliefPattern,
    Sex,
    Side,
    TreatmentId,
)


def minimal() -> dict[str, Any]:
    return {
        "format": "kiosk-intake/1",
        "patient": {"first_name": "Ana", "last_name": "García", "date_of_birth": "1968-04-02"},
        "pain": [],
        "duration": "6_to_12_months",
        "treatments": [],
    }


def test_every_vignette_round_trips_exactly(vignette: dict) -> None:
    record = record_from_dict(vignette["record"])
    assert loads(dumps(record)) == record
    assert record_to_dict(record)["patient"] == {"sex": "unspecified", **vignette["record"]["patient"]}


def test_defaults_fill_missing_optional_keys() -> None:
    record = record_from_dict(minimal())
    assert record.language.value == "en"
    assert record.onset.value == "gradual"
    assert record.patient.sex.value == "unspecified"
    assert record.answers == {}
    assert not record.yes("saddle_numbness")
    assert record.number("morning_stiffness_minutes") == 0
    assert record.completed_at.utcoffset() is not None
    assert len(record.id) == 36


def test_age_counts_whole_years_to_completion() -> None:
    data = minimal() | {"completed_at": "2026-04-01T09:00:00+00:00"}
    assert record_from_dict(data).age == 57
    data["completed_at"] = "2026-04-02T09:00:00+00:00"
    assert record_from_dict(data).age == 58


def test_pain_entries_and_treatments_parse_into_types() -> None:
    data = minimal()
    data["pain"] = [{"region": "heel_bottom", "side": "left", "intensity": 0}]
    data["treatments"] = [{"treatment": "steroid_injection", "relief": "a_little", "count": 3,
                           "relief_pattern": "less_each_time"}]  # fmt: skip
    record = record_from_dict(data)
    assert record.pain[0].side is Side.LEFT
    assert record.pain[0].intensity == 0
    assert record.pain[0].qualities == ()
    assert record.treatments[0].count == 3


BAD_CASES = [
        (lambda d: d.update(extra=1), "extra", "unknown key"),
        (lambda d: d["patient"].update(middle="x"), "patient.middle", "unknown key"),
        (lambda d: d.update(format="kiosk-intake/2"), "format", "kiosk-intake/2"),
        (lambda d: d.pop("duration"), "duration", "required"),
        (lambda d: d.update(duration="forever"), "duration", "'forever' is not one of"),
        (lambda d: d.update(id="not-a-uuid"), "id", "not a UUID"),
        (lambda d: d.update(id="urn:uuid:3f1c2a9e-8d5b-4f6a-9c1e-2b7d4e6f8a10"), "id", "not a UUID"),
        (lambda d: d.update(completed_at="20261120T100000-0500"), "completed_at", "not an ISO-8601"),
        (lambda d: d["patient"].update(date_of_birth="1968-W14-2"), "patient.date_of_birth", "YYYY-MM-DD"),
        (lambda d: d["patient"].update(last_name="x" * 101), "patient.last_name", "longer than 100"),
        (lambda d: d.update(pain=[{"region": ["calf"], "side": "left", "intensity": 3}]), "pain[0].region", "['calf']"),
        (lambda d: d.update(treatments=[{"treatment": "prp", "relief": "none", "relief_pattern": None}]),
         "treatments[0].relief_pattern", "None"),
        (lambda d: d.update(completed_at="2026-11-20T10:00:00"), "completed_at", "no UTC offset"),
        (lambda d: d.update(completed_at="yesterday"), "completed_at", "not an ISO-8601"),
        (lambda d: d["patient"].update(first_name="  "), "patient.first_name", "non-empty"),
        (lambda d: d["patient"].update(date_of_birth="02/04/1968"), "patient.date_of_birth", "YYYY-MM-DD"),
        (
            lambda d: d["patient"].update(date_of_birth="2999-01-01"),
            "patient.date_of_birth",
            "after completed_at",
        ),
        (lambda d: d["patient"].update(sex="f"), "patient.sex", "'f'"),
        (
            lambda d: d.update(pain=[{"region": "heel", "side": "left", "intensity": 3}]),
            "pain[0].region",
            "'heel'",
        ),
        (
            lambda d: d.update(pain=[{"region": "heel_bottom", "side": "midline", "intensity": 3}]),
            "pain[0].side",
            "left or right",
        ),
        (
            lambda d: d.update(pain=[{"region": "chest", "side": "left", "intensity": 3}]),
            "pain[0].side",
            "midline",
        ),
        (
            lambda d: d.update(pain=[{"region": "calf", "side": "left", "intensity": 11}]),
            "pain[0].intensity",
            "11",
        ),
        (
            lambda d: d.update(pain=[{"region": "calf", "side": "left", "intensity": True}]),
            "pain[0].intensity",
            "True",
        ),
        (
            lambda d: d.update(
                pain=[{"region": "calf", "side": "left", "intensity": 2, "qualities": ["hot"]}]
            ),
            "pain[0].qualities[0]",
            "'hot'",
        ),
        (
            lambda d: d.update(pain=[{"region": "calf", "side": "left", "intensity": 2}] * 2),
            "pain[1]",
            "twice",
        ),
        (lambda d: d.update(answers={"sad": True}), "answers.sad", "unknown answer id"),
        (lambda d: d.update(answers={"night_pain": "yes"}), "answers.night_pain", "'yes'"),
        (
            lambda d: d.update(answers={"morning_stiffness_minutes": -5}),
            "answers.morning_stiffness_minutes",
            "-5",
        ),
        (lambda d: d.update(treatments=[{"treatment": "ice"}]), "treatments[0].relief", "required"),
        (
            lambda d: d.update(treatments=[{"treatment": "ice", "relief": "a_lot", "count": 0}]),
            "treatments[0].count",
            "0",
        ),
        (
            lambda d: d.update(treatments=[{"treatment": "other", "relief": "a_lot", "note": "x" * 201}]),
            "treatments[0].note",
            "200",
        ),
        # Issue 13 item 9: bounds from kiosk/logic/limits.py.
        (lambda d: d["patient"].update(first_name="An\x00a"), "patient.first_name", "control"),
        (lambda d: d["patient"].update(last_name="Garc\ud800a"), "patient.last_name", "broken character"),
        (lambda d: d["patient"].update(last_name="Doe\u202e"), "patient.last_name", "direction"),
        (lambda d: d["patient"].update(first_name="Ana\u2028Maria"), "patient.first_name", "control"),
        (lambda d: d["patient"].update(first_name="x" * 50_000_000), "patient.first_name", "longer than 100"),
        (lambda d: d["patient"].update(date_of_birth="0001-01-01"), "patient.date_of_birth", "120 years"),
        (lambda d: d.update(completed_at="9999-12-31T23:59:00-05:00"), "completed_at", "not between"),
        (lambda d: d.update(completed_at="0001-01-01T00:00:00+05:00"), "completed_at", "not between"),
        (lambda d: d.update(treatments=[{"treatment": "ice", "relief": "none", "count": 101}]),
         "treatments[0].count", "101"),
        (lambda d: d.update(treatments=[{"treatment": "prp", "relief": "none", "count": 10**5000}]),
         "treatments[0].count", "4,300 digits"),
        (lambda d: d.update(treatments=[{"treatment": "ice", "relief": "none"}] * 2), "treatments[1]", "listed twice"),
        (lambda d: d.update(treatments=[{"treatment": "ice", "relief": "none"}] * 10_000), "treatments", "10000 items"),
        (lambda d: d.update(pain=nested(10_000)), "(record)", "nested more than 8 deep"),
    ]  # fmt: skip


def nested(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(("mutate", "path", "words"), BAD_CASES)
def test_bad_values_name_the_field_and_the_value(mutate: Any, path: str, words: str) -> None:
    data = copy.deepcopy(minimal())
    mutate(data)
    with pytest.raises(RecordError) as caught:
        record_from_dict(data)
    assert caught.value.path == path
    assert words in str(caught.value)
    assert len(str(caught.value)) <= 200, "a bad value is echoed whole"


def test_a_huge_unknown_key_is_cut_in_the_path() -> None:
    data = minimal() | {"k" * 50_000_000: 1}
    with pytest.raises(RecordError) as caught:
        record_from_dict(data)
    assert "unknown key" in str(caught.value)
    assert len(str(caught.value)) <= 80


def test_not_json_is_a_record_error() -> None:
    with pytest.raises(RecordError, match="not JSON"):
        loads("{ nope")


def test_shipped_schema_accepts_every_vignette(vignette: dict) -> None:
    jsonschema.validate(vignette["record"], load_json_asset("schema", "kiosk-intake-1.schema.json"))


SCHEMA_CANNOT_SAY = {
    "after completed_at", "twice", "left or right", "midline", "120 years", "not between", "listed twice",
    "broken character", "nested more than 8 deep",
    "4,300 digits",  # jsonschema itself fails to print such a number (and JSON text cannot hold one)
}  # fmt: skip
"""Cross-field checks the schema's description leaves to the loader."""


@pytest.mark.parametrize(
    "case", [case for case in BAD_CASES if case[2] not in SCHEMA_CANNOT_SAY], ids=lambda case: case[1]
)
def test_the_schema_rejects_what_the_loader_rejects(case: tuple[Any, str, str]) -> None:
    mutate, _path, _words = case
    data = copy.deepcopy(minimal())
    mutate(data)
    checker = jsonschema.Draft202012Validator(
        load_json_asset("schema", "kiosk-intake-1.schema.json"), format_checker=jsonschema.FormatChecker()
    )
    assert list(checker.iter_errors(data)), "the schema accepted a record the loader rejects"


def test_dump_is_canonical_and_keeps_non_ascii_names() -> None:
    data = minimal() | {
        "id": "3f1c2a9e-8d5b-4f6a-9c1e-2b7d4e6f8a10",
        "completed_at": "2026-11-20T10:00:00-05:00",
    }
    text = dumps(record_from_dict(data))
    assert "García" in text
    assert list(json.loads(text)) == [
        "format", "id", "completed_at", "language", "patient", "pain", "duration", "onset", "answers", "treatments",
    ]  # fmt: skip
    assert record_from_dict(json.loads(text)).patient.date_of_birth == date(1968, 4, 2)


def test_the_schema_enums_agree_with_the_code() -> None:
    """Adding a question, region, quality, treatment, language or any other closed value must reach
    `kiosk schema` too: the schema is the published contract (a file reviewed like code, not
    generated), and this keeps it exactly in step, order included."""
    schema = load_json_asset("schema", "kiosk-intake-1.schema.json")["properties"]
    answers = schema["answers"]["properties"]
    assert list(answers) == [q.id for q in QUESTIONS]
    assert {k: v["type"] for k, v in answers.items()} == {
        q.id: "integer" if q.minutes else "boolean" for q in QUESTIONS
    }
    pain = schema["pain"]["items"]["properties"]
    treatment = schema["treatments"]["items"]["properties"]
    enums = {
        "language": (schema["language"]["enum"], Language),
        "patient.sex": (schema["patient"]["properties"]["sex"]["enum"], Sex),
        "pain.side": (pain["side"]["enum"], Side),
        "pain.qualities": (pain["qualities"]["items"]["enum"], Quality),
        "duration": (schema["duration"]["enum"], Duration),
        "onset": (schema["onset"]["enum"], Onset),
        "treatments.treatment": (treatment["treatment"]["enum"], TreatmentId),
        "treatments.relief": (treatment["relief"]["enum"], Relief),
        "treatments.relief_pattern": (treatment["relief_pattern"]["enum"], ReliefPattern),
    }
    assert {name: listed for name, (listed, _) in enums.items()} == {
        name: [value.value for value in values] for name, (_, values) in enums.items()
    }
    assert pain["region"]["enum"] == [r.id for r in catalogue().regions]


@pytest.mark.parametrize("answer", ["pain_travels_down_leg", "calf_swollen_new"])
def test_the_answers_new_in_rule_set_1_1_are_optional_and_round_trip(answer: str) -> None:
    data = minimal()
    assert record_from_dict(data).yes(answer) is False
    data["answers"] = {answer: True}
    loaded = record_from_dict(data)
    assert loaded.yes(answer) is True
    assert json.loads(dumps(loaded))["answers"] == {answer: True}
    jsonschema.validate(data, load_json_asset("schema", "kiosk-intake-1.schema.json"))


def test_the_schema_bounds_agree_with_the_limits() -> None:
    schema = load_json_asset("schema", "kiosk-intake-1.schema.json")["properties"]
    patient = schema["patient"]["properties"]
    treatment = schema["treatments"]["items"]["properties"]
    assert patient["first_name"]["maxLength"] == patient["last_name"]["maxLength"] == limits.NAME_MAX
    assert treatment["note"]["maxLength"] == limits.NOTE_MAX
    assert treatment["count"]["maximum"] == limits.COUNT_MAX
    lists = (schema["pain"], schema["pain"]["items"]["properties"]["qualities"], schema["treatments"])
    assert {items["maxItems"] for items in lists} == {limits.MAX_LIST_ITEMS}
