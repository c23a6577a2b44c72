"""Reading an intake record (`kiosk-intake/1`) from JSON: the one way a record is checked.

Loading is strict: unknown keys and bad values raise `RecordError` naming the field path and the
offending value (cut to a few dozen characters), so a clinic's IT can fix a file from the message
alone. The bounds it enforces live in `kiosk.logic.limits`; the classes it builds, and their
canonical JSON, in `kiosk.logic.record`.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from kiosk.logic.limits import (
    CHOICES_SHOWN_MAX,
    CLOCK_SKEW_DAYS,
    COUNT_MAX,
    EARLIEST_COMPLETION,
    KEY_SHOWN_MAX,
    MAX_AGE,
    MAX_FILE_BYTES,
    MAX_LIST_ITEMS,
    MAX_NESTING,
    NAME_MAX,
    NOTE_MAX,
    SHOWN_MAX,
)
from kiosk.logic.questions import QUESTIONS_BY_ID
from kiosk.logic.record import AnswerValue, IntakeRecord, PainEntry, Patient, Treatment
from kiosk.logic.regions import catalogue
from kiosk.logic.vocab import (
    FORMAT,
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


class RecordError(ValueError):
    """A record that does not follow `kiosk-intake/1`; the message names the field and value."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


_E = TypeVar("_E", bound=StrEnum)
_ABSENT = object()
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_NOT_TEXT = frozenset({"Cc", "Cs", "Zl", "Zp"})
"""Unicode categories refused in free text: control characters (NUL among them), lone surrogates
(broken UTF-16 from a JSON escape such as \\ud800) and line or paragraph separators, which no name or
note holds and which break the PDF, the database's name search and any terminal the name is printed on."""
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Direction overrides and isolates: a name holding one shows its letters, and whatever follows it on
the staff screen or the PDF, in another order than typed ("Trojan Source"). Other format characters
stay allowed: the zero-width joiners are part of how some scripts spell names."""


def shown(value: Any, limit: int = SHOWN_MAX) -> str:
    """A bad value as an error message shows it: its repr, cut to `limit` characters."""
    try:
        text = repr(value)
    except ValueError:  # an int beyond Python's 4,300-digit str limit, built in code, not parsed
        return "a number of more than 4,300 digits"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _key_path(path: str, key: Any) -> str:
    name = key if isinstance(key, str) and len(key) <= KEY_SHOWN_MAX and key.isprintable() else None
    shown_key = name if name is not None else shown(key, KEY_SHOWN_MAX)
    return f"{path}.{shown_key}" if path else shown_key


def _enum(kind: type[_E], value: Any, path: str) -> _E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        if len(allowed) > CHOICES_SHOWN_MAX:
            allowed = f"the {len(kind)} allowed words (`kiosk schema` lists them)"
        raise RecordError(path, f"{shown(value)} is not one of {allowed}") from None


def _object(value: Any, path: str, allowed: set[str], required: tuple[str, ...]) -> dict[str, Any]:
    """Unknown keys first, then missing ones in the order the spec lists them."""
    if not isinstance(value, dict):
        raise RecordError(path or "(record)", f"expected an object, got {shown(value)}")
    for key in value:
        if key not in allowed:
            raise RecordError(_key_path(path, key), "unknown key")
    for key in required:
        if key in value:
            continue
        raise RecordError(f"{path}.{key}" if path else key, "required but missing")
    return value


def refused_character(char: str) -> bool:
    """A character no name or note may hold (`_NOT_TEXT`, `_BIDI_CONTROLS`)."""
    return unicodedata.category(char) in _NOT_TEXT or char in _BIDI_CONTROLS


def without_refused_characters(text: str) -> str:
    """What a name field keeps of what was typed or pasted, so the finished form is never refused
    at Send for a character nobody can see."""
    return "".join(char for char in text if not refused_character(char))


def _text(value: Any, path: str, max_len: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RecordError(path, f"expected non-empty text, got {shown(value)}")
    if len(value) > max_len:
        raise RecordError(path, f"longer than {max_len} characters")
    for char in value:
        if refused_character(char):
            raise RecordError(path, f"{shown(char)} is a control, direction or broken character")
    return value


def _int(value: Any, path: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(path, f"expected a whole number, got {shown(value)}")
    if not low <= value <= high:
        raise RecordError(path, f"{shown(value)} is not a whole number from {low} to {high}")
    return value


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise RecordError(path, f"expected a list, got {shown(value)}")
    if len(value) > MAX_LIST_ITEMS:
        raise RecordError(path, f"{len(value)} items; a record's lists hold at most {MAX_LIST_ITEMS}")
    return value


def _check_nesting(data: Any) -> None:
    """Refuse lists and objects nested deeper than any record, before anything recurses into them."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth > MAX_NESTING:
                raise RecordError("(record)", f"lists or objects nested more than {MAX_NESTING} deep")
            items = value.values() if isinstance(value, dict) else value
            stack.extend((item, depth + 1) for item in items)


