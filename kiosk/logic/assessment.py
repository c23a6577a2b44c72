"""The result of the lumbar screen and the red-flag check for one intake (spec §3–§5).

A value object: computed by `kiosk.logic.screening.assess`, stored with the intake, printed by
`kiosk assess` and drawn on the physician's PDF. It never reaches the patient's screens.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kiosk.logic.vocab import Side


class Level(StrEnum):
    NOT_APPLICABLE = "not_applicable"
    NOT_INDICATED = "not_indicated"
    POSSIBLE = "possible"
    LIKELY = "likely"


LEVEL_WORDS = {
    Level.NOT_APPLICABLE: "Screen not applicable",
    Level.NOT_INDICATED: "Lumbar involvement not indicated",
    Level.POSSIBLE: "Possible lumbar involvement",
    Level.LIKELY: "Likely lumbar involvement",
}
"""The physician's words for each level, on the PDF and in the chart (the FHIR screen Observation)."""


class Tier(StrEnum):
    """Red-flag tiers, in rising order of urgency."""

    NONE = "none"
    PROMPT = "prompt"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        return list(Tier).index(self)

    @property
    def alerts_staff(self) -> bool:
        """Urgent and emergency tiers interrupt the intake and alert the front desk at once."""
        return self.rank >= Tier.URGENT.rank


@dataclass(frozen=True)
class FiredRule:
    id: str
    domain: str
    points: int
    reason: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Absent:
    """A notable rule that did not fire, worded for the physician ("no spread above the ankle")."""

    id: str
    text: str


@dataclass(frozen=True)
class RedFlag:
    id: str
    tier: Tier
    reason: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Note:
    id: str
    text: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Assessment:
    rules_version: str
    level: Level
    score: int
    side: Side | None
    bilateral: bool
    fired: tuple[FiredRule, ...]
    absent: tuple[Absent, ...]
    red_flag_tier: Tier
    red_flags: tuple[RedFlag, ...]
    notes: tuple[Note, ...]
    side_scores: tuple[tuple[Side, int], ...] = ()
    """Every scored side's score, left first, so the report can give both legs on one line;
    empty in assessments stored before rule set 1.1."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON `kiosk assess` prints: the keys of a vignette's `expected` (ids sorted), plus the
        detail in the engine's order, which `from_dict` restores exactly."""
        return {
            "rules_version": self.rules_version,
            "level": self.level.value,
            "score": self.score,
            "side": None if self.side is None else self.side.value,
            "bilateral": self.bilateral,
            "fired": sorted(rule.id for rule in self.fired),
            "red_flag_tier": self.red_flag_tier.value,
            "red_flags": sorted(flag.id for flag in self.red_flags),
            "notes": sorted(note.id for note in self.notes),
            "fired_detail": [
                {
                    "id": r.id,
                    "domain": r.domain,
                    "points": r.points,
                    "reason": r.reason,
                    "sources": list(r.sources),
                }
                for r in self.fired
            ],
            "absent": [{"id": a.id, "text": a.text} for a in self.absent],
            "red_flag_detail": [
                {"id": f.id, "tier": f.tier.value, "reason": f.reason, "sources": list(f.sources)}
                for f in self.red_flags
            ],
            "note_detail": [{"id": n.id, "text": n.text, "sources": list(n.sources)} for n in self.notes],
            "side_scores": {side.value: score for side, score in self.side_scores},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Assessment:
        """The inverse of `to_dict`: a stored assessment, under the rules version it was made with."""
        return cls(
            rules_version=data["rules_version"],
            level=Level(data["level"]),
            score=data["score"],
            side=None if data["side"] is None else Side(data["side"]),
            bilateral=data["bilateral"],
            fired=tuple(
                FiredRule(r["id"], r["domain"], r["points"], r["reason"], tuple(r["sources"]))
                for r in data["fired_detail"]
            ),
            absent=tuple(Absent(a["id"], a["text"]) for a in data["absent"]),
            red_flag_tier=Tier(data["red_flag_tier"]),
            red_flags=tuple(
                RedFlag(f["id"], Tier(f["tier"]), f["reason"], tuple(f["sources"]))
                for f in data["red_flag_detail"]
            ),
            notes=tuple(
                # assessments stored under rule set 1.0 have notes without sources
                Note(n["id"], n["text"], tuple(n.get("sources", ())))
                for n in data["note_detail"]
            ),
            side_scores=tuple((Side(k), int(v)) for k, v in data.get("side_scores", {}).items()),
        )
