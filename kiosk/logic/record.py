"""The intake record, format `kiosk-intake/1` (shared/clinical/screening-spec.md §1).

`IntakeRecord` is the validated, immutable document that `assess`, `report` and the export read and
write, and `dumps` is its canonical JSON. The kiosk makes records only through
`kiosk.logic.record_load`, which checks every field, so the values of these classes have passed
those checks.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kiosk.logic.questions import QUESTIONS
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

AnswerValue = bool | int


@dataclass(frozen=True)
class Patient:
    first_name: str
    last_name: str
    date_of_birth: date
    sex: Sex = Sex.UNSPECIFIED


@dataclass(frozen=True)
class PainEntry:
    region: str
    side: Side
    intensity: int
    qualities: tuple[Quality, ...] = ()


@dataclass(frozen=True)
class Treatment:
    treatment: TreatmentId
    relief: Relief
    count: int = 1
    relief_pattern: ReliefPattern | None = None
    note: str | None = None


@dataclass(frozen=True)
class IntakeRecord:
    id: str
    completed_at: datetime
    patient: Patient
    pain: tuple[PainEntry, ...]
    duration: Duration
    treatments: tuple[Treatment, ...]
    onset: Onset = Onset.GRADUAL
    language: Language = Language.EN
    answers: Mapping[str, AnswerValue] = field(default_factory=dict)

    def yes(self, answer_id: str) -> bool:
        """True when a yes/no answer is yes; unanswered means no (spec §1)."""
        return bool(self.answers.get(answer_id, False))

    def number(self, answer_id: str) -> int:
        return int(self.answers.get(answer_id, 0))

    @property
    def age(self) -> int:
        """Whole years from date of birth to the completion date (spec §2)."""
        done = self.completed_at.date()
        born = self.patient.date_of_birth
        return done.year - born.year - ((done.month, done.day) < (born.month, born.day))


def record_to_dict(record: IntakeRecord) -> dict[str, Any]:
    """The canonical document: defaults written out, answers as given in question order."""
    order = {q.id: i for i, q in enumerate(QUESTIONS)}
    treatments: list[dict[str, Any]] = []
    for t in record.treatments:
        item: dict[str, Any] = {"treatment": t.treatment.value, "relief": t.relief.value}
        item["count"] = t.count
        if t.relief_pattern is not None:
            item["relief_pattern"] = t.relief_pattern.value
        if t.note is not None:
            item["note"] = t.note
        treatments.append(item)
    return {
        "format": FORMAT,
        "id": record.id,
        "completed_at": record.completed_at.isoformat(),
        "language": record.language.value,
        "patient": {
            "first_name": record.patient.first_name,
            "last_name": record.patient.last_name,
            "date_of_birth": record.patient.date_of_birth.isoformat(),
            "sex": record.patient.sex.value,
        },
        "pain": [
            {
                "region": p.region,
                "side": p.side.value,
                "intensity": p.intensity,
                "qualities": [q.value for q in p.qualities],
            }
            for p in record.pain
        ],
        "duration": record.duration.value,
        "onset": record.onset.value,
        "answers": {k: record.answers[k] for k in sorted(record.answers, key=order.__getitem__)},
        "treatments": treatments,
    }


def dumps(record: IntakeRecord) -> str:
    return json.dumps(record_to_dict(record), ensure_ascii=False, indent=2) + "\n"
