"""The intake while the patient is still answering: every field may still be empty.

The wizard's steps write into one `IntakeDraft`; storage saves it after every answer (so a crash
loses at most the answer on screen); `finish` turns it into a validated `IntakeRecord`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kiosk.logic.limits import NOTE_MAX
from kiosk.logic.questions import QUESTIONS_BY_ID, is_asked
from kiosk.logic.record import IntakeRecord
from kiosk.logic.record_load import record_from_dict
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


@dataclass
class PainMark:
    intensity: int | None = None
    qualities: set[Quality] = field(default_factory=set)


_HELPED = frozenset({Relief.A_LITTLE, Relief.A_LOT})
"""Reliefs that can fade from shot to shot: only these make the relief pattern a real question."""


@dataclass
class TreatmentAnswer:
    """One tried treatment; `count` stays None until the patient says how many (never assumed once)."""

    relief: Relief | None = None
    count: int | None = None
    relief_pattern: ReliefPattern | None = None
    note: str = ""

    @property
    def needs_pattern(self) -> bool:
        """Whether "did each shot help less?" means anything: 2+ shots that helped (spec §1, §5)."""
        return self.count is not None and self.count >= 2 and self.relief in _HELPED


@dataclass
class IntakeDraft:
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    language: Language = Language.EN
    first_name: str = ""
    last_name: str = ""
    date_of_birth: date | None = None
    sex: Sex | None = None
    """None until answered; `Sex.UNSPECIFIED` is the answer "I'd rather not say" (the record
    stores both as unspecified, but the page must show the patient's own choice when they go Back)."""
    pain: dict[tuple[str, Side], PainMark] = field(default_factory=dict)
    duration: Duration | None = None
    onset: Onset | None = None
    answers: dict[str, bool | int] = field(default_factory=dict)
    treatments: dict[TreatmentId, TreatmentAnswer] = field(default_factory=dict)
    no_treatments: bool = False

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready snapshot for the draft table; `from_dict` reads it back."""
        return {
            "id": self.id,
            "language": self.language.value,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "date_of_birth": None if self.date_of_birth is None else self.date_of_birth.isoformat(),
            "sex": None if self.sex is None else self.sex.value,
            "pain": [
                {
                    "region": region,
                    "side": side.value,
                    "intensity": mark.intensity,
                    "qualities": sorted(q.value for q in mark.qualities),
                }
                for (region, side), mark in self.pain.items()
            ],
            "duration": None if self.duration is None else self.duration.value,
            "onset": None if self.onset is None else self.onset.value,
            "answers": dict(self.answers),
            "treatments": [
                {
                    "treatment": tid.value,
                    "relief": None if t.relief is None else t.relief.value,
                    "count": t.count,
                    "relief_pattern": None if t.relief_pattern is None else t.relief_pattern.value,
                    "note": t.note,
                }
                for tid, t in self.treatments.items()
            ],
            "no_treatments": self.no_treatments,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> IntakeDraft:
        def opt(kind: Any, value: Any) -> Any:
            return None if value is None else kind(value)

        return cls(
            id=data["id"],
            language=Language(data["language"]),
            first_name=data["first_name"],
            last_name=data["last_name"],
            date_of_birth=opt(date.fromisoformat, data["date_of_birth"]),
            sex=None if data["sex"] is None else Sex(data["sex"]),
            pain={
                (p["region"], Side(p["side"])): PainMark(p["intensity"], {Quality(q) for q in p["qualities"]})
                for p in data["pain"]
            },
            duration=opt(Duration, data["duration"]),
            onset=opt(Onset, data["onset"]),
            answers=dict(data["answers"]),
            treatments={
                TreatmentId(t["treatment"]): TreatmentAnswer(
                    relief=opt(Relief, t["relief"]),
                    count=t["count"],
                    relief_pattern=opt(ReliefPattern, t["relief_pattern"]),
                    note=t["note"],
                )
                for t in data["treatments"]
            },
            no_treatments=data["no_treatments"],
        )

    def asked_answers(self) -> dict[str, bool | int]:
        """The answers to the questions this patient is asked now. One given before a change on the
        map (or to the answer a follow-up follows) made its question not apply stays in the draft
        (it is back if the place is marked again) but is no part of the record: it was never asked of
        the patient the record describes."""
        regions = {region for region, _side in self.pain}
        return {
            key: value
            for key, value in self.answers.items()
            if key not in QUESTIONS_BY_ID or is_asked(QUESTIONS_BY_ID[key], regions, self.answers)
        }

    def record_dict(self, completed_at: datetime) -> dict[str, Any]:
        """The `kiosk-intake/1` document this draft would become (not yet validated)."""
        treatments: list[dict[str, Any]] = []
        for tid, t in self.treatments.items():
            item: dict[str, Any] = {
                "treatment": tid.value,
                "relief": None if t.relief is None else t.relief.value,
            }
            if tid.counted:
                item["count"] = t.count  # None (never answered) fails validation: it is not "once"
            # A pattern chosen before the relief changed to no help (or the count to 1) is stale.
            if tid.repeatable_injection and t.needs_pattern and t.relief_pattern is not None:
                item["relief_pattern"] = t.relief_pattern.value
            if tid is TreatmentId.OTHER and t.note.strip():
                item["note"] = t.note.strip()[:NOTE_MAX]
            treatments.append(item)
        return {
            "format": FORMAT,
            "id": self.id,
            "completed_at": completed_at.isoformat(),
            "language": self.language.value,
            "patient": {
                "first_name": self.first_name.strip(),
                "last_name": self.last_name.strip(),
                "date_of_birth": None if self.date_of_birth is None else self.date_of_birth.isoformat(),
                "sex": (self.sex or Sex.UNSPECIFIED).value,
            },
            "pain": [
                {
                    "region": region,
                    "side": side.value,
                    "intensity": mark.intensity,
                    "qualities": [q.value for q in Quality if q in mark.qualities],
                }
                for (region, side), mark in self.pain.items()
            ],
            "duration": None if self.duration is None else self.duration.value,
            "onset": (self.onset or Onset.GRADUAL).value,
            "answers": self.asked_answers(),
            "treatments": treatments,
        }

    def finish(self, completed_at: datetime) -> IntakeRecord:
        """Validate into the immutable record; raises `RecordError` if a step was skipped."""
        return record_from_dict(self.record_dict(completed_at))