def _completed_at(value: Any) -> datetime:
    try:
        when = (
            datetime.fromisoformat(value) if isinstance(value, str) and _DATE_TIME.fullmatch(value) else None
        )
    except ValueError:
        when = None
    if when is None:
        raise RecordError("completed_at", f"{shown(value)} is not an ISO-8601 date-time")
    if when.utcoffset() is None:
        raise RecordError("completed_at", f"{value!r} has no UTC offset")
    latest = datetime.now(UTC) + timedelta(days=CLOCK_SKEW_DAYS)
    if not EARLIEST_COMPLETION <= when <= latest:
        raise RecordError("completed_at", f"{value!r} is not between {EARLIEST_COMPLETION.year} and tomorrow")
    return when


def _patient(value: Any, completed_at: datetime) -> Patient:
    required = ("first_name", "last_name", "date_of_birth")
    raw = _object(value, "patient", {*required, "sex"}, required)
    dob_raw = raw["date_of_birth"]
    try:
        if not isinstance(dob_raw, str) or not _DATE.fullmatch(dob_raw):
            raise ValueError
        dob = date.fromisoformat(dob_raw)
    except ValueError:
        raise RecordError("patient.date_of_birth", f"{shown(dob_raw)} is not a YYYY-MM-DD date") from None
    if dob > completed_at.date():
        raise RecordError("patient.date_of_birth", f"{dob_raw} is after completed_at")
    if completed_at.year - dob.year > MAX_AGE:
        raise RecordError(
            "patient.date_of_birth", f"{dob_raw} is more than {MAX_AGE} years before completed_at"
        )
    return Patient(
        first_name=_text(raw["first_name"], "patient.first_name", NAME_MAX).strip(),
        last_name=_text(raw["last_name"], "patient.last_name", NAME_MAX).strip(),
        date_of_birth=dob,
        sex=_enum(Sex, raw.get("sex", Sex.UNSPECIFIED.value), "patient.sex"),
    )


def _pain_entry(value: Any, path: str) -> PainEntry:
    required = ("region", "side", "intensity")
    raw = _object(value, path, {*required, "qualities"}, required)
    region_id = raw["region"]
    if not isinstance(region_id, str) or region_id not in catalogue():
        raise RecordError(f"{path}.region", f"{shown(region_id)} is not a region id")
    side = _enum(Side, raw["side"], f"{path}.side")
    if catalogue()[region_id].midline != (side is Side.MIDLINE):
        expected = "midline" if catalogue()[region_id].midline else "left or right"
        raise RecordError(f"{path}.side", f"{side.value!r} for {region_id!r}: expected {expected}")
    qualities = _list(raw.get("qualities", []), f"{path}.qualities")
    parsed = tuple(_enum(Quality, q, f"{path}.qualities[{i}]") for i, q in enumerate(qualities))
    if len(set(parsed)) != len(parsed):
        raise RecordError(f"{path}.qualities", "a quality is listed twice")
    return PainEntry(
        region=region_id,
        side=side,
        intensity=_int(raw["intensity"], f"{path}.intensity", 0, 10),
        qualities=parsed,
    )


def _treatment(value: Any, path: str) -> Treatment:
    keys = {"treatment", "relief", "count", "relief_pattern", "note"}
    raw = _object(value, path, keys, ("treatment", "relief"))
    pattern = raw.get("relief_pattern", _ABSENT)
    note = raw.get("note", _ABSENT)
    return Treatment(
        treatment=_enum(TreatmentId, raw["treatment"], f"{path}.treatment"),
        relief=_enum(Relief, raw["relief"], f"{path}.relief"),
        count=_int(raw.get("count", 1), f"{path}.count", 1, COUNT_MAX),
        relief_pattern=None
        if pattern is _ABSENT
        else _enum(ReliefPattern, pattern, f"{path}.relief_pattern"),
        note=None if note is _ABSENT else _text(note, f"{path}.note", NOTE_MAX),
    )


def _answers(value: Any) -> dict[str, AnswerValue]:
    if not isinstance(value, dict):
        raise RecordError("answers", f"expected an object, got {shown(value)}")
    answers: dict[str, AnswerValue] = {}
    for key, answer in value.items():
        question = QUESTIONS_BY_ID.get(key)
        if question is None:
            raise RecordError(_key_path("answers", key), "unknown answer id")
        if question.minutes:
            answers[key] = _int(answer, f"answers.{key}", 0, 24 * 60)
        elif isinstance(answer, bool):
            answers[key] = answer
        else:
            raise RecordError(f"answers.{key}", f"expected true or false, got {shown(answer)}")
    return answers


def record_from_dict(data: Any) -> IntakeRecord:
    keys = {
        "format", "id", "completed_at", "language", "patient", "pain",
        "duration", "onset", "answers", "treatments",
    }  # fmt: skip
    _check_nesting(data)
    raw = _object(data, "", keys, ("format",))
    if raw["format"] != FORMAT:
        raise RecordError("format", f"{shown(raw['format'])} is not {FORMAT!r}")
    _object(raw, "", keys, ("patient", "pain", "duration", "treatments"))
    record_id = raw.get("id", str(uuid.uuid4()))
    if not isinstance(record_id, str) or not _UUID.fullmatch(record_id):
        raise RecordError("id", f"{shown(record_id)} is not a UUID (8-4-4-4-12 hexadecimal digits)")
    record_id = record_id.lower()  # one spelling per intake, so duplicates are caught
    completed_at = (
        _completed_at(raw["completed_at"]) if "completed_at" in raw else datetime.now().astimezone()
    )
    pain = tuple(_pain_entry(p, f"pain[{i}]") for i, p in enumerate(_list(raw["pain"], "pain")))
    seen: set[tuple[str, Side]] = set()
    for i, entry in enumerate(pain):
        if (entry.region, entry.side) in seen:
            raise RecordError(f"pain[{i}]", f"{entry.region!r} on side {entry.side.value!r} twice")
        seen.add((entry.region, entry.side))
    treatments = tuple(
        _treatment(t, f"treatments[{i}]") for i, t in enumerate(_list(raw["treatments"], "treatments"))
    )
    tried: set[TreatmentId] = set()
    for i, treatment in enumerate(treatments):
        if treatment.treatment in tried:
            raise RecordError(f"treatments[{i}]", f"{treatment.treatment.value!r} is listed twice")
        tried.add(treatment.treatment)
    return IntakeRecord(
        id=record_id,
        completed_at=completed_at,
        language=_enum(Language, raw.get("language", Language.EN.value), "language"),
        patient=_patient(raw["patient"], completed_at),
        pain=pain,
        duration=_enum(Duration, raw["duration"], "duration"),
        onset=_enum(Onset, raw.get("onset", Onset.GRADUAL.value), "onset"),
        answers=_answers(raw.get("answers", {})),
        treatments=treatments,
    )


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object that names a key twice is ambiguous (JSON keeps the last silently): "saddle_numbness"
    true, then false, must not quietly become false."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise RecordError("(file)", f"the key {shown(key, KEY_SHOWN_MAX)} is given twice in one object")
        data[key] = value
    return data


def loads(text: str) -> IntakeRecord:
    try:
        data = json.loads(text, object_pairs_hook=_no_repeated_keys)
    except json.JSONDecodeError as error:
        raise RecordError("(file)", f"not JSON: {error.msg} at line {error.lineno}") from None
    except RecordError:  # a key given twice
        raise
    except RecursionError:
        raise RecordError("(file)", f"lists or objects nested more than {MAX_NESTING} deep") from None
    except ValueError:  # only Python's int-from-string limit: the others are caught above
        raise RecordError("(file)", "a number of more than 4,300 digits") from None
    return record_from_dict(data)


def load(path: Path) -> IntakeRecord:
    """An intake file. One larger than `MAX_FILE_BYTES` is refused after reading only that much.
    Raises `OSError` when the file cannot be read, `RecordError` for anything wrong in it."""
    with path.open("rb") as file:
        data = file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise RecordError("(file)", f"larger than {MAX_FILE_BYTES // 1024} KiB; an intake is a few KB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise RecordError("(file)", "not UTF-8 text") from None
    return loads(text)
